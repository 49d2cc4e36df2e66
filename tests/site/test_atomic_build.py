"""Atomic output: a failed or interrupted `mkdocs build` leaves the previous site/ byte for byte.

Every case builds a previous site from the fixture data, then a second build from *changed*
data (so a build that did complete is told apart from one that left site/ alone), breaks or
interrupts it, and compares a hash of the whole tree.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.site.build_support import EPOCH, KLEINE_STAD, REPO, build
from welkom.atomic_site import OLD_MARK, TEMP_MARK, AtomicSite, recover

STORY = "verhalen/voorbeeldstad/kiem-noord/een-plantje.md"


def tree_hash(root: Path) -> str:
    """Paths, kinds and contents of everything under ``root``."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        if path.is_symlink():
            digest.update(f"L {rel} {path.readlink()}\n".encode())
        elif path.is_dir():
            digest.update(f"D {rel}\n".encode())
        else:
            digest.update(f"F {rel} ".encode() + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def leftovers(site: Path) -> list[str]:
    return sorted(
        p.name for p in site.parent.iterdir() if TEMP_MARK in p.name or OLD_MARK in p.name
    )


@pytest.fixture
def previous(small_site: Path, tmp_path: Path) -> tuple[Path, Path, str]:
    """(data to change, a copy of the built small site, its hash)."""
    data = tmp_path / "data"
    shutil.copytree(KLEINE_STAD, data)
    site = tmp_path / "out" / "site"
    shutil.copytree(small_site, site)
    shutil.copytree(small_site, tmp_path / "out" / "previous")  # to start again from
    return data, site, tree_hash(site)


def change_story(data: Path, extra: str = "Een nieuwe alinea, na de vorige build.") -> None:
    story = data / STORY
    story.write_text(story.read_text(encoding="utf-8") + f"\n{extra}\n", encoding="utf-8")


def test_successful_build_replaces_the_site_and_leaves_nothing_behind(
    previous: tuple[Path, Path, str], tmp_path: Path
) -> None:
    data, site, before = previous
    stale = site.parent / f"site{TEMP_MARK}999999999"  # a build that was SIGKILLed long ago
    stale.mkdir()
    (stale / "half.html").write_text("<p>half", encoding="utf-8")
    change_story(data)
    result = build(data, site, tmp_path / "work")
    assert result.code == 0, result.out
    assert tree_hash(site) != before
    assert "na de vorige build" in (site / "verhalen/een-plantje/index.html").read_text("utf-8")
    assert leftovers(site) == []


def test_late_strict_failure_leaves_site_intact(
    previous: tuple[Path, Path, str], tmp_path: Path
) -> None:
    """A hand-written page linking to a page that does not exist: MkDocs aborts in strict mode
    only after everything was written (story bodies are welkom's own HTML, not MkDocs')."""
    data, site, before = previous
    change_story(data)
    docs = tmp_path / "docs"
    shutil.copytree(REPO / "docs", docs)
    (docs / "kapot.md").write_text("# Kapot\n\nLees ook [dit](bestaat-niet.md).\n", "utf-8")
    result = build(data, site, tmp_path / "work", docs=docs)
    assert result.code != 0
    assert "bestaat-niet.md" in result.out and "strict mode" in result.out
    assert tree_hash(site) == before
    assert leftovers(site) == []


def test_data_error_leaves_site_intact(previous: tuple[Path, Path, str], tmp_path: Path) -> None:
    data, site, before = previous
    change_story(data, "En toen <!--welkom:999--> kwam.")
    result = build(data, site, tmp_path / "work")
    assert result.code != 0
    assert f"{STORY}:" in result.out and "Haal het commentaar" in result.out
    assert "Traceback" not in result.out
    assert tree_hash(site) == before
    assert leftovers(site) == []


def test_feed_writer_crash_fails_the_build_before_the_swap(
    previous: tuple[Path, Path, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The forked feed writer dies after some feeds: the build fails, site/ stays as it was.

    In-process, so the fork inherits a feed writer that fails on its fifth file.
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    from welkom.render.feeds import background

    data, site, before = previous
    change_story(data)

    class FailingWriter(background.FeedWriter):
        def iter_all(self):  # type: ignore[no-untyped-def]
            for count, out in enumerate(super().iter_all()):
                if count == 4:
                    raise ValueError("feed writer breaks")
                yield out

    monkeypatch.setattr(background, "FeedWriter", FailingWriter)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    config = load_config(str(_config(tmp_path / "work", data)), site_dir=str(site))
    config.plugins.on_startup(command="build", dirty=False)  # as `mkdocs build` does
    try:
        with pytest.raises(Abort, match="BuildError"):
            mkdocs_build(config)
    finally:
        config.plugins.on_shutdown()
    assert "het schrijven van de feeds is mislukt" in caplog.text
    assert tree_hash(site) == before
    assert leftovers(site) == []


def _config(work: Path, data: Path) -> Path:
    """A mkdocs.yml in ``work`` for the repo's site, reading data from ``data``."""
    work.mkdir(parents=True, exist_ok=True)
    config = work / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {REPO / 'mkdocs.yml'}\ndocs_dir: {REPO / 'docs'}\n"
        f"theme:\n  custom_dir: {REPO / 'overrides'}\n"
        f"plugins:\n  - search:\n      lang: nl\n  - welkom:\n      data_dir: {data}\n",
        encoding="utf-8",
    )
    return config


def _spawn_build(data: Path, site: Path, work: Path) -> subprocess.Popen[str]:
    config = _config(work, data)
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    return subprocess.Popen(
        [str(mkdocs), "build", "--strict", "-f", str(config), "-d", str(site)],
        cwd=work,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _wait_for_line(process: subprocess.Popen[str], words: str, timeout: float = 60) -> bool:
    """Read the build's log until a line with ``words``; False if the build ended first."""
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            return False
        if words in line:
            return True
    return False


@pytest.fixture(scope="module")
def changed_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[float, str]:
    """How long the changed build writes (after "Building documentation"), and its tree hash.

    Signals are sent at fractions of that time, so the moments stay inside the build on a
    fast or a slow machine.
    """
    work = tmp_path_factory.mktemp("changed")
    data = work / "data"
    shutil.copytree(KLEINE_STAD, data)
    change_story(data)
    process = _spawn_build(data, work / "site", work / "work")
    try:
        assert _wait_for_line(process, "Building documentation to directory")
        began = time.monotonic()
        assert process.stdout is not None
        process.stdout.read()
        assert process.wait(timeout=120) == 0
        seconds = time.monotonic() - began
    finally:
        if process.stdout is not None:
            process.stdout.close()
    return seconds, tree_hash(work / "site")


# (signal, wait for this log line first (None: from the start), then this part of the time
# the build spends writing)
MOMENTS = [
    (signal.SIGTERM, None, 0.0),  # still loading: before the temporary folder exists
    (signal.SIGTERM, "Building documentation to directory", 0.0),  # folder just made
    (signal.SIGINT, "Building documentation to directory", 0.2),  # pages being written
    (signal.SIGTERM, "Building documentation to directory", 0.45),  # feeds being written
    (signal.SIGINT, "Building documentation to directory", 0.65),  # search index, the end
]


@pytest.mark.parametrize(("signum", "after", "part"), MOMENTS)
def test_signal_at_any_moment_leaves_previous_site_intact(
    previous: tuple[Path, Path, str],
    changed_build: tuple[float, str],
    tmp_path: Path,
    signum: signal.Signals,
    after: str | None,
    part: float,
) -> None:
    data, site, before = previous
    seconds, complete = changed_build
    change_story(data)
    # The machine may be busy: when the build was already done, try again a bit earlier.
    for attempt in range(3):
        interrupted, writing, code, log = _interrupt(
            data, site, tmp_path / f"work{attempt}", signum, after, part * seconds / 2**attempt
        )
        if interrupted and (writing or after is None):  # not yet swapped in
            break
        shutil.rmtree(site)
        shutil.copytree(tmp_path / "out" / "previous", site)
    assert interrupted, "the build was done before every signal: this moment tests nothing"
    assert bool(writing) == (after is not None)  # the build was writing its temporary folder
    assert code != 0
    assert "Traceback" not in log or "KeyboardInterrupt" in log
    # The old site, whole; or, if the signal came during the swap itself, the new one, whole.
    assert tree_hash(site) in (before, complete)
    if part <= 0.45:
        assert tree_hash(site) == before, f"site/ changed after {signum.name}"
    assert leftovers(site) == []


def _interrupt(
    data: Path, site: Path, work: Path, signum: signal.Signals, after: str | None, delay: float
) -> tuple[bool, bool, int, str]:
    """Start a build, wait for the log line ``after`` and ``delay`` seconds, send ``signum``.

    Returns whether the build still ran, whether its temporary folder existed, the exit code
    and the rest of its log.
    """
    process = _spawn_build(data, site, work)
    try:
        if after is not None:
            assert _wait_for_line(process, after), "the build ended before it started writing"
        else:
            time.sleep(0.3)
        time.sleep(delay)
        interrupted = process.poll() is None
        writing = any(TEMP_MARK in p for p in leftovers(site))
        process.send_signal(signum)
        assert process.stdout is not None
        log = process.stdout.read()
        return interrupted, writing, process.wait(timeout=60), log
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stdout is not None:
            process.stdout.close()


def test_preview_site_dir_builds_atomically(tmp_path: Path) -> None:
    """`make voorbeeld`: --site-dir voorbeeld-site --no-directory-urls still works."""
    site = tmp_path / "voorbeeld-site"
    site.mkdir()
    (site / "oud.html").write_text("oud", encoding="utf-8")
    work = tmp_path / "work"
    _config(work, KLEINE_STAD)
    mkdocs = Path(sys.executable).parent / "mkdocs"
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(
        [str(mkdocs), "build", "--strict", "--no-directory-urls", "--site-dir", str(site)],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert not (site / "oud.html").exists()
    assert (site / "voorbeeldstad/kiem-noord/index.html").is_file()
    assert leftovers(site) == []


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_mkdocs_serve_still_serves_pages(tmp_path: Path) -> None:
    """`mkdocs serve` builds into its own folder: the swap must stay out of its way."""
    work = tmp_path / "work"
    _config(work, KLEINE_STAD)
    port = _free_port()
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    process = subprocess.Popen(
        [str(mkdocs), "serve", "--no-livereload", "-a", f"127.0.0.1:{port}", "-f", "mkdocs.yml"],
        cwd=work,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        page = None
        deadline = time.monotonic() + 90
        while page is None and time.monotonic() < deadline and process.poll() is None:
            try:
                url = f"http://127.0.0.1:{port}/voorbeeldstad/kiem-noord/"
                with urllib.request.urlopen(url, timeout=5) as response:
                    page = response.read().decode("utf-8")
            except OSError:
                time.sleep(0.5)
        assert page is not None, "mkdocs serve did not serve the buurt page"
        assert "Kiem-Noord" in page
        assert [p.name for p in work.iterdir() if TEMP_MARK in p.name] == []
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_commit_without_exchange_uses_two_renames(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where renameat2 is missing, the fallback gives the same result."""
    from welkom import atomic_site

    monkeypatch.setattr(atomic_site, "_exchange", lambda a, b: False)
    site = tmp_path / "site"
    site.mkdir()
    (site / "oud.txt").write_text("oud", encoding="utf-8")
    atomic = AtomicSite(site)
    temp = atomic.begin()
    (temp / "nieuw.txt").write_text("nieuw", encoding="utf-8")
    atomic.commit()
    assert sorted(p.name for p in site.iterdir()) == ["nieuw.txt"]
    assert leftovers(site) == []


def test_commit_into_a_missing_target(tmp_path: Path) -> None:
    atomic = AtomicSite(tmp_path / "site")
    (atomic.begin() / "index.html").write_text("hallo", encoding="utf-8")
    atomic.commit()
    assert (tmp_path / "site/index.html").read_text(encoding="utf-8") == "hallo"
    assert leftovers(tmp_path / "site") == []


def test_abort_keeps_the_target_and_restores_signal_handlers(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "oud.txt").write_text("oud", encoding="utf-8")
    before = signal.getsignal(signal.SIGTERM)
    atomic = AtomicSite(site)
    (atomic.begin() / "nieuw.txt").write_text("nieuw", encoding="utf-8")
    assert signal.getsignal(signal.SIGTERM) != before
    atomic.abort()
    assert signal.getsignal(signal.SIGTERM) == before
    assert sorted(p.name for p in site.iterdir()) == ["oud.txt"]
    assert leftovers(site) == []


def test_recover_puts_back_a_backup_when_the_site_is_missing(tmp_path: Path) -> None:
    """A build killed between the two renames: the old site comes back at the next build."""
    backup = tmp_path / f"site{OLD_MARK}999999999"
    backup.mkdir()
    (backup / "index.html").write_text("oud", encoding="utf-8")
    recover(tmp_path / "site")
    assert (tmp_path / "site/index.html").read_text(encoding="utf-8") == "oud"
    assert leftovers(tmp_path / "site") == []


def test_recover_leaves_running_builds_alone(tmp_path: Path) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        theirs = tmp_path / f"site{TEMP_MARK}{other.pid}"
        theirs.mkdir()
        recover(tmp_path / "site")
        assert theirs.is_dir()
    finally:
        other.kill()
        other.wait()
