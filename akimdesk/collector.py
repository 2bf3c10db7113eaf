"""Pausing Python's cyclic garbage collector around work that makes many short-lived values and no cycles.

The collector runs every 700 new container objects over every object the process holds; a register page
(thousands of values) or a package's merge (hundreds of thousands) would pay for passes that find nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """The collector off for the block and on again afterwards, unless it was already off."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
