"""The pipeline as plain functions: discover → decode → detect → read → rules → filter.

The CLI is a thin layer over ``lint_paths``; ``lint_text`` lints a string in
process (tests, benchmarks, editors).
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import os
import stat
import sys
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple, Optional

from .config import ConfigError, ConfigFinder, Settings
from .findings import Finding, Severity
from .model import Document

if TYPE_CHECKING:  # the engine, the packs and the readers load when a file is linted, not on a result-cache hit
    from .decode import Decoded
    from .engine import Rule
    from .packs import PackSettings


class Overrides(NamedTuple):
    """Command-line settings; ``None`` keeps the configuration's value."""

    select: Optional[tuple[str, ...]] = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_level: Optional[str] = None
    input_format: Optional[str] = None
    max_file_size: Optional[int] = None
    verify: Optional[bool] = None
    offline: Optional[bool] = None
    cache: Optional[str] = None
    result_cache: Optional[bool] = None


class FileReport:
    """What linting one file gave: its findings, a note (e.g. an encoding fallback), the document."""

    __slots__ = ("path", "format", "findings", "note", "document", "fail_level", "allow_used", "settings")

    def __init__(
        self,
        path: str,
        format: str,
        findings: Optional[list[Finding]] = None,
        note: Optional[str] = None,
        document: Optional[Document] = None,
        fail_level: Severity = Severity.WARNING,
    ) -> None:
        self.path = path
        self.format = format
        self.findings = findings if findings is not None else []
        self.note = note
        self.document = document
        self.fail_level = fail_level
        self.allow_used: set = set()
        self.settings = None


class RunResult:
    """All files of a run, plus the errors (exit status 2) and warnings met on the way."""

    __slots__ = ("files", "errors", "warnings")

    def __init__(self) -> None:
        self.files: list[FileReport] = []
        self.errors: list[str] = []  # "path: reason" lines, exit status 2
        self.warnings: list[str] = []

    @property
    def findings(self) -> list[Finding]:
        out = [f for r in self.files for f in r.findings]
        out.sort(key=lambda f: f.sort_key)
        return out


class Plan(NamedTuple):
    """What one Settings value means for a run: rules, severities, options, packs."""

    rules: tuple[Rule, ...]
    severities: dict
    options: dict
    pack_names: tuple[str, ...]
    pack_dirs: tuple[str, ...]
    fail_level: Severity
    cit001: Optional[Rule]
    cit001_severity: Severity
    cit002_severity: Optional[Severity]  # None when CIT002 is not selected


def effective(settings: Settings, ov: Overrides) -> Settings:
    changes = {}
    if ov.select is not None:
        changes["select"] = ov.select
    if ov.extend_select:
        changes["extend_select"] = settings.extend_select + ov.extend_select
    if ov.ignore:
        changes["ignore"] = settings.ignore + ov.ignore
    if ov.fail_level is not None:
        changes["fail_level"] = ov.fail_level
    if ov.input_format is not None:
        changes["input_format"] = ov.input_format
    if ov.max_file_size is not None:
        changes["max_file_size"] = ov.max_file_size
    if ov.verify is not None:
        changes["verify"] = ov.verify
    if ov.result_cache is not None:
        changes["result_cache"] = ov.result_cache
    opts = dict(settings.verify_options)
    if ov.offline is not None:
        opts["offline"] = ov.offline
    if ov.cache is not None:
        opts["cache"] = ov.cache
    if "mailto" not in opts and os.environ.get("CITELINT_MAILTO"):
        opts["mailto"] = os.environ["CITELINT_MAILTO"]
    if opts != dict(settings.verify_options):
        changes["verify_options"] = tuple(sorted(opts.items()))
    return settings._replace(**changes) if changes else settings


