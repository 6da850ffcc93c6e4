"""Whether an English word can name a thing asked about, by its parts of speech in WordNet.

An English question's asked thing (answer/asked_thing_english.py) is a word the material must
mention for a passage to answer: "Can I pay by MobilePay?" asks about MobilePay. Word order finds
most verbs, but not all ("did the green areas shrink"), and adverbs and pronouns are no things
either ("originally", "instead", "everyone"). WordNet (Princeton 3.0) lists every open-class English
word with its senses per part of speech: a word it knows mainly as a verb or an adverb names no
thing ("shrink": 1 noun sense, 5 verb senses; "originally": adverb only), while nouns and adjectives
do ("price", "motion"; "online" in "vote online" is what is asked). WordNet lists no pronouns,
determiners or conjunctions: a common English word it lacks is one of those ("everyone",
"whether"), while a rare one is a name or a new word ("mobilepay"). A misspelt word is judged as
the word meant ("insted": "instead").
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import wordnet
from .english_forms import english_forms, english_lemma
from .english_spelling import english_correction
from .word_zipf import zipf_frequency

# A word WordNet lacks that is at least this common in English (wordfreq's Zipf scale) is a grammar
# word ("whether" 5.3, "everyone" 5.5); below it, a name or a new word ("mobilepay" 0).
GRAMMAR_ZIPF = 4.5
# A word names no thing when WordNet has it as a verb or an adverb in more than this many times as
# many senses as a noun or an adjective ("shrink" 5:1, "originally" 3:0). At 1 the dev sets gained 5
# English answers more, but words asked about as nouns ("signs contracts": 9 verb senses, 3 noun)
# no longer declined questions about another association asked of the Om page (7 more answered
# wrongly; docs/benchmarks.md, round twelve).
VERB_RATIO = 3.0


def _wordnet(net: wordnet.WordNet | None | bool) -> wordnet.WordNet | None:
    """The WordNet a check reads: True for Debian's (None when it is not installed), else as given."""
    return wordnet.load() if net is True else net or None


def names_a_thing(word: str, net: wordnet.WordNet | None | bool = True) -> bool:
    """Whether an English word can name a thing asked about; net: a WordNet, True for Debian's.

    Without WordNet every word can (the decision then declines as it did before this check).
    """
    net = _wordnet(net)
    return True if net is None else _names_a_thing(word.casefold(), net)


@lru_cache(maxsize=4096)
def _names_a_thing(word: str, net: wordnet.WordNet) -> bool:
    # english_correction leaves real English words as they are.
    meant = word if word in net.index else english_correction(word) or word
    listed = next((form for form in english_forms(meant) if form in net.index), None)
    if listed is None:
        return zipf_frequency(meant, "en") < GRAMMAR_ZIPF
    return not net.mostly_verb_or_adverb(listed, VERB_RATIO)


def can_be_verb(word: str, net: wordnet.WordNet | None | bool = True) -> bool:
    """Whether WordNet lists the word, or its base form, as a verb ("cover", "approve", "meets").

    The word order of a question places its verb after a subject of several words ("does the cost
    estimate cover", "did the association's national council approve"): the last of the words is
    the verb when it can be one. Without WordNet none can (the subject is then read as one word).
    """
    net = _wordnet(net)
    return net is not None and any(net.is_verb(form) for form in english_forms(word.casefold()))


def modifier_only(word: str, net: wordnet.WordNet | None | bool = True) -> bool:
    """Whether WordNet lists the word (or its base form) as an adjective and never as a verb
    ("current", "ordinary", "solar"; not "empty", "total", "volunteer"): before a noun it says which
    one is meant, and the noun is the thing asked about. False without WordNet."""
    net = _wordnet(net)
    if net is None:
        return False
    listed = next((form for form in english_forms(word.casefold()) if form in net.index), None)
    return listed is not None and net.sense_count(listed, "adj") > 0 and not can_be_verb(word, net)


def noun_after_modifier(adjective: str, word: str, net: wordnet.WordNet | None | bool = True) -> bool:
    """Whether the word can be the noun the adjective before it describes: WordNet has it as a noun,
    in at least as many senses as an adjective, or lacks it (a name, a new word), and the two are no
    compound noun of their own ("financial year", "solar panel", "political party" name one thing).
    False without WordNet."""
    net = _wordnet(net)
    if net is None:
        return False
    forms = english_forms(word.casefold())
    if any(net.sense_count(f"{adjective.casefold()} {form}", "noun") for form in forms):
        return False
    listed = next((form for form in forms if form in net.index), None)
    return listed is None or net.sense_count(listed, "noun") >= max(1, net.sense_count(listed, "adj"))


def gerund_of_verb(word: str, net: wordnet.WordNet | None | bool = True) -> bool:
    """Whether an -ing form is used mostly as its verb: WordNet has the base form as a verb in more
    senses than the -ing form as a noun ("writing": write 10, writing 4; "buying"; not "housing":
    house 2, housing 2). After a preposition ("apart from writing analyses") it is then no thing."""
    net = _wordnet(net)
    forms = english_forms(word.casefold())
    if net is None or not word.casefold().endswith("ing") or len(forms) < 2:
        return False
    return max(net.sense_count(form, "verb") for form in forms[1:]) > net.sense_count(forms[0], "noun")


def in_verb_phrase(words: list[str], i: int, net: wordnet.WordNet | None | bool = True) -> bool:
    """Whether the word at i and its neighbour make a verb WordNet lists ("set aside", "cut down",
    "go bust"): a verb's particle or complement, and the verb itself, name no thing asked about."""
    net = _wordnet(net)
    if net is None:
        return False
    before = f"{english_lemma(words[i - 1])} {words[i]}" if i else ""
    after = f"{english_lemma(words[i])} {words[i + 1]}" if i + 1 < len(words) else ""
    return any(phrase and net.is_verb(phrase) for phrase in (before, after))


def named_by_verb(thing: str, verb: str, net: wordnet.WordNet | None | bool = True) -> bool:
    """Whether WordNet's definitions of the verb name the thing as what it acts on: "sign" is "mark
    with one's signature", "be engaged by a written agreement", "Have you signed your contract
    yet?" – a question that asks who signs contracts asks who signs, and a text on who signs for the
    association answers it without the word "contract"."""
    net = _wordnet(net)
    if net is None:
        return False
    return not _gloss_forms(verb.casefold(), net).isdisjoint(english_forms(thing.casefold()))


@lru_cache(maxsize=256)  # a few hundred words' forms each; 41 verbs on the dev sets' 1,416 new questions
def _gloss_forms(verb: str, net: wordnet.WordNet) -> frozenset[str]:
    # Every form of every word of the verb's definitions, once per verb: an English question weighs
    # each thing it asks about against each of its verbs, and the same verbs come question after
    # question (the definitions' words were formed for every pair, ~0.2 ms a pair).
    return frozenset(f for form in english_forms(verb) for gloss in net.verb_glosses(form)
                     for word in re.findall(r"[a-z]+", gloss.casefold()) for f in english_forms(word))


def can_be_noun(word: str, net: wordnet.WordNet | None | bool = True) -> bool:
    """Whether WordNet has the word (or its base form) as a noun in at least as many senses as an
    adjective: "chairman", "authority", not "liable". True for a word WordNet lacks (a Danish word,
    a name) and without WordNet."""
    net = _wordnet(net)
    if net is None:
        return True
    listed = next((form for form in english_forms(word.casefold()) if form in net.index), None)
    return listed is None or net.sense_count(listed, "noun") >= net.sense_count(listed, "adj")
