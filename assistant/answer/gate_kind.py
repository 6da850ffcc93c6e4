"""Whether a passage names a member of a kind a which-question asks for, where the material never has the kind.

"Hvilket hotel holder I generalforsamlingen på?" was answered with § 7's "Ordinær generalforsamling
afholdes hvert år …", "Hvilken avis skriver oftest om jeres analyser?" with the Om page's analyses and
"Hvilket pengeinstitut bruger foreningen …?" with § 11: the passage holds the question's other words, and
the model weighs the kind asked for as one word among them. A hotel, a newspaper, a bank, a minister or an
architect is answered by a name ("Danske Andelskassers Bank"), and a material that never says the kind and
names no one where it answers names none of its members.

Other kinds are answered by a word of the material's own: "Hvilket organ vedtog anbefalingerne?" by
"landsrådet", "Which body sets the fee?" by "generalforsamlingen", "Hvilke poster …?" by "formand,
næstformand og kasserer", "hvilke emner" and "hvilket punkt" by a description (declining every which-kind
the material lacks lost 23 answered questions in round twenty-seven). WordNet tells the two apart: a kind
whose members are named is, in its commonest sense, an organisation, a person, a building, an
administrative district (a town, a municipality) or the press ("organ" and "body" are first body parts,
"kind" and "point" ideas; "bank" is first the sloping land, so its next sense, the financial institution,
counts too).
A Danish kind is read through its English translations (the Danish-English dictionary), a compound the
dictionary lacks through its last part ("konsulenthus" → "hus", "revisionsfirma" → "firma"), a word it has
in no form through its thesaurus synonyms ("pengeinstitut" → "bank", "sparekasse"). A kind of
a kind ("hvilken slags uddannelser") asks for a description.

The check stops a passage only where all of these hold: the question asks which one of such a kind, the
material has the kind in no form (gate_name.held: its words, its stems, an English word's Danish
translations, also as the translator reads them), and no sentence the passage answers with or one
beside it (gate_concrete.near_sentences) holds a name the question and the document's title do not
(gate_concrete.name_matches) of another kind than the one asked, where the sentence gives its kind
(name_kind.py: "bevægelsen Oprør fra Udkanten").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..index.bm25 import Index
from ..language import dictd, thesaurus, wordnet
from ..language.analysis import DANISH_STOPWORDS
from ..language.lemmas import lemma_of
from ..language.word_runs import folded_text
from .address_told import asks_address, tells_address
from .gate_concrete import NAME, name_matches, near_sentences
from .gate_name import held
from .gate_person import known_words
from .name_kind import typed_otherwise
from .reading import danish_terms_of_english
from .retrieve import Query
from .word_class import THING, word_class
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
KIND_GATE = "kind_named"
_ASKS_WHICH = guarded(re.compile(r"\b(?:hvilken|hvilket|hvilke|which)\s+(?P<noun>[^\W\d_]{3,})", re.IGNORECASE))
# A kind of a kind asks for a description ("hvilken slags uddannelser", "what kind of towns").
KIND_OF = frozenset("slags type typer art arter kind kinds sort sorts types".split())
# WordNet's synsets (first word, lexicographer file) whose members general text calls by name.
NAMED_KINDS = frozenset({("organization", "14"), ("person", "03"), ("building", "06"),
                         ("administrative_district", "15"), ("press", "14"), ("press", "10")})
# A name that goes on over a small word (and one more) to a capitalised word: "Staten i hele Danmark".
_NAME_GOES_ON = re.compile(r"\s(?P<small>[a-zæøå]+)\s(?:[a-zæøå]+\s)?[A-ZÆØÅ]")
# A word's commonest sense decides, but where that is a natural object its next one does too: "bank" is
# first the sloping land, then the financial institution, and no question about an organisation asks
# which slope. A rarer sense would make "dot" a government department and "date" an escort.
_NATURAL_OBJECT = "17"
# So does a group of people, where the word's commonest sense is one that names no member: "ministry" is first
# the clergy, then the building and the government department, which are named ("Which ministry …?").
_GROUP = "14"
# A Danish word's first translation (the dictionary's commonest sense: "folk" is "folk" before "nation"); a
# compound's last part is at least this long.
TRANSLATIONS = 1
MIN_PART = 3


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asked_kind(question: str) -> str:
    """The noun a which-question asks one of ("Hvilket hotel …?": "hotel"), "" for any other question
    and for a kind of a kind."""
    found = _ASKS_WHICH.search(question)
    noun = found["noun"].casefold() if found else ""
    return "" if noun in KIND_OF else noun


def kind_held(index: Index, kind: str, english: bool) -> bool:
    """Whether the material has the kind: as gate_name.held reads a name, or for an English kind as one
    of the index terms its translation reaches ("towns" → "byer": the dictionary has no "town")."""
    return (any(held(index, form, english) for form in _forms(kind, english))
            or english and any(t in index.term_ids for t in danish_terms_of_english(index, kind)))


def _forms(word: str, english: bool) -> list[str]:
    """The word, and an English plural's singulars ("towns" → "town": the dictionary lists the singular)."""
    return list(dict.fromkeys((word, re.sub(r"ies$", "y", word), word.removesuffix("s")))) if english else [word]


