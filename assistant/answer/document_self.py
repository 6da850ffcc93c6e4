"""A visitor's word for the organisation a document is about, where the document defines it in another word.

The Om page opens "Balance Danmark er en partipolitisk uafhængig organisation"; the statutes say
"Foreningen Grønne Byer er en landsforening for …". Visitors call the organisation "jeres forening",
"jeres sammenslutning" or "your group": the page never says "forening", so the word read as one the
answering passage lacks and pulled the model below its threshold ("hvem var med til at stifte jeres
forening"). The word is the visitor's name for the document's subject, which every passage of the
document is about.

Here such a word counts as held by every passage of a document that defines the
name in its title as a noun the word is kin to in the thesaurus (thesaurus_kin.kindred: "forening"
and "organisation" are kinds of "gruppe"; "klub" is a kind of "sammenslutning", as "organisation"
is), when the visitor's word is the organisation addressed: after "jeres". An English question's
Danish words are the dictionary's ("current" gives "strøm", kin to "organisation" through
"bevægelse"), so there the visitor's own English must point at the kind: a noun after "your" whose
commonest WordNet sense is the defined noun's English ("organization", through the Danish-English
dictionary), a kind of it ("association") or a broader word of it ("group").

Only the document's own definition of its title's name counts, not any noun the text uses: a kin
word elsewhere in a text says something else as often as the same thing (docs/benchmarks.md, runde
syvogtyve), and the other organisation's material, which defines itself as a "landsforening", does
not become "jeres organisation".
"""
from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache

from ..index.bm25 import Index
from ..index.chunk_documents import document_numbers
from ..index.index_memo import kept
from ..language import dictd, wordnet
from ..language.derivation import lemmas_of
from ..language.document_titles import WORD
from ..language.letter_runs import letter_runs
from ..language.thesaurus_kin import kindred, near_kin
from ..language.word_runs import ascii_fold
from .document_kind import question_words
from .self_definition import DEFINING, document_definitions
from .sentence_evidence import sentences

# The noun of a defining sentence is the last word before a clause or a preposition ("organisation, der
# …", "landsforening for borgere").
_PHRASE_BREAK = re.compile(r"[.,;:!?()]")
_PHRASE_ENDS = frozenset({"der", "som", "for", "med", "i", "til", "af", "og", "hvor", "på", "fra", "om", "inden"})
# Words before a noun that make it the organisation addressed. A definite form ("foreningen", "fonden",
# "the association") is as often another body the material names or the other organisation's own word
# for itself: counted, the Om page answered the association's questions ("Hvor holder foreningen til?",
# "Har fonden, der betalte, haft noget at skulle have sagt?"; benchmarks.other_material).
_POINTERS = frozenset({"jeres", "your"})
# A definite form names the one thing of its kind a page is about ("Hvad laver sammenslutningen?"),
# unless a relative clause after it or a demonstrative before it picks one among several.
_PICKS = frozenset({"der", "som", "that", "which", "who"})
_DEMONSTRATIVES = frozenset({"den", "det", "denne", "dette"})
_DEFINITE = frozenset({"the"})
_MEMO = "document_self_nouns"
_USED_MEMO = "document_self_used"
_HELD_MEMO = "document_self_held"
MEMO_SIZE = 256


def defined_noun(sentence: str) -> str | None:
    """The noun a defining sentence (self_definition.DEFINING) defines its subject as: "Balance Danmark
    er en partipolitisk uafhængig organisation, der …" → "organisation"."""
    found = DEFINING.match(sentence)
    if found is None:
        return None
    head: list[str] = []
    for word in WORD.findall(_PHRASE_BREAK.split(sentence[found.end():], 1)[0]):
        if word.casefold() in _PHRASE_ENDS:
            break
        head.append(word)
    return head[-1].casefold() if head else None


def self_nouns(index: Index, chunk_id: int) -> tuple[str, ...]:
    """What the passage's document defines its title's name as (self_definition.document_definitions;
    kept per document)."""
    def compute() -> tuple[str, ...]:
        nouns = (defined_noun(sentence) for _, sentence, _, _ in document_definitions(index, chunk_id))
        return tuple(dict.fromkeys(noun for noun in nouns if noun))
    return kept(index.memo, _MEMO, index.chunk(chunk_id).doc_url, compute, MEMO_SIZE)


