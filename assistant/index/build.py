"""Corpus folder into index file: read documents, chunk them, index the chunks, save atomically."""
from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..documents import corpus_files, read_document
from ..errors import AssistantError
from ..ingest.run_lock import exclusive, reading
from ..ingest.staging import remove_temp_files
from ..language.analysis import Analyzer, default_analyzer
from . import bm25
from .bm25 import Index, build_index
from .chunking import chunk_document
from .storage import load_index, publish_index


@dataclass(frozen=True)
class BuildSummary:
    """What `python indexer.py build` reports."""

    documents: int
    chunks: int
    vocabulary: int
    seconds: float
    index_path: Path
    version_path: Path

    def lines(self) -> list[str]:
        return [
            f"Indeks bygget: {self.index_path}",
            f"  version:      {self.version_path}",
            f"  dokumenter:   {self.documents}",
            f"  afsnit:       {self.chunks}",
            f"  ordforråd:    {self.vocabulary} termer",
            f"  tid:          {self.seconds:.2f} s",
        ]


def corpus_fingerprint(corpus_dir: Path) -> str:
    """SHA-256 over the corpus files' names and bytes: equal fingerprints mean the same corpus."""
    h = hashlib.sha256()
    for path in corpus_files(corpus_dir):
        h.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def index_is_current(corpus_dir: Path, index_path: Path) -> bool:
    """Whether the index file loads and was built from exactly the corpus as it is now."""
    try:
        index = load_index(index_path)
    except AssistantError:
        return False
    return (index.meta.get("corpus_fingerprint") == corpus_fingerprint(corpus_dir)
            and ranked_as_now(index.meta))


def ranked_as_now(meta: dict) -> bool:
    """Whether an index was built with today's scoring and label weights. An index from before a
    weight change still loads and answers, but ranks as the old version did, so a `--if-stale`
    build must not keep it."""
    now = {"k1": bm25.K1, "b": bm25.B, "epsilon": bm25.EPSILON,
           "title_weight": bm25.TITLE_WEIGHT, "heading_weight": list(bm25.HEADING_WEIGHTS)}
    return all(meta.get(key) == value for key, value in now.items())


def build_corpus_index(corpus_dir: Path, analyzer: Analyzer | None = None,
                       on_document: Callable[[Path], None] | None = None) -> tuple[Index, int]:
    """Index every document of a corpus folder; returns the index and the number of documents."""
    analyzer = analyzer or default_analyzer()
    paths = corpus_files(corpus_dir)

    def chunks():
        for path in paths:
            yield from chunk_document(read_document(path))
            if on_document:
                on_document(path)

    return build_index(chunks(), analyzer), len(paths)


def build_and_save(corpus_dir: Path, index_path: Path,
                   on_document: Callable[[Path], None] | None = None,
                   keep_seconds: float = 3600.0) -> BuildSummary:
    """Build the index of a corpus folder as a new version; switch the pointer `index_path` to it only
    once the build succeeded. Versions retired more than `keep_seconds` ago are deleted.

    Reads the corpus under its lock beside other builds (no crawl or add swaps the folder mid-build)
    and holds the index's lock alone.
    """
    started = time.perf_counter()
    with reading(corpus_dir, read_only_ok=True), exclusive(index_path):
        remove_temp_files(Path(index_path).parent, Path(index_path).name)
        fingerprint = corpus_fingerprint(corpus_dir)
        index, n_docs = build_corpus_index(corpus_dir, on_document=on_document)
        index.meta["corpus_fingerprint"] = fingerprint
        version = publish_index(index, index_path, keep_seconds)
    return BuildSummary(documents=n_docs, chunks=index.n_chunks, vocabulary=len(index.vocabulary),
                        seconds=time.perf_counter() - started, index_path=Path(index_path),
                        version_path=version)