@lru_cache(maxsize=64)
def plan_for(settings: Settings) -> Plan:
    from .engine import all_rules, is_enabled, severity_for, validate_selector
    from .packs import PackError, default_pack_names, load_packs

    src = settings.source or "command line"
    root = Path(settings.root) if settings.root else Path.cwd()
    pack_dirs = tuple(str((root / p).resolve()) for p in settings.pack_paths)
    try:
        packs = load_packs(pack_dirs)
        names = settings.packs if settings.packs is not None else default_pack_names(pack_dirs)
    except PackError as exc:
        raise ConfigError(exc.path, exc.message) from None
    for n in names:
        if n not in packs:
            raise ConfigError(src, f"packs: unknown pack '{n}' (available: {', '.join(sorted(packs))})")
    pattern_rules = [r for n in names for r in packs[n].rules]
    rules = all_rules(pattern_rules)
    for key, sels in (("select", settings.select), ("extend-select", settings.extend_select), ("ignore", settings.ignore)):
        for s in sels:
            msg = validate_selector(s, rules)
            if msg:
                raise ConfigError(src, f"{key}: {msg}")
    overrides: dict[str, Severity] = {}
    for sel, sev in settings.severity:
        msg = validate_selector(sel, rules)
        if msg:
            raise ConfigError(src, f"severity: {msg}")
        overrides[sel] = Severity.parse(sev)
    select = settings.select + settings.extend_select
    enabled = tuple(
        r for r in rules.values()
        if (r.needs == "document" or (r.needs == "verify" and settings.verify))
        and r.origin != "engine" and is_enabled(r, select, settings.ignore)
    )
    severities = {r.code: severity_for(r, overrides) for r in rules.values()}
    options: dict[str, dict] = {}
    for sel, opts in settings.rules:
        matched = [r for r in rules.values() if r.code == sel.upper() or r.name == sel.lower()]
        if not matched:
            msg = validate_selector(sel, rules) or f"'{sel}' is not a rule code or name"
            raise ConfigError(src, f"rules.{sel}: {msg}")
        r = matched[0]
        known = {o.name: o for o in r.options}
        merged = r.default_options()
        for k, v in opts:
            if k not in known:
                avail = ", ".join(known) or "none"
                raise ConfigError(src, f"rules.{sel}.{k}: unknown option for {r.code} (options: {avail})")
            want = known[k].type
            if isinstance(v, bool) and want is not bool or not isinstance(v, want):
                raise ConfigError(src, f"rules.{sel}.{k}: must be {want.__name__}")
            merged[k] = v
        options[r.code] = merged
    cit001 = rules.get("CIT001")
    cit002 = rules.get("CIT002")
    return Plan(
        rules=enabled,
        severities=severities,
        options=options,
        pack_names=tuple(names),
        pack_dirs=pack_dirs,
        fail_level=Severity.parse(settings.fail_level),
        cit001=cit001 if cit001 and is_enabled(cit001, select, settings.ignore) else None,
        cit001_severity=severities.get("CIT001", Severity.ERROR),
        cit002_severity=severities.get("CIT002", Severity.WARNING) if cit002 and is_enabled(cit002, select, settings.ignore) else None,
    )


def read_document(path: str, fmt: str, decoded: Decoded, packs: PackSettings, data: Optional[bytes] = None) -> Document:
    """The Document of one decoded file; ``Unreadable`` (CIT001) when its markup cannot be read."""
    if fmt == "jats":
        from .readers.jats import read_jats

        return read_jats(path, decoded.text, data if data is not None else decoded.text.encode("utf-8"),
                         packs, encoding=decoded.encoding)
    if fmt == "html":
        from .readers.html import read_html

        return read_html(path, decoded.text, data if data is not None else decoded.text.encode("utf-8"),
                         packs, encoding=decoded.encoding)
    if fmt == "markdown":
        from .readers.markdown import read_markdown

        return read_markdown(path, decoded.text, packs, encoding=decoded.encoding)
    if fmt == "text":
        from .readers.text import read_text

        return read_text(path, decoded.text, packs, encoding=decoded.encoding)
    raise NotImplementedError(fmt)


_LOOKUPS: dict = {}


def _lookup(settings: Settings):
    """One verification session per process and configuration (shared by its threads)."""
    from .verify.session import Lookup, VerifySettings

    key = settings.verify_options
    if key not in _LOOKUPS:
        opts = dict(settings.verify_options)
        vs = VerifySettings(**{k.replace("-", "_"): v for k, v in opts.items() if k != "enabled"})
        _LOOKUPS[key] = Lookup(vs)
    return _LOOKUPS[key]


def _ignored_here(path: str, settings: Settings) -> tuple[str, ...]:
    if not settings.per_file_ignores:
        return ()
    root = Path(settings.root) if settings.root else Path.cwd()
    try:
        rel = Path(path).resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        rel = Path(path).as_posix()
    base = Path(path).name
    out: list[str] = []
    for glob, sels in settings.per_file_ignores:
        if fnmatch.fnmatchcase(rel, glob) or fnmatch.fnmatchcase(base, glob):
            out.extend(sels)
    return tuple(out)


