"""Statute markers in single lines: "§ 4 Medlemmer", "5. KONTINGENT", "Stk. 2", and adoption dates.

Markers are written in many ways ("§ 1", "§1.", "§ 3a", "§ 5. Kontingent", "§ 9" with the title on
the next line, a PDF heading run into its first sentence, in documents named statutes also
"5. KONTINGENT" or a heading "5. Kontingent"). A marker counts only where a block, item or sentence
starts and only when its number continues the numbering, so wrapped references ("jf. § 12") and
numbered lists inside a § are never mistaken for one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..documents import Section
from ..language.danish_dates import MONTH_NAMES, parse_date

MAX_TITLE_WORDS = 7
# How far numbering may jump (a repealed §) and still be the next § rather than a stray number.
MAX_GAP = 3
# A title that runs into the text on one line (PDFs) is at most this long.
MAX_RUN_IN_TITLE_WORDS = 4
_SMALL_WORDS = frozenset("""er og i af til for med på om at en et den det der som skal kan eller
samt ved fra har""".split())
# How far (characters) after "vedtaget" / "ændret" a date still belongs to it.
DATE_REACH = 100

_SECTION_MARK = re.compile(r"^(?:§+|(?i:paragraf))\s*(?P<n>\d{1,3})(?:\s?(?P<l>[a-h]))?(?![^\W_])"
                           r"\s*[.:)]?\s*(?:[-–—]\s*)?(?P<rest>.*)$")
_NUMBERED = re.compile(r"^(?P<n>\d{1,3})(?P<l>[a-h])?\.\s+(?P<rest>[^\W\d_].*)$")
STK_MARK = re.compile(r"^(?i:stk|stykke)\.?\s*(?P<n>\d{1,2})(?![^\W_])\s*[.:)]?\s*(?:[-–]\s*)?"
                      r"(?P<rest>.*)$")
_INNER_STK = re.compile(r"\s(?=(?i:stk)\.\s*\d{1,2}(?![^\W_]))")
LIST_ITEM = re.compile(r"^(?:[•▪◦·\-–*]\s|\d{1,3}[.)]\s|[a-zæøå][.)]\s)")
SENTENCE_END = re.compile(r"[.:;!?»\"”)]$")
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:jf|jfr|if|cf|pkt|nr|stk|bl\.a|f\.eks|m\.m)\.$",
                               re.IGNORECASE)
_DATE = (rf"\d{{1,2}}\.\s*(?:{'|'.join(MONTH_NAMES)})\s+\d{{4}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{4}}"
         rf"|\d{{4}}-\d{{2}}-\d{{2}}")
_DATE_WORD = re.compile(r"\b(?:vedtaget|godkendt|ændret|revideret|opdateret)\b", re.IGNORECASE)
_DATE_AFTER = re.compile(_DATE, re.IGNORECASE)
_AMENDING = ("ændret", "revideret", "opdateret")
# "… til Foreningen Grønne Byer. Vedtaget på generalforsamlingen 2. marts 2021." (a PDF line joined)
ADOPTION_TAIL = re.compile(rf"(?<=[.!?])\s+(?=(?:(?:således|senest)\s+)?(?:vedtaget|godkendt|ændret"
                           rf"|revideret)\b[^\n]*(?:{_DATE})[^\n]*$)", re.IGNORECASE)
ADOPTION_LINE = re.compile(rf"^(?:(?:således|senest)\s+)?(?:vedtaget|godkendt|ændret|revideret)\b"
                           rf".*(?:{_DATE})", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One line of a document in reading order, with the section it came from."""

    text: str
    section: Section
    heading: bool        # an HTML/Markdown heading (not a PDF page's first line)
    block_start: bool    # first line of a paragraph, list or page


def statute_dates(text: str) -> tuple[str, str]:
    """(adopted, last amended) dates as written ("12. marts 2019"), "" where the text states none."""
    adopted, amended, amended_key = "", "", None
    words = list(_DATE_WORD.finditer(text))
    for i, word in enumerate(words):
        kind = "amended" if word[0].casefold() in _AMENDING else "adopted"
        stop = words[i + 1].start() if i + 1 < len(words) else len(text)
        line_end = text.find("\n", word.end())
        stop = min(stop, line_end) if line_end >= 0 else stop
        reach_from = word.end()
        for match in _DATE_AFTER.finditer(text, word.end(), stop):
            if match.start() - reach_from > DATE_REACH:
                break
            written = " ".join(match[0].split())
            if kind == "adopted" and not adopted:
                adopted = written
            elif kind == "amended" and (key := _date_key(written)) and (
                    amended_key is None or key > amended_key):
                amended, amended_key = written, key
            # "ændret 3. maj 2021 og 4. maj 2023": later dates in the list belong to the same word.
            reach_from = match.end()
    return adopted, amended


