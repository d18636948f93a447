"""citelint: a citation and content-integrity linter for review topics."""

__version__ = "0.1.0"

__all__ = ["__version__", "lint_text", "lint_paths", "Finding", "Severity"]


def __getattr__(name):  # lazy public API keeps `import citelint` cheap
    if name in ("lint_text", "lint_paths"):
        from . import api

        return getattr(api, name)
    if name in ("Finding", "Severity"):
        from . import findings

        return getattr(findings, name)
    raise AttributeError(name)
