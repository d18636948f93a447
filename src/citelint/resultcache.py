"""The result cache: a file linted before with the same bytes, settings, rules and date
is not read again — its findings come from the cache (as in ruff's ``.ruff_cache``).

One entry per (citelint's code and packs, the settings, the date CIT3xx measures from,
the path shown, the file's bytes): change any of them and the entry is simply not found.
Entries are zlib-compressed ``marshal`` files written atomically, so parallel runs
(``-j``) and concurrent CI jobs sharing the folder never read half an entry; an entry
that cannot be read is a miss. An entry not used for a week is deleted (the folder is
swept at most once a day), so a daily run over a changing repository does not grow the
folder without bound: the date is part of every key. Runs with ``--verify`` are never cached (their results depend on
the lookup cache and the services), nor is standard input.

The folder is ``.citelint_cache`` beside the configuration file (the current directory
when there is none), or ``result-cache-dir``; ``result-cache = false`` or
``--no-result-cache`` turns it off; ``citelint clean`` deletes it.
"""

from __future__ import annotations

import datetime as _dt
import marshal
import time
import zlib
import os
import sys
from typing import Optional

from . import __version__
from .findings import Edit, Finding, Fix, Severity
from .model import DateStamp, Document, LineIndex, Span

try:  # the BLAKE2 module alone: hashlib would also load OpenSSL (2 ms at start-up)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - Python builds without it
    from hashlib import blake2b

FOLDER = ".citelint_cache"
_LAYOUT = "v2"
KEEP_DAYS = 7  # entries unused this long are deleted
_code_fp: Optional[bytes] = None
_dirs_ready: set = set()


