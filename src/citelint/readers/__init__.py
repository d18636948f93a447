"""Readers: one per format, each producing a ``Document``."""
