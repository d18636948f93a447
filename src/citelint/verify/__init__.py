"""Online verification (opt-in): DOIs, PMIDs and metadata through one cached session."""
