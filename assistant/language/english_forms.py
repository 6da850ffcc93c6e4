"""English words as the mapper takes them: the words of a question, its function words, their base forms.

Base forms come from simplemma's English lemma table (irregular forms too: "paid" -> "pay", "held"
-> "hold", "chosen" -> "choose") and, for what it leaves whole, from undoing regular endings
("greener" -> "green", "bigger" -> "big").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lemmas import lemmatizer
from .word_zipf import zipf_frequency

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")

# A question word or pronoun with its verb, written with the apostrophe or, in a chat, without it
# ("whats the fee", "whos in charge"): both spellings are function words. Only those whose spelling
# without the apostrophe is no other English word: "i'll", "we're", "let's" would give "ill",
# "were", "lets".
CONTRACTIONS = frozenset("""
what's who's where's how's when's that's there's here's i'm i've you're you've they're they've
""".split())
# Function words and question words: they say nothing about what is asked.
ENGLISH_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers herself him himself his how i if in into is it its itself just
me more most my myself no nor not now of off on once only or other our ours ourselves out over own
please same she should so some such tell than that the their theirs them themselves then there
these they this those through to too under until up very was we were what when where which while
who whom why will with would you your yours yourself yourselves know want wants like get let
anything something much many dont don't i'm what's who's it's make made use used think
hi hello thanks thank quick re
must may might shall ought
u ur r pls plz thx ty lol btw
people folks guys
kind kinds type types sort sorts
""".split()) | CONTRACTIONS | {c.replace("'", "") for c in CONTRACTIONS}
# The third last line: chat spellings of the words above ("who r ur members", "pls", "thx"). The
# second last: the generic people-words, the English "man" and "nogen" ("How many people took part?",
# "Does it help people start gardens?", "What do you guys do?"); the material names whom it means
# ("medlemmer", "borgerne"), and the dictionaries' "folk" only starts its "Folketinget". The last:
# the nouns that classify ("Which type of town …?", "What kind of studies …?", "building types"):
# they ask which one of the noun beside them, which the material names by its kinds ("store byer",
# "Bytype"), and their dictionary words are a verb ("type": "maskinskrive") or absent ("slags").


# A form made by undoing an ending must be a word of English at least this common (wordfreq's Zipf
# scale): "trees" -> "tree", never "tre", which is a Danish word of the material ("tre kilder").
MIN_FORM_ZIPF = 3.5
# Endings undone, each with the letters that may have stood before it: plurals, past tenses,
# -ing forms, comparatives and superlatives ("greener" -> "green", "cheapest" -> "cheap").
_ENDINGS = (("ies", ("y",)), ("es", ("", "e")), ("s", ("",)), ("ied", ("y",)), ("ed", ("", "e")),
            ("ing", ("", "e")), ("ier", ("y",)), ("iest", ("y",)), ("er", ("", "e")),
            ("est", ("", "e")))


# Spoken English's small adverbs of emphasis and expectation ("What does X actually do?", "Can I
# still …?", "did you ever …"), a closed class like the Danish "egentlig", "faktisk", "overhovedet" the
# wrappers take off: they say nothing the material answers, and their dictionary words count against
# it ("actually" -> "faktisk", "still" -> "stille"). "already" stays: it asks whether something happened.
FILLER_ADVERBS = frozenset("actually really still even ever instead anyway basically".split())
# Words that turn a statement round: kept as Danish "ikke", so "don't pay" is not read as "pay".
NEGATIONS = frozenset("""
not no never don't dont doesn't doesnt didn't didnt isn't isnt aren't arent wasn't wasnt weren't
werent won't wont can't cant cannot couldn't couldnt shouldn't shouldnt haven't havent hasn't
hasnt hadn't hadnt mustn't needn't without
""".split()) - {"no", "without"}


@lru_cache(maxsize=65536)
def english_lemma(word: str) -> str:
    """The word's dictionary form in simplemma's English data ("paid" -> "pay"); itself if unknown."""
    return lemmatizer().lemmatize(word.casefold(), lang="en").casefold()


@lru_cache(maxsize=4096)
def _forms(word: str) -> tuple[str, ...]:
    return tuple(english_forms_uncached(word))


def english_forms(word: str) -> list[str]:
    """The word and its likely base forms (see english_forms_uncached), kept once per word."""
    return list(_forms(word))


def english_forms_uncached(word: str) -> list[str]:
    """The word and its likely base forms: members -> member, founded -> found, paid -> pay.

    Where the lemma table gives another form, that form is the base (it knows irregular verbs, and
    "carried" is "carry", not "car"). Else endings are undone: each form must be a common English
    word, the most common first; a doubled last consonant is undone too ("planned" -> "plan",
    "bigger" -> "big").
    """
    lemma = english_lemma(word) if word.isalpha() else word
    if lemma != word:
        return [word, lemma]
    candidates = []
    for ending, replacements in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[:-len(ending)]
            candidates += [stem + r for r in replacements]
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                candidates.append(stem[:-1])
    frequency = {c: zipf_frequency(c, "en") for c in dict.fromkeys(candidates) if c != word}
    forms = sorted((c for c, z in frequency.items() if z >= MIN_FORM_ZIPF),
                   key=lambda c: -frequency[c])
    return [word, *forms]


# Typographic apostrophes, as phones and word processors write them ("don’t", "association’s").
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def english_words(text: str) -> list[str]:
    """The words of an English question, as to_danish takes them ("What's" stays one word)."""
    return _WORD.findall(text.translate(_APOSTROPHES))


def verb_form(forms: Sequence[str]) -> bool:
    """Whether the word is a verb's form: the lemma table leads it back to another word, and it is
    no plural ("paid", "tied", not "members")."""
    return len(forms) > 1 and forms[1] == english_lemma(forms[0]) and not forms[0].endswith("s")


def owners(words: Sequence[str]) -> list[str]:
    """The words in lower case, each possessive read as its owner or left out.

    A name's possessive is the name ("Denmark's export" -> Danmark). A common noun's is left out: "the
    association's auditor" would hold "forening" in every statute (on the dev sets one answer more, one
    unanswerable question answered). Before "name" the owner is what the question asks about, and is
    kept: "What is the treasurer's name?" asks for the treasurer, not for any name (only "name" was
    searched, and § 1's "Foreningens navn er …" answered).
    """
    words = [w for w in words if w.strip()]
    return [(w[:-2] if w.endswith("'s") and (w[:1].isupper() or _before_name(words, i)) else w).casefold()
            for i, w in enumerate(words)]


def _before_name(words: Sequence[str], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1].casefold() in ("name", "names")
