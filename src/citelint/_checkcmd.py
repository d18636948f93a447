"""The ``check`` command without typer: its options, its body, and a quick reading of argv.

``citelint check`` runs on every commit of a pre-commit hook, so it should start in
the time of a bare ``import typer``; importing typer (and the click it vendors) is
about 30 ms of that by itself. ``citelint.__main__.main`` therefore reads the
arguments of a plain ``check`` run here (``parse_check_args``) and only falls back
to the typer application (``citelint.cli``) for anything else: ``--help``, other
commands, an option it does not know, a value it would not accept, a form such as
``-fjson``. It never reports a usage error itself, so every error and help text is
typer's. ``CHECK_OPTIONS`` is the same option table as the typer command's, and
``tests/test_cli_quick.py`` checks the two against each other (names, kinds,
choices, and the parameters each reads from the same arguments).
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import sys
from pathlib import Path
from typing import List, Optional


class OutputFormat(str, enum.Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    gitlab = "gitlab"
    html = "html"


class InputFormat(str, enum.Enum):
    auto = "auto"
    text = "text"
    html = "html"
    jats = "jats"
    markdown = "markdown"


class Level(str, enum.Enum):
    error = "error"
    warning = "warning"
    info = "info"


class Color(str, enum.Enum):
    auto = "auto"
    always = "always"
    never = "never"


# option -> (parameter, kind); kind: a str Enum (a choice), str, Path, "list", "count" (an int >= 1),
# or a bool (a flag that sets the parameter to it)
CHECK_OPTIONS: dict[str, tuple[str, object]] = {
    "--format": ("output_format", OutputFormat), "-f": ("output_format", OutputFormat),
    "--today": ("today", str),
    "--select": ("select", "list"),
    "--extend-select": ("extend_select", "list"),
    "--ignore": ("ignore", "list"),
    "--config": ("config", Path),
    "--fail-level": ("fail_level", Level),
    "--input-format": ("input_format", InputFormat),
    "--stdin-filename": ("stdin_filename", str),
    "--max-file-size": ("max_file_size", "count"),
    "--color": ("color", Color),
    "--output": ("output", Path), "-o": ("output", Path),
    "--fix": ("fix", True),
    "--diff": ("diff", True),
    "--baseline": ("baseline", Path),
    "--write-baseline": ("write_baseline", Path),
    "--jobs": ("jobs", "count"), "-j": ("jobs", "count"),
    "--verify": ("verify", True), "--no-verify": ("verify", False),
    "--offline": ("offline", True), "--online": ("offline", False),
    "--cache": ("cache", str),
    "--result-cache": ("result_cache", True), "--no-result-cache": ("result_cache", False),
}
CHECK_DEFAULTS: dict[str, object] = {
    "paths": None, "output_format": OutputFormat.text, "today": None, "select": None, "extend_select": None,
    "ignore": None, "config": None, "fail_level": None, "input_format": None, "stdin_filename": None,
    "max_file_size": None, "color": Color.auto, "output": None, "fix": False, "diff": False, "baseline": None,
    "write_baseline": None, "jobs": 1, "verify": None, "offline": None, "cache": None,
    "result_cache": None,
}


def parse_check_args(argv: List[str]) -> Optional[dict]:
    """The parameters of ``citelint check ...`` as typer would pass them, or None for
    anything this does not read exactly as typer would (typer then reads it)."""
    if not argv or argv[0] != "check":
        return None
    params = dict(CHECK_DEFAULTS)
    paths: list[str] = []
    lists: dict[str, list[str]] = {}
    args = iter(argv[1:])
    for token in args:
        if token == "--":
            paths.extend(args)
            break
        if token == "-" or not token.startswith("-"):
            paths.append(token)
            continue
        name, eq, value = token.partition("=")
        if name not in CHECK_OPTIONS or (eq and not name.startswith("--")):
            return None  # --help, an unknown or attached option: typer's to read (and to explain)
        param, kind = CHECK_OPTIONS[name]
        if isinstance(kind, bool):
            if eq:
                return None
            params[param] = kind
            continue
        if not eq:
            value = next(args, None)
            if value is None or (value.startswith("-") and value != "-"):
                return None
        if kind == "list":
            lists.setdefault(param, []).append(value)
        elif kind == "count":
            if not (value.isascii() and value.isdigit()) or int(value) < 1:
                return None
            params[param] = int(value)
        elif kind is str:
            params[param] = value
        elif kind is Path:
            params[param] = Path(value)
        else:
            try:
                params[param] = kind(value)
            except ValueError:
                return None
    params.update(lists)
    params["paths"] = paths or None
    return params


class Exit(Exception):
    def __init__(self, code: int) -> None:
        self.code = code


def fail(message: str) -> Exit:
    sys.stderr.write(f"citelint: error: {message}\n")
    return Exit(2)


def _split(values: Optional[List[str]]) -> tuple[str, ...]:
    out: list[str] = []
    for v in values or ():
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return tuple(out)


def _parse_today(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise fail(f"--today: '{value}' is not a date in the form YYYY-MM-DD") from None


def run_check(**params) -> int:
    """Run ``citelint check`` with typer's parameters; the exit status."""
    try:
        return _check(**params)
    except Exit as exc:
        return exc.code


