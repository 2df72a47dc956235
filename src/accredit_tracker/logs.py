"""Where the application writes its log, shared by the GUI and the command line."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir


def log_file() -> Path:
    folder = Path(os.environ.get("ACCREDIT_LOG_DIR") or user_log_dir("accredit-tracker"))
    return folder / "accredit-tracker.log"


def setup_logging() -> None:
    """Log warnings and errors (with tracebacks) to a rotating file, never to the user's screen."""
    root = logging.getLogger()
    path = log_file()
    for handler in [h for h in root.handlers if isinstance(h, RotatingFileHandler)]:
        if Path(handler.baseFilename) == path:
            return
        root.removeHandler(handler)  # the log folder changed (ACCREDIT_LOG_DIR)
        handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        return
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(file_handler)
    root.setLevel(logging.INFO)