_PARSE_UP_FRONT = 4096  # entries; the parser's cache holds 16,384 strings


def lint_bytes(path: str, data: bytes, settings: Settings, today: dt.date) -> FileReport:
    from .decode import Unreadable, decode
    from .engine import run_rules
    from .packs import settings_for
    from .readers.detect import detect_format

    plan = plan_for(settings)
    fmt = detect_format(path, data[:4096], settings.input_format)
    try:
        decoded = decode(data, max_bytes=settings.max_file_size)
    except Unreadable as exc:
        return _unreadable(path, fmt, exc.reason, plan)
    packs = settings_for(decoded.text, plan.pack_names, plan.pack_dirs)
    try:
        doc = read_document(path, fmt, decoded, packs, data)
    except Unreadable as exc:
        return _unreadable(path, fmt, exc.reason, plan)
    if len(doc.references) > _PARSE_UP_FRONT:
        # a list longer than the entry parser's cache holds would be parsed again by every rule
        # that reads fields (each pass evicts the entries the next one needs): parse it once here
        doc = doc._replace(references=tuple(r if r.fields is not None else r._replace(fields=r.parsed)
                                             for r in doc.references))
    lookup = _lookup(settings) if settings.verify else None
    findings = list(run_rules(doc, plan.rules, today=today, packs=packs, options=plan.options,
                              severities=plan.severities, lookup=lookup))
    ignored = _ignored_here(path, settings)
    if ignored:
        findings = [f for f in findings if not _matches_any(f, ignored)]
    from .suppress import apply_allow, apply_inline

    findings = apply_inline(findings, doc, plan.cit002_severity)
    used: set = set()
    if settings.allow:
        findings, used = apply_allow(findings, path, settings.allow, settings.root)
    findings.sort(key=lambda f: f.sort_key)
    rep = FileReport(path, fmt, findings, note=decoded.note, document=doc, fail_level=plan.fail_level)
    rep.allow_used = used
    rep.settings = settings
    return rep


def _matches_any(f: Finding, selectors: Iterable[str]) -> bool:
    for s in selectors:
        u = s.upper()
        if u == "ALL" or f.code.startswith(u) or s.lower() == f.name:
            return True
    return False


def _unreadable(path: str, fmt: str, reason: str, plan: Plan) -> FileReport:
    rep = FileReport(path, fmt, fail_level=plan.fail_level)
    if plan.cit001 is not None:
        rep.findings.append(
            Finding(path=path, line=1, column=1, end_line=1, end_column=1, code="CIT001",
                    name="unreadable-document", severity=plan.cit001_severity, message=reason)
        )
    return rep


def lint_text(
    text: str,
    path: str = "<text>",
    *,
    settings: Optional[Settings] = None,
    today: Optional[dt.date] = None,
    select: Optional[Iterable[str]] = None,
) -> list[Finding]:
    """Lint a string in process; returns its findings, sorted."""
    s = settings or Settings()
    if select is not None:
        s = s._replace(select=tuple(select))
    return lint_bytes(path, text.encode("utf-8"), s, today or dt.date.today()).findings


# ---------------------------------------------------------------- discovery


def _excluded(name: str, rel: str, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(rel, p) for p in patterns)


def discover(paths: Iterable[str], finder: ConfigFinder, result: RunResult) -> Iterator[tuple[str, Optional[Path], bool]]:
    """(display path, filesystem path or None for stdin, found by walking a directory) for every file to lint."""
    for arg in paths:
        if arg == "-":
            yield "-", None, False
            continue
        p = Path(arg)
        if p.is_dir():
            settings = finder.for_path(p)
            exclude = settings.exclude + settings.extend_exclude
            found = 0
            for dirpath, dirnames, filenames in os.walk(p):
                rel_dir = os.path.relpath(dirpath, p)
                dirnames[:] = sorted(
                    d for d in dirnames
                    if not _excluded(d, os.path.normpath(os.path.join(rel_dir, d)), exclude)
                )
                for fname in sorted(filenames):
                    rel = os.path.normpath(os.path.join(rel_dir, fname))
                    if not any(fnmatch.fnmatch(fname, g) for g in settings.include):
                        continue
                    if _excluded(fname, rel, exclude):
                        continue
                    full = os.path.join(dirpath, fname)
                    try:
                        regular = stat.S_ISREG(os.stat(full).st_mode)
                    except OSError:  # a dangling or looping symbolic link
                        result.warnings.append(f"{full}: broken symbolic link (skipped)")
                        continue
                    if not regular:  # a named pipe, socket or device would block or never end
                        result.warnings.append(f"{full}: not a regular file (skipped)")
                        continue
                    found += 1
                    yield full, Path(full), True
            if not found:
                result.warnings.append(
                    f"{arg}: no topic files found (looked for {', '.join(settings.include)})"
                )
        elif p.exists() or p.is_symlink():
            yield arg, p, False
        else:
            result.errors.append(f"{arg}: no such file or directory")


