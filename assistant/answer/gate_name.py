"""Whether the material has the names a question asks about.

"Hvornår holder Balance Danmark årsmøde?" was answered from the association's § 7, whose material never
says "Balance Danmark"; "Har Balance Danmark et kontor i Aalborg?", "Is Mette Hansen the chair of the
association?" and "har i lavet analyser om esbjerg" were answered from passages about offices, the chair
and analyses. The model weighs a name the material lacks as one word among the question's, and the
passage holds the others.

A name the question asks about is a word written with a capital inside a sentence (background.names_in's
reading: Danish capitalises only names) or, typed in lower case, a place after a preposition of place ("i
esbjerg", "på lolland") that general Danish writes as a name: wordfreq lists it as common Danish, much
rarer in Norwegian and Swedish text (where a Danish town is mentioned, not used), and neither the
thesaurus nor the Danish-English dictionary has it as a word. It stops the answer when the material has
it in no form (its own words, its stems, an English name's Danish translation) -- but only where the
answer depends on it:

- the reading searched kept it (a sign-off "Mvh Per" or a story sentence the reading drops is not asked);
- it is not in a clause that begins with the asker ("Jeg bor i Aalborg", "Vores lokalforening i Aarhus
  …", "I'm a student in Aarhus"): that is who asks, not what is asked ("Kan jeg betale med Dankort?" asks)
  -- unless the question points at the asker's place ("hos os", "her i byen", "i min by"), other than as
  the subject of a modal verb ("Kan vores kommune blive medlem?" asks what such a place may do), or a
  pronoun in the question stands for a name of the story that does not place the asker ("… har læst om
  Balance Danmark. Hvilke sager har de haft indflydelse på?": story_referent.py);
- it is not where something moves away from ("flytte statslige job ud af København", "away from
  Copenhagen"): the material says the move without the place;
- it is not who reported a claim put to be checked ("Nogen på Facebook påstår, at …": hearsay.py);
- it does not place a thing the material itself places by a name ("partierne på Christiansborg" where
  the material says "Folketingets partier"): the question may name the same place otherwise, and no
  dictionary relates such names; a thing the material never places by a name ("lommeparker i aarhus",
  "generalforsamlingen i Aarhus") still depends on the question's.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..index.index_memo import kept
from ..language import dictd, thesaurus
from ..language.analysis import DANISH_STOPWORDS
from ..language.lemmas import lemma_of
from ..language.word_runs import folded_text
from ..language.word_zipf import zipf_frequency
from .hearsay import without_hearsay
from .reading import material_words
from .retrieve import Query
from .scene import material_uses
from .story_referent import PLACE_PREPOSITIONS, refers_back

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
NAME_GATE = "name_held"
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# A clause ends at a comma, a colon, a dash between words or a parenthesis.
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]\s|[–—]")
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:'[a-z]+)?")
# The asker speaking of themselves (Danish "I" is "you", English "I" is the asker).
_FIRST_PERSON = frozenset("jeg vi mig os min mit mine vores vor".split())
_ENGLISH_FIRST_PERSON = frozenset("i i'm i've i'd we we're we've our my me us".split())
# Where something moves away from: the place is the move's start, not what is asked about.
_AWAY = re.compile(r"\b(?:ud\s+af|væk\s+fra|vaek\s+fra|out\s+of|away\s+from)\s+$", re.IGNORECASE)
# The question points at the asker's place: then the place in the story is the one asked about.
_HERE = re.compile(r"\b(?:hos\s+os|herude|her\s+i\s+(?:byen|kommunen|området|omraadet|landsdelen)|"
                   r"(?:min|mit|vores|vor|my|our)\s+(?:by|hjemby|kommune|landsby|bydel|egn|town|city|"
                   r"hometown|village|municipality|area))\b", re.IGNORECASE)
# The asker's place as the subject of a modal verb asks what such a place may do ("Kan vores kommune blive
# medlem?", "Can our municipality join?"): a rule about the kind, which names no place.
_MAY_BEFORE = re.compile(r"\b(?:kan|må|maa|kunne|can|could|may)\s+$", re.IGNORECASE)
# Prepositions of place before a lower-case place name (Danish, also without å, and English).
_PLACE_PREPOSITIONS = frozenset("i på paa fra ved om omkring til nær naer in at from near around".split())
# A place written in lower case: common in Danish text (wordfreq Zipf), mentioned much more rarely in
# Norwegian and Swedish, where a common Scandinavian word is as common as in Danish or absent (Zipf 0).
PLACE_ZIPF = 4.0
NEIGHBOUR_ZIPF = (1.0, 3.3)
NEIGHBOUR_GAP = 1.0


@lru_cache(maxsize=4096)
def place_written_small(word: str) -> bool:
    """Whether a lower-case word is a place name as general Danish writes it ("esbjerg", "lolland"), not
    a word ("forvejen", "samtlige"): see the module's docstring."""
    if len(word) < 3 or word in DANISH_STOPWORDS or zipf_frequency(word, "da") < PLACE_ZIPF:
        return False
    # A word of the Danish resources first: the neighbours' frequencies are not in the process's
    # table of everyday words, and would be looked up in wordfreq for every everyday word.
    words = thesaurus.load()
    danish = dictd.load(dictd.DANISH_ENGLISH)
    if any(w in words.broad or w in words.narrow or w in danish for w in {word, lemma_of(word)} if w):
        return False
    neighbours = [zipf_frequency(word, lang) for lang in ("nb", "sv")]
    low, high = NEIGHBOUR_ZIPF
    return all(low <= z <= high for z in neighbours) and zipf_frequency(word, "da") - max(neighbours) >= NEIGHBOUR_GAP


