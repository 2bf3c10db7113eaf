"""Writing files the way an office program must: whole or not at all, never over a file unasked."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(data: bytes, target: Path, overwrite: bool = False) -> Path:
    """Write a file whole or not at all: a temporary file beside it, then a rename."""
    target = Path(target)
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} already exists")
    fd, tmp = tempfile.mkstemp(prefix=".akimdesk-", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return target
