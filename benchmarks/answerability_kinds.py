"""NorQuAD questions made to look like the kinds of question visitors ask: with typos, wrapped in chat, or short.

The answerability model is trained on NorQuAD's questions, which annotators wrote from the article in
its own words and spelled well. Visitors misspell and leave out æ/ø/å ("hvornaar"), and wrap a
question in greetings, a scene and thanks. Asked through the assistant's own reading of a question
(spelling corrected against the material, wrappers and scene dropped), such variants show the model
how these kinds shift its signals, on questions nobody on the team wrote (benchmarks/answerability_train.py).
Visitors also type two words where an annotator wrote a sentence ("Træplanens pris?", "Antal
lommeparker?"): the short variant keeps only the question's most telling words.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable

import wordfreq

# How a word is misspelled: æ/ø/å written without the letter (the commonest slip of a keyboard
# without them), a letter dropped, two neighbours swapped, a letter doubled.
_FOLDS = {"æ": ("ae", "a", "e"), "ø": ("oe", "o"), "å": ("aa", "a")}
# Too short a word has no slip a reader would still recognise, nor one a corrector can undo.
MIN_TYPO_LENGTH = 5

# The chat around a question, as the realistic question sets have it: a greeting, a scene that
# explains why one asks, and thanks. Each is a different way the words around a question could
# count against it; the reading (assistant/answer/wrappers.py, scene.without_scene) drops them.
GREETINGS = ("Hej, ", "Hej! ", "Goddag. ", "Godaften! ", "Undskyld, men ")
SCENES = ("", "Jeg skriver en opgave om det. ", "Jeg så noget om det i avisen i går. ",
          "Min nabo spurgte mig, og jeg vidste det ikke. ")
THANKS = ("", " Tak!", " Tak på forhånd.", " Kan du hjælpe mig?")


# A short question keeps this many of its words besides its question word: the ones rarest in
# general language (NorQuAD is Norwegian), as a visitor keeps the words that say what is asked about.
SHORT_WORDS = 2


def _norwegian_zipf(word: str) -> float:
    return wordfreq.zipf_frequency(word, "nb")


def _slip(word: str, rng: random.Random) -> str:
    """The word with one slip of the keyboard (not in its first letter: readers keep that)."""
    folded = [i for i, c in enumerate(word) if c in _FOLDS]
    if folded:
        return "".join(rng.choice(_FOLDS[c]) if c in _FOLDS else c for c in word)
    i = rng.randrange(1, len(word) - 1)
    edit = rng.choice(("drop", "swap", "double"))
    if edit == "drop":
        return word[:i] + word[i + 1:]
    if edit == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + word[i] + word[i:]


def typo_variant(question: str, rng: random.Random) -> str | None:
    """The question typed in haste: lower case, no question mark, one longer word misspelled (every
    æ/ø/å in it written without the letter, else one slip), or None when it has no such word."""
    words = [m for m in re.finditer(r"[^\W\d_]+", question) if len(m.group()) >= MIN_TYPO_LENGTH]
    if not words:
        return None
    chosen = rng.choice(words)
    text = question[:chosen.start()] + _slip(chosen.group(), rng) + question[chosen.end():]
    return text.casefold().rstrip(" ?")


def chatty_variant(question: str, rng: random.Random) -> str:
    """The question with a greeting before it, maybe a scene, and maybe thanks after it."""
    return f"{rng.choice(GREETINGS)}{rng.choice(SCENES)}{question}{rng.choice(THANKS)}"


def short_variant(question: str, zipf: Callable[[str], float] = _norwegian_zipf) -> str | None:
    """The question cut to its SHORT_WORDS rarest words in their order ("Træplanens pris?"), or None
    when it is already that short. Its question word goes too: kept alone, "Hvor" of "Hvor mange …"
    would ask for a place."""
    words = re.findall(r"[^\W_]+", question)
    if len(words) < SHORT_WORDS + 2:
        return None
    rest = words[1:]
    telling = sorted(sorted(range(len(rest)), key=lambda i: (zipf(rest[i].casefold()), -len(rest[i])))[:SHORT_WORDS])
    text = " ".join(rest[i] for i in telling)
    return text[:1].upper() + text[1:] + "?"
