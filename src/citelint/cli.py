"""The ``citelint`` command: a thin typer layer over ``citelint.api``.

Heavy imports (rich, lxml, requests-cache) happen only inside the commands
that need them, so ``citelint check`` starts about as fast as typer itself.
"""

import datetime as dt
import enum
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
    )
    try:
        result = lint_paths(targets, overrides=overrides, today=day, config=config, stdin=stdin_data)
    except ConfigError as exc:
        raise fail(f"{exc.path}: {exc.message}") from None
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

    out = sys.stdout
    if output_format is OutputFormat.json:
        from .report import json as reporter

        reporter.write(result, out)
    else:
        from .report import text as reporter

        reporter.write(result, out, reporter.use_color(color.value, out))
    out.flush()

    if result.errors or (not result.files and result.warnings):
        raise typer.Exit(2)
    # each file's fail level comes from its configuration (the CLI flag overrides it)
    if any(f.severity >= rep.fail_level for rep in result.files for f in rep.findings):
        raise typer.Exit(1)


def _rename(f, name):
    return f._replace(path=name)


class RefsFormat(str, enum.Enum):
    jsonl = "jsonl"
    json = "json"
    text = "text"


@app.command("refs")
def refs_cmd(
    paths: Annotated[List[str], typer.Argument(help="Documents to read ('-' for standard input).")],
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
            groups = list(parse_documents(paths))
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
        source = f"pack:{r.pack}" if r.pack else ("engine" if r.origin == "engine" else "core")
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
