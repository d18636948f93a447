"""Format detection: by extension, then by sniffing the first bytes."""

from __future__ import annotations

import re

from .._lazy import lazy

_BY_EXT = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".xml": "jats", ".nxml": "jats", ".jats": "jats",
}
_JATS_RE = lazy(rb"<!DOCTYPE\s+article|<article[\s>]|<pmc-articleset|jats|<front>", re.I)
_HTML_RE = lazy(rb"<!DOCTYPE\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
_MD_RE = lazy(rb"^(?:---\r?\n|#{1,6} )|\n#{1,6} |\n\[\^\d+\]:", re.M)


def detect_format(path: str, head: bytes, forced: str = "auto") -> str:
    if forced and forced != "auto":
        return forced
    dot = path.rfind(".")
    if dot != -1 and "/" not in path[dot:]:
        fmt = _BY_EXT.get(path[dot:].lower())
        if fmt:
            return fmt
    return sniff(head)


def sniff(head: bytes) -> str:
    sample = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if sample.startswith(b"<"):
        if _HTML_RE.search(sample):
            return "html"
        if _JATS_RE.search(sample) or sample.startswith(b"<?xml"):
            return "jats"
    if _MD_RE.search(sample):
        return "markdown"
    return "text"
