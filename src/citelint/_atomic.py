"""Files replaced in one step: the one way citelint writes a file.

The data goes to a new file beside the target, which is then renamed over it, so a
reader (another citelint process sharing a cache, an editor, a CI job) sees the old
file or the new one, never half of one. The temporary name is created exclusively
(an existing file is never touched) and is removed if anything fails. Only ``os`` is
imported: the result cache writes through here on the start-up path.
"""

from __future__ import annotations

import os
from itertools import count
from typing import Optional

_seq = count()


def replace_file(path: str, data: bytes, *, mode_from: Optional[str] = None) -> None:
    """Write ``data`` to ``path`` atomically; ``mode_from``: a file whose permission bits
    the new file takes (``--fix`` keeps the edited file's mode)."""
    folder, base = os.path.split(os.fspath(path))
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = os.path.join(folder, f".{base}.{os.getpid()}-{next(_seq)}.tmp")
        try:
            fd = os.open(tmp, flags, 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if mode_from is not None:
            os.chmod(tmp, os.stat(mode_from).st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