def _tree_fingerprint(h, base: str, suffixes: tuple[str, ...]) -> None:
    try:
        entries = sorted(os.scandir(base), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        if e.is_dir(follow_symlinks=False):
            if e.name != "__pycache__":
                _tree_fingerprint(h, e.path, suffixes)
        elif e.name.endswith(suffixes):
            try:
                st = e.stat()
            except OSError:
                continue
            h.update(f"{e.path}\0{st.st_mtime_ns}\0{st.st_size}\n".encode())


def _installed_record(here: str) -> Optional[str]:
    """The RECORD of the wheel this package was installed from, when it lives in site-packages."""
    parent = os.path.dirname(here)
    if os.path.basename(parent) not in ("site-packages", "dist-packages"):
        return None
    from . import __version__ as v

    for name in ("citelint_topics", "citelint-topics"):
        record = os.path.join(parent, f"{name}-{v}.dist-info", "RECORD")
        if os.path.exists(record):
            return record
    return None


def code_fingerprint() -> bytes:
    """citelint's version, Python's, and every module and built-in pack file (path, mtime, size):
    an upgrade, a reinstall or an edit of a source checkout invalidates every entry."""
    global _code_fp
    if _code_fp is None:
        from ._where import builtin_pack_dir

        h = blake2b(digest_size=20)
        h.update(f"{__version__}\0{sys.version}\0{_LAYOUT}\n".encode())
        here = os.path.dirname(os.path.abspath(__file__))
        record = _installed_record(here)
        if record is not None:  # an installed wheel changes only by reinstalling, which rewrites RECORD
            st = os.stat(record)
            h.update(f"{record}\0{st.st_mtime_ns}\0{st.st_size}\n".encode())
        else:  # a source checkout: every module and pack file
            _tree_fingerprint(h, here, (".py", ".toml"))
            _tree_fingerprint(h, str(builtin_pack_dir()), (".toml",))
        _code_fp = h.digest()
    return _code_fp


def folder_for(settings) -> Optional[str]:
    """The cache folder for these settings, or None when the cache is off."""
    if not settings.result_cache or os.environ.get("CITELINT_NO_RESULT_CACHE"):
        return None
    env = os.environ.get("CITELINT_RESULT_CACHE_DIR")
    if env:
        return env
    root = settings.root or os.getcwd()
    if settings.result_cache_dir:
        return os.path.join(root, settings.result_cache_dir)
    return os.path.join(root, FOLDER)


def settings_key(settings) -> bytes:
    """The settings and the packs they add (each pack file's path, mtime and size)."""
    h = blake2b(code_fingerprint(), digest_size=20)
    h.update(repr(settings).encode())
    root = settings.root or os.getcwd()
    for p in settings.pack_paths:
        _tree_fingerprint(h, os.path.join(root, p), (".toml",))
    return h.digest()


def entry_key(skey: bytes, today: _dt.date, display: str, data: bytes) -> str:
    h = blake2b(skey, digest_size=20)
    h.update(f"{today.isoformat()}\0{display}\0".encode())
    h.update(data)
    return h.hexdigest()


def _write(path: str, data: bytes) -> None:
    from ._atomic import replace_file  # (only to write: a run whose files all hit the cache never loads it)

    replace_file(path, data)


def prune(folder: str, now: Optional[float] = None) -> int:
    """Delete entries unused for KEEP_DAYS (and folders of older layouts); at most once a
    day per folder. Returns the number of files deleted."""
    import shutil

    now = time.time() if now is None else now
    base = os.path.join(folder, _LAYOUT)
    stamp = os.path.join(base, "last-prune")
    try:
        if now - os.stat(stamp).st_mtime < 86400:
            return 0
    except OSError:
        pass
    n = 0
    old = now - KEEP_DAYS * 86400
    for name in os.listdir(folder) if os.path.isdir(folder) else ():
        if name.startswith("v") and name[1:].isdigit() and name != _LAYOUT:
            shutil.rmtree(os.path.join(folder, name), ignore_errors=True)
    for dirpath, _, files in os.walk(base):
        for f in files:
            p = os.path.join(dirpath, f)
            try:
                if f != "last-prune" and os.stat(p).st_mtime < old:
                    os.remove(p)
                    n += 1
            except OSError:
                pass
    try:
        _write(stamp, b"")
    except OSError:
        pass
    return n


def _prepare(folder: str) -> str:
    base = os.path.join(folder, _LAYOUT)
    if base not in _dirs_ready:
        os.makedirs(base, exist_ok=True)
        prune(folder)
        gi = os.path.join(folder, ".gitignore")
        if not os.path.exists(gi):  # like ruff: the folder keeps itself out of version control
            _write(gi, b"# Automatically created by citelint.\n*\n")
            _write(os.path.join(folder, "CACHEDIR.TAG"),
                          b"Signature: 8a477f597d28d172789f06886806bc55\n# citelint's result cache\n")
        _dirs_ready.add(base)
    return base




def is_validated(folder: str, skey: bytes) -> bool:
    """Whether these exact settings were checked against the rules before (their plan built)."""
    return os.path.exists(os.path.join(folder, _LAYOUT, f"settings-{skey.hex()}"))


def mark_validated(folder: str, skey: bytes) -> None:
    try:
        _write(os.path.join(_prepare(folder), f"settings-{skey.hex()}"), b"")
    except OSError:
        pass


# ------------------------------------------------------------------ entries


def _span(s: Optional[Span]):
    return None if s is None else (s.start, s.end)


def _finding_out(f: Finding) -> tuple:
    fix = None
    if f.fix is not None:
        fix = (f.fix.message, tuple((e.span.start, e.span.end, e.content) for e in f.fix.edits))
    return (f.path, f.line, f.column, f.end_line, f.end_column, f.code, f.name, int(f.severity), f.message,
            f.reference, fix, _span(f.span))


def _finding_in(t: tuple) -> Finding:
    path, line, col, eline, ecol, code, name, sev, msg, ref, fix, span = t
    if fix is not None:
        fix = Fix(fix[0], tuple(Edit(Span(a, b), c) for a, b, c in fix[1]))
    return Finding(path, line, col, eline, ecol, code, name, Severity(sev), msg, ref, fix,
                   None if span is None else Span(*span))


def store(folder: str, key: str, rep) -> None:
    """Record a report (its findings and what later steps need of its document)."""
    doc = rep.document
    dates = None
    if doc is not None:
        dates = tuple((d.kind, d.value.toordinal(), d.precision, d.span.start, d.span.end, d.label, d.raw)
                      for d in doc.dates)
    value = (rep.format, rep.note, int(rep.fail_level), tuple(sorted(rep.allow_used)),
             tuple(_finding_out(f) for f in rep.findings),
             None if doc is None else (doc.format, doc.text, doc.encoding, doc.packs, doc.metadata, dates))
    try:
        base = _prepare(folder)
        sub = os.path.join(base, key[:2])
        os.makedirs(sub, exist_ok=True)
        _write(os.path.join(sub, key), zlib.compress(marshal.dumps(value), 1))
    except (OSError, ValueError):
        pass  # a read-only or full disk costs speed, never a result


def load(folder: str, key: str, display: str, settings, report_type):
    """The cached report for ``key`` (built as ``report_type``, the pipeline's FileReport), or None."""
    try:
        path = os.path.join(folder, _LAYOUT, key[:2], key)
        with open(path, "rb") as fh:
            value = marshal.loads(zlib.decompress(fh.read()))
        fmt, note, fail_level, used, findings, doc = value
        findings = [_finding_in(t) for t in findings]
    except (OSError, EOFError, ValueError, TypeError, zlib.error):
        return None
    try:  # used: keep it another week
        os.utime(path)
    except OSError:
        pass
    document = None
    if doc is not None:
        dfmt, text, encoding, packs, metadata, dates = doc
        stamps = tuple(DateStamp(k, _dt.date.fromordinal(o), p, Span(a, b), label, raw)
                       for k, o, p, a, b, label, raw in dates)
        document = Document(path=display, format=dfmt, text=text, line_index=LineIndex(text), dates=stamps,
                            encoding=encoding, packs=tuple(packs), metadata=tuple(metadata))
    rep = report_type(display, fmt, findings, note=note, document=document, fail_level=Severity(fail_level))
    rep.allow_used = set(used)
    rep.settings = settings
    return rep


def clean(folder: str) -> int:
    """Delete a cache folder; returns the number of entries it held."""
    import shutil

    n = 0
    base = os.path.join(folder, _LAYOUT)
    for _, _, files in os.walk(base):
        n += sum(1 for f in files if not f.startswith("settings-") and f != "last-prune")
    if os.path.isdir(folder) and os.path.exists(os.path.join(folder, "CACHEDIR.TAG")):
        shutil.rmtree(folder, ignore_errors=True)
    return n
