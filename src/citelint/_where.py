"""Where citelint's built-in packs are (a module of its own: cheap to import)."""

from pathlib import Path


def builtin_pack_dir() -> Path:
    here = Path(__file__).resolve().parent
    installed = here / "packs"
    if installed.is_dir():
        return installed
    return here.parent.parent / "rules"  # a source checkout or editable install
