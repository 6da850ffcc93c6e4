"""The one answer formatter: chosen sentences as plain cited text, or quoted when they are statutes."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..statutes.references import ParagraphRef
from .quotes import Quote, other_bodies, quotes_text, reference_quotes, retrieved_quotes
from .result import Answer, Citation, decline_text
from .retrieve import Hit
from .snippets import context_snippet

# What sentence picking returns: (passage, sentence, the sentence's position in the passage).
Chosen = list[tuple[Hit, str, int]]


def declined(question: str, contact_url: str, top_score: float) -> Answer:
    return Answer(question=question, answered=False, answer=decline_text(contact_url), top_score=top_score)


def formatted(question: str, chosen: Chosen, top_score: float, contact_url: str,
              answerable: list[Hit], pick: Callable[[Hit], Chosen], limit: int) -> Answer:
    """The chosen sentences as the answer: quoted and named when any is from statutes, plain otherwise.

    A statute quote may be joined by the same answer in other bodies' statutes (quotes.other_bodies):
    `pick` chooses the sentences of such a passage, up to `limit` cited passages in all.
    """
    if not any(hit.chunk.paragraph for hit, _, _ in chosen):
        return plain_answer(question, chosen, top_score)
    quotes = retrieved_quotes(chosen)
    for hit in other_bodies(answerable, quotes, limit):
        quotes += retrieved_quotes(pick(hit))
    if not quotes:
        return declined(question, contact_url, top_score)
    return quoted_answer(question, quotes, quotes_text(quotes), top_score)


def plain_answer(question: str, chosen: Chosen, top_score: float) -> Answer:
    """Each sentence followed by the number of its passage; one citation per passage."""
    numbers: dict[int, int] = {}
    citations: list[Citation] = []
    parts: list[str] = []
    for hit, sentence, _pos in chosen:
        if hit.chunk_id not in numbers:
            numbers[hit.chunk_id] = len(numbers) + 1
            c = hit.chunk
            said = [s for h, s, _ in chosen if h.chunk_id == hit.chunk_id]
            citations.append(Citation(
                n=numbers[hit.chunk_id], title=c.title, heading=c.heading, url=c.url,
                snippet=context_snippet(c.text, said), quoted=" ".join(said), score=round(hit.score, 4),
                paragraph=c.paragraph, stk=c.stk, published=c.published))
        parts.append(f"{sentence} [{numbers[hit.chunk_id]}]")
    return Answer(question=question, answered=True, answer=" ".join(parts),
                  citations=tuple(citations), top_score=top_score)


def quoted_answer(question: str, quotes: list[Quote], text: str, top_score: float,
                  answered: bool = True) -> Answer:
    """An Answer whose citations are the given quotes (statutes name their § and stk.)."""
    citations = tuple(Citation(
        n=n, title=q.hit.chunk.title, heading=q.heading, url=q.hit.chunk.url,
        snippet=context_snippet(q.hit.chunk.text, [q.text]), quoted=q.text, score=round(q.hit.score, 4),
        paragraph=q.hit.chunk.paragraph, stk=q.stk, published=q.hit.chunk.published)
        for n, q in enumerate(quotes, start=1))
    return Answer(question=question, answered=answered, answer=text, citations=citations,
                  top_score=top_score)


def reference_answer(question: str, ref: ParagraphRef, hits: list[Hit]) -> Answer:
    """The answer to a question naming a § (hits all of that §): the § or stk. quoted whole."""
    quotes, problem, remark = reference_quotes(ref, hits)
    if problem:
        return quoted_answer(question, quotes, f"{problem} Se hele paragraffen i kilden [1].",
                             hits[0].score, answered=False)
    return quoted_answer(question, quotes, quotes_text(quotes, ref, remark), hits[0].score)


def reference_missing(answer: Answer, ref: ParagraphRef) -> Answer:
    """A decline to a question naming a § the material lacks says so first."""
    named = f"§ {ref.paragraph}" + (f", stk. {ref.stk}" if ref.stk else "")
    return replace(answer, answer=f"Jeg kan ikke finde {named} i vedtægterne. {answer.answer}")
