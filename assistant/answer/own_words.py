"""Which words of a follow-up are its own, and whether it leans on the question before it.

"og hvornår var det?" leans back by its opener and its pointing word; "hvor lang tid tager det?"
asks for a size and names no topic of its own. The conversation core (conversation.py) reads a
question in its context only when it leans back or has no answer alone.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from ..language.analysis import DANISH_STOPWORDS
from ..language.english import english_words
from .fact_kinds import asked_types
from .reading import Reading, translator
from .retrieve import Query, TermGroup
from .word_class import names_a_thing

# Words that open a question leaning on the one before, and words that point back to its topic.
OPENERS = ("og", "men", "eller", "så", "også", "hvad med", "hvad så", "hvordan med", "hvad nu med",
           "hvad angår", "and", "but", "what about", "how about")
# One pattern for all openers: a follow-up's history is read again on every turn.
OPENING = re.compile(rf"(?:{'|'.join(re.escape(o) for o in OPENERS)})\b")
WORD = re.compile(r"\w+")
POINTERS = frozenset("""det den de dem dette denne disse deres dets dens dengang derfor dér deri
    derom dertil herom hertil så sådan han hun hans hendes it that they them those there then""".split())
# A question opening with a question word, after an opener ("og hvem …?").
QUESTION_WORD = re.compile(r"\W*(?:(?:og|men|så|and|but)\s+)?(?:hv[a-zæøå]*|who|what|when|where|why|"
                           r"how|which)\b")
# Pointing words that stand for a thing or things named before (personal and demonstrative pronouns).
PRONOUNS = frozenset("det den de dem dette denne disse it they them".split())
# Those that are also Danish's definite article before an adjective.
ARTICLES = frozenset(("den", "det", "de"))
# "hvor stor", "hvor lang tid", "hvor mange", "hvor mange penge": the words after "hvor" ask for a size
# or an amount (the answerability model's kind gate checks that a figure, or a sum, is there); they name
# no topic of their own.
# Not "hvor gammel": an age is no figure that gate checks, so "hvor gamle var de?" keeps "gamle"
# as its own word and is declined where the material says nothing about an age.
INTERROGATIVE_ADJECTIVE = re.compile(
    r"\bhvor\s+((?:lang|langt)\s+tid|(?:mange|meget)\s+(?:penge|kroner)|stor|store|stort|lang|langt|"
    r"længe|mange|meget|høj|højt|"
    r"tit|ofte|dyr|dyrt|bred|bredt|tung|tungt)\b", re.IGNORECASE)
# Words that carry no topic of their own in a follow-up ("hvornår kom den med?", "hvad skal der stå
# på dagsordenen?", "med hvor lang varsel?"). They are left out of a follow-up only where the index
# does not hold them; a word of real content the material lacks ("koster", "revisoren") still
# counts in full, so a follow-up about it is declined. "få", "nå", "gælde" and "blive" are such
# verbs ("fik de hjælp fra nogen?", "hvordan vil I nå den?"): +2 follow-ups on dev-dev4.
LIGHT_WORDS = frozenset("""kom komme kommer kommet stå står stod stået sige siger sagt skrive skriver
    holde holder holdes holdt gå går gik gøre gør gjorde lave laver lavet ske sker lang længe
    få får fik fået nå nåede nået gælde gælder gjaldt blive bliver blev blevet""".split())

# The same for an English follow-up ("why does that matter for the economy?"), read before mapping:
# its Danish guess ("materie") the material lacks names no topic either.
ENGLISH_LIGHT_WORDS = frozenset("""come comes came coming stand stands stood say says said write
    writes wrote hold holds held go goes went do does did make makes made happen happens happened
    get gets got reach reaches reached apply applies applied become becomes became matter matters
    mattered mean means meant give gives gave given""".split())

# "how big", "how many", "how long": as "hvor stor" in Danish, the adjective asks for a size or an
# amount and names no topic ("and how big must the roofs be?" asks of the roofs, not of "store byer").
ENGLISH_INTERROGATIVE_ADJECTIVE = re.compile(
    r"\bhow\s+(big|large|small|long|many|much|high|tall|wide|often|far|expensive)\b", re.IGNORECASE)

# "hvad"/"what" alone asks for no kind of fact; the other question words do (who, when, where, how …).
ASKS_WHAT = re.compile(r"\W*(?:(?:og|men|så|and|but)\s+)?(?:hvad|what)\b")
ADDRESSES_ASSISTANT = re.compile(r"\b(?:du|dig|you)\b")
ASKS_WHO = re.compile(r"\W*(?:(?:og|men|så|and|but)\s+)?(?:hvem|who)\b")
# "What did the bank give?": the question word asks for the verb's object.
ASKS_OBJECT = re.compile(r"\W*(?:(?:and|but)\s+)?what\b", re.IGNORECASE)


def points_back(text: str) -> bool:
    """Whether a question leans on an earlier one by its words: an opener or a pointing word."""
    lowered = text.casefold().strip()
    if OPENING.match(lowered):
        return True
    words = WORD.findall(lowered)
    # "Hvad betyder det, at bestyrelsen er beslutningsdygtig?": a formal subject points ahead, and
    # "så"/"then" after the message's own "hvis"/"if" ("Hvis foreningen lukker, hvad sker der så …?") to it.
    return any(w in POINTERS and words[i + 1:i + 2] != ["at"]
               and not (w in _OF_CONDITION and _CONDITIONS.intersection(words[:i])) for i, w in enumerate(words))


_OF_CONDITION, _CONDITIONS = frozenset({"så", "then"}), frozenset({"hvis", "if"})


def asks_who(text: str) -> bool:
    """Whether a question asks for a person ("hvem skrev den?", "who wrote it?")."""
    return bool(ASKS_WHO.match(text.casefold()))


def asks_what(text: str) -> bool:
    """Whether a question asks for a fact by its question word ("hvem beslutter det?"), not
    whether something holds ("får de betaling for det?"): only the first may be answered in
    other words than its own."""
    return bool(QUESTION_WORD.match(text.casefold()))


def refers_back(text: str, stopwords: frozenset[str]) -> bool:
    """Whether a question points back by a pronoun ("hvem beslutter det?", "hvor længe er de
    valgt for?"), not only by an article before an adjective and its noun ("den ordinære
    generalforsamling", "det reviderede regnskab") or by a formal subject ("hvad koster det at …")."""
    words = re.findall(r"\w+", text.casefold())
    for i, word in enumerate(words):
        following = words[i + 1:i + 3]
        if word not in PRONOUNS or following[:1] == ["at"]:
            continue
        if word in ARTICLES and len(following) == 2 and following[0].endswith("e") and \
                following[0] not in stopwords:
            continue    # an article: the adjective's definite -e ("det grønne areal")
        return True
    return False


def own_groups(index: Index, query: Query, text: str = "") -> tuple[TermGroup, ...]:
    """The question's own content: its term groups without the words that only point back or ask
    "how big", and without light words the index does not hold."""
    pointers, light = analysed(index, "pointers", POINTERS), analysed(index, "light", LIGHT_WORDS)
    asking = frozenset(index.analyzer.query_terms(" ".join(INTERROGATIVE_ADJECTIVE.findall(text))))
    # A light word the material holds only through the thesaurus's stand-ins ("holdes" ->
    # "afholde", "indeholde") is as absent as one it lacks: a stand-in is no word of its own.
    own = tuple(g for g in query.groups
                if g.term not in pointers and g.term not in asking
                and (g.members and g.scale == 1.0 or g.term not in light))
    if own and points_back(text) and all(g.term in light for g in own) and not asks_who(text):
        # Only light words, and they point back ("hvad står der i den?", "og hvad gør?"): the
        # material's "stod" or "gør" elsewhere is no topic of the question's own. Not when it
        # asks who: "hvem skrev den?" asks whoever did what the verb says, which the topic's
        # passage does not tell by holding the topic.
        return ()
    return own


def reading_own_groups(index: Index, query: Query, reading: Reading) -> tuple[TermGroup, ...]:
    """own_groups for a question as read (read_question): an English question's light words are
    left out by their English form, where the index does not hold their Danish guess.

    A question that asks for no fact of its own about what its pronoun stands for, in words the
    material never uses that name no thing ("hvad betyder det?", "kan du uddybe det?"), restates
    its topic: it has no words of its own. One whose absent word names a thing ("er der rabat på
    det?") keeps it, and is declined where the material lacks it."""
    own = english_or_danish_own(index, query, reading)
    if own and all(not g.members for g in own) and asks_of_the_topic(reading) and \
            not any(names_a_thing(w) for w in words_of(index, reading.text, own)):
        return ()
    return own


def asks_of_the_topic(reading: Reading) -> bool:
    """Whether a question points back by a pronoun and asks no kind of fact: a request to the
    assistant ("kan du uddybe det?") or only "hvad"/"what" ("hvad betyder det?"), not "hvor
    gamle …?"."""
    asked = reading.original.casefold()
    if any(asked_types(asked)):  # a kind of fact asked (a finer time comes only with a time)
        return False
    if QUESTION_WORD.match(asked) and not ASKS_WHAT.match(asked):
        return False
    if bool(QUESTION_WORD.match(asked)) == bool(ADDRESSES_ASSISTANT.search(asked)):
        # Without a question word it asks whether something holds ("kan man låne den?"), which
        # the topic's passage does not answer by being about the topic; a request to the
        # assistant ("kan du uddybe det?") asks for more of that passage. With one, asked of the
        # assistant it asks for a view ("hvad mener du om det?"), which the material has not.
        return False
    return refers_back(reading.text, DANISH_STOPWORDS) or refers_back(reading.original, DANISH_STOPWORDS)


def words_of(index: Index, text: str, groups: tuple[TermGroup, ...]) -> list[str]:
    """The question's words that the groups' terms were analysed from."""
    terms = {g.term for g in groups}
    return [w for w in re.findall(r"\w+", text) if terms.intersection(index.analyzer.query_terms(w))]


def english_or_danish_own(index: Index, query: Query, reading: Reading) -> tuple[TermGroup, ...]:
    """own_groups, an English question's light words left out by their English form."""
    own = own_groups(index, query, reading.text)
    if not reading.english:
        return own
    asking = english_degree_terms(index, reading.original)
    own = tuple(g for g in own if g.term not in asking)
    light = [w for w in english_words(reading.original) if w.casefold() in ENGLISH_LIGHT_WORDS]
    if not light:
        return own
    terms = danish_terms(index, light)
    content = tuple(g for g in own if g.term not in terms)
    if not content and asks_who(reading.original):
        # "who wrote it?": the verb says what was done, as in Danish (own_groups), also where its
        # Danish guess ("skrive") is a light word own_groups left out.
        return own or tuple(g for g in query.groups if g.term in terms)
    if content and not ASKS_OBJECT.match(reading.original):
        # Beside a word of content the light verb names nothing, even where the material uses its
        # Danish guess elsewhere ("how much notice do I have to give?": "varsel", not "give"); but
        # "what did the bank give?" asks for what the verb takes.
        return content
    return tuple(g for g in own if g.members or g.term not in terms)


def english_degree_terms(index: Index, question: str) -> frozenset[str]:
    """The index terms of an English question's degree phrase ("how long", "how often" → "lang",
    "ofte"): like Danish "hvor længe", it asks for a kind of fact and names no content."""
    return danish_terms(index, ENGLISH_INTERROGATIVE_ADJECTIVE.findall(question)) if question else frozenset()


def danish_terms(index: Index, words: list[str]) -> frozenset[str]:
    """The index terms of the Danish words English words map to."""
    if not words:
        return frozenset()
    guessed = {d for t in translator(index).translate(words) for d in t.danish}
    return frozenset(index.analyzer.query_terms(" ".join(sorted(guessed))))


def analysed(index: Index, name: str, words: frozenset[str]) -> frozenset[str]:
    """A word list as the index's analyser reads it, computed once per loaded index."""
    key = f"conversation_{name}"
    if key not in index.memo:
        index.memo[key] = frozenset(index.analyzer.query_terms(" ".join(sorted(words))))
    return index.memo[key]