def _date_key(written: str) -> date | None:
    iso = parse_date(written)
    return date.fromisoformat(iso) if iso else None


def starts_block(line: Line, prev: Line | None) -> bool:
    """A marker counts only where a new block, item or sentence starts, not in a wrapped reference."""
    if line.heading or line.block_start or prev is None or prev.heading or LIST_ITEM.match(prev.text):
        return True
    return bool(SENTENCE_END.search(prev.text)) and not _ABBREVIATION_END.search(prev.text)


def _upper_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _caps_title(rest: str) -> tuple[str, str]:
    """"NAVN OG HJEMSTED Foreningens navn er …" -> ("NAVN OG HJEMSTED", "Foreningens navn er …")."""
    words = rest.split()
    run = 0
    while run < len(words) and _upper_word(words[run]):
        run += 1
    title = " ".join(words[:run])
    return (title, " ".join(words[run:])) if _is_caps(title) else ("", "")


def tidy_title(title: str) -> str:
    """A § title without its punctuation, and in sentence case if it was written in capitals."""
    title = title.strip().strip(".:-–— ").strip()
    return title[:1] + title[1:].lower() if _is_caps(title) else title


def paragraph_marker(line: Line, prev: Line | None, named: bool, last: tuple[int, str] | None):
    """(number, title, body) when the line starts the next §, else None."""
    if not starts_block(line, prev):
        return None
    if m := _SECTION_MARK.match(line.text):
        rest = m["rest"].strip()
        if rest and not line.heading and (rest[0].islower() or rest[0] in ",;"):
            return None
        title, body = _title_and_body(rest)
    elif named and (m := _NUMBERED.match(line.text)):
        title, body = (m["rest"], "") if line.heading else _caps_title(m["rest"])
        if not title or len(title.split()) > MAX_TITLE_WORDS:
            return None
        title = tidy_title(title)
    else:
        return None
    key = (int(m["n"]), m["l"] or "")
    if last is None:
        if not named and key[0] > 2:
            return None
    elif key <= last or key[0] > last[0] + MAX_GAP:
        return None
    return key, title, body


def _title_and_body(rest: str) -> tuple[str, str]:
    """Split what follows "§ 4" into a title ("Medlemmer") and body text on the same line."""
    if not rest:
        return "", ""
    inner = _INNER_STK.search(rest)
    head, body = (rest[:inner.start()], rest[inner.end():]) if inner else (rest, "")
    head = head.strip()
    words = len(head.split())
    if head.endswith(":") or (head.endswith(".") and words <= 2):
        head = head[:-1]
    if head and words <= MAX_TITLE_WORDS and not SENTENCE_END.search(head) and head[0].isupper():
        return tidy_title(head), body.strip()
    return _run_in_title(rest)


def _run_in_title(rest: str) -> tuple[str, str]:
    """"Tegningsret Foreningen tegnes af …" -> ("Tegningsret", "Foreningen tegnes af …").

    A PDF's heading line often runs into the first sentence. A title is a few words, only its
    first capitalised, not ending in a small word, followed by a capitalised word that starts the
    text; "Foreningens navn er Foreningen X." is a sentence, not a title.
    """
    words = rest.split()
    for k in range(1, min(MAX_RUN_IN_TITLE_WORDS, len(words) - 2) + 1):
        title, following = words[:k], words[k]
        if not following[:1].isupper():
            continue
        if (title[0][:1].isupper() and all(w.islower() for w in title[1:])
                and title[-1].casefold() not in _SMALL_WORDS and not SENTENCE_END.search(title[-1])):
            return tidy_title(" ".join(title)), " ".join(words[k:])
        return "", rest
    return "", rest


def next_is_title(line: Line) -> bool:
    """Whether the line after a bare "§ 9" is its title ("Tegningsret"), not its first sentence."""
    text = line.text
    return (not line.heading and len(text.split()) <= 5 and text[:1].isupper()
            and not SENTENCE_END.search(text) and not STK_MARK.match(text)
            and not _SECTION_MARK.match(text))
