"""A regular expression compiled on first use.

Compiling a pattern costs 50-500 µs; a command that starts in ~15 ms of its own
cannot compile every pattern it might need. Patterns on paths most runs never
take (the general marker grammar, format sniffing, ...) are declared with
``lazy(...)`` and compiled the first time a method is called.
"""

from __future__ import annotations

import re


class lazy:  # noqa: N801 - reads like re.compile
    __slots__ = ("_pattern", "_flags", "_rx")

    def __init__(self, pattern, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._rx = None

    def __getattr__(self, name):
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self._pattern, self._flags)
        return getattr(rx, name)