def points_at_one(question: str, word: str) -> bool:
    """Whether the question's word is the organisation addressed: after "jeres" ("jeres forening")."""
    folded = word.casefold()
    words = [w.casefold() for w in letter_runs(question)]
    return any(w == folded and i and words[i - 1] in _POINTERS for i, w in enumerate(words))


# Asked of each word of the question for every passage weighed: the same few words, read once.
@lru_cache(maxsize=4096)
def definite_form(word: str) -> bool:
    """Whether the word is a noun's definite singular ("foreningen", "klubben", "bevægelsen"), by the
    lemmatiser's lemma and the regular endings (also typed without æ/ø/å)."""
    folded = ascii_fold(word.casefold())
    for lemma in lemmas_of(folded):
        base = ascii_fold(lemma)
        endings = ("n", "t") if base.endswith("e") else ("en", "et", base[-1] + "en", base[-1] + "et")
        if folded != base and folded in {base + ending for ending in endings}:
            return True
    return False


def names_the_known_one(question: str, word: str) -> bool:
    """Whether a definite form in the question names the one thing of its kind the reader knows
    ("Hvad laver sammenslutningen?"), not one picked among several by a clause after it or a
    demonstrative before it ("den fond, der betalte", "the fund that paid")."""
    folded = word.casefold()
    words = [w.casefold() for w in letter_runs(question)]
    for i, w in enumerate(words):
        if w != folded or not definite_form(word):
            continue
        after = words[i + 1] if i + 1 < len(words) else ""
        before = words[i - 1] if i else ""
        if after not in _PICKS and before not in _DEMONSTRATIVES:
            return True
    return False


def used_in_document(index: Index, chunk_id: int, term: str) -> bool:
    """Whether any passage of the passage's document holds the index term itself: the document then
    uses the word for what it says there (the Om page's "foreningen Staten i hele Danmark"), and a
    visitor's word of that kind may mean that one (kept per document and term)."""
    documents = document_numbers(index)
    document = documents.item(chunk_id)

    def compute() -> bool:
        t = index.term_ids.get(term)
        # One comparison over the term's postings, not a decoded passage per posting.
        return t is not None and bool((documents[index.postings(t)[0]] == document).any())
    return kept(index.memo, _USED_MEMO, (document, term), compute, MEMO_SIZE)


def _own_noun(word: str, nouns: Iterable[str]) -> bool:
    return not lemmas_of(ascii_fold(word.casefold())).isdisjoint(nouns)


def _kin(word: str, nouns: Iterable[str], near: bool = False) -> bool:
    lemmas = lemmas_of(ascii_fold(word.casefold())) or {word.casefold()}
    return any((near_kin if near else kindred)(lemma, noun) for lemma in lemmas for noun in nouns)


def _first_sense_line(net: wordnet.WordNet, word: str) -> list[int]:
    """The offsets of the word's commonest noun sense and its broader senses, nearest first."""
    senses = net.noun_senses(word)
    return [offset for offset, _, _ in net.broader_nouns(senses[0])] if senses else []


def english_points_at(put: str, nouns: Iterable[str], pointers: Collection[str] = _POINTERS) -> bool:
    """Whether the English question points at a noun ("your group", "your association"; with `pointers`
    "the": "the group", not "the group that …") whose commonest sense is the English of one of `nouns`
    (Danish), a kind of it or a broader word of it."""
    return _points_at(put, tuple(nouns), frozenset(pointers))


# Asked for every passage weighed with the same question and the same document's nouns: read once.
@lru_cache(maxsize=256)
def _points_at(put: str, nouns: tuple[str, ...], pointers: frozenset[str]) -> bool:
    net = wordnet.load()
    if net is None:
        return False
    danish_english = dictd.load(dictd.DANISH_ENGLISH)
    lines = [_first_sense_line(net, english) for noun in nouns
             for english in (noun, *danish_english.get(noun, ())[:2])]
    lines = [line for line in lines if line]
    words = [w.casefold() for w in WORD.findall(put)]
    for before, word, after in zip(words, words[1:], [*words[2:], ""]):
        if before not in pointers or word in _POINTERS or after in _PICKS:
            continue
        own = _first_sense_line(net, word)
        if own and any(own[0] in line or line[0] in own for line in lines):
            return True
    return False


