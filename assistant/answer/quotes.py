"""Statute answers: quote the § or stk. exactly, name it and its document, and add the statutes' date."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..documents import Chunk, StatuteRecord
from ..index.chunking import split_sentences
from ..statutes.references import ParagraphRef, date_note, document_label, has_stk, paragraph_heading, stk_spans
from .retrieve import Hit

# A quoted § or stk. longer than this (words) is cut after a whole sentence and marked "…".
MAX_QUOTE_WORDS = 90
# A stk. (or a § without stk.) of at most this many words is quoted whole when one of its sentences
# answers: a rule's sentences belong together ("… med en måneds varsel … Udmeldelse sker skriftligt …").
WHOLE_STK_WORDS = 60
# A named § split into more stk. chunks than this is quoted in part; the citation opens the rest.
MAX_REFERENCE_PARTS = 3
_LABEL_ONLY = re.compile(r"^(?i:stk|stykke)\.?\s*\d{1,2}\s*[.:)]?$")


@dataclass(frozen=True)
class Quote:
    """One cited passage of an answer: the exact words quoted and how the citation names them."""

    hit: Hit
    text: str             # the source's own words
    stk: str              # the stk. quoted, "" for a whole § or an ordinary passage
    heading: str          # the citation heading: "§ 7, stk. 2 Generalforsamling"
    first_sentence: str   # where the citation's snippet is centred

    @property
    def is_statute(self) -> bool:
        return bool(self.hit.chunk.paragraph)


def _heading(chunk: Chunk, stk: str) -> str:
    if not chunk.paragraph:
        return chunk.heading
    return paragraph_heading(chunk.paragraph, stk, chunk.paragraph_title)


def _limited(text: str) -> str:
    """The text, or its first whole sentences up to MAX_QUOTE_WORDS words and "…"."""
    flat = " ".join(text.split())
    if len(flat.split()) <= MAX_QUOTE_WORDS:
        return flat
    kept: list[str] = []
    for sentence in split_sentences(text):
        if kept and len(" ".join(kept).split()) + len(sentence.split()) > MAX_QUOTE_WORDS:
            break
        kept.append(sentence)
    return " ".join(kept) + " …"


def stk_body(chunk: Chunk, stk: str) -> str | None:
    """The text of one stk. of a statute chunk (without its "Stk. 2." label)."""
    for number, start, end in stk_spans(chunk):
        if number == stk:
            return chunk.text[start:end]
    return None


def _stk_at(chunk: Chunk, position: int) -> str:
    for number, start, end in stk_spans(chunk):
        if start <= position <= end:
            return number
    return ""


def _quote(hit: Hit, stk: str, text: str) -> Quote:
    sentences = split_sentences(text)
    return Quote(hit=hit, text=_limited(text), stk=stk, heading=_heading(hit.chunk, stk),
                 first_sentence=sentences[0] if sentences else text)


def _whole(hit: Hit) -> Quote:
    """A whole statute chunk, stk. labels and all; one stk. of a split § without its label."""
    body = stk_body(hit.chunk, hit.chunk.stk) if hit.chunk.stk else None
    return _quote(hit, hit.chunk.stk, body if body else hit.chunk.text)


def retrieved_quotes(chosen: list[tuple[Hit, str, int]]) -> list[Quote]:
    """The chosen sentences grouped by passage; a statute quote names the stk. its sentences are in.

    A sentence that introduces a list ("… skal mindst indeholde:") brings the list along.
    """
    quotes: list[Quote] = []
    groups: list[tuple[Hit, list[str]]] = []
    for hit, sentence, _pos in chosen:
        if _LABEL_ONLY.match(sentence):
            continue
        if groups and groups[-1][0] is hit:
            groups[-1][1].append(sentence)
        else:
            groups.append((hit, [sentence]))
    for hit, sentences in (part for group in groups for part in _by_stk(*group)):
        chunk = hit.chunk
        if not chunk.paragraph:
            quotes.append(Quote(hit, " ".join(sentences), "", chunk.heading, sentences[0]))
            continue
        positions = [chunk.text.find(s) for s in sentences]
        stks = {_stk_at(chunk, p) for p in positions if p >= 0}
        stk = chunk.stk or (stks.pop() if len(stks) == 1 else "")
        text = _joined(chunk.text, sentences, positions)
        body = (stk_body(chunk, chunk.stk) if chunk.stk else stk_body(chunk, stk)) if stk else None
        if not stk and [n for n, _, _ in stk_spans(chunk)] == [""] and "\n" not in chunk.text.strip():
            # A § without stk. is one rule, as a stk. is: "Foreningen hæfter kun med sin formue.
            # Medlemmerne hæfter ikke personligt …" answers "Kan jeg komme til at betale?" only whole.
            # A § that lists (one item a line) is a purpose and its means, quoted as chosen.
            body = stk_body(chunk, "")
        whole = bool(body) and len(body.split()) <= WHOLE_STK_WORDS
        if whole:
            text = " ".join(body.split())
        elif sentences[-1].endswith(":") and positions[-1] >= 0:
            after = positions[-1] + len(sentences[-1])
            end = next((b for _, a, b in stk_spans(chunk) if a <= after <= b), len(chunk.text))
            items = [line.strip() for line in chunk.text[after:end].split("\n")
                     if line.strip() and line.strip() not in sentences]
            text = _limited(" ".join([text, *items]))
        quotes.append(Quote(hit, text, stk, _heading(chunk, stk), sentences[0]))
    return quotes


def _by_stk(hit: Hit, sentences: list[str]) -> list[tuple[Hit, list[str]]]:
    """A whole §'s chosen sentences as one group per stk. they stand in, in order.

    Each is then quoted and cited by its own stk. ("§ 6, stk. 1", "§ 6, stk. 2"), not as the §
    whole: a member who asks who chooses the chairman is pointed at the stk. that says it.
    """
    chunk = hit.chunk
    if not chunk.paragraph or chunk.stk:
        return [(hit, sentences)]
    parts: list[tuple[str, list[str]]] = []
    for sentence in sentences:
        position = chunk.text.find(sentence)
        stk = _stk_at(chunk, position) if position >= 0 else (parts[-1][0] if parts else "")
        if parts and parts[-1][0] == stk:
            parts[-1][1].append(sentence)
        else:
            parts.append((stk, [sentence]))
    return [(hit, part) for _, part in parts]


def other_bodies(hits: list[Hit], quotes: list[Quote], limit: int) -> list[Hit]:
    """Passages from other bodies' statutes that answer as fully as the first quote does.

    A question may not say whose statutes it means ("hvad koster det at være medlem?" with a member
    organisation's statutes in the corpus too): each body's answer is then quoted, named by its
    document. A page and a PDF of the same statutes share a title and count as one body.
    """
    if not quotes or not quotes[0].is_statute:
        return []
    titles = {q.hit.chunk.title for q in quotes if q.is_statute}
    out: list[Hit] = []
    for hit in hits:
        if len(quotes) + len(out) >= limit:
            break
        if (hit.chunk.paragraph and hit.chunk.title not in titles
                and hit.coverage >= quotes[0].hit.coverage):
            titles.add(hit.chunk.title)
            out.append(hit)
    return out


def _joined(source: str, sentences: list[str], positions: list[int]) -> str:
    """Sentences as one exact quote: what stands between them is kept when it is only a stk. label
    ("… Byer. Stk. 2. Foreningens …"), and marked "…" when something was left out."""
    text = sentences[0]
    for i in range(1, len(sentences)):
        end, start = positions[i - 1] + len(sentences[i - 1]), positions[i]
        gap = " ".join(source[end:start].split()) if 0 <= positions[i - 1] and end <= start else "…"
        if gap and not _LABEL_ONLY.match(gap):
            gap = "…"
        text += f" {gap} {sentences[i]}" if gap else f" {sentences[i]}"
    return text


def reference_quotes(ref: ParagraphRef, hits: list[Hit]) -> tuple[list[Quote], str, str]:
    """Quotes for a question that names a § (hits from retrieve.paragraph_hits), a problem, a remark.

    The hits may come from several statutes when the question does not say whose §; each is quoted.
    The problem is a Danish sentence when the asked stk. does not exist (the quote is then the §);
    the remark says where the rest of a § too long to quote whole can be read.
    """
    by_document: dict[str, list[Hit]] = {}
    for hit in hits:
        by_document.setdefault(hit.chunk.doc_url, []).append(hit)
    quotes: list[Quote] = []
    remark = ""
    for mine in by_document.values():
        if ref.stk:
            holder = next((h for h in mine if has_stk(h.chunk, ref.stk)), None)
            if holder is not None:
                body = stk_body(holder.chunk, ref.stk)
                quotes.append(_quote(holder, ref.stk, body if body is not None else holder.chunk.text))
            continue
        if not quotes and len(mine) > MAX_REFERENCE_PARTS:
            remark = (f"§ {ref.paragraph} har {len(mine)} stk.; "
                      f"resten står i kilden [{MAX_REFERENCE_PARTS}].")
        quotes.extend(_whole(h) for h in mine[:MAX_REFERENCE_PARTS if not quotes else 1])
    if quotes:
        return quotes, "", remark
    mine = next(iter(by_document.values()))
    present = [s for h in mine for s, _, _ in stk_spans(h.chunk) if s]
    where = document_label(mine[0].chunk.title, mine[0].chunk.paragraph)
    has = f" (den har stk. {', '.join(present)})" if present else ""
    return [_whole(mine[0])], f"{where} har intet stk. {ref.stk}{has}.", ""


def quotes_text(quotes: list[Quote], ref: ParagraphRef | None = None, remark: str = "") -> str:
    """The answer text: each statute quote named ("Vedtægter for X, § 7, stk. 2"), then its date.

    A remark (where to read the rest of a long §) follows the first document's last quote.
    """
    parts: list[str] = []
    documents = list(dict.fromkeys(q.hit.chunk.doc_url for q in quotes if q.is_statute))
    if ref and len(documents) > 1:
        parts.append(f"Flere vedtægter har en § {ref.paragraph}.")
    for n, q in enumerate(quotes, start=1):
        chunk = q.hit.chunk
        if not q.is_statute:
            parts.append(f"{q.text} [{n}]")
            continue
        previous = quotes[n - 2].hit.chunk if n > 1 else None
        if previous and previous.doc_url == chunk.doc_url and previous.paragraph == chunk.paragraph:
            label = f"Stk. {q.stk}" if q.stk else f"§ {chunk.paragraph}"
        else:
            title = chunk.paragraph_title
            label = document_label(chunk.title, chunk.paragraph, q.stk) + (f" ({title})" if title else "")
        parts.append(f"{label}: »{q.text}« [{n}]")
        later = [r for r in quotes[n:] if r.hit.chunk.doc_url == chunk.doc_url]
        if later:
            continue
        if remark and chunk.doc_url == documents[0]:
            parts.append(remark)
        statute = chunk.statute or StatuteRecord()
        note = date_note(statute.adopted, statute.amended)
        if note:
            parts.append(note)
    return " ".join(parts)
