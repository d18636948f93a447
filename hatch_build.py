"""Wheel build hook: the reference-entry parser compiled with mypyc where this machine can compile it.

``citelint/parsing/references.py`` is pure Python and stays so (an editable install, and any machine without a C
compiler, runs it as it is). For a wheel, this hook compiles a copy of it with mypyc (about 1.35x the entries a
second: ``benchmarks/entry_accuracy.py`` prints which one ran) and ships the extension beside the source; Python
imports an extension module before a source file of the same name.

The copy has its annotations removed: the parser's annotations document, they are not checked (a variable holds
a match, then a span), and mypyc would enforce each one at run time. Unannotated, every value is an object to
mypyc, so the compiled parser does exactly what the source does; the test suite and
``benchmarks/entry_accuracy.py``'s gold comparison run on whichever the installed wheel holds.

If anything fails (no compiler, no Python headers, mypy missing or refusing the code), the hook says so and the
wheel is pure Python. ``CITELINT_PURE_PYTHON=1`` asks for the pure wheel outright.
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

COMPILED = "citelint/parsing/references.py"

_SETUP = """
import sys
from setuptools import setup
from mypyc.build import mypycify
setup(name="citelint-parser", ext_modules=mypycify(
    ["--follow-imports=silent", "--ignore-missing-imports", sys.argv[1]], opt_level="3", debug_level="0",
    group_name="citelint_parser"),
    script_args=["build_ext", "--inplace"])
"""


def strip_annotations(source: str) -> str:
    """The module with its functions' and module-level variables' annotations removed (a class's are kept: a
    NamedTuple's fields are its annotations)."""
    tree = ast.parse(source)

    class Strip(ast.NodeTransformer):
        depth = 0

        def visit_ClassDef(self, node):
            self.depth += 1
            self.generic_visit(node)
            self.depth -= 1
            return node

        def visit_FunctionDef(self, node):
            if self.depth:
                return node  # (a method: mypyc wants a property's return type)
            self.generic_visit(node)
            node.returns = None
            a = node.args
            for arg in a.posonlyargs + a.args + a.kwonlyargs + [x for x in (a.vararg, a.kwarg) if x is not None]:
                arg.annotation = None
            return node

        def visit_AnnAssign(self, node):
            if self.depth or node.value is None or not isinstance(node.target, ast.Name):
                return node
            return ast.copy_location(ast.Assign(targets=[node.target], value=node.value), node)

    return ast.unparse(Strip().visit(tree))


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
        target = work / COMPILED
        target.write_text(strip_annotations(target.read_text(encoding="utf-8")), encoding="utf-8")
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
