"""Atomic output: build into a temporary folder next to ``site/`` and swap it in at the end.

A failed or interrupted build must leave the previous site exactly as it was: a web server
or a deploy step may read ``site/`` at any moment. So a build writes into
``<site>.welkom-tmp-<pid>`` (same parent, so the same file system and a rename is possible)
and only when everything succeeded (pages, feeds, search index, the audit) does `commit`
put it in place:

- on Linux with ``renameat2(RENAME_EXCHANGE)`` the two folders trade names in one system
  call: ``site/`` is always a complete site, the old one or the new one;
- elsewhere (or on a file system without it) two renames: ``site/`` → ``<site>.welkom-old-<pid>``,
  then the new folder → ``site/``. Between them, a few microseconds, ``site/`` does not exist.
  A directory cannot be renamed over a non-empty one, and a symlink swap would change what
  ``site/`` is for tools that follow it, so this is the best POSIX offers. If the process dies
  exactly there, the next build renames the backup back (`recover`).

The old site is removed after the swap. SIGINT and SIGTERM are blocked during the swap; while
the build runs they remove the temporary folder (and stop forked helpers such as the feed
writer) before the process ends as it would have without us. A SIGKILL leaves a temporary
folder behind, which the next build removes.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import re
import shutil
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

TEMP_MARK = ".welkom-tmp-"
OLD_MARK = ".welkom-old-"
_SIGNALS = tuple(s for s in (signal.SIGINT, getattr(signal, "SIGTERM", None)) if s is not None)


class AtomicSite:
    """One build's output folder. `begin` → build into `temp` → `commit` or `abort`."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target).absolute()
        self.pid = os.getpid()
        self.temp = self.target.with_name(f"{self.target.name}{TEMP_MARK}{self.pid}")
        self.backup = self.target.with_name(f"{self.target.name}{OLD_MARK}{self.pid}")
        self._previous: dict[int, Any] = {}

    def begin(self) -> Path:
        """Create the empty temporary folder and guard it against SIGINT/SIGTERM."""
        recover(self.target)
        shutil.rmtree(self.temp, ignore_errors=True)
        self.temp.mkdir(parents=True)
        self._install_handlers()
        return self.temp

    def commit(self) -> None:
        """Put the finished build in place of the target and remove the previous site."""
        with _signals_blocked():
            if self.target.exists() and _exchange(self.temp, self.target):
                # The folders traded names: the old site is at temp now. A temporary name
                # always means an unfinished build, so the old site moves on to the backup.
                self.temp.rename(self.backup)
            else:
                if self.target.exists() or self.target.is_symlink():
                    self.target.rename(self.backup)
                self.temp.rename(self.target)
            self._restore_handlers()
        shutil.rmtree(self.backup, ignore_errors=True)

    def abort(self) -> None:
        """Remove the temporary folder; the target was never touched."""
        _stop_children()
        shutil.rmtree(self.temp, ignore_errors=True)
        self._restore_handlers()

    def _install_handlers(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return  # only the main thread may set handlers; a server thread cleans up itself
        for signum in _SIGNALS:
            self._previous[signum] = signal.signal(signum, self._on_signal)

    def _restore_handlers(self) -> None:
        if os.getpid() != self.pid:
            return
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous.clear()

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        if os.getpid() != self.pid:  # a forked helper inherited this handler: just end
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        previous = self._previous.get(signum, signal.SIG_DFL)
        self.abort()
        if callable(previous):  # SIGINT's default: KeyboardInterrupt
            previous(signum, frame)
        elif previous != signal.SIG_IGN:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)


def recover(target: Path) -> None:
    """Clean up after builds that were killed (SIGKILL, power loss) next to ``target``.

    A temporary folder of a process that no longer runs is removed. A backup of the previous
    site is put back when the target is missing (the process died between the two renames),
    and removed otherwise.
    """
    parent = target.parent
    if not parent.is_dir():
        return
    pattern = re.compile(
        re.escape(target.name) + f"({re.escape(TEMP_MARK)}|{re.escape(OLD_MARK)})(\\d+)$"
    )
    for entry in sorted(os.scandir(parent), key=lambda e: e.name):
        found = pattern.match(entry.name)
        if found is None or _alive(int(found.group(2))):
            continue
        path = Path(entry.path)
        if found.group(1) == OLD_MARK and not (target.exists() or target.is_symlink()):
            path.rename(target)
        else:
            shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # a leftover of an earlier build in this process (`mkdocs serve`)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux ``renameat2`` with ``RENAME_EXCHANGE``); False if
    this system or file system cannot, so the caller falls back to two renames."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    done = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return done == 0


def _stop_children() -> None:
    """End forked helpers (the feed writer) so they cannot write into a removed folder."""
    for child in multiprocessing.active_children():
        child.terminate()
        child.join(timeout=5)


@contextlib.contextmanager
def _signals_blocked() -> Iterator[None]:
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, set(_SIGNALS))
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
