"""Online verification (opt-in): DOIs, PMIDs and metadata through one cached session."""

# called with 1 after each reference verified (the CLI's progress bar); set here, in the
# package, so the CLI need not import the verification modules on runs without --verify
ON_REFERENCE = None