def _names_of_clause(words: list[str], first: int, before: list[str]) -> list[tuple[str, str]]:
    """The clause's names: capitalised words that are not their sentence's first (`first`: the index of
    the clause's first word in its sentence), and lower-case places after a preposition of place; each
    with the word before its preposition, the thing it places ("partierne" of "partierne på X"), or ""."""
    out = []
    for i, word in enumerate(words):
        if _AWAY.search(before[i]):
            continue
        placed = i > 1 and words[i - 1].casefold() in _PLACE_PREPOSITIONS
        head = words[i - 2] if placed else ""
        if word[0].isupper() and first + i > 0 and word.casefold() not in DANISH_STOPWORDS:
            out.append((word, head))
        elif word.islower() and placed and place_written_small(word):
            out.append((word, head))
    return out


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asked_names(question: str, searched: str, english: bool) -> tuple[tuple[str, str], ...]:
    """The names the question asks about (as written), each with the thing it places (or ""): those
    the reading searched kept, outside a clause about the asker unless the question points at the
    asker's place, not where something moves away from and not who reported a claim."""
    kept = {folded_text(w) for w in _WORD.findall(searched)}
    # Followed by a question mark, the claim's reporting clause is taken off even where the check
    # after it was (without_hearsay keeps it in a claim that is all the message asks).
    claimed = {folded_text(w) for w in _WORD.findall(without_hearsay(f"{question} ?"))}
    # Pointed at from what is asked: "herude" in the story ("… føle os glemt herude. Hvad drømmer I om
    # for landet?") points nowhere. An English reading is in Danish words: its question sentences are read.
    asked = (" ".join(s for s in _SENTENCE.split(question) if "?" in s) or question) if english else searched
    here = any(not _MAY_BEFORE.search(asked[:m.start()]) for m in _HERE.finditer(asked))
    mine = _ENGLISH_FIRST_PERSON if english else _FIRST_PERSON
    sentences = _SENTENCE.split(question)
    # The question sentence's "de"/"they" may stand for a name the story before it gave (story_referent).
    asking = max((i for i, s in enumerate(sentences) if "?" in s), default=len(sentences) - 1)
    referred = asking > 0 and refers_back(sentences[asking])
    out: list[str] = []
    for at, sentence in enumerate(sentences):
        first = 0
        for clause in _CLAUSE.split(sentence):
            found = list(_WORD.finditer(clause))
            words = [m.group() for m in found]
            before = [clause[:m.start()] for m in found]
            # A clause that begins with the asker tells who asks ("Jeg bor i …", "Vores lokalforening i
            # …", "I'm a student in …"); one that asks what the asker may do is asked ("Kan jeg betale …").
            about_me = bool(words) and words[0].casefold() in mine
            for name, head in _names_of_clause(words, first, before):
                told = referred and at < asking and not _placed_as_asker(words, name)
                if folded_text(name) in claimed and (here or told or (not about_me and _searched(name, kept, english))):
                    out.append((name, head))
            first += len(words)
    return tuple(dict.fromkeys(out))


