"""The part of speech an English word has in a question, told by the words before it.

An English word of several parts of speech reached the Danish word of another: the Danish-English
dictionary read backwards gives every Danish headword listing the English word, nouns, verbs and
adjectives alike, and "present" in "must be present" became "gave" (a gift), "request" in "has to
request" became "henvendelse" (a noun), "gathering" in "start gathering the data" became
"forsamling" (a meeting), "final" in "the final say" became "finale" (a match). WordNet lists which
parts of speech a word can have; which one the question uses, English word order tells:
  - a verb after a modal ("must request"), after "do they" / "can I" ("do they care"), after
    "to" following a verb that takes an infinitive ("has to request", "want to join"), and an
    -ing form after a verb of starting or stopping ("start gathering");
  - a verb after a form of "be" where the word is a participle ("must be announced"), else an
    adjective ("must be present"), and an adjective between a determiner and a noun ("the final say").
Otherwise nothing is told (the dictionaries' order stands). english.py then leaves out the
headwords the dictionary tags as another part of speech (dictd.tags: "gave <n>"), searches an -ing
form used as a verb as its verb ("gathering" as "gather": "samle"), and ranks headwords by WordNet's
noun senses only for a noun (english_sense_order.py).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import dictd, wordnet
from .english_forms import english_forms, english_lemma
from .english_things import can_be_verb, noun_after_modifier

VERB = "verb"
ADJECTIVE = "adj"
MODALS = frozenset({"can", "could", "must", "should", "would", "will", "shall", "may", "might"})
DO = frozenset({"do", "does", "did", "don't", "doesn't", "didn't"})
PERSONAL = frozenset({"i", "you", "we", "they", "he", "she", "it"})
QUESTION_WORDS = frozenset({"what", "who", "whom", "whose", "when", "where", "why", "how", "which"})
BE = frozenset({"be", "is", "are", "was", "were", "been", "being", "am"})
DETERMINERS = frozenset({"the", "a", "an", "any", "my", "your", "their", "our", "his", "her", "its", "this",
                         "that", "these", "those", "no", "every", "each"})
# Words that take an infinitive with "to" (as lemmas): "to" after another word is a preposition
# ("close to home", "talk to planners") and the word after it a noun.
TO_INFINITIVE = frozenset({"have", "need", "want", "how", "able", "allow", "go", "get", "suppose", "require",
                           "try", "like", "wish", "hope", "plan", "ought", "use", "where", "when", "what"})
# Verbs whose -ing complement is a verb ("start gathering the data"), not a noun.
ASPECT = frozenset({"start", "begin", "stop", "keep", "finish", "quit", "continue"})
# The dictionary's tags (dictd.tags) that cannot translate a word used as the part of speech.
# An adjective after "is" may be a participle the lemma table keeps whole ("the board is split": "briste"),
# so a verb's headword stays for it.
OTHER_TAGS = {VERB: frozenset({"n", "adj"}), ADJECTIVE: frozenset({"n"})}
# A Danish noun ending in -e may be the verb's infinitive too, which the dictionary tags in one entry
# only ("stemme <n>": a vote, and to vote): it stays for a verb, unless its ending makes it a noun.
NOUN_ENDINGS = ("else", "ning", "ing", "hed", "skab", "tion")


def used_as(words: Sequence[str], i: int, net: wordnet.WordNet | None | bool = True) -> str:
    """VERB or ADJECTIVE where the word order says the question uses words[i] so, else ""."""
    word = words[i].casefold()
    previous = words[i - 1].casefold() if i else ""
    before = words[i - 2].casefold() if i > 1 else ""
    if not previous.isalpha():  # the first word, or after a number or a sign: nothing to tell by
        return ""
    if word.endswith("ing") and english_lemma(previous) in ASPECT:
        return VERB if can_be_verb(word, net) else ""
    # After a modal that opens the question ("Where should storm water …") comes its subject, not a verb.
    if (previous in MODALS and before.isalpha() and before not in QUESTION_WORDS) or (
            previous in PERSONAL and (before in DO or before in MODALS)) or (
            previous == "to" and before.isalpha() and english_lemma(before) in TO_INFINITIVE):
        return VERB if can_be_verb(word, net) else ""
    if previous in BE and english_lemma(word) != word and can_be_verb(word, net):
        return VERB  # a passive's participle ("be announced", "be turned into"): a verb, as its Danish one is
    if previous in BE and adjective(word, net):
        return ADJECTIVE
    # Between a determiner and a noun, a word WordNet has mostly as an adjective ("the final say"; not
    # "every home be", where "home" is mostly a noun and "be" a verb).
    if previous in DETERMINERS and i + 1 < len(words) and mostly(word, "adj", net) \
            and _senses(words[i + 1], "noun", net) > 0 and words[i + 1].casefold() not in BE | MODALS | DO \
            and noun_after_modifier(word, words[i + 1], net):
        return ADJECTIVE
    return ""


def adjective(word: str, net: wordnet.WordNet | None | bool = True) -> bool:
    """Whether WordNet has the word (or its base form) as an adjective ("present", "final")."""
    return _senses(word, "adj", net) > 0


def mostly(word: str, pos: str, net: wordnet.WordNet | None | bool = True) -> bool:
    """Whether WordNet has the word (or its base form) as the part of speech in at least as many senses
    as any other, and at all ("final": an adjective; "home": a noun)."""
    counts = {p: _senses(word, p, net) for p in ("noun", "verb", "adj", "adv")}
    return counts[pos] > 0 and counts[pos] == max(counts.values())


def _senses(word: str, pos: str, net: wordnet.WordNet | None | bool) -> int:
    net = wordnet.load() if net is True else net or None
    listed = next((f for f in english_forms(word.casefold()) if f in net.index), None) if net else None
    return 0 if listed is None else net.sense_count(listed, pos)


def forms_as_used(forms: Sequence[str], use: str) -> list[str]:
    """An -ing form used as a verb is looked up as its verb: the dictionaries hold "gathering" as the
    noun (forsamling), "gather" as the verb (samle). A participle keeps its own entry ("held": afholde)."""
    if use == VERB and len(forms) > 1 and forms[0].endswith("ing"):
        return list(forms[1:])
    return list(forms)


def other_forms(nouns: Sequence[str], forms: Sequence[str], use: str) -> list[str]:
    """An adjective's nouns (english_neighbours' adjective_nouns) but, for a word the question uses as an
    adjective, not its own forms: "present" said of a member is no "present", a gift."""
    return [n for n in nouns if not use or n not in forms]


def fitting(danish: Sequence[str], use: str, tags: Mapping[str, str] | None = None) -> list[str]:
    """The Danish headwords that can translate a word used as the part of speech: not those the
    dictionary tags as another ("gave <n>" for "present" as an adjective). Untagged ones stay.
    tags: the Danish-English dictionary's (dictd.tags), read on the first word whose use is told."""
    other = OTHER_TAGS.get(use)
    if not other:
        return list(danish)
    tags = dictd.tags() if tags is None else tags
    return [d for d in danish if tags.get(d) not in other
            or use == VERB and d.endswith("e") and not d.endswith(NOUN_ENDINGS)]
