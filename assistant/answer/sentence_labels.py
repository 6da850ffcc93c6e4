"""Labels among chosen sentences: "Anbefaling 1." quoted together with the statement it names."""
from __future__ import annotations

from ..index.bm25 import Index
from .retrieve import Hit
from .sentence_evidence import sentences

# A "sentence" of at most this many words is a label ("Anbefaling 1.", "Regnvand som en ressource."):
# it names a statement instead of making one, so the statement that follows comes along with it.
LABEL_WORDS = 4


def with_statements(index: Index, chosen: list[tuple[Hit, str, int]]) -> list[tuple[Hit, str, int]]:
    """The chosen sentences, each label among them joined by the statement it names.

    A PDF's numbered points split into "Anbefaling 1." "Et bindende grønt mål." and the sentence that
    says it; quoting the label alone answers nothing. A statute's "Stk. 2." is the quoting's business.
    """
    out: list[tuple[Hit, str, int]] = []
    taken: set[tuple[int, int]] = set()
    for hit, sentence, pos in chosen:
        if (hit.chunk_id, pos) in taken:
            continue
        if hit.chunk.paragraph or len(sentence.split()) > LABEL_WORDS:
            out.append((hit, sentence, pos))
            continue
        parts = [sentence]
        for later, (text, _terms) in enumerate(sentences(index, hit.chunk_id)[pos + 1:], start=pos + 1):
            parts.append(text)
            taken.add((hit.chunk_id, later))
            if len(text.split()) > LABEL_WORDS:
                break
        out.append((hit, " ".join(parts), pos))
    return out
