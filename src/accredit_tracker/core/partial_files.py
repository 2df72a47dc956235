"""Files built under a temporary name and folders of scratch files, each held by the process
writing it, so that what a killed process left behind is found and removed by the next run.

A backup, a copy or a report is written to a hidden partial file beside its target and moved
over the target only when complete. While it is written, the writing process holds the partial
file: on Linux and macOS with an advisory lock (``flock``, which SQLite's own byte-range locks
do not touch), on Windows by keeping it open (Windows refuses to delete a file that is open).
A partial file nobody holds belongs to a process that is gone — killed, or the machine lost
power — and is removed with SQLite's ``-wal``, ``-shm`` and ``-journal`` companions by the next
write to the same target. Scratch folders in the system's temporary folder work the same way.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

if sys.platform != "win32":
    import fcntl

PARTIAL_SUFFIX: Final = ".partial"
COMPANION_SUFFIXES: Final = ("-wal", "-shm", "-journal")
"""What SQLite keeps beside a database file while it is open, or was when its process died."""
NAME_PART_LENGTH: Final = 50
"""Characters of the target's name kept in its partial files' names."""
_HOLDER_FILE: Final = "held"
"""The file inside a scratch folder that its process holds."""
_WINDOWS: Final = sys.platform == "win32"


class PartialFile:
    """A hidden file beside ``target`` that this process holds while writing it; see
    :func:`partial_file`."""

    def __init__(self, target: Path, path: Path, descriptor: int) -> None:
        self.target = target
        self.path = path
        self._descriptor: int | None = descriptor
        self._placed = False

    def put_in_place(self) -> None:
        """Move the finished file over the target in one step (same folder, so atomic)."""
        if _WINDOWS:
            self._release()  # Windows moves no file that is open
        os.replace(self.path, self.target)
        self._placed = True

    def discard(self) -> None:
        """Remove the file unless it was put in place, its SQLite companions always, then
        stop holding it. Companions go first: a kill in between leaves a partial file the
        next run recognises, never an orphaned companion."""
        for companion in companions(self.path):
            with contextlib.suppress(OSError):
                companion.unlink(missing_ok=True)
        self._release()
        if not self._placed:
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)

    def _release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None


@contextmanager
def partial_file(target: Path) -> Iterator[PartialFile]:
    """Create an empty partial file for ``target`` in its folder and hold it for the block;
    the block writes it and calls :meth:`PartialFile.put_in_place` when it is complete. When
    the block ends, for whatever reason, nothing but the target is left. Partial files of the
    same target left by processes that are gone are removed first.

    The file gets the permissions a new file normally gets. ``OSError`` when the folder
    cannot be written.
    """
    target = Path(target)
    remove_abandoned_partials(target)
    partial = _create_partial(target)
    try:
        yield partial
    finally:
        partial.discard()


def partial_name_pattern(target: Path) -> re.Pattern[str]:
    """What the names of ``target``'s partial files and their companions look like:
    ``.<name>.<process id>-<random>.partial`` with ``-wal``, ``-shm`` or ``-journal`` after
    it for a companion."""
    companion = "|".join(re.escape(suffix) for suffix in COMPANION_SUFFIXES)
    return re.compile(
        rf"\.{re.escape(target.name[:NAME_PART_LENGTH])}\.\d+-[0-9a-f]{{8}}"
        rf"{re.escape(PARTIAL_SUFFIX)}(?:{companion})?"
    )


def partial_files_of(target: Path) -> list[Path]:
    """Every partial file of ``target``, and every companion of one, in its folder."""
    pattern = partial_name_pattern(target)
    try:
        names = sorted(entry.name for entry in os.scandir(target.parent))
    except OSError:
        return []
    return [target.with_name(name) for name in names if pattern.fullmatch(name)]


def remove_abandoned_partials(target: Path) -> list[Path]:
    """Remove the partial files of ``target`` that no process holds, with their companions
    (and companions whose partial file is gone); those being written are left alone.
    Returns what was removed."""
    found = partial_files_of(target)
    bases = [path for path in found if path.name.endswith(PARTIAL_SUFFIX)]
    removed: list[Path] = []
    for base in bases:
        if _remove_if_nobody_holds(base):
            removed.append(base)
    for path in found:
        if path in bases:
            continue
        base = path.with_name(path.name[: path.name.rindex(PARTIAL_SUFFIX) + len(PARTIAL_SUFFIX)])
        if not base.exists():
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def companions(path: Path) -> tuple[Path, ...]:
    """The files SQLite may keep beside the database file ``path``."""
    return tuple(path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES)


@contextmanager
def scratch_folder(purpose: str) -> Iterator[Path]:
    """A new folder of this process's own in the system's temporary folder, named after
    ``purpose`` (letters, digits and dashes), held for the block and removed with everything
    in it when the block ends. Folders for the same purpose left by processes that are gone
    are removed first."""
    parent = Path(tempfile.gettempdir())
    _remove_abandoned_folders(parent, purpose)
    while True:
        folder = parent / f"{purpose}.{os.getpid()}-{secrets.token_hex(4)}"
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        try:
            descriptor = _hold(folder / _HOLDER_FILE, create=True)
        except (FileNotFoundError, BlockingIOError):
            continue  # another run took it for abandoned in the instant before it was held
        break
    try:
        yield folder
    finally:
        os.close(descriptor)
        shutil.rmtree(folder, ignore_errors=True)


def _remove_abandoned_folders(parent: Path, purpose: str) -> None:
    pattern = re.compile(rf"{re.escape(purpose)}\.(\d+)-[0-9a-f]{{8}}")
    try:
        entries = [entry for entry in os.scandir(parent) if pattern.fullmatch(entry.name)]
    except OSError:
        return
    for entry in entries:
        folder = Path(entry.path)
        holder = folder / _HOLDER_FILE
        if not holder.exists():
            # Killed between making the folder and holding it, or being made right now.
            match = pattern.fullmatch(entry.name)
            assert match is not None
            if _process_running(int(match.group(1))):
                continue
        elif not _remove_if_nobody_holds(holder):
            continue
        shutil.rmtree(folder, ignore_errors=True)


def _create_partial(target: Path) -> PartialFile:
    while True:
        path = target.with_name(
            f".{target.name[:NAME_PART_LENGTH]}.{os.getpid()}-{secrets.token_hex(4)}"
            f"{PARTIAL_SUFFIX}"
        )
        try:
            descriptor = _hold(path, create=True)
        except FileExistsError:
            continue
        except (FileNotFoundError, BlockingIOError):
            # Another run removed it as abandoned in the instant between its creation
            # and this process holding it: make another.
            continue
        return PartialFile(target, path, descriptor)


def _hold(path: Path, *, create: bool) -> int:
    """Open ``path`` (creating it, when asked, with the permissions a new file normally gets)
    and hold it; the descriptor is the hold. ``BlockingIOError`` when another process holds
    it, ``FileNotFoundError`` when it was removed meanwhile."""
    flags = os.O_RDWR | (os.O_CREAT | os.O_EXCL if create else 0)
    if _WINDOWS:
        flags |= getattr(os, "O_BINARY", 0)
        return os.open(path, flags, 0o666)
    descriptor = os.open(path, flags, 0o666)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        # Held, but is it still the file at ``path``? Another run may have removed it.
        if not os.path.samestat(os.fstat(descriptor), os.stat(path)):
            raise FileNotFoundError(path)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def _remove_if_nobody_holds(path: Path) -> bool:
    """Remove ``path`` and its SQLite companions when no process holds it; whether it is
    gone."""
    if _WINDOWS:
        try:
            path.unlink()  # refused while the process writing it keeps it open
        except FileNotFoundError:
            pass
        except OSError:
            return False
    else:
        try:
            descriptor = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            descriptor = -1
        except OSError:
            return False
        if descriptor >= 0:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                if not os.path.samestat(os.fstat(descriptor), os.stat(path)):
                    return False  # replaced meanwhile by a file some process holds
                path.unlink()
            except OSError:
                return False
            finally:
                os.close(descriptor)
    for companion in companions(path):
        with contextlib.suppress(OSError):
            companion.unlink(missing_ok=True)
    return True


def _process_running(pid: int) -> bool:
    """Whether a process with this id runs (on Windows, assumed so: the folder is left)."""
    if _WINDOWS:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