def held_as_self(index: Index, chunk_id: int | None, question: str, terms: Iterable[str],
                 names: Collection[str] = (), put: str = "", definite: bool = True) -> frozenset[str]:
    """The `terms` (query terms the passage lacks) that name the passage's document's subject in another
    word: kin to the noun the document defines its title's name as, where the visitor's word points at
    one thing or, for a question `put` in English, the English points at that kind of thing. Without
    `definite`, only a word after "jeres"/"your" counts (held_as_known_one gives the definite forms)."""
    terms = list(terms)
    if chunk_id is None or not terms:
        return frozenset()
    said = {w.casefold() for w in letter_runs(put or question)}
    addressed = not _POINTERS.isdisjoint(said)
    # Only a word after "jeres"/"your", a definite form or one after "the" can count: a question
    # without any is done before any reading.
    if not addressed and (_DEFINITE.isdisjoint(said) if put else not any(map(definite_form, said))):
        return frozenset()
    # Each term's verdict is the document's (its nouns and its own words), whichever passage lacks the
    # term: read once per document, question and term, not once per passage weighed.
    key = (index.chunk(chunk_id).doc_url, question, frozenset(names), put, definite)
    verdicts = kept(index.memo, _HELD_MEMO, key, dict, MEMO_SIZE)
    missing = [t for t in terms if t not in verdicts]
    if missing:
        held = _held(index, chunk_id, question, missing, names, put, definite, addressed)
        verdicts.update((t, t in held) for t in missing)
    return frozenset(t for t in terms if verdicts[t])


def _held(index: Index, chunk_id: int, question: str, terms: list[str], names: Collection[str], put: str,
          definite: bool, addressed: bool) -> frozenset[str]:
    nouns = self_nouns(index, chunk_id)
    if not nouns:
        return frozenset()
    pointed = bool(put) and addressed and english_points_at(put, nouns)
    known = bool(put) and not pointed and english_points_at(put, nouns, _DEFINITE)
    words = question_words(index, question, terms, names)

    def names_it(term: str, word: str) -> bool:
        if pointed or not put and points_at_one(question, word):
            return _kin(word, nouns)
        # A definite form ("sammenslutningen", "the group") is as often another body the material
        # names: it counts only as the defined noun itself, a synonym or a kind one step away (not
        # "fonden" or "mødet" through headwords as broad as "institution" or "samling"), and not
        # where the document uses the word itself for what it names there ("foreningen Staten i
        # hele Danmark" on the Om page), unless it is the very noun the document defines itself as.
        named = definite and (known if put else names_the_known_one(question, word))
        return named and _kin(word, nouns, near=True) and (
            _own_noun(word, nouns) or not used_in_document(index, chunk_id, term))
    return frozenset(t for t, said in words.items() if any(names_it(t, w) for w in said))


def held_as_known_one(index: Index, chunk_id: int | None, question: str, terms: Iterable[str],
                      names: Collection[str] = (), put: str = "") -> frozenset[str]:
    """The `terms` held_as_self gives through a definite form alone ("sammenslutningen", "the group")."""
    terms = list(terms)
    return held_as_self(index, chunk_id, question, terms, names, put) - held_as_self(
        index, chunk_id, question, terms, names, put, definite=False)


def told_by_name(index: Index, chunk_id: int, terms: Collection[str]) -> bool:
    """Whether one sentence of the passage holds all `terms` (the question's words besides its
    definite word for the organisation) and names the document's subject by its name: "Balance
    Danmark startede i 2014" tells "Hvornår startede sammenslutningen?" of the page whose subject it
    is, where a sentence without the name ("…, som styrker hele landet") may be of another body."""
    subjects = {subject for _, _, _, subject in document_definitions(index, chunk_id)}
    wanted = set(terms)
    return bool(subjects and wanted) and any(
        wanted <= set(held) and any(subject in sentence.casefold() for subject in subjects)
        for sentence, held in sentences(index, chunk_id))
