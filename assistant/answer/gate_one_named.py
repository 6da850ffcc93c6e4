"""Whether a passage names the one a "hvilken X?" / "which X?" question asks for, where it speaks of X only
as some X or any X.

"Hvilken revisor har foreningen valgt?" was answered with § 10's "Regnskabet revideres af en revisor, der
vælges af generalforsamlingen …", "Hvilken virksomhed er jeres største medlem?" with "Balance Danmarks
medlemmer består af kommuner, virksomheder, organisationer og privatpersoner" and "Hvilket boligselskab har
stillet jord til byhaver?" with "Boligselskaber og kommuner bør stille jord til rådighed …": the passage
holds the kind asked about, and the model weighs it as found. A question for one of a kind asks which one;
a sentence that says the kind with an indefinite article ("en revisor") or as a plural without a definite
article ("virksomheder", "Boligselskaber") speaks of some or any of them, and names no one.

Such a passage answers only where a sentence that mentions the kind (one holding much of the question, or
beside one: gate_concrete.near_sentences) names someone – a capitalised word the question and the
document's title do not hold ("Bag initiativet stod Danske Andelskassers Bank", "Vejle Kommune"), other
than names listed before the kind ("Danske Andelskassers Bank, Jøp, Ove & Myrthu og en række kommuner": a
list's items are others than the kind it adds) – or a list follows it, or it says the kind in another
form: in the definite ("revisoren", "de store byer"), told right after it in brackets ("en posisjon (høyre
bakspiller)") or by a figure after "på"/"of" ("en strafferamme på inntil tre års fengsel"), by examples in the
next sentence ("… en rekke klubber. Han ledet blant annet Lillestrøm …"), as a bare singular ("simpelt flertal" answers
"hvilket flertal …?" by its description) or not at all ("Hvilke poster …?": "formand, næstformand og
kasserer" – no verdict). A compound whose last part is the kind says it too ("Lokalforeninger … kan
optages som kollektive medlemmer" for "Hvilken forening har sluttet sig til Grønne Byer …?"), while the
kind's word opening a name the question holds ("Foreningen Grønne Byer") is the one asked about. Spoken
to ("Hvilken forening sluttede sig til jer …?"), the organisation whose page it is is not the one asked
for either: "Foreningens navn er Foreningen Grønne Byer" names no other, and "Vejle Kommune" is of
another kind by its last word. The partitive ("Hvilken af kommunerne …?") asks one as "hvilken kommune"
does. A question for several ("hvilke X", "which Xs") is gate_concrete's and asked_which's; one for which one
may or can ("Hvilken virksomhed kan blive medlem?") asks a condition, which "enhver … virksomhed" answers; a
kind of a kind ("hvilken slags by") asks for a description.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..index.bm25 import Index
from ..language import dictd, wordnet
from ..language.english_forms import ENGLISH_STOPWORDS
from ..language.folding import danish_spelling
from ..language.lemmas import lemma_of
from ..language.word_runs import folded_text
from .figures import has_figure
from .gate_concrete import MAY, kind_members, list_follows, name_matches, names_one, near_sentences
from .gate_person import known_words
from .own_figures import counted_by_own, own_figures
from .retrieve import Query
from .word_class import THING, adjective, word_class
from .word_guard import guarded

# The gate's name where a decision's record lists the checks that declined a passage (decision_trace.py).
ONE_NAMED_GATE = "one_named"
# "hvilken/hvilket X" (Danish singular) or "which X" not ending in -s (English singular).
_ASKS_ONE = guarded(re.compile(r"\b(?:hvilken|hvilket|which)\s+(?P<noun>[^\W\d_]{3,})\b", re.IGNORECASE))
# The partitive asks one of a group ("Hvilken af kommunerne …?", "Which of the founding municipalities …?"):
# its plural noun after an article, a possessive, a genitive, a figure, an English participle or a word
# before an English plural ("which of the eight recommendations", "which of the big cities").
_ONE_OF = guarded(re.compile(r"\b(?:hvilken|hvilket|which)(?:\s+one)?\s+(?:af|of)\s+(?:(?:de|dem|the|jeres|vores|"
                             r"deres|your|our|their)\s+)?(?:(?:\d+|[^\W\d_]+s|[^\W\d_]+ing|[^\W\d_]+(?=\s+[^\W\d_]+s\b))\s+)?"
                             r"(?P<noun>[^\W\d_]{3,})\b", re.IGNORECASE))
# A kind of a kind asks for a description ("hvilken slags by", "which kind of town").
_KIND_OF = frozenset("slags type art kind sort".split())
# A question word before "hvilken" in its sentence asks the question, and the which-clause is its object:
# "Hvem bestemmer, hvilken revisor der skal tjekke regnskabet?" asks who.
_ASKED_BEFORE = re.compile(r"\b(?:hvem|hvad|hvor|hvornår|hvornaar|hvordan|hvorfor|hvorledes|who|what|where|when|how|"
                           r"why|whom|whose)\b[^.?!]*$", re.IGNORECASE)
# WordNet's lexicographer files of kinds a date or a figure tells: time, quantity, possession (a sum).
_TOLD_BY_FIGURES = frozenset({"28", "23", "21"})
# Articles and quantifiers that say some or any of a kind (Danish and English), directly before the noun.
_SOME = frozenset("en et enhver ethvert nogen noget nogle række flere mange a an any some several".split())
# Definite articles and possessives before a plural: "de store byer", "vores medlemmer" (an owner in the
# genitive, "foreningens medlemmer", "Danmarks byer", is told by its -s).
_THE = frozenset("de den det disse vores jeres deres sine hans hendes the these those our your their its".split())
_WORD = re.compile(r"[^\W\d_]+")
# Markers that the sentence gives examples (Danish, Norwegian, English): a closed class of adverbials.
_FOR_EXAMPLE = re.compile(r"\b(?:blandt andet|blant annet|bl\.a\.|for eksempel|f\.eks\.|fx|eksempelvis|"
                          r"such as|including|for example|for instance|among others)(?!\w)", re.IGNORECASE)
# What tells which one right after the kind's word: a bracket, or "på"/"of" and a figure within a few words.
_TOLD_AFTER = re.compile(r"\s*\(|\s+(?:på|paa|of)\s+(?P<figure>(?:\S+\s+){0,2}\S+)", re.IGNORECASE)
# A name's run of capitalised words ("Vejle Kommune", "Danske Andelskassers Bank").
_LAST_OF_NAME = re.compile(r"[A-ZÆØÅ][\wæøå-]*(?:\s+[A-ZÆØÅ][\wæøå-]*)*")
# Words that speak to the organisation ("jer", "jeres", "you"; "I" capitalised inside the sentence), and
# a question that asks which one it is itself ("Hvilken forening er I?").
_TO_YOU = guarded(re.compile(r"\b(?:jer|jeres|you|your)\b", re.IGNORECASE))
_CAPITAL_I = re.compile(r"(?<=[\w,]\s)I\b")
_IS_YOU = re.compile(r"\b(?:er|var)\s+I\b|\b(?:are|were)\s+you\b", re.IGNORECASE)
# The shortest first part and kind a compound of the kind is read from (gate_one_named._of_kind).
COMPOUND_PART = 4
# The determiner words at the end of a text ("… og en række "), and a list of names ending in "og"/"eller"
# before them ("Danske Andelskassers Bank, Jøp, Ove & Myrthu og ").
_DETERMINERS = re.compile(r"(?:\b(?:" + "|".join(sorted(_SOME)) + r")\s+)+$", re.IGNORECASE)
_SIBLINGS = re.compile(r"(?:(?:[A-ZÆØÅ][^\s,]*|&),?\s+)+(?:og|eller|and|or)\s+$")


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asked_one(question: str) -> str:
    """The noun of a question for one of a kind ("Hvilken revisor …?": "revisor", "Which company …?":
    "company"), "" for several, a condition, a kind of a kind, or a which-clause that another question
    word asks about."""
    found = _asked_match(question)
    if not found or MAY.search(question) or _ASKED_BEFORE.search(question[:found.start()]):
        return ""
    noun = found["noun"].casefold()
    english = found[0][:5].casefold() == "which"
    # A partitive's group is in the plural: its kind is the singular ("municipalities", "kommunerne").
    one_of = found.re is _ONE_OF.pattern
    kind = (re.sub(r"ies$", "y", noun).removesuffix("s") if english else lemma_of(danish_spelling(noun)) or noun) \
        if one_of else noun
    if noun in _KIND_OF or english and not one_of and (noun.endswith("s") or _modifier(question[found.end():])) \
            or not _named_by_a_word(kind, english):
        return ""
    return noun


def _asked_match(question: str) -> re.Match | None:
    """"Hvilken X", or the partitive "hvilken af Xerne" / "which of the Xs"."""
    return _ONE_OF.search(question) or _ASKS_ONE.search(question)


def _modifier(after: str) -> bool:
    """Whether an English noun after "which" is the first part of a compound: the next word is a noun
    (WordNet has it, or its singular, mostly as one), not a grammar word or a verb ("which policy
    fields", "which law firm"; not "which accountant did", "which bank looks after")."""
    following = _WORD.match(after.lstrip())
    net = wordnet.load()
    if not following or net is None:
        return False
    word = following[0].casefold()
    base = word[:-1] if word.endswith("s") and net.noun_senses(word[:-1]) else word
    return word not in ENGLISH_STOPWORDS and bool(net.noun_senses(base)) and not net.mostly_verb(base)


@lru_cache(maxsize=1024)
def _named_by_a_word(noun: str, english: bool) -> bool:
    """Whether the word is a noun for a kind whose one is told by a word: not an adjective ("which new
    buildings", "hvilken ny …": the noun comes after it), and not a time, a quantity or a sum, which
    a date or a figure tells ("I hvilken måned …?": "i januar"). An English word is read in WordNet, a
    Danish one (in its Danish spelling: "maaned") through the dictionary's first translation; a Danish
    word the dictionary lacks ("revisor", "virksomhed") is taken for a kind."""
    net = wordnet.load()
    if net is None:
        return True
    if english:
        words = [noun]
    else:
        spelt = danish_spelling(noun)
        if adjective(spelt):
            return False
        danish = dictd.load(dictd.DANISH_ENGLISH)
        words = next((danish[f][:1] for f in (spelt, lemma_of(spelt)) if f in danish), [])
        if not words:
            return True
    senses = [s for w in words for s in net.noun_senses(w)[:1]]
    return bool(senses) and net.noun_file(senses[0]) not in _TOLD_BY_FIGURES


def one_named(index: Index, chunk_id: int, query: Query, question: str) -> bool:
    """Whether the passage may answer a question for one of a kind (always, for any other question and
    for a passage that never says the kind in some-or-any form): see the module's docstring."""
    noun = asked_one(question)
    if not noun:
        return True
    members = kind_members(index, query, noun)
    if not members:
        return True
    near, found = near_sentences(index, chunk_id, query)
    known = known_words(index, chunk_id, question)
    # Spoken to ("jer", "you"), the organisation whose page it is is not the one asked for.
    # A kind written with a capital is a name ("Hvilket Danmark ønsker I jer?"), not a kind of the title's.
    kind_word = _asked_match(question)["noun"]
    own = _title_lemmas(index, chunk_id) if _addressed(question) and kind_word.islower() else frozenset()
    asked = set(_WORD.findall(folded_text(question))) | (known if own else set())
    figures = own_figures(question)
    mentions = [(i, _kind_forms(index, found[i][0], members, asked, own, figures)) for i in near]
    mentioning = [(i, forms) for i, forms in mentions if forms]
    if not mentioning:
        return True
    others = [(i, [f for f in forms if not f[2]]) for i, forms in mentioning]
    if not any(forms for _, forms in others):
        # Only the one asked about or spoken to is of the kind: another must be named or listed.
        return any(list_follows(found, i) or _names_another(found[i][0], known, noun) for i, _ in mentioning)
    return any(not all(some for some, _, _ in forms) or list_follows(found, i) or _told_after(found[i][0], forms)
               or _examples_follow(found, i, known)
               or names_one(_without_siblings(found[i][0], forms[0][1]), known) for i, forms in others if forms)


def _examples_follow(found: tuple, at: int, known: set[str]) -> bool:
    """Whether the next sentence names one as an example ("… har trent en rekke klubber. Han ledet blant
    annet Lillestrøm …"): some of the kind, then which ones among them."""
    following = found[at + 1][0] if at + 1 < len(found) else ""
    return bool(_FOR_EXAMPLE.search(following)) and names_one(following, known)


def _told_after(sentence: str, forms: list[tuple[bool, int, bool]]) -> bool:
    """Whether a mention of the kind is told right after it: in brackets ("en posisjon (høyre bakspiller)")
    or by a figure after "på"/"of" ("en strafferamme på inntil tre års fengsel", "a fine of 500 kroner")."""
    for _, start, _ in forms:
        word = _WORD.match(sentence, start)
        told = _TOLD_AFTER.match(sentence, word.end()) if word else None
        if told and (not told["figure"] or has_figure(told["figure"])):
            return True
    return False


def _names_another(sentence: str, known: set[str], noun: str) -> bool:
    """Whether the sentence names one that may be of the asked kind: a name not in `known` whose last word
    is no other kind ("Vejle Kommune" is a municipality, no association; "Jøp" may be anything)."""
    kind = lemma_of(danish_spelling(noun)) or noun
    for match in name_matches(sentence, known):
        last = _LAST_OF_NAME.match(sentence, match.start())[0].split()[-1].casefold()
        lemma = lemma_of(last)
        if not (lemma and lemma != kind and word_class(last) == THING):
            return True
    return False


def _addressed(question: str) -> bool:
    """Whether the question speaks to the organisation ("… sluttede sig til jer", "Which … joined you?")
    other than to ask which one it is itself ("Hvilken forening er I?")."""
    return bool(_TO_YOU.search(question) or _CAPITAL_I.search(question)) and not _IS_YOU.search(question)


def _title_lemmas(index: Index, chunk_id: int) -> frozenset[str]:
    """The lemmas of the words of the passage's document title ("Vedtægter for Foreningen Grønne Byer")."""
    words = _WORD.findall(folded_text(index.chunk(chunk_id).title))
    return frozenset(lemma_of(w) or w for w in words)


def _kind_forms(index: Index, sentence: str, members: frozenset[str], asked: set[str],
                own: frozenset[str], figures: frozenset[str]) -> list[tuple[bool, int, bool]]:
    """For each word of the sentence that is the asked kind, or a compound with the kind as its last part
    ("Lokalforeninger … kan optages" for "Hvilken forening …?"), whether it says some or any of the kind,
    where it starts and whether it is the one asked about or spoken to: the kind's word opening a name
    the question holds ("Foreningen Grønne Byer" for "Hvilken forening har sluttet sig til Grønne Byer?"),
    or, spoken to, one the title holds or the title's kind in the singular ("Foreningens navn er …" in the
    statutes of "Foreningen Grønne Byer"). A name only the title holds may answer where the organisation is not
    spoken to ("Hvilken forening arbejder for grønnere byer?"). The group the question counts itself speaks of
    the group, naming none of it, as some of the kind does ("de 24 byer" for "Which of the 24 towns …?")."""
    spans = list(_WORD.finditer(sentence))
    words = [m[0] for m in spans]
    kinds = [i for i, w in enumerate(words) if any(_of_kind(t, members) for t in index.analyzer.document_terms(w))]
    forms = [(i, _some_or_any(words, i) or counted_by_own(sentence, spans[i].start(), figures)) for i in kinds]
    return [(some, spans[i].start(), _opens_known_name(words, i, asked) or not some and _itself(words[i], own))
            for i, some in forms]


def _itself(word: str, own: frozenset[str]) -> bool:
    """Whether a word in the singular is the title's kind ("Foreningens", "foreningen")."""
    folded = folded_text(word)
    lemma = lemma_of(folded.removesuffix("s")) or lemma_of(folded)
    return bool(own) and lemma in own and not _plural(folded)


def _opens_known_name(words: list[str], at: int, known: set[str]) -> bool:
    """Whether the capitalised word at `at` is followed by a capitalised word of `known` (folded)."""
    following = words[at + 1] if at + 1 < len(words) else ""
    return words[at][:1].isupper() and following[:1].isupper() and folded_text(following) in known


def _of_kind(term: str, members: frozenset[str]) -> bool:
    """Whether an index term is one of the kind's terms or a compound ending in one (a first part of at
    least COMPOUND_PART letters, a kind of at least as many: "lokalforening", not "udby")."""
    return term in members or any(len(m) >= COMPOUND_PART and len(term) - len(m) >= COMPOUND_PART
                                  and term.endswith(m) for m in members)


def _without_siblings(sentence: str, start: int) -> str:
    """The sentence without the names listed before the kind's mention at `start` ("Bag initiativet stod
    Danske Andelskassers Bank, Jøp, Ove & Myrthu og en række kommuner"): items of one list are others
    than the kind the list adds after them, so they name none of it."""
    head = _DETERMINERS.sub("", sentence[:start])
    found = _SIBLINGS.search(head)
    return sentence[:found.start()] + sentence[start:] if found else sentence


def _some_or_any(words: list[str], at: int) -> bool:
    """Whether the word at `at` says some or any of its kind: an indefinite article or a quantifier right
    before it ("en revisor", "en række kommuner"; not "en ny kommunal udligningsordning", which describes
    it), or a plural with no definite article, owner or adjective before it ("virksomheder",
    "Boligselskaber"; not "de store byer", "Danmarks byer", "decentrale uddannelser")."""
    before = [w.casefold() for w in words[max(0, at - 2):at]]
    if before and before[-1] in _SOME:
        return True
    word = words[at].casefold()
    # An adjective before a plural describes which ones ("decentrale uddannelser", "nye bytræer").
    return _plural(word) and not _THE.intersection(before) and not any(w.endswith("s") for w in before) \
        and not (before and adjective(before[-1]))


def _plural(word: str) -> bool:
    """Whether a noun is an indefinite plural: the lemmatiser takes it back to a shorter form it does not
    end a definite form in ("virksomheder" → "virksomhed"; "revisoren", "kommunerne" are definite). A
    compound the lemmatiser lacks is read by its last part ("lommeparker" by "parker")."""
    lemma = lemma_of(word)
    if lemma is None:
        word = next((word[cut:] for cut in range(COMPOUND_PART, len(word) - COMPOUND_PART + 1)
                     if lemma_of(word[cut:]) is not None), word)
        lemma = lemma_of(word)
    if lemma is None or lemma == word or not word.startswith(lemma.casefold()[:-1]):
        return False
    return word.endswith(("er", "e", "r")) and not word.endswith(("ne", "en", "et"))
