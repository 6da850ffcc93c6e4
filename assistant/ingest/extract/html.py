"""HTML into a Document: main content only, h1–h4 sections with anchors, title, language and date."""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from urllib.parse import urljoin

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from bs4.element import Tag

from ...documents import Document, now_iso
from ...language.danish_dates import parse_date, stated_date
from . import charset_of, clean_inline, decode_bytes
from .blocks import SectionWalker

# Elements that never hold the page's own text.
DROPPED = frozenset("""script style noscript template form iframe svg canvas button select input
textarea object embed nav aside menu dialog""".split())
# Kept inside <main>/<article> (an article's own header holds its h1 and date), dropped elsewhere.
PAGE_CHROME = frozenset({"header", "footer"})
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                          "dialog", "alertdialog", "menu", "menubar"})
_CHROME_NAME = re.compile(r"(?:^|[-_\s])(?:cookies?|consent|gdpr|cookiebot|cc|breadcrumbs?|skip|"
                          r"sidebar|share|sharing|social|newsletter|popup|modal)(?:[-_\s]|$)",
                          re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CONTENT_ID = re.compile(r"^(?:content|main|main-content|indhold|hovedindhold)$")
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
META_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "date",
                  "dcterms.date", "dcterms.created", "dc.date", "publish-date", "pubdate")


@dataclass(frozen=True)
class HtmlPage:
    """What the crawler needs from a page: the Document, its links and its robots wishes."""

    document: Document
    links: tuple[str, ...]
    canonical: str | None
    noindex: bool
    nofollow: bool


def extract_html(content: bytes | str, url: str, content_type: str | None = None) -> Document:
    """The page as a Document (main content only); `content_type` is the HTTP header, if any."""
    return parse_html(content, url, content_type).document


def decode_html(content: bytes | str, content_type: str | None = None) -> str:
    """Page text, trusting valid UTF-8 first, then the header's charset, then a <meta> charset."""
    if isinstance(content, str):
        return content
    declared = charset_of(content_type)
    if not declared:
        match = _META_CHARSET.search(content[:4096])
        declared = match.group(1).decode("ascii", "replace") if match else None
    return decode_bytes(content, declared)


