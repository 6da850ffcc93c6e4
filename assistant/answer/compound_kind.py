"""What a compound the material lacks is a kind of, when the material has only its first part.

"medlemsgebyr" is a "gebyr" (a fee) of members; statutes that never say "gebyr" but say "medlem"
everywhere found it only as "medlem", and the § about the board's members won over § Kontingent
(dev23f). The head says what the thing is: its thesaurus synonyms the material uses ("gebyr" →
"kontingent") search for it beside the first part.
"""
from __future__ import annotations

from collections.abc import Collection

from ..language.background import zipf
from ..language.related_terms import compound_parts
from ..language.thesaurus import material_stand_ins
from .query_words import EVERYDAY_ZIPF

# A compound's head shorter than this is an ending, not a word ("-er", "-ing").
MIN_HEAD = 4
LINKING = ("s", "e")


def lone_first_part(term: str, known: Collection[str]) -> str:
    """The head of a compound term the index lacks whose only known part is its first ("gebyr" of
    "medlemsgebyr", where the index knows "medlem" and not "gebyr"); "" for any other term."""
    if term in known:
        return ""
    parts = compound_parts(term, known)
    if len(parts) != 1 or not term.startswith(parts[0]):
        return ""
    head = term[len(parts[0]):]
    if head[:1] in LINKING and head[1:] and head not in known:
        head = head[1:]
    return head if len(head) >= MIN_HEAD and head not in known else ""


def head_stand_ins(index, term: str, lemmas: Collection[str] = ()) -> tuple[str, ...]:
    """The material's terms for the head of a compound term whose only known part is its first:
    the head's thesaurus synonyms the index holds; () when the term is no such compound."""
    head = lone_first_part(term, index.term_ids)
    # An everyday head has too many senses for the thesaurus to say which is meant, as for any
    # everyday word (query_words.EVERYDAY_ZIPF): "kort" of "medlemskort" is also "short" → "lav".
    if not head or max(zipf(head), zipf(head + "e")) >= EVERYDAY_ZIPF:
        return ()
    found = material_stand_ins(index, head, lemmas) | material_stand_ins(index, head, ())
    return tuple(sorted(t for t in found if t in index.term_ids))
