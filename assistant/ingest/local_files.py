"""`indexer.py add`: local HTML, PDF, Markdown and text files (or folders of them) into the corpus."""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from urllib.parse import quote

from ..documents import Document, corpus_files, read_document
from ..errors import AssistantError, CorpusError
from .crawl_summary import NOT_TEXT
from .extract import UnreadableSource, failure_reason
from .extract.html import extract_html
from .extract.pdf import extract_pdf
from .extract.sniff import looks_like_text
from .extract.text import extract_text
from .run_lock import exclusive
from .staging import StagedCorpus
from .urls import normalize_url

KINDS = {".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf", ".md": "markdown",
         ".markdown": "markdown", ".txt": "text"}


class LocalFileError(AssistantError):
    """The paths or options given to `add` are unusable; nothing was changed."""

    status = 400


@dataclass
class AddSummary:
    """What `python indexer.py add` did with each file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)

    def lines(self) -> list[str]:
        out = [f"Filer tilføjet på {self.seconds:.1f} s",
               f"  nye:           {len(self.added)}",
               f"  opdaterede:    {len(self.updated)}",
               f"  uændrede:      {len(self.unchanged)}",
               f"  sprunget over: {len(self.skipped)}"]
        out += [f"  Ny: {url}" for url in self.added]
        out += [f"  Opdateret: {url}" for url in self.updated]
        out += [f"  Sprunget over: {path} ({reason})" for path, reason in self.skipped]
        if self.changed:
            out.append("Kør `python indexer.py build` for at opdatere indekset.")
        return out


def collect_files(paths: Iterable[str | Path]) -> tuple[list[tuple[Path, Path]], list[tuple[str, str]]]:
    """(file, folder its URL is relative to) for every supported file, and the files passed over.

    A missing path raises LocalFileError before anything is read; hidden files and folders are
    left out of folder walks.
    """
    roots = [Path(p) for p in paths]
    if not roots:
        raise LocalFileError("Angiv mindst én fil eller mappe.")
    missing = [str(p) for p in roots if not p.exists()]
    if missing:
        raise LocalFileError(f"Findes ikke: {', '.join(missing)}. Intet er ændret.")
    found: list[tuple[Path, Path]] = []
    passed: list[tuple[str, str]] = []
    for root in roots:
        if root.is_file():
            candidates, base = [root], root.parent
        else:
            candidates = sorted(p for p in root.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(root).parts))
            base = root
        for path in candidates:
            if path.suffix.lower() in KINDS:
                found.append((path, base))
            else:
                passed.append((str(path), f"ukendt filtype {path.suffix or '(ingen)'}"))
    return found, passed


def file_url(path: Path, root: Path, base_url: str | None) -> str:
    """The URL a local file is cited by: under `base_url` if given, else its file:// address."""
    if not base_url:
        return path.resolve().as_uri()
    relative = path.resolve().relative_to(root.resolve()).as_posix()
    return base_url.rstrip("/") + "/" + quote(relative)


def extract_file(path: Path, url: str) -> Document:
    """A local file as a Document, chosen by its suffix; raises ExtractionError if unreadable."""
    kind = KINDS[path.suffix.lower()]
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableSource(f"{path} kan ikke læses ({exc.strerror}).", "kan ikke læses") from exc
    if kind != "pdf" and not looks_like_text(data):
        raise UnreadableSource(f"{path} er ikke en tekstfil.", NOT_TEXT)
    if kind == "html":
        doc = extract_html(data, url)
    elif kind == "pdf":
        doc = extract_pdf(data, url)
    else:
        doc = extract_text(data, url, markdown=kind == "markdown")
    return replace(doc, source="local")


def add_paths(paths: Iterable[str | Path], corpus_dir: Path, base_url: str | None = None,
              progress: Callable[[Path], None] | None = None) -> AddSummary:
    """Add or refresh local files in the corpus; all of them land together or none do."""
    started = time.perf_counter()
    if base_url is not None and normalize_url(base_url) is None:
        raise LocalFileError(f"Ugyldig --base-url: {base_url!r}. Angiv en fuld adresse som "
                             f"https://balance-danmark.dk/publikationer/.")
    files, passed = collect_files(paths)
    with exclusive(corpus_dir):
        summary = _add_files(files, AddSummary(skipped=passed), Path(corpus_dir), base_url, progress)
    summary.seconds = time.perf_counter() - started
    return summary


def _add_files(files: list[tuple[Path, Path]], summary: AddSummary, corpus_dir: Path,
               base_url: str | None, progress: Callable[[Path], None] | None) -> AddSummary:
    """Stage and commit the files (under the corpus lock, so no other run changes it meanwhile)."""
    existing: dict[str, Document] = {}
    owners: dict[str, str] = {}
    if Path(corpus_dir).is_dir():
        for path in corpus_files(corpus_dir):
            try:
                doc = read_document(path)
            except CorpusError:
                continue
            existing[doc.url] = doc
            owners.setdefault(doc.content_hash, doc.url)
    with StagedCorpus(corpus_dir) as stage:
        for path, root in files:
            url = file_url(path, root, base_url)
            try:
                doc = extract_file(path, url)
            except Exception as exc:  # noqa: BLE001 (one hostile file must not stop the others)
                summary.skipped.append((str(path), failure_reason(exc)))
                continue
            finally:
                if progress:
                    progress(path)
            owner = owners.get(doc.content_hash)
            if not doc.sections:
                summary.skipped.append((str(path), "ingen tekst"))
            elif owner is not None and owner != url:
                summary.skipped.append((str(path), f"samme indhold som {owner}"))
            elif url in existing and existing[url].content_hash == doc.content_hash:
                summary.unchanged.append(url)
            else:
                stage.write(doc)
                owners[doc.content_hash] = url
                (summary.updated if url in existing else summary.added).append(url)
        if summary.changed:
            stage.commit()
    return summary
