"""Text into words, fast: case folding, æ/ø/å folding, accents, and runs of letters and digits.

The analyser's first steps (analysis.py), on every passage a build reads: each has a quick way for
ASCII text, which Danish text mostly is once æ, ø and å are folded.
"""
from __future__ import annotations

import re
import unicodedata

# Soft hyphens, zero-width spaces/joiners, bidi marks and BOMs sit inside words in PDF and web text.
INVISIBLE = re.compile(r"[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")

# Accents on Latin letters (é, ü, ç) that people often leave out when typing; applied after NFD.
# The ring of å (U+030A) is kept, so å survives when ae/oe/aa folding is switched off.
LATIN_MARKS = re.compile(r"(?<=[a-z])[\u0300-\u0309\u030b-\u036f]+")

WORD = re.compile(r"[^\W_]+")  # runs of letters and digits: \w without the underscore
# The same runs in text without an underscore; \w+ is the faster pattern for the regex engine.
WORD_RUN = re.compile(r"\w+")
# ASCII text's words without a regex match per word: every byte but a letter or digit becomes a
# space, then one str.split (4x faster than findall, which builds each word from a match).
ASCII_NON_WORD_TO_SPACE = bytes(b if b < 128 and chr(b).isalnum() else 0x20 for b in range(256))
# Punctuation outside ASCII that Danish text is full of (dashes, quotes, ellipsis, bullets): none is
# a letter or digit, so a space in its place splits the same words and often leaves ASCII text.
TYPOGRAPHIC = tuple(mark for mark in "–—‐‒…«»“”„‘’‚•·" if not mark.isalnum())


def ascii_fold(text: str) -> str:
    """Typed without Danish letters, æ/ø/å become ae/oe/aa: folding both spellings lets them meet."""
    # Three str.replace calls: several times faster than str.translate with multi-letter values.
    return text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


def folded_text(text: str) -> str:
    """A text in lower case with æ/ø/å as ae/oe/aa and single spaces, as a question typed without
    Danish letters has it: for matching a question's words against a passage's by plain text."""
    return " ".join(ascii_fold(text.casefold()).split())


def ascii_fold_cased(text: str) -> str:
    """ascii_fold for both cases, before case folding: Danish text is then often ASCII, whose
    case folding and splitting into words take the fast paths."""
    return ascii_fold(text).replace("Æ", "AE").replace("Ø", "OE").replace("Å", "AA")


def casefold_words(text: str) -> str:
    """Invisible characters dropped, case folded."""
    if text.isascii():
        # ASCII has no invisible characters, and its casefold is lower(), which has a fast path.
        return text.lower()
    return INVISIBLE.sub("", text).casefold()


def strip_accents(text: str) -> str:
    """é/ü/ç -> e/u/c (Latin letters only; the ring of å stays)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", LATIN_MARKS.sub("", unicodedata.normalize("NFD", text)))


def ascii_text(text: str) -> str | None:
    """The text with its typographic marks as spaces if that leaves it ASCII (the words are then
    its runs of ASCII letters and digits); None if it does not."""
    if not text.isascii():
        for mark in TYPOGRAPHIC:
            if mark in text:
                text = text.replace(mark, " ")
        if not text.isascii():
            return None
    return text


def word_runs(text: str) -> list[str]:
    """The runs of letters and digits in a text (what WORD.findall gives), as fast as possible."""
    plain = ascii_text(text)
    if plain is None:
        # findall: one C-level call for the whole text; \w+ is the faster pattern.
        return WORD_RUN.findall(text) if "_" not in text else WORD.findall(text)
    return plain.encode("ascii").translate(ASCII_NON_WORD_TO_SPACE).decode("ascii").split()


def normal_form(text: str, unicode_form: str, fold: bool, accents: bool) -> str:
    """The text as the analyser splits it into words: Unicode-normalised, case-folded, æ/ø/å
    folded (`fold`) and accents stripped (`accents`)."""
    text = unicodedata.normalize(unicode_form, text)
    if fold:
        text = ascii_fold_cased(text)
    text = casefold_words(text)
    if fold and not text.isascii():  # a letter may case-fold to æ, ø or å
        text = ascii_fold(text)
    if accents:
        text = strip_accents(text)
    return text


# Between texts normalised together: a control character that no step changes, drops or joins to
# a neighbour (it is a starter of its own in Unicode normalisation).
_SEPARATOR = "\0"


def normal_forms(texts: list[str], unicode_form: str, fold: bool, accents: bool) -> list[str]:
    """normal_form of each text, all in one call per step: every step works character by character
    (composition stops at the separator), so the joined texts split back into each one's form."""
    if len(texts) < 2 or any(_SEPARATOR in text for text in texts):
        return [normal_form(text, unicode_form, fold, accents) for text in texts]
    return normal_form(_SEPARATOR.join(texts), unicode_form, fold, accents).split(_SEPARATOR)
