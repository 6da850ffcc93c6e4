"""Index files: write, publish as an immutable version, read back with checksums, and notice a new one.

The in-memory Index (bm25.py) knows nothing of files; this module turns it into the container of
file_format.py and back, and publishes builds as versions behind a pointer (versions.py).
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import numpy as np

from ..documents import REBUILD_HINT
from ..errors import IndexFormatError
from ..language.analysis import Analyzer, default_analyzer
from .bm25 import (
    INDEX_FORMAT_VERSION,
    INDEX_MAGIC,
    K1,
    READABLE_FORMAT_VERSIONS,
    Index,
    length_norm,
)
from .file_format import IndexFileError, decode_index_file, stream_index_file, write_index_file
from .versions import is_pointer, parse_pointer, publish_written, read_version

log = logging.getLogger(__name__)



def _file_parts(index: Index) -> tuple[dict, dict[str, np.ndarray]]:
    """The header and arrays of an index's file."""
    header = {"magic": INDEX_MAGIC, "format_version": INDEX_FORMAT_VERSION, "meta": index.meta,
              "documents": index.documents}
    return header, {
        "vocabulary": np.frombuffer("\n".join(index.vocabulary).encode("utf-8"), dtype=np.uint8),
        "offsets": index.offsets, "post_docs": index.post_docs,
        "post_tfs": index.post_tfs, "idf": index.idf, "doc_len": index.doc_len,
        "chunk_blob": index.chunk_blob, "chunk_offsets": index.chunk_offsets,
    }


def save_index(index: Index, path: Path) -> None:
    """Write the index as one self-contained file (versioned, checksummed, no pickle), atomically."""
    write_index_file(Path(path), *_file_parts(index))
    index.path = Path(path)


def publish_index(index: Index, pointer: Path, keep_seconds: float, now: float | None = None) -> Path:
    """Write the index as a new immutable version and switch the pointer to it (index_versions)."""
    header, arrays = _file_parts(index)
    index.path = publish_written(Path(pointer), lambda f: stream_index_file(f, header, arrays),
                                 keep_seconds, now)
    return index.path


def _fail(path: Path, problem: str) -> IndexFormatError:
    return IndexFormatError(
        f"Indeksfilen {path} kan ikke bruges: {problem}. Byg den igen med `{REBUILD_HINT}`."
    )


def load_index(path: Path, analyzer: Analyzer | None = None, fallback: bool = True) -> Index:
    """Load an index file or the version a pointer names; a missing, corrupt, truncated or outdated
    file raises IndexFormatError.

    With `fallback`, a current version that cannot be used gives way to the previous one (a new
    server process keeps answering with yesterday's index rather than none).
    """
    path = Path(path)
    analyzer = analyzer or default_analyzer()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _fail(path, "filen findes ikke") from None
    except OSError as exc:
        raise _fail(path, f"filen kan ikke læses ({exc.strerror})") from exc
    if not is_pointer(data):
        return _decode(path, data, analyzer)
    try:
        manifest = parse_pointer(data)
    except IndexFileError as exc:
        raise _fail(path, str(exc)) from exc
    entries = [manifest["current"]] + ([manifest["previous"]] if fallback and manifest["previous"] else [])
    failures: list[IndexFormatError] = []
    for entry in entries:
        try:
            version, data = read_version(path, entry)
            index = _decode(version, data, analyzer, verify=False)
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


def _decode(path: Path, data: bytes, analyzer: Analyzer, verify: bool = True) -> Index:
    try:
        header, arrays = decode_index_file(data, verify)
    except IndexFileError as exc:
        raise _fail(path, str(exc)) from exc
    if header.get("magic") != INDEX_MAGIC:
        raise _fail(path, "det er ikke en indeksfil fra Balance-assistenten")
    if header.get("format_version") not in READABLE_FORMAT_VERSIONS:
        raise _fail(path, f"formatversion {header.get('format_version')} (denne version læser "
                          f"{INDEX_FORMAT_VERSION})")
    meta = header.get("meta")
    if not isinstance(meta, dict) or meta.get("analyzer") != analyzer.signature():
        raise _fail(path, "den er bygget med en anden version af sprogbehandlingen")
    try:
        vocab_text = arrays["vocabulary"].tobytes().decode("utf-8")
        post_tfs = arrays["post_tfs"] if header["format_version"] >= 2 else \
            _counts_from_weights(arrays["post_weights"], arrays["post_docs"], arrays["doc_len"])
        index = Index(
            vocabulary=tuple(vocab_text.split("\n")) if vocab_text else (),
            offsets=arrays["offsets"], post_docs=arrays["post_docs"],
            post_tfs=post_tfs, idf=arrays["idf"], doc_len=arrays["doc_len"],
            chunk_blob=arrays["chunk_blob"], chunk_offsets=arrays["chunk_offsets"],
            documents=list(header["documents"]), meta=meta, analyzer=analyzer, path=path,
        )
    except (KeyError, TypeError, UnicodeDecodeError) as exc:
        raise _fail(path, f"en del mangler eller er beskadiget ({exc})") from exc
    n_terms = len(index.vocabulary)
    consistent = (
        len(index.offsets) == n_terms + 1 and len(index.idf) == n_terms
        and int(index.offsets[-1]) == len(index.post_docs) == len(index.post_tfs)
        and len(index.chunk_offsets) == index.n_chunks + 1 == meta.get("chunks", -1) + 1
        and int(index.chunk_offsets[-1]) == len(index.chunk_blob)
    )
    if not consistent:
        raise _fail(path, "dens dele passer ikke sammen")
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