def _check(paths, output_format, today, select, extend_select, ignore, config, fail_level, input_format,
           stdin_filename, max_file_size, color, output, fix, diff, baseline, write_baseline, jobs, verify,
           offline, cache, result_cache) -> int:
    from .api import Overrides, lint_paths
    from .config import ConfigError

    day = _parse_today(today)
    targets = list(paths or ["."])
    stdin_data = None
    if "-" in targets:
        stdin_data = sys.stdin.buffer.read()
    overrides = Overrides(
        select=_split(select) if select else None,
        extend_select=_split(extend_select),
        ignore=_split(ignore),
        fail_level=fail_level.value if fail_level else None,
        input_format=input_format.value if input_format else None,
        max_file_size=max_file_size,
        verify=verify,
        offline=offline,
        cache=cache,
        result_cache=result_cache,
    )
    from .config import BaselineError

    progress = _progress_bar()
    if progress is not None and jobs == 1:
        from . import verify as verify_pkg  # the package only: its modules load with --verify

        verify_pkg.ON_REFERENCE = progress.references
    try:
        result = lint_paths(targets, overrides=overrides, today=day, config=config, stdin=stdin_data,
                            jobs=jobs, progress=progress, baseline=baseline)
        if fix:
            changed = _apply_fixes(result)
            if changed:  # report what is left in the files the fixes changed
                again = lint_paths(changed, overrides=overrides, today=day, config=config, jobs=jobs, baseline=baseline)
                keep = [r for r in result.files if r.path not in set(changed)]
                result.files = keep + again.files
    except ConfigError as exc:
        raise fail(f"{exc.path}: {exc.message}") from None
    except BaselineError as exc:
        raise fail(str(exc)) from None
    finally:
        if progress is not None:
            progress(None, None)
            if jobs == 1:
                from . import verify as verify_pkg

                verify_pkg.ON_REFERENCE = None
    if stdin_filename:
        for rep in result.files:
            if rep.path == "-":
                rep.path = stdin_filename
                rep.findings = [_rename(f, stdin_filename) for f in rep.findings]
    for rep in result.files:
        if rep.note:
            sys.stderr.write(f"citelint: note: {rep.path}: {rep.note}\n")
    for w in result.warnings:
        sys.stderr.write(f"citelint: warning: {w}\n")
    for e in result.errors:
        sys.stderr.write(f"citelint: error: {e}\n")

    if write_baseline is not None:
        from .fingerprint import fingerprints
        from .suppress import write_baseline as record

        texts = {r.path: r.document.text for r in result.files if r.document is not None}
        n = record(write_baseline, result.findings, fingerprints(result.findings, texts))
        sys.stderr.write(f"citelint: recorded {n} finding{'s' if n != 1 else ''} in {write_baseline}\n")
        return 2 if result.errors else 0
    if diff:
        from .fixes import planned_fixes, unified_diff

        patches = planned_fixes(result)
        for path, old, new, _ in patches:
            sys.stdout.write(unified_diff(path, old, new))
        sys.stderr.write(f"citelint: {len(patches)} file{'s' if len(patches) != 1 else ''} would be changed by safe fixes\n")
        return 2 if result.errors else (1 if patches else 0)

    out = open(output, "w", encoding="utf-8", newline="\n") if output is not None else sys.stdout
    try:
        _report(result, output_format, out, color, day)
    finally:
        if output is not None:
            out.close()
        else:
            out.flush()

    if result.errors or (not result.files and result.warnings):
        return 2
    # each file's fail level comes from its configuration (the CLI flag overrides it)
    if any(f.severity >= rep.fail_level for rep in result.files for f in rep.findings):
        return 1
    return 0