def _placed_as_asker(words: list[str], name: str) -> bool:
    """Whether the name follows a preposition of place ("i Svendborg", "in Berlin"): where the asker is."""
    at = words.index(name)
    return at > 0 and words[at - 1].casefold() in PLACE_PREPOSITIONS


def _translations(name: str) -> list[str]:
    return dictd.load(dictd.ENGLISH_DANISH).get(name.casefold(), [])


def _searched(name: str, kept: set[str], english: bool) -> bool:
    """Whether the reading searched kept the name (an English one as itself or its Danish translation)."""
    return any(folded_text(form) in kept for form in [name, *(_translations(name) if english else [])])


def material_folded(index: Index) -> frozenset[str]:
    """The material's words with æ/ø/å folded, once per index (the warm-up builds it: ~10 ms at
    10,000 passages inside a first question otherwise)."""
    found = index.memo.get("folded_words")
    if found is None:
        found = index.memo["folded_words"] = frozenset(folded_text(w) for w in material_words(index))
    return found


def held(index: Index, name: str, english: bool = False) -> bool:
    """Whether the material has the name in some form: its stems, the word itself (also with a genitive
    s), or for an English name one of its Danish translations ("Denmark" → "Danmark")."""
    words = material_folded(index)
    for form in [name, *(_translations(name) if english else [])]:
        folded = folded_text(form)
        if material_uses(index, form) or folded in words or (folded.endswith("s") and folded[:-1] in words):
            return True
    return False


def name_held(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the material has every name the question asks about (always, for a question with none):
    a name it never has declines every passage."""
    english = bool(query.put)
    return all(held(index, name, english) or (head and _placed_by_name(index, head))
               for name, head in asked_names(question, query.text or question, english))


# Passages of a word read for a name placing it: a word in most passages of a large material would
# otherwise cost one question a read of them all. Words judged are kept per index.
NAMED_SCAN = 1000
NAMED_MEMO_SIZE = 4096
# A capitalised genitive inside a sentence and the word after it: "Folketingets partier".
_NAMED_THING = re.compile(r"(?<=[^\W\d_] )[A-ZÆØÅ][^\W\d_]+s\s+([^\W\d_]+)")


def _placed_by_name(index: Index, word: str) -> bool:
    """Whether the material places the thing by a name of its own: a capitalised genitive before it
    ("Folketingets partier" for "partierne")."""
    terms = index.analyzer.query_terms(word)
    return bool(terms) and all(kept(index.memo, "named_things", t, lambda t=t: _named_in_passages(index, t),
                                    NAMED_MEMO_SIZE) for t in terms)


def _named_in_passages(index: Index, term: str) -> bool:
    """Whether a passage holding the term has it after a capitalised genitive. Only the passages the
    term's postings name are read: reading every passage's text took 0.3 s at 10,000 passages inside
    the first question that asked."""
    t = index.term_ids.get(term)
    if t is None:
        return False
    for cid in index.post_docs[index.offsets[t]:index.offsets[t + 1]][:NAMED_SCAN]:
        if any(term in index.analyzer.query_terms(m[1]) for m in _NAMED_THING.finditer(index.chunk(int(cid)).text)):
            return True
    return False
