"""A regular expression compiled on first use.

Compiling a pattern costs 50-500 µs; a command that starts in ~15 ms of its own
cannot compile every pattern it might need. Patterns on paths most runs never
take (the general marker grammar, format sniffing, ...) are declared with
``lazy(...)`` and compiled the first time a method is called.
"""

from __future__ import annotations

from typing import Any

from ._rxcache import compile as rx_compile


class lazy:  # noqa: N801 - reads like re.compile
    """After the first call of a method, that bound method is kept on the instance, so
    later calls cost a plain attribute lookup (hot loops call ``search`` millions of times)."""

    def __init__(self, pattern, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._rx: Any = None  # (then the compiled pattern)

    def __getattr__(self, name):  # only called for names not yet on the instance
        if name.startswith("__"):
            raise AttributeError(name)
        rx = self._rx
        if rx is None:
            rx = self._rx = rx_compile(self._pattern, self._flags)
        value = getattr(rx, name)
        self.__dict__[name] = value
        return value
