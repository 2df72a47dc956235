"""Pausing Python's cyclic garbage collector while bulk work makes millions of lasting objects."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_garbage_collection(*, freeze_survivors: bool = False) -> Iterator[None]:
    """Reading or writing 100,000 rows makes millions of objects that all live until the work
    ends; the cyclic collector would scan them again and again while they are made (a third of
    a results import's time at that size). Reference counting still frees what is dropped.

    With ``freeze_survivors`` what exists afterwards is moved out of the collector's way for
    good (``gc.freeze``): for rows a window keeps for as long as it shows them."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        if freeze_survivors:
            gc.freeze()
