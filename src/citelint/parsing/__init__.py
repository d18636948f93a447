"""Parsers shared by the readers: markers, dates, years."""
