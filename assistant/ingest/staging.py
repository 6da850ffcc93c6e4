"""All-or-nothing corpus changes: build the new corpus folder beside the old one, then swap it in."""
from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

from ..documents import Document, write_document


def _link_or_copy(source: str, target: str) -> None:
    # A hard link keeps an unchanged file's bytes, inode and mtime exactly as they were.
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


class StagedCorpus:
    """A new version of a corpus folder; nothing changes for readers until `commit()`.

    Create it only while holding the corpus lock (`run_lock.exclusive`): it clears what dead runs
    left behind, which would be another live run's work without the lock.

    Use as a context manager: leaving it without commit (an error, Ctrl-C) deletes the staged folder
    and the old corpus stays exactly as it was.
    """

    def __init__(self, corpus_dir: Path):
        self.corpus_dir = Path(corpus_dir).resolve()
        self.corpus_dir.parent.mkdir(parents=True, exist_ok=True)
        restore_interrupted_swap(self.corpus_dir)
        remove_orphans(self.corpus_dir)
        self.staging = Path(tempfile.mkdtemp(prefix=f".{self.corpus_dir.name}.new-",
                                             dir=self.corpus_dir.parent))
        self.removed: set[str] = set()
        self.written: set[str] = set()
        self.committed = False

    def __enter__(self) -> StagedCorpus:
        return self

    def __exit__(self, *exc_info) -> None:
        if not self.committed:
            self.discard()

    def write(self, doc: Document) -> Path:
        """Stage a new or changed document (replacing any file of the same name at commit)."""
        path = write_document(self.staging, doc)
        self.written.add(path.name)
        self.removed.discard(path.name)
        return path

    def write_file(self, name: str, data: bytes) -> None:
        """Stage a non-document file (such as the crawl state) under `name`."""
        (self.staging / name).write_bytes(data)
        self.written.add(name)

    def remove(self, name: str) -> None:
        """Leave the old corpus file `name` out of the new version."""
        if name not in self.written:
            self.removed.add(name)

    def commit(self) -> None:
        """Carry over every untouched old file, then swap the new folder in with two renames."""
        old_exists = self.corpus_dir.is_dir()
        if old_exists:
            for entry in os.scandir(self.corpus_dir):
                if entry.name in self.removed or entry.name in self.written:
                    continue
                target = self.staging / entry.name
                if entry.is_dir(follow_symlinks=False):
                    shutil.copytree(entry.path, target, symlinks=True, copy_function=_link_or_copy)
                else:
                    _link_or_copy(entry.path, str(target))
            os.chmod(self.staging, stat.S_IMODE(os.stat(self.corpus_dir).st_mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(self.staging, 0o777 & ~umask)
        retired = Path(tempfile.mkdtemp(prefix=f".{self.corpus_dir.name}.old-",
                                        dir=self.corpus_dir.parent))
        os.rmdir(retired)
        if old_exists:
            os.rename(self.corpus_dir, retired)
        try:
            os.rename(self.staging, self.corpus_dir)
        except BaseException:
            if old_exists:
                os.rename(retired, self.corpus_dir)
            raise
        self.committed = True
        shutil.rmtree(retired, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)


def restore_interrupted_swap(corpus_dir: Path) -> None:
    """If a swap was cut between its two renames, put the retired corpus back."""
    if corpus_dir.exists():
        return
    retired = sorted(corpus_dir.parent.glob(f".{corpus_dir.name}.old-*"),
                     key=lambda p: p.stat().st_mtime)
    if retired:
        os.rename(retired[-1], corpus_dir)


def remove_orphans(corpus_dir: Path) -> None:
    """Delete staging and retired folders and temporary files that interrupted runs left behind.

    A run killed with kill -9 never reaches its cleanup; the next run (holding the lock, so no other
    run is alive) removes its `.corpus.new-*` and `.corpus.old-*` folders and half-written files.
    """
    parent = corpus_dir.parent
    for pattern in (f".{corpus_dir.name}.new-*", f".{corpus_dir.name}.old-*"):
        for orphan in parent.glob(pattern):
            shutil.rmtree(orphan, ignore_errors=True)
    if corpus_dir.is_dir():
        remove_temp_files(corpus_dir)


def remove_temp_files(folder: Path, name: str = "") -> None:
    """Delete `write_atomic`'s temporary files (".<name>.*.tmp") that a killed writer left in `folder`."""
    for orphan in Path(folder).glob(f".{name}*.tmp"):
        try:
            orphan.unlink()
        except OSError:
            pass