def _report(result, output_format, out, color, day) -> None:
    if output_format is OutputFormat.json:
        from .report import json as reporter

        reporter.write(result, out)
    elif output_format in (OutputFormat.sarif, OutputFormat.gitlab):
        from .fingerprint import fingerprints

        texts = {r.path: r.document.text for r in result.files if r.document is not None}
        fps = fingerprints(result.findings, texts)
        if output_format is OutputFormat.sarif:
            from .engine import all_rules
            from .packs import load_packs
            from .report import sarif

            rules = all_rules([r for p in load_packs().values() for r in p.rules])
            sarif.write(result, out, rules, fps)
        else:
            from .report import gitlab

            gitlab.write(result, out, fps)
    elif output_format is OutputFormat.github:
        from .report import github

        github.write(result, out)
    elif output_format is OutputFormat.html:
        import datetime as dt

        from .report import html

        html.write(result, out, day or dt.date.today())
    else:
        from .report import text as reporter

        reporter.write(result, out, reporter.use_color(color.value, out))


def _apply_fixes(result) -> list[str]:
    from .fixes import planned_fixes, write_atomic

    changed = []
    for path, _, new, encoding in planned_fixes(result):
        try:
            write_atomic(path, new, encoding)
        except (OSError, UnicodeEncodeError) as exc:
            result.errors.append(f"{path}: could not write the fixes: {exc}")
            continue
        changed.append(path)
    if changed:
        sys.stderr.write(f"citelint: fixed {len(changed)} file{'s' if len(changed) != 1 else ''}\n")
    return changed


def _progress_bar():
    """A rich progress bar on a terminal, for runs of more than a screenful of files; with
    --verify, a second line counts the references verified once they pass a screenful."""
    if not sys.stderr.isatty() or os.environ.get("CI"):
        return None
    state: dict = {"refs": 0}

    def bar():
        if "progress" not in state:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

            state["progress"] = Progress("[progress.description]{task.description}", BarColumn(),
                                         MofNCompleteColumn(), TimeRemainingColumn(), transient=True)
            state["progress"].start()
        return state["progress"]

    def update(done, total):
        if done is None:
            if "progress" in state:
                state["progress"].stop()
            return
        if total <= 20:
            return
        if "task" not in state:
            state["task"] = bar().add_task("checking", total=total)
        state["progress"].update(state["task"], completed=done)

    def references(n: int) -> None:
        state["refs"] += n
        if state["refs"] <= 20:
            return
        if "refs_task" not in state:
            state["refs_task"] = bar().add_task("verifying references", total=None)
        state["progress"].update(state["refs_task"], completed=state["refs"])

    update.references = references
    return update


def _rename(f, name):
    return f._replace(path=name)
