"""What the commands write to the terminal besides their own lines: a progress bar and counts."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """A one-line text progress bar on a terminal; silent when output goes to a file or pipe."""

    def __init__(self, stream: TextIO = sys.stderr, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.enabled = stream.isatty()
        self.last = 0.0
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < 0.1 and done != total):
            return
        self.last = now
        if total > 0:
            filled = self.width * done // total
            bar = "#" * filled + "-" * (self.width - filled)
            line = f"\r{stage}: [{bar}] {100 * done // total:3d}%"
        else:
            line = f"\r{stage}: {done:,} rows"
        self.stream.write(line.ljust(70))
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 70 + "\r")
            self.stream.flush()


def counted(number: int, noun: str) -> str:
    """``counted(1, "change")`` → "1 change"; ``counted(1200, "change")`` → "1,200 changes"."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
