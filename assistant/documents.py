"""Documents, sections and chunks, and the corpus folder of one JSON file per document."""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from .errors import CorpusError

DOCUMENT_FORMAT_VERSION = 1
REBUILD_HINT = "python indexer.py build"
FILE_MODE = 0o644


@dataclass(frozen=True)
class Section:
    """One headed part of a document; `anchor` makes a link open at it (`#page=N` for PDFs)."""

    heading: str
    anchor: str
    text: str
    level: int = 2
    page: int | None = None


@dataclass(frozen=True)
class Document:
    """A crawled or added source: the unit stored as one JSON file in the corpus."""

    url: str
    title: str
    sections: tuple[Section, ...]
    content_type: str = "text/html"
    language: str = "da"
    fetched_at: str = ""
    published: str | None = None
    content_hash: str = ""
    source: str = "crawl"
    # HTTP validators for conditional re-crawls; empty for local files.
    etag: str = ""
    last_modified: str = ""

    def with_hash(self) -> Document:
        """The same document with `content_hash` computed from its text."""
        return replace(self, content_hash=content_hash(self))

    def to_json(self) -> dict:
        data = asdict(self)
        data["format_version"] = DOCUMENT_FORMAT_VERSION
        return data

    @classmethod
    def from_json(cls, data: dict) -> Document:
        if not isinstance(data, dict):
            raise ValueError("forventede et JSON-objekt")
        version = data.get("format_version")
        if version != DOCUMENT_FORMAT_VERSION:
            raise ValueError(f"formatversion {version!r}, forventede {DOCUMENT_FORMAT_VERSION}")
        fields = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for required in ("url", "title", "sections"):
            if required not in fields:
                raise ValueError(f"feltet {required!r} mangler")
        sections = []
        for raw in fields.pop("sections"):
            known = {k: v for k, v in raw.items() if k in Section.__dataclass_fields__}
            section = Section(**known)
            if not isinstance(section.text, str) or not isinstance(section.heading, str):
                raise ValueError("en sektion har ikke tekst")
            sections.append(section)
        return cls(sections=tuple(sections), **fields)


@dataclass(frozen=True)
class StatuteRecord:
    """What a statute chunk knows beyond its § and stk.: the §'s title, where each stk. sits in the
    chunk's text, and the statutes' adoption and amendment dates (as written, "12. marts 2019")."""

    title: str = ""
    stks: tuple[tuple[str, int, int], ...] = ()  # (stk., start, end) of each stk. body in the text
    adopted: str = ""
    amended: str = ""

    def to_record(self) -> dict:
        """The index file's form of it (the keys that file has always used); empty facts left out."""
        record = {"paragraph_title": self.title, "stks": [list(s) for s in self.stks],
                  "adopted": self.adopted, "amended": self.amended}
        return {key: value for key, value in record.items() if value}

    @classmethod
    def from_record(cls, raw: dict) -> StatuteRecord:
        return cls(title=raw.get("paragraph_title", ""),
                   stks=tuple((str(s), int(a), int(b)) for s, a, b in raw.get("stks", ())),
                   adopted=raw.get("adopted", ""), amended=raw.get("amended", ""))


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: a section or part of one, with everything a citation needs."""

    doc_url: str
    title: str
    heading: str
    anchor: str
    text: str
    url: str
    # Structured position inside statutes ("7", "2") so answers can cite "§ 7, stk. 2".
    paragraph: str = ""
    stk: str = ""
    page: int | None = None
    published: str | None = None
    statute: StatuteRecord | None = None

    @property
    def paragraph_title(self) -> str:
        """The § title of a statute chunk ("Medlemmer"); "" for other chunks."""
        return self.statute.title if self.statute else ""


def content_hash(doc: Document) -> str:
    """SHA-256 of the document's visible text: equal text means a duplicate, whatever the URL."""
    h = hashlib.sha256()
    h.update(doc.title.encode("utf-8"))
    for s in doc.sections:
        h.update(b"\x1e" + s.heading.encode("utf-8") + b"\x1f" + s.text.encode("utf-8"))
    return "sha256:" + h.hexdigest()


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def slugify(text: str, max_len: int = 60) -> str:
    """A stable, readable anchor/file-name part: 'Vores historie' -> 'vores-historie'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa").replace("§", "paragraf-")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    return slug[:max_len].rstrip("-") or "afsnit"


def document_filename(url: str) -> str:
    """File name for a document: readable slug of the URL plus a short hash so names never collide."""
    readable = slugify(re.sub(r"^[a-z]+://", "", url), max_len=80)
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:10]
    return f"{readable}-{digest}.json"


def write_atomic(path: Path, data: bytes, mode: int = FILE_MODE) -> None:
    """Write via a temporary file in the same folder and os.replace, so readers never see half a file."""
    with atomic_output(path, mode) as f:
        f.write(data)


@contextmanager
def atomic_output(path: Path, mode: int = FILE_MODE) -> Iterator[BinaryIO]:
    """A file to write bit by bit that appears at `path` only once the block ends without an error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); the server may run as another user than the indexer.
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_document(corpus_dir: Path, doc: Document) -> Path:
    """Store one document in the corpus folder (atomically) and return its path."""
    if not doc.content_hash:
        doc = doc.with_hash()
    path = Path(corpus_dir) / document_filename(doc.url)
    payload = json.dumps(doc.to_json(), ensure_ascii=False, indent=1).encode("utf-8")
    write_atomic(path, payload + b"\n")
    return path


def read_document(path: Path) -> Document:
    """Read one corpus file; a broken file raises CorpusError naming it."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return Document.from_json(data)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, TypeError, ValueError) as exc:
        raise CorpusError(
            f"Korpusfilen {path} kan ikke læses ({exc}). Ret eller slet filen, "
            f"eller hent den igen med `python indexer.py crawl`."
        ) from exc


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The corpus's document files in a stable order (hidden temporary files excluded)."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise CorpusError(f"Korpusmappen {corpus_dir} findes ikke.")
    return sorted(p for p in corpus_dir.glob("*.json") if not p.name.startswith("."))


def read_corpus(corpus_dir: Path) -> Iterator[Document]:
    """Every document in the corpus folder, in file-name order."""
    for path in corpus_files(corpus_dir):
        yield read_document(path)
