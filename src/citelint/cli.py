"""The ``citelint`` command: a thin typer layer over ``citelint.api``.

Heavy imports (rich, lxml, requests-cache) happen only inside the commands
that need them, so ``citelint check`` starts about as fast as typer itself.
"""

import enum
import os
import sys
from pathlib import Path
from typing import Annotated, List, Optional

import typer

from . import __version__
from ._checkcmd import Color, InputFormat, Level, OutputFormat, run_check

app = typer.Typer(
    name="citelint",
    help="Citation and content-integrity linter for medical and scientific review topics.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


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
    code = run_check(**locals())
    if code:
        raise typer.Exit(code)


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
                if not authors:  # (an unsigned article, PubMed's "[No authors listed]"; "?" where nothing was read)
                    authors = "?" if row["type"] in ("unknown", "empty") else "(no authors)"
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
    """The typer application (``citelint.__main__.main`` reads plain ``check`` runs itself)."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