def _read_and_lint(display: str, fs_path: Optional[Path], settings: Settings, today: dt.date,
                   stdin: Optional[bytes]) -> tuple[Optional[FileReport], Optional[str]]:
    """(report, error line) for one file; runs in worker processes with ``-j``."""
    if fs_path is None:
        data = stdin if stdin is not None else sys.stdin.buffer.read()
        return lint_bytes(display, data, settings, today), None
    try:
        size = fs_path.stat().st_size
        if size <= settings.max_file_size:
            with open(fs_path, "rb") as fh:
                data = fh.read(settings.max_file_size + 1)  # (bounded: a device or a growing file has no size)
            size = max(size, len(data))
        if size > settings.max_file_size:
            from .readers.detect import detect_format

            known = f"{size:,} bytes, " if size > settings.max_file_size + 1 else ""  # (a device: no size)
            return _unreadable(
                display, detect_format(display, b"", settings.input_format),
                f"file is {known}over the size cap of {settings.max_file_size:,} bytes "
                "(raise max-file-size to lint it)", plan_for(settings)), None
    except IsADirectoryError:
        return None, f"{display}: is a directory"
    except OSError as exc:
        return None, f"{display}: {exc.strerror or exc}"
    cached = _result_cache(settings)
    if cached is None:
        return lint_bytes(display, data, settings, today), None
    from . import resultcache

    folder, skey = cached
    key = resultcache.entry_key(skey, today, display, data)
    rep = resultcache.load(folder, key, display, settings, FileReport)
    if rep is None:
        rep = lint_bytes(display, data, settings, today)
        resultcache.store(folder, key, rep)
    return rep, None


_CACHE_KEYS: dict = {}


def _result_cache(settings: Settings) -> Optional[tuple[str, bytes]]:
    """(folder, settings key) of the result cache for these settings; None when it is off
    (by configuration, or because --verify results depend on more than the file)."""
    if settings.verify or not settings.result_cache:
        return None
    if settings not in _CACHE_KEYS:
        from . import resultcache

        folder = resultcache.folder_for(settings)
        _CACHE_KEYS[settings] = None if folder is None else (folder, resultcache.settings_key(settings))
    return _CACHE_KEYS[settings]


def _worker(args):
    display, fs_path, settings, today = args
    rep, error = _read_and_lint(display, fs_path, settings, today, None)
    if rep is not None and rep.document is not None:
        # what the main process still needs (reports, fixes, fingerprints): text, dates, lines
        rep.document = rep.document._replace(markers=(), references=(), sections=())
    return rep, error


def _validate(settings: Settings) -> None:
    """Check the configuration against the rules before reading anything; settings the
    result cache has seen validated are not checked again (that loads every rule)."""
    if settings in _VALIDATED:
        return
    cached = _result_cache(settings)
    if cached is None:
        plan_for(settings)
    else:
        from . import resultcache

        if not resultcache.is_validated(*cached):
            plan_for(settings)
            resultcache.mark_validated(*cached)
    _VALIDATED.add(settings)


_VALIDATED: set = set()


