"""Index files: write, publish as an immutable version, read back with checksums, and notice a new one.

The in-memory Index (bm25.py) knows nothing of files; this module turns it into the container of
file_format.py and back, and publishes builds as versions behind a pointer (versions.py).
"""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Collection
from pathlib import Path

import numpy as np

from ..documents import REBUILD_HINT
from ..errors import IndexFormatError
from ..language.analysis import Analyzer, default_analyzer
from . import blocks
from .bm25 import (
    INDEX_FORMAT_VERSION,
    INDEX_MAGIC,
    K1,
    READABLE_FORMAT_VERSIONS,
    Index,
    length_norm,
)
from .file_format import IndexFileError, encode_index_file, open_index_file, write_index_file
from .lazy_tables import LazyRecords, LazyTermIds, LazyTerms
from .topk import term_max_tf
from .versions import (
    MAX_POINTER_BYTES,
    is_pointer,
    open_version,
    parse_pointer,
    publish_encoded,
    versions_dir,
)

log = logging.getLogger(__name__)



def _file_parts(index: Index) -> tuple[dict, dict[str, np.ndarray], dict[str, tuple]]:
    """The header, small arrays and blocked arrays of an index's file."""
    header = {"magic": INDEX_MAGIC, "format_version": INDEX_FORMAT_VERSION, "meta": index.meta}
    post_tfs = np.asarray(index.post_tfs)
    documents = json.dumps(list(index.documents), ensure_ascii=False).encode("utf-8")
    # Only what loading itself needs is read at load: the chunk lengths (for BM25's length norm)
    # and each term's largest count (top-k pruning's bounds, which would otherwise read every
    # count). Everything else goes in blocks read and checked on first use (blocks.py).
    return header, {
        "doc_len": _narrowest(index.doc_len),
        "term_max_tf": term_max_tf(index.offsets, post_tfs).astype(post_tfs.dtype),
    }, {
        "vocabulary": (np.frombuffer("\n".join(index.vocabulary).encode("utf-8"), dtype=np.uint8), "zlib"),
        "offsets": (np.asarray(index.offsets), "delta-zlib"), "idf": (np.asarray(index.idf), "zlib"),
        "post_docs": (np.asarray(index.post_docs, dtype=np.int32), "delta-narrow", blocks.POSTING_BLOCK_BYTES),
        "post_tfs": (post_tfs, "counts", blocks.counts_block_bytes(post_tfs.dtype)),
        "chunk_offsets": (np.asarray(index.chunk_offsets), "delta-zlib"),
        "chunk_blob": (np.asarray(index.chunk_blob), "zlib"),
        "documents": (np.frombuffer(documents, dtype=np.uint8), "zlib"),
    }


def _narrowest(lengths: np.ndarray) -> np.ndarray:
    """Chunk lengths in two bytes when they fit (always, for passages of a few hundred words): at
    100,000 passages 0.2 MB of the file, which the counts' quicker form (block_codecs.py) spends."""
    lengths = np.asarray(lengths)
    return lengths.astype(np.uint16) if len(lengths) and 0 <= lengths.min() and lengths.max() <= 0xFFFF \
        else lengths


def save_index(index: Index, path: Path) -> None:
    """Write the index as one self-contained file (versioned, checksummed, no pickle), atomically."""
    write_index_file(Path(path), *_file_parts(index))
    index.path = Path(path)


def publish_index(index: Index, pointer: Path, keep_seconds: float, now: float | None = None) -> Path:
    """Write the index as a new immutable version and switch the pointer to it (index_versions)."""
    # Held whole: the version is named by its checksum before it is written, and with compressed
    # blocks the bytes are a fraction of the index's size.
    index.path = publish_encoded(Path(pointer), encode_index_file(*_file_parts(index)), keep_seconds, now)
    return index.path


def _fail(path: Path, problem: str) -> IndexFormatError:
    return IndexFormatError(
        f"Indeksfilen {path} kan ikke bruges: {problem}. Byg den igen med `{REBUILD_HINT}`."
    )


