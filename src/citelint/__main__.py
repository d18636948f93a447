"""The ``citelint`` command's entry point (and ``python -m citelint``).

A plain ``citelint check ...`` (what a pre-commit hook or a CI step runs) is read by
``_checkcmd.parse_check_args`` and run without importing typer; everything else goes
to the typer application in ``citelint.cli``. See ``_checkcmd`` for why.
"""

from __future__ import annotations

import os
import sys


def main() -> None:
    argv = sys.argv[1:]
    from ._checkcmd import parse_check_args, run_check

    params = parse_check_args(argv)
    if params is not None and os.name == "nt" and any(c in a for a in argv for c in "*?["):
        params = None  # click expands wildcards on Windows: let it
    if params is None:
        from .cli import main as typer_main

        typer_main()
        return
    try:
        code = run_check(**params)
    except (EOFError, KeyboardInterrupt):  # as click reports them
        sys.stderr.write("\nAborted!\n")
        sys.exit(1)
    except BrokenPipeError:  # a reader that stopped early (| head): as click does, exit 1 quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)
    sys.exit(code)


if __name__ == "__main__":
    main()
