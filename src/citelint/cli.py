"""The ``citelint`` command: a thin typer layer over ``citelint.api``.

Heavy imports (rich, lxml, requests-cache) happen only inside the commands
that need them, so ``citelint check`` starts about as fast as typer itself.
"""

import datetime as dt
import enum
import os
import sys
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from . import __version__

app = typer.Typer(
    name="citelint",
    help="Citation and content-integrity linter for medical and scientific review topics.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"citelint {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Citation and content-integrity linter for review topics."""


def fail(message: str) -> "typer.Exit":
    sys.stderr.write(f"citelint: error: {message}\n")
    return typer.Exit(2)


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


@app.command()
def check(
    paths: Annotated[
        Optional[List[str]],
        typer.Argument(help="Files and directories to check (directories recursively); '-' reads standard input.",
                       show_default=False),
    ] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    today: Annotated[
        Optional[str], typer.Option(help="The date CIT3xx measures ages from, YYYY-MM-DD (default: today).")
    ] = None,
    select: Annotated[
        Optional[List[str]], typer.Option(help="Rules to enable: codes, prefixes (CIT1), names or ALL. Replaces the configured selection.")
    ] = None,
    extend_select: Annotated[Optional[List[str]], typer.Option(help="Rules to enable on top of the selection.")] = None,
    ignore: Annotated[Optional[List[str]], typer.Option(help="Rules to disable: codes, prefixes or names.")] = None,
    config: Annotated[
        Optional[Path], typer.Option(help="Use this configuration file (pyproject.toml or .citelint.toml) for every path.")
    ] = None,
    fail_level: Annotated[
        Optional[Level], typer.Option(help="Exit with status 1 when a finding is at or above this severity [default: warning].")
    ] = None,
    input_format: Annotated[
        Optional[InputFormat], typer.Option(help="Read every file as this format instead of detecting it.")
    ] = None,
    stdin_filename: Annotated[
        Optional[str], typer.Option(help="The name to report for '-' (also picks the format by its extension).")
    ] = None,
    max_file_size: Annotated[
        Optional[int], typer.Option(help="Largest file to read, in bytes (default 10 MiB).", min=1)
    ] = None,
    color: Annotated[Color, typer.Option(help="Colour in text output.")] = Color.auto,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write the report to this file instead of standard output.")
    ] = None,
    fix: Annotated[bool, typer.Option("--fix", help="Apply safe fixes to the files (atomically), then report what is left.")] = False,
    diff: Annotated[bool, typer.Option("--diff", help="Show the safe fixes as a unified diff; write nothing.")] = False,
    baseline: Annotated[
        Optional[Path], typer.Option(help="Report only findings not recorded in this baseline file.")
    ] = None,
    write_baseline: Annotated[
        Optional[Path], typer.Option(help="Record today's findings in this baseline file and exit 0.")
    ] = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Lint files in this many processes.")] = 1,
    verify: Annotated[
        Optional[bool], typer.Option("--verify/--no-verify", help="Check DOIs, PMIDs and metadata online (cached).",
                                     show_default=False)
    ] = None,
    offline: Annotated[
        Optional[bool], typer.Option("--offline/--online", help="Verify from the lookup cache only.", show_default=False)
    ] = None,
    cache: Annotated[
        Optional[str], typer.Option(help="The lookup cache: a SQLite path, redis://host:port/db or filesystem:DIR.")
    ] = None,
    result_cache: Annotated[
        Optional[bool], typer.Option("--result-cache/--no-result-cache",
                                     help="Reuse the findings of files linted before with the same bytes, settings "
                                          "and date (.citelint_cache) [default: on].", show_default=False)
    ] = None,
) -> None:
    """Check topics for citation, reference-list, date and integrity problems."""
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
        raise typer.Exit(2 if result.errors else 0)
    if diff:
        from .fixes import planned_fixes, unified_diff

        patches = planned_fixes(result)
        for path, old, new, _ in patches:
            sys.stdout.write(unified_diff(path, old, new))
        sys.stderr.write(f"citelint: {len(patches)} file{'s' if len(patches) != 1 else ''} would be changed by safe fixes\n")
        raise typer.Exit(2 if result.errors else (1 if patches else 0))

    out = open(output, "w", encoding="utf-8", newline="\n") if output is not None else sys.stdout
    try:
        _report(result, output_format, out, color, day)
    finally:
        if output is not None:
            out.close()
        else:
            out.flush()

    if result.errors or (not result.files and result.warnings):
        raise typer.Exit(2)
    # each file's fail level comes from its configuration (the CLI flag overrides it)
    if any(f.severity >= rep.fail_level for rep in result.files for f in rep.findings):
        raise typer.Exit(1)


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


class RefsFormat(str, enum.Enum):
    jsonl = "jsonl"
    json = "json"
    text = "text"


@app.command("refs")
def refs_cmd(
    paths: Annotated[List[str], typer.Argument(
        help="Documents or directories to read ('-' for standard input).")],
    output_format: Annotated[RefsFormat, typer.Option("--format", "-f", help="Output format.")] = RefsFormat.jsonl,
    lines: Annotated[
        bool, typer.Option("--lines", help="Each input line is one reference string (a pasted list), not a document.")
    ] = False,
) -> None:
    """Print each document's reference list, parsed into fields."""
    import json

    from .refs import RefsError, parse_documents, parse_lines

    try:
        if lines:
            groups = [(p, parse_lines(p)) for p in paths]
        else:
            groups = list(parse_documents(paths, warn=lambda line: print(f"citelint: warning: {line}", file=sys.stderr)))
    except RefsError as exc:
        raise fail(str(exc)) from None
    out = sys.stdout
    if output_format is RefsFormat.json:
        json.dump([{"path": p, "references": rows} for p, rows in groups], out, indent=2, ensure_ascii=False)
        out.write("\n")
        return
    for path, rows in groups:
        for row in rows:
            if output_format is RefsFormat.jsonl:
                out.write(json.dumps({"path": path, **row}, ensure_ascii=False) + "\n")
            else:
                authors = ", ".join(f"{a['family']} {a['given']}".strip() for a in row["authors"][:3])
                if row["etal"] or len(row["authors"]) > 3:
                    authors += " et al."
                where = ", ".join(str(x) for x in (row["journal"] or row["publisher"], row["year"], row["volume"],
                                                   row["first_page"]) if x)
                out.write(f"{path}:{row['line']}: [{row['number'] or '-'}] {row['type']}: {authors} | "
                          f"{row['title'] or '?'} | {where}\n")


@app.command()
def clean(
    paths: Annotated[
        Optional[List[str]], typer.Argument(help="Folders whose configuration names the cache (default: .).",
                                            show_default=False)
    ] = None,
    config: Annotated[Optional[Path], typer.Option(help="Use this configuration file.")] = None,
) -> None:
    """Delete the result cache (.citelint_cache) that `check` uses for these folders."""
    from . import resultcache
    from .config import ConfigError, ConfigFinder

    try:
        finder = ConfigFinder(config)
        folders = {resultcache.folder_for(finder.for_path(Path(p)))
                   or os.path.join(finder.for_path(Path(p)).root or os.getcwd(), resultcache.FOLDER)
                   for p in (paths or ["."])}
    except ConfigError as exc:
        raise fail(f"{exc.path}: {exc.message}") from None
    for folder in sorted(folders):
        if not os.path.isdir(folder):
            sys.stdout.write(f"{folder}: no result cache\n")
            continue
        n = resultcache.clean(folder)
        sys.stdout.write(f"{folder}: removed ({n} cached file result{'s' if n != 1 else ''})\n")


cache_app = typer.Typer(help="The lookup cache of --verify.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


def _cache_lookup(cache: Optional[str]):
    from .verify.session import Lookup, VerifySettings

    return Lookup(VerifySettings(cache=cache, rate_limit=False))


@cache_app.command("info")
def cache_info(
    cache: Annotated[Optional[str], typer.Option(help="The cache to show (default: the user cache).")] = None,
) -> None:
    """Where the lookup cache is and what it holds."""
    lookup = _cache_lookup(cache)
    backend = lookup.session.cache
    responses = [r for r in (backend.get_response(k) for k in list(backend.responses.keys())) if r is not None]
    urls = [r.url for r in responses]
    expired = sum(1 for r in responses if r.is_expired)
    where = cache or getattr(backend.responses, "db_path", None) or type(backend).__name__
    sys.stdout.write(f"cache: {where}\nresponses: {len(urls)} ({expired} expired)\n")
    for host in sorted({u.split('/')[2] for u in urls if '://' in u}):
        sys.stdout.write(f"  {host}: {sum(1 for u in urls if u.split('/')[2:3] == [host])}\n")


@cache_app.command("clear")
def cache_clear(
    cache: Annotated[Optional[str], typer.Option(help="The cache to clear (default: the user cache).")] = None,
) -> None:
    """Delete every cached lookup."""
    lookup = _cache_lookup(cache)
    n = len(list(lookup.session.cache.responses.keys()))
    lookup.session.cache.clear()
    sys.stdout.write(f"cleared {n} cached response{'s' if n != 1 else ''}\n")


@app.command("rules")
def rules_cmd(
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.text,
    all_packs: Annotated[bool, typer.Option("--all", help="Also list rules of opt-in packs.")] = False,
) -> None:
    """List every rule: code, name, default severity and what it flags."""
    rows = _rule_rows(all_packs)
    if output_format is OutputFormat.json:
        import json

        json.dump(rows, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(title="citelint rules", show_lines=False)
        for col in ("code", "name", "severity", "source", "what it flags"):
            table.add_column(col, overflow="fold")
        for r in rows:
            table.add_row(r["code"], r["name"], r["severity"], r["source"], r["summary"])
        Console().print(table)
        return
    for r in rows:
        sys.stdout.write(f"{r['code']}  {r['name']:<28} {r['severity']:<8} {r['source']:<10} {r['summary']}\n")


def _rule_rows(all_packs: bool) -> list[dict]:
    from .engine import all_rules
    from .packs import load_packs

    packs = load_packs()
    pattern = [r for p in packs.values() if p.default or all_packs for r in p.rules]
    rows = []
    for r in all_rules(pattern).values():
        source = f"pack:{r.pack}" if r.pack else ("engine" if r.origin == "engine" else ("core (--verify)" if r.needs == "verify" else "core"))
        rows.append({"code": r.code, "name": r.name, "severity": r.severity.label, "source": source, "summary": r.summary})
    return rows


@app.command("rule")
def rule_cmd(
    code: Annotated[str, typer.Argument(help="A rule code (CIT301) or name (stale-review).")],
) -> None:
    """Show a rule's documentation."""
    from .engine import all_rules
    from .packs import load_packs

    rules = all_rules([r for p in load_packs().values() for r in p.rules])
    found = [r for r in rules.values() if r.code == code.upper() or r.name == code.lower() or code.lower() in r.aliases]
    if not found:
        import difflib

        hint = difflib.get_close_matches(code, [r.name for r in rules.values()] + list(rules), n=1)
        raise fail(f"no rule '{code}'" + (f" (did you mean '{hint[0]}'?)" if hint else "") + "; `citelint rules` lists them")
    r = found[0]
    origin = f" — pack '{r.pack}'" if r.pack else ""
    text = f"# {r.code} {r.name}\n\nDefault severity: {r.severity.label}{origin}\n\n{r.doc}\n"
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(text))
    else:
        sys.stdout.write(text)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