def parse_html(content: bytes | str, url: str, content_type: str | None = None) -> HtmlPage:
    """Parse a page into its Document plus absolute links, canonical URL and robots meta flags."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(decode_html(content, content_type), "lxml")
    found = _scan(soup)
    base_tag = _first(found, "base")
    base = urljoin(url, base_tag["href"]) if base_tag else url
    metas = _meta_values(found)
    robots = metas.get("robots", "").casefold()
    links = tuple(dict.fromkeys(urljoin(base, a["href"].strip()) for a in found["a"]))
    canonical_tag = _first(found, "canonical")
    canonical = urljoin(base, canonical_tag["href"].strip()) if canonical_tag else None
    title = _title(found, metas)
    language = _language(found, metas)
    published = _published(found, metas)
    root = _main_root(found) or soup.body or soup
    _drop_chrome(root)
    sections = SectionWalker().walk(root)
    if published is None:
        published = stated_date("\n".join(s.text for s in sections[:3]))
    if not title:
        title = next((s.heading for s in sections if s.heading), "") or url
    document = Document(url=url, title=title, sections=tuple(sections), content_type="text/html",
                        language=language, fetched_at=now_iso(), published=published).with_hash()
    return HtmlPage(document=document, links=links, canonical=canonical,
                    noindex="noindex" in robots or "none" in robots,
                    nofollow="nofollow" in robots or "none" in robots)


def _scan(soup: BeautifulSoup) -> dict[str, list[Tag]]:
    """The tags the metadata comes from, gathered in one pass over the tree (find_all is slow)."""
    found: dict[str, list[Tag]] = {key: [] for key in (
        "a", "base", "canonical", "meta", "title", "h1", "html", "main", "article", "content",
        "ld+json", "time")}
    for tag in soup.descendants:
        if not isinstance(tag, Tag):
            continue
        name = tag.name
        attrs = tag.attrs
        if name in ("a", "area"):
            if "href" in attrs:
                found["a"].append(tag)
        elif name == "link":
            if "canonical" in attrs.get("rel", ()) and "href" in attrs:
                found["canonical"].append(tag)
        elif name == "meta":
            if "content" in attrs:
                found["meta"].append(tag)
        elif name == "base":
            if "href" in attrs:
                found["base"].append(tag)
        elif name == "script":
            if attrs.get("type") == "application/ld+json":
                found["ld+json"].append(tag)
        elif name in ("title", "h1", "html", "main", "article", "time"):
            found[name].append(tag)
        if attrs.get("role") == "main":
            found["main"].append(tag)
        if _CONTENT_ID.match(attrs.get("id", "")):
            found["content"].append(tag)
    return found


def _first(found: dict[str, list[Tag]], key: str) -> Tag | None:
    return found[key][0] if found[key] else None


def _meta_values(found: dict[str, list[Tag]]) -> dict[str, str]:
    values: dict[str, str] = {}
    for meta in found["meta"]:
        key = meta.get("property") or meta.get("name") or meta.get("itemprop") or ""
        key = key.strip().casefold()
        if key and key not in values:
            values[key] = meta["content"].strip()
    return values


def _title(found: dict[str, list[Tag]], metas: dict[str, str]) -> str:
    title = clean_inline(metas.get("og:title", ""))
    if not title and found["title"]:
        title = clean_inline(found["title"][0].get_text(" "))
    if not title and found["h1"]:
        title = clean_inline(found["h1"][0].get_text(" "))
    return title


def _language(found: dict[str, list[Tag]], metas: dict[str, str]) -> str:
    html = _first(found, "html")
    lang = (html.get("lang") or html.get("xml:lang") or "") if html else ""
    lang = lang or metas.get("content-language", "") or metas.get("og:locale", "")
    lang = re.split(r"[-_,\s]", lang.strip(), maxsplit=1)[0].casefold()
    return lang if re.fullmatch(r"[a-z]{2,3}", lang) else "da"


def _published(found: dict[str, list[Tag]], metas: dict[str, str]) -> str | None:
    for key in META_DATE_KEYS:
        if key in metas and (parsed := parse_date(metas[key])):
            return parsed
    for script in found["ld+json"]:
        match = _LD_DATE.search(script.get_text())
        if match and (parsed := parse_date(match.group(1))):
            return parsed
    for time in found["time"]:
        hinted = (time.has_attr("pubdate") or time.get("itemprop") == "datePublished"
                  or re.search(r"publi|udgivet|dato|date", " ".join(time.get("class", []))))
        if hinted and (parsed := parse_date(time.get("datetime") or time.get_text())):
            return parsed
    return None


def _main_root(found: dict[str, list[Tag]]) -> Tag | None:
    if found["main"]:
        return found["main"][0]
    if len(found["article"]) == 1:
        return found["article"][0]
    return _first(found, "content")


def _is_chrome(tag: Tag) -> bool:
    if tag.name in DROPPED:
        return True
    attrs = tag.attrs
    if not attrs:
        return False
    if tag.has_attr("hidden") or attrs.get("aria-hidden") == "true":
        return True
    if attrs.get("role") in CHROME_ROLES or _HIDDEN_STYLE.search(attrs.get("style", "")):
        return True
    names = " ".join(attrs.get("class", [])) + " " + attrs.get("id", "")
    # A class like "layout-with-sidebar" may sit on the wrapper of the whole page: keep wrappers.
    return bool(_CHROME_NAME.search(names)) and tag.find(["main", "article", "h1"]) is None


def _drop_chrome(root: Tag) -> None:
    """Remove navigation, banners, cookie notices, forms and hidden parts below the content root."""
    doomed = []
    for tag in root.descendants:
        if not isinstance(tag, Tag) or tag.name in ("main", "article"):
            continue
        if _is_chrome(tag) or (tag.name in PAGE_CHROME and not tag.find_parent(["main", "article"])):
            doomed.append(tag)
    for tag in doomed:
        if not tag.decomposed:
            tag.decompose()
