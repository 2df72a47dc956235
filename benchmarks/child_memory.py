"""The resident memory of a benchmark's child process: now, and its peak since a reset."""

from __future__ import annotations

import os
import resource
from pathlib import Path

MB = 1024 * 1024


def current_rss_mb() -> float:
    """The RSS now, after resetting the kernel's peak (VmHWM) to it where Linux allows;
    elsewhere the peak so far, which makes the growth figure a lower bound."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / MB


def peak_rss_mb() -> float:
    """The peak RSS of this process since it started or since :func:`current_rss_mb` reset
    it."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    [line] = [line for line in status.splitlines() if line.startswith("VmHWM:")]
    return int(line.split()[1]) / 1024