def lint_paths(
    paths: Iterable[str],
    *,
    overrides: Overrides = Overrides(),
    today: Optional[dt.date] = None,
    config: Optional[Path] = None,
    stdin: Optional[bytes] = None,
    jobs: int = 1,
    progress: Optional[Callable[[int, int], None]] = None,
    baseline: Optional[Path] = None,
) -> RunResult:
    """Lint files and directories; configuration errors raise ``ConfigError``.

    ``jobs`` > 1 lints files in that many processes (findings are the same as a serial
    run); ``progress(done, total)`` is called after each file; ``baseline`` drops the
    findings recorded in that file (see ``citelint.suppress``).
    """
    today = today or dt.date.today()
    finder = ConfigFinder(config)
    result = RunResult()
    tasks = []
    walked: set = set()
    for display, fs_path, found in discover(paths, finder, result):
        settings = effective(finder.for_path(fs_path), overrides)
        _validate(settings)
        tasks.append((display, fs_path, settings, today))
        if found:
            walked.add(display)
    total = len(tasks)
    outcomes: list = [None] * total
    parallel = [i for i, t in enumerate(tasks) if t[1] is not None] if jobs > 1 and total > 1 else []
    if parallel:
        from concurrent.futures import ProcessPoolExecutor

        chunk = max(1, min(16, len(parallel) // (jobs * 4)))
        for i in parallel:  # verification in N processes: each keeps to 1/N of every rate limit
            display, fs_path, settings, day = tasks[i]
            if settings.verify:
                opts = dict(settings.verify_options, **{"rate-share": jobs})
                tasks[i] = (display, fs_path, settings._replace(verify_options=tuple(sorted(opts.items()))), day)
        done = 0
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for i, outcome in zip(parallel, pool.map(_worker, [tasks[i] for i in parallel], chunksize=chunk)):
                outcomes[i] = outcome
                done += 1
                if progress:
                    progress(done, total)
        for i in range(total):  # standard input, read here
            if outcomes[i] is None:
                display, fs_path, settings, day = tasks[i]
                outcomes[i] = _read_and_lint(display, fs_path, settings, day, stdin)
    else:
        for i, (display, fs_path, settings, day) in enumerate(tasks):
            outcomes[i] = _read_and_lint(display, fs_path, settings, day, stdin)
            if progress:
                progress(i + 1, total)
    other_xml = []
    for rep, error in outcomes:
        if error:
            result.errors.append(error)
        if rep is None:
            continue
        if rep.path in walked and rep.format == "jats" and rep.document is None and _not_an_article(rep):
            other_xml.append(rep.path)  # a directory's data XML (TEI, datasets): not a topic
            continue
        result.files.append(rep)
    if other_xml:
        result.warnings.append(skipped_xml_warning(other_xml, "check"))
    _unused_allow_entries(result)
    if baseline is not None:
        _apply_baseline(result, baseline)
    return result


def skipped_xml_warning(paths: list, verb: str) -> str:
    """One line for the data XML (TEI, datasets) a directory walk skipped."""
    n = len(paths)
    return (f"skipped {n} XML file{'s' if n != 1 else ''} found in directories: not "
            f"{'JATS articles' if n != 1 else 'a JATS article'} ({paths[0]}{f' and {n - 1} more' if n > 1 else ''}); "
            f"name a file to {verb} it anyway")


def _not_an_article(rep: FileReport) -> bool:
    from .decode import NOT_AN_ARTICLE  # (only for unreadable XML: the decoder stays off the cache-hit path)

    return any(f.code == "CIT001" and f.message.startswith(NOT_AN_ARTICLE) for f in rep.findings)


def _unused_allow_entries(result: RunResult) -> None:
    """CIT002 for each allow entry of a configuration that matched nothing in this run."""
    from .findings import Finding

    by_source: dict = {}
    for rep in result.files:
        s = rep.settings
        if s is None or not s.allow:
            continue
        entry = by_source.setdefault(s.source, [s, set(), rep])
        entry[1] |= rep.allow_used
    for source, (settings, used, rep) in by_source.items():
        sev = plan_for(settings).cit002_severity
        if sev is None:
            continue
        for i, allow in enumerate(settings.allow):
            if i in used:
                continue
            d = dict(allow)
            rep.findings.append(Finding(
                path=source or "-", line=1, column=1, end_line=1, end_column=1, code="CIT002",
                name="unused-suppression", severity=sev,
                message=f"The allow entry {{path = {d['path']!r}, code = {d['code']!r}"
                        + (f", reference = {str(d['reference'])!r}" if d.get("reference") is not None else "")
                        + "} suppressed nothing; remove it",
            ))


def _apply_baseline(result: RunResult, baseline: Path) -> None:
    from .fingerprint import fingerprints
    from .suppress import apply_baseline, read_baseline

    entries = read_baseline(baseline)
    checked = {rep.path for rep in result.files}
    for rep in result.files:
        texts = {rep.path: rep.document.text} if rep.document is not None else {}
        fps = fingerprints(rep.findings, texts)
        mine = [e for e in entries if e.get("path") == rep.path]
        sev = plan_for(rep.settings).cit002_severity if rep.settings is not None else Severity.WARNING
        rep.findings = apply_baseline(rep.findings, fps, mine, checked, str(baseline), sev)
        rep.findings.sort(key=lambda f: f.sort_key)
