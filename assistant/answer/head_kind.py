"""A compound question word the thesaurus lacks, also searched as the material's compounds of its
head's synonyms: the same kind of thing, named by another compound.

"årsmøde" is a "møde" of the year. The thesaurus has no entry for it, and the publication says it once,
so the statutes, which call the same meeting "generalforsamling", were never searched: a word the
material has gets no stand-ins (retrieve.analyse_groups), and "Hvornår holder I årsmøde?" found the
publication's last page (dev24f, dev25f). The compound's head says what the thing is; the head's
thesaurus synonyms ("møde" → "forsamling") that the material writes only as the head of its own
compounds ("generalforsamling") name a thing of that kind. They are searched as the word's head
compounds are (head_compounds.py): below the word itself, and only in passages that lack it.

Only synonyms the material lacks as words count: one it has ("møde" → "træffe", "stille") is the
thesaurus's other sense as often as not, and the thesaurus route already speaks for it where the
question's word is missing. Only a compound's head counts, not a plain word: "bestyrelsens møder"
are no general assembly, and a modifier ("års") narrows the head to the thing the material has.

The first part narrows passage by passage, in the score and in the coverage the decision reads
(TermGroup.narrowing): "generalforsamling" is the annual meeting only where the passage says "år" too
(§ 7, stk. 2's "hvert år"). Counted in every passage that says the compound, it made § 13, stk. 2
("... den sidste generalforsamlings beslutning") and § 7, stk. 3 ("senest 14 dage før
generalforsamlingen") answer "hvornår holder I årsmøde" questions (round twenty-five).

In statutes the first part counts for the whole § (narrowed_passages): a § is one subject split into
stk., and the year is said once, in the stk. that sets the date. § 7, stk. 2 says "hvert år", so the
annual meeting's items and deadlines (§ 7, stk. 3 and 4) are the annual meeting too, while § 13's
"den sidste generalforsamlings beslutning", whose § never says "år", still is not (round twenty-seven).
"""
from __future__ import annotations

from collections.abc import Iterable

from ..language.background import zipf
from ..language.compound_heads import MIN_KNOWN_HEAD, backwards_vocabulary, compounds_with_head
from ..language.thesaurus import headword_terms, material_stand_ins
from .head_compounds import holding, postings

# A compound's first part ("års", "år" with its linking -s) and its head ("møde") are at least this
# long: shorter heads are endings ("-de" of "årsmøde" is none), shorter first parts single letters.
MIN_FIRST = 2
MIN_HEAD = 4
LINKING = ("s", "e")
# The word stands in at most this many passages: one document's passing mention ("årsmøde" once, on
# the publication's last page), not a word the material is about ("generalforsamling").
MAX_PASSAGES = 1
# The first part must be a word of general Danish (wordfreq's Zipf scale): "smø" of "smøde" is none.
WORD_ZIPF = 3.0


def compound_head(analyzer, word: str) -> tuple[str, str]:
    """The first part and head of a compound word whose head is a thesaurus headword and whose first
    part is a Danish word ("årsmøde" -> "år", "møde"), the longest such head; ("", "") for any other."""
    for i in range(MIN_FIRST, len(word) - MIN_HEAD + 1):
        first, head = word[:i], word[i:]
        if first[-1] in LINKING and len(first) > MIN_FIRST and zipf(first[:-1]) >= WORD_ZIPF:
            first = first[:-1]
        if zipf(first) >= WORD_ZIPF and headword_terms(analyzer, head):
            return first, head
    return "", ""


def head_kind_compounds(index, term: str, lemmas: Iterable[str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The material's compounds headed by a thesaurus synonym of the head of a question word
    (`lemmas`: the question's words of `term`) that is a compound the thesaurus does not know as a
    whole, and the first part's index terms, one of which a passage must hold for them to count
    there; ((), ()) for any other word."""
    known = index.term_ids
    if term not in known or index.doc_freq(term) > MAX_PASSAGES:
        return (), ()
    found: list[str] = []
    narrowed: list[str] = []
    for lemma in lemmas:
        if headword_terms(index.analyzer, lemma):
            continue   # the thesaurus knows the whole word: its own synonyms speak for it
        first, head = compound_head(index.analyzer, lemma)
        # The first part narrows the head to one kind ("års", "borger"): a compound of the material
        # is that kind only where one of its passages says the first part too ("Ordinær
        # generalforsamling afholdes hvert år"; no passage on the general assembly names "borgere").
        # A head or first part that is a stop word ("hvad") has no term and names nothing.
        narrowing = [t for t in index.analyzer.query_terms(first) if t in known]
        for head_term in index.analyzer.query_terms(head)[:1] if narrowing else ():
            for synonym in sorted(material_stand_ins(index, head_term, (head,))):
                if synonym not in known:
                    kinds = [c for c in compounds_with_head(synonym, backwards_vocabulary(index), MIN_KNOWN_HEAD)
                             if said_together(index, c, narrowing)]
                    found += kinds
                    narrowed += narrowing if kinds else []
    compounds = other_documents(index, term, tuple(dict.fromkeys(c for c in found if c != term)))
    return compounds, tuple(dict.fromkeys(narrowed)) if compounds else ()


def narrowed_passages(index, narrowing: Iterable[str]) -> frozenset[int]:
    """The passages (chunk ids) where a compound narrowed by its first part counts: those that hold
    one of the `narrowing` terms, and every other stk. of a statute § one of them belongs to."""
    held = holding(index, list(narrowing))
    found = {int(cid) for cid in held.nonzero()[0]}
    for cid in list(found):
        chunk = index.chunk(cid)
        if not chunk.paragraph:
            continue
        # A §'s stk. are neighbours in the index (one document, read in order).
        for step in (-1, 1):
            other = cid + step
            while 0 <= other < index.n_chunks and _same_paragraph(index.chunk(other), chunk):
                found.add(other)
                other += step
    return frozenset(found)


def _same_paragraph(one, other) -> bool:
    return one.doc_url == other.doc_url and one.paragraph == other.paragraph


def other_documents(index, term: str, compounds: tuple[str, ...]) -> tuple[str, ...]:
    """The compounds that stand only in documents where the term never stands."""
    if not compounds:
        return ()
    urls = {index.chunk(int(cid)).doc_url for cid in postings(index, term)}
    return tuple(c for c in compounds if not urls.intersection(index.chunk(int(cid)).doc_url
                                                                for cid in postings(index, c)))


def said_together(index, compound: str, terms: list[str]) -> bool:
    """Whether a passage holds the compound and one of the terms."""
    return bool(holding(index, terms)[postings(index, compound)].any())