def _english_senses(net: wordnet.WordNet, word: str) -> list[int]:
    """The offsets of a word's commonest noun sense (and the next, after a natural object); a plural is
    read as its singular ("companies", "banks")."""
    for form in _forms(word, True):
        senses = net.noun_senses(form)[:2]
        if senses:
            return senses if net.noun_file(senses[0]) in (_NATURAL_OBJECT, _GROUP) else senses[:1]
    return []


def _is_named_kind(net: wordnet.WordNet, offset: int) -> bool:
    """Whether a noun synset is, through its broader synsets, one of NAMED_KINDS."""
    walk = net.broader_nouns(offset)
    _, word, lexicon = next(walk)
    # The broad kind itself ("person", "building") is answered by a description as often as by a name
    # ("Hvilke bygninger …?": "Nye erhvervsbyggerier …").
    if (word, lexicon) in NAMED_KINDS:
        return False
    return any((word, lexicon) in NAMED_KINDS for _, word, lexicon in walk)


def _english_words(word: str) -> tuple[list[str], bool]:
    """The English words a Danish kind is read through: the dictionary's first translation of the word
    or its lemma ("organer" → "organ"), or of a compound's last part the dictionary has ("konsulenthus"
    → "hus"), not a small word ("kilder" is not "kil" + "der"); else its synonyms' (True beside them)."""
    danish = dictd.load(dictd.DANISH_ENGLISH)
    for form in dict.fromkeys((word, lemma_of(word) or word)):
        if form in danish:
            return danish[form][:TRANSLATIONS], False
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        part = word[cut:]
        if part in danish and part not in DANISH_STOPWORDS:
            return danish[part][:TRANSLATIONS], False
    # A word the dictionary has in no form is read through its synonyms' first translations
    # ("pengeinstitut" → "bank"): the thesaurus lists the word's own senses.
    words = thesaurus.load()
    return [english for form in dict.fromkeys((word, lemma_of(word) or word))
            for synonym in sorted(words.synonyms(form)) if synonym in danish
            for english in danish[synonym][:TRANSLATIONS]], True


@lru_cache(maxsize=4096)
def named_kind(word: str, english: bool = False) -> bool:
    """Whether the kind's members are named (an English question's kind read as English, a Danish one
    through its translations): see the module's docstring."""
    net = wordnet.load()
    if net is None:
        return False
    if english:
        return any(_is_named_kind(net, offset) for offset in _english_senses(net, word))
    words, through_synonyms = _english_words(word)
    # Read through its synonyms, a word is a named kind only where every synonym's reading is: "jobs"
    # reaches "place" beside "work" and "occupation".
    judged = [any(_is_named_kind(net, offset) for offset in _english_senses(net, form)) for form in words]
    return bool(judged) and all(judged) if through_synonyms else any(judged)


def kind_named(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage may answer a which-question about a kind with named members (always, for any
    other question, and where the material has the kind): a sentence it answers with names someone. A
    question for an address is answered only where a sentence near the answer gives one."""
    if asks_address(question):
        # An address is a kind written in a form of its own (address_told), not answered by a name.
        near, found = near_sentences(index, chunk_id, query)
        return any(tells_address(found[i][0]) for i in near)
    kind = asked_kind(question)
    english = bool(query.put)
    if not kind or kind_held(index, kind, english) or not named_kind(kind, english):
        return True
    known = known_words(index, chunk_id, question) | {folded_text(kind)}
    near, found = near_sentences(index, chunk_id, query)
    return any(names_someone(found[i][0], known, lambda s, at: typed_otherwise(index, s, at, kind, english))
               for i in near)


def names_someone(sentence: str, known: set[str], otherwise: Callable[[str, int], bool] = lambda s, at: False) -> bool:
    """Whether a sentence holds a name that is not one of `known` (gate_concrete.name_matches), other than a
    common noun capitalised alone ("Vi har fokus på Viden. Analyse. Udvikling." names no one, while in
    "Danske Andelskassers Bank" and "Jøp, Ove & Myrthu" each word is part of a name) and other than a
    name the material gives another kind than the one asked (`otherwise`, of the sentence and the name's
    position: "bevægelsen Oprør fra Udkanten" is no minister, name_kind.py)."""
    return any(not _common_alone(sentence, match) and not otherwise(sentence, match.start())
               for match in name_matches(sentence, known))


def _goes_on(sentence: str, end: int) -> bool:
    """Whether a name goes on after `end` over a small word to a capitalised one."""
    found = _NAME_GOES_ON.match(sentence, end)
    return bool(found) and found["small"] in DANISH_STOPWORDS


def _common_alone(sentence: str, match: re.Match) -> bool:
    """Whether a capitalised word is a common noun the lemmatiser knows, with no capitalised word after it,
    also over a small word or two ("Staten i hele Danmark", "Oprør fra Udkanten" are names)."""
    word = match[0].casefold()
    lemma = lemma_of(word)
    return (lemma is not None and word_class(word) == THING
            and not NAME.match(sentence, match.end() + 1) and not _goes_on(sentence, match.end()))
