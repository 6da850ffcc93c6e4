"""What the previous crawl left behind: its documents by page, and the links and validators it saw."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..documents import Document, corpus_files, read_document
from ..errors import CorpusError
from .urls import normalize_url, page_key, site_of

# Hidden, so `corpus_files` (and so `build`) never reads it; it travels with the corpus it describes.
STATE_FILE = ".crawl-state.json"
STATE_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Previous:
    """A crawled document of the old corpus and the file it lives in."""

    name: str
    doc: Document


def previous_documents(corpus_dir: Path, sites: set[str]) -> dict[str, Previous]:
    """Crawled documents of these sites by page key; local files and other sites are not ours."""
    previous: dict[str, Previous] = {}
    if not Path(corpus_dir).is_dir():
        return previous
    for path in corpus_files(corpus_dir):
        try:
            doc = read_document(path)
        except CorpusError:
            continue  # carried over as it is; `build` names the file and the fix
        url = normalize_url(doc.url)
        if doc.source == "crawl" and url and site_of(url) in sites:
            previous[page_key(url)] = Previous(path.name, doc)
    return previous


def read_state(corpus_dir: Path, sites: set[str]) -> tuple[dict[str, dict], dict[str, dict]]:
    """Per page key: url, links, etag, last_modified as last seen, for these sites and for all
    others (kept as they are); both empty if the file is missing or unreadable."""
    try:
        data = json.loads((Path(corpus_dir) / STATE_FILE).read_text(encoding="utf-8"))
        if data.get("format_version") != STATE_FORMAT_VERSION:
            return {}, {}
        ours: dict[str, dict] = {}
        others: dict[str, dict] = {}
        for key, entry in data["pages"].items():
            if isinstance(entry.get("links"), list):
                (ours if site_of(entry["url"]) in sites else others)[key] = entry
        return ours, others
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}, {}  # only a cache of links: without it, pages are simply fetched again


def state_bytes(pages: dict[str, dict]) -> bytes:
    """The state file's content for these pages."""
    return json.dumps({"format_version": STATE_FORMAT_VERSION, "pages": pages},
                      ensure_ascii=False, sort_keys=True).encode("utf-8")
