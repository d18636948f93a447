"""Wheel build hook: the reference-entry parser compiled with mypyc where this machine can compile it.

``citelint/parsing/references.py`` is pure Python and stays so (an editable install, and any machine without a C
compiler, runs it as it is). For a wheel, this hook compiles it with mypyc and ships the extension beside the
source; Python imports an extension module before a source file of the same name (``benchmarks/entry_accuracy.py``
prints which one ran).

The module is compiled as it is, with its annotations: mypyc reads them and compiles a string as a string and an
integer as an integer, where an unannotated value is an object every operation on which goes through the
interpreter's generic calls. The annotations are therefore checked (``tests/test_compiled_parser.py`` runs mypy on
the module, as the build does): a value that changes kind in a function is declared ``Any`` there, and the
patterns, which ``_materialize`` rebinds, are typed ``Any``. The test suite and ``benchmarks/entry_accuracy.py``'s
gold comparison run on whichever parser the installed wheel holds, and a test compares the two on real entries.

If anything fails (no compiler, no Python headers, mypy missing or refusing the code), the hook says so and the
wheel is pure Python. ``CITELINT_PURE_PYTHON=1`` asks for the pure wheel outright.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

COMPILED = "citelint/parsing/references.py"
# mypy's options for the build (tests/test_compiled_parser.py checks the module with the same ones)
MYPY_OPTIONS = ["--follow-imports=silent", "--ignore-missing-imports"]

# The C compiler's level 2, not mypyc's default 3: the module's C (10.8 MB, its longest function 115,000 lines) took gcc
# 325 s at -O3 and 121 s at -O2 on a 2-core machine, and the parser ran as fast (callgrind: +0.3% instructions; timed:
# 9,330-9,447 entries/s against 9,204-9,375, runs alternating). The build is most of `.ci/run`'s time.
_SETUP = f"""
import sys
from setuptools import setup
from mypyc.build import mypycify
setup(name="citelint-parser", ext_modules=mypycify(
    {MYPY_OPTIONS!r} + [sys.argv[1]], opt_level="2", debug_level="0",
    group_name="citelint_parser"),
    script_args=["build_ext", "--inplace"])
"""


def _pure() -> bool:
    return os.environ.get("CITELINT_PURE_PYTHON", "") not in ("", "0")


class CustomBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def dependencies(self):
        # (what the compiler needs in the build's environment; nothing for a pure wheel, so that one builds offline
        # from a wheelhouse holding only hatchling)
        return [] if _pure() else ["mypy>=1.11", "setuptools>=69"]

    def initialize(self, version, build_data):
        self._work = None
        if self.target_name != "wheel" or version == "editable" or _pure():
            return
        try:
            built = self._compile()
        except Exception as exc:  # the pure wheel is always a correct one
            self.app.display_warning(f"citelint: the parser is not compiled ({exc}); the wheel is pure Python")
            return
        for path, rel in built:
            build_data["force_include"][str(path)] = rel
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info("citelint: the reference-entry parser is compiled (mypyc)")

    def _compile(self) -> list[tuple[Path, str]]:
        work = Path(tempfile.mkdtemp(prefix="citelint-mypyc-"))
        self._work = work
        shutil.copytree(Path(self.root) / "src" / "citelint", work / "citelint",
                        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"))
        run = subprocess.run([sys.executable, "-c", _SETUP, COMPILED], cwd=work, capture_output=True, text=True)
        if run.returncode != 0:
            tail = (run.stderr or run.stdout).strip().splitlines()[-1:] or ["no output"]
            raise RuntimeError(f"mypyc exited with {run.returncode}: {tail[0]}")
        built = [(p, p.relative_to(work).as_posix()) for p in work.rglob("*") if p.suffix in (".so", ".pyd")
                 and "build" not in p.relative_to(work).parts]
        if not any(rel.startswith("citelint/parsing/references.") for _, rel in built):
            raise RuntimeError("mypyc built no extension for the parser")
        return built

    def finalize(self, version, build_data, artifact_path):
        if self._work is not None:
            shutil.rmtree(self._work, ignore_errors=True)