def load_index(path: Path, analyzer: Analyzer | None = None, fallback: bool = True,
               damaged: Collection[Path] = (), whole: bool = False) -> Index:
    """Load an index file or the version a pointer names; a missing, corrupt, truncated or outdated
    file raises IndexFormatError.

    Only the header and the small arrays are read (and checked) now; postings and passages are read
    and checked block by block when a question first needs them (file_format.py), and a block that
    changed since raises IndexDamagedError then.

    With `fallback`, a current version that cannot be used gives way to the previous one (a new
    server process keeps answering with yesterday's index rather than none). Files in `damaged`
    (found changed after an earlier load) count as unusable. With `whole`, a version behind a
    pointer is read whole first and checked against the pointer's checksum of all of it: a server
    loading a replacement while the old index still answers can afford that, so a version damaged
    anywhere is refused before a visitor's question reaches it.
    """
    path = Path(path)
    analyzer = analyzer or default_analyzer()
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_POINTER_BYTES)
    except FileNotFoundError:
        raise _fail(path, "filen findes ikke") from None
    except OSError as exc:
        raise _fail(path, f"filen kan ikke læses ({exc.strerror})") from exc
    if not is_pointer(data):
        try:
            _refuse_damaged(path, damaged)
            return _decode(path, *open_index_file(path), analyzer)
        except IndexFileError as exc:
            raise _fail(path, str(exc)) from exc
        except OSError as exc:
            raise _fail(path, f"filen kan ikke læses ({exc.strerror})") from exc
    try:
        manifest = parse_pointer(data)
    except IndexFileError as exc:
        raise _fail(path, str(exc)) from exc
    entries = [manifest["current"]] + ([manifest["previous"]] if fallback and manifest["previous"] else [])
    failures: list[IndexFormatError] = []
    for entry in entries:
        try:
            _refuse_damaged(versions_dir(path) / entry["file"], damaged)
            index = _decode(*open_version(path, entry, whole), analyzer)
        except IndexFormatError as exc:
            failures.append(exc)
        except IndexFileError as exc:
            failures.append(_fail(path, str(exc)))
        except OSError as exc:
            failures.append(_fail(path, f"versionen {entry['file']} kan ikke læses ({exc.strerror})"))
        else:
            if failures:
                log.warning("%s Den forrige version %s bruges i stedet.", failures[0], entry["file"])
            return index
    raise failures[0]


def _refuse_damaged(path: Path, damaged: Collection[Path]) -> None:
    if path in damaged:
        raise IndexFileError(f"{path.name} er ændret, efter den blev indlæst")


def _decode(path: Path, header: dict, arrays: dict, analyzer: Analyzer) -> Index:
    if header.get("magic") != INDEX_MAGIC:
        raise _fail(path, "det er ikke en indeksfil fra Balance-assistenten")
    if header.get("format_version") not in READABLE_FORMAT_VERSIONS:
        raise _fail(path, f"formatversion {header.get('format_version')} (denne version læser "
                          f"{INDEX_FORMAT_VERSION})")
    meta = header.get("meta")
    if not isinstance(meta, dict) or meta.get("analyzer") != analyzer.signature():
        raise _fail(path, "den er bygget med en anden version af sprogbehandlingen")
    try:
        vocabulary = LazyTerms(arrays["vocabulary"], len(arrays["offsets"]) - 1)
        documents = LazyRecords(arrays["documents"], meta["documents"]) if "documents" in arrays \
            else list(header["documents"])
        post_tfs = arrays["post_tfs"] if header["format_version"] >= 2 else \
            _counts_from_weights(arrays["post_weights"], arrays["post_docs"], arrays["doc_len"])
        index = Index(
            vocabulary=vocabulary, term_ids=LazyTermIds(vocabulary),
            offsets=arrays["offsets"], post_docs=arrays["post_docs"],
            post_tfs=post_tfs, idf=arrays["idf"], doc_len=arrays["doc_len"].astype(np.int32, copy=False),
            chunk_blob=arrays["chunk_blob"], chunk_offsets=arrays["chunk_offsets"],
            documents=documents, meta=meta, analyzer=analyzer, path=path,
        )
    except (KeyError, TypeError) as exc:
        raise _fail(path, f"en del mangler eller er beskadiget ({exc})") from exc
    n_terms = len(index.vocabulary)
    max_tf = arrays.get("term_max_tf")
    consistent = (
        len(index.offsets) == n_terms + 1 and len(index.idf) == n_terms
        and int(index.offsets[-1]) == len(index.post_docs) == len(index.post_tfs)
        and len(index.chunk_offsets) == index.n_chunks + 1 == meta.get("chunks", -1) + 1
        and int(index.chunk_offsets[-1]) == len(index.chunk_blob)
        and (max_tf is None or len(max_tf) == n_terms)
    )
    if not consistent:
        raise _fail(path, "dens dele passer ikke sammen")
    if max_tf is not None:
        # The bounds top-k pruning would otherwise compute from every count (reading every block).
        index.memo["score_bounds"] = (max_tf.astype(np.float64),
                                      float(index.norm.min()) if len(index.norm) else 1.0)
    return index


def _counts_from_weights(weights: np.ndarray, docs: np.ndarray, doc_len: np.ndarray) -> np.ndarray:
    """A format-1 file's counts, solved from its weights w = tf*(k1+1)/(tf+norm): tf = w*norm/(k1+1-w)."""
    norm = length_norm(doc_len)[docs]
    return np.rint(weights * norm / (K1 + 1 - weights)).astype(np.int32)


def file_signature(path: Path) -> tuple[int, int, int] | None:
    """(inode, mtime ns, size) of the index file, to notice when the indexer replaced it."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_ino, st.st_mtime_ns, st.st_size)
