"""Tell an English question from a Danish one (py3langid, a maintained fork of langid.py).

Norwegian and Swedish questions are close enough to Danish to be searched as Danish.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import py3langid.langid as langid

from . import table_cache
from .analysis import DANISH_STOPWORDS
from .background import names_in
from .english_forms import ENGLISH_STOPWORDS, english_words

DANISH_FAMILY = ("da", "no", "nn", "sv")
LANGUAGES = ("en", *DANISH_FAMILY)

_ENGLISH_ONLY = ENGLISH_STOPWORDS - DANISH_STOPWORDS
_DANISH_ONLY = sorted(DANISH_STOPWORDS - ENGLISH_STOPWORDS | {"i", "hele"}, key=len, reverse=True)
# A capitalised word inside a sentence, then one or two Danish function words, then another.
_NAME_LINK = re.compile(r"(?<=\S\s)([A-ZÆØÅ]\w*)\s+(?:(?:" + "|".join(_DANISH_ONLY) + r")\s+){1,2}(?=[A-ZÆØÅ])")
# What _NAME_LINK needs at the least: two capitals, the first after a question's first two characters.
# Most questions have one or none there, and then its many alternatives are not tried at every
# position (~30 µs a question).
_TWO_CAPITALS = re.compile(r"[A-ZÆØÅ].*?[A-ZÆØÅ]", re.DOTALL)


@lru_cache(maxsize=1)
def _identifier() -> langid.LanguageIdentifier:
    # Unpacking the model takes 0.8 s (lzma); a cached one is read memory-mapped (table_cache.py).
    model = Path(langid.__file__).parent / langid.MODEL_FILE
    identifier = table_cache.cached("language-identifier", _build_identifier, sources=[model],
                                    packages=["py3langid", "numpy"], parts=[LANGUAGES, "dfa-arrays"])
    # The tokeniser's automaton indexed per byte as memoryviews of those arrays: as fast as its own
    # array and lists, and read from the machine's cache file, not copied into each process (~45 MB).
    # (Cast through bytes: an array read back from the cache file has an explicit byte order, "=q",
    # which a memoryview does not index.)
    for name in ("tk_nextmove", "_rowbase", "tk_output"):
        table = getattr(identifier, name)
        setattr(identifier, name, memoryview(table).cast("B").cast(table.dtype.char))
    return identifier


def _build_identifier() -> langid.LanguageIdentifier:
    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    # numpy arrays are stored outside the pickle and read memory-mapped (table_cache.py).
    identifier.tk_nextmove = np.asarray(identifier.tk_nextmove)
    identifier._rowbase = np.asarray(identifier._rowbase, dtype=np.int64)
    identifier.tk_output = np.asarray(identifier.tk_output, dtype=np.int32)
    return identifier


def detect_language(text: str) -> str:
    """"en" for an English question, else "da" (Danish, or Norwegian/Swedish, or unclear).

    Names are left out first: "Balance Danmark" would make "What is Balance Danmark?" look Danish.
    English needs one of its function words ("what", "the") too, so a few topic words alone
    ("Balance vision") stay Danish, the language of the material; so does a tie.
    """
    # A Danish name may hold Danish function words between its capitalised words ("Danmark på
    # Vippen", "Staten i hele Danmark"); they are the name's, not the question's language.
    if _TWO_CAPITALS.search(text, 2):
        text = _NAME_LINK.sub(r"\1 ", text)
    for name in names_in(text):
        text = text.replace(name, " ")
    words = english_words(text.casefold())
    if not any(w in _ENGLISH_ONLY for w in words):
        return "da"
    if all(w in _ENGLISH_ONLY for w in words):
        # Only English function words ("Who?", "Why not?"): too little for the model, but English.
        return "en"
    scores = dict(_identifier().rank(text))
    english = scores.get("en", 0.0)
    return "en" if english > sum(scores.get(lang, 0.0) for lang in DANISH_FAMILY) else "da"
