"""Read a question as the material would say it: wrappers off, English mapped to Danish, typos corrected.

This runs before analysis. An English question becomes the Danish words of the material it maps to
(plus its names and numbers); a Danish word the material lacks and that is not an everyday word is
taken for a typo of the nearest word the material uses ("skiftde" → "skiftede", "medlemer" →
"medlemmer"). The resources behind both are maintained ones (assistant/language); the spelling
and translation tables are built from the loaded index's own texts once and kept with it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from ..index.bm25 import Index
from ..language.analysis import surface_words
from ..language.background import general_rarity, names_in, rarity_of
from ..language.compound_heads import backwards_vocabulary
from ..language.english import ABSENT, UNMAPPED, detect_language, english_words
from ..language.english_memo import RememberingEnglishToDanish
from ..language.english_question_phrases import kind_nouns
from ..language.english_spelling import with_short_slips
from ..language.english_things import can_be_noun
from ..language.english_things import names_a_thing as names_english_thing
from ..language.folding import lossy_vocabulary
from ..language.lemmas import MaterialLemmas
from ..language.spelling import Correction, SpellingCorrector
from ..language.table_cache import cached
from ..language.thesaurus import term_table as thesaurus_terms
from ..language.word_zipf import zipf_frequency
from .english_agent_verbs import with_doer_verbs
from .known_fact import english_scene_before
from .message_clauses import split_context
from .pronoun_referent import ENGLISH_OBJECT_PRONOUNS, pronoun_in
from .scene import material_uses, told_up_to_question, without_scene
from .superlatives import is_superlative, material_superlatives, superlatives_by_lemma
from .word_class import names_a_thing as names_danish_thing
from .wrapper_frames import FRAME_PERSONS, frame_split
from .wrappers import unwrap

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Everyday Danish words a typo may be corrected into when the material has no near word.
GENERAL_WORDS = 30_000


@dataclass(frozen=True)
class Reading:
    """The question as it is searched, and how it was read."""

    original: str
    text: str                               # Danish text to analyse
    language: str = "da"                    # "da" or "en": the language to answer in
    corrections: tuple[Correction, ...] = ()
    # Words of `text` that stand for one word of the question together (an English word's Danish
    # words): analyse_query makes each one term group.
    alternatives: tuple[tuple[str, ...], ...] = ()
    # A Danish question as meant: wrappers off and typos corrected, the scene before it kept and a
    # statement after it left out ("" for English).
    # What kind of fact it asks ("hvor længe", "hvem er formand") is read here, not in the typos.
    asked: str = ""

    @property
    def put(self) -> str:
        """The question as put when it is searched in other words (English), else ""."""
        return self.original if self.english else ""

    @property
    def english(self) -> bool:
        return self.language == "en"


def material_words(index: Index) -> Counter:
    """How often the material uses each surface word (texts, titles, headings), once per index."""
    counts = index.memo.get("surface_words")
    if counts is None:
        counts = Counter()
        seen_titles: set[str] = set()
        for i in range(index.n_chunks):
            chunk = index.chunk(i)
            counts.update(surface_words(chunk.text))
            counts.update(surface_words(chunk.heading))
            if chunk.title not in seen_titles:
                seen_titles.add(chunk.title)
                counts.update(surface_words(chunk.title))
        index.memo["surface_words"] = counts
    return counts


def superlative_table(index: Index) -> dict[str, tuple[str, ...]]:
    """Lemma -> the material's superlatives of it (superlatives.py), once per index."""
    found = index.memo.get("superlatives")
    if found is None:
        found = index.memo["superlatives"] = superlatives_by_lemma(material_words(index))
    return found


def lemma_table(index: Index) -> MaterialLemmas:
    """Stem -> the lemmas of the material's words with it (see language/lemmas.py), once per index."""
    found = index.memo.get("lemmas")
    if found is None:
        found = index.memo["lemmas"] = MaterialLemmas(index.analyzer, material_words(index))
    return found


def spelling_corrector(index: Index) -> SpellingCorrector:
    found = index.memo.get("spelling")
    if found is None:
        found = index.memo["spelling"] = SpellingCorrector(material_words(index))
    return found


# What the general corrector is built from besides this module (its key in the table cache).
WORDFREQ_PACKAGES = ("wordfreq", "symspellpy", "editdistpy")


@lru_cache(maxsize=1)
def general_corrector() -> SpellingCorrector:
    """Corrections into everyday Danish (wordfreq's list), for typos of words the material lacks.

    "skiftde" is no word of the Om page, which says "ændrede"; corrected to "skiftede", the
    synonym sets can then stand in for it.
    """
    # Built once per machine (language/table_cache.py): 1.3 s of every process's start.
    return cached("general-corrector", _build_general_corrector, packages=WORDFREQ_PACKAGES,
                  code=[Path(__file__)], parts=[GENERAL_WORDS])


def _build_general_corrector() -> SpellingCorrector:
    from wordfreq import top_n_list
    words = [w for w in top_n_list("da", GENERAL_WORDS) if w.isalpha()]
    return SpellingCorrector({w: max(1, int(10 ** zipf_frequency(w, "da"))) for w in words})


def translator(index: Index) -> RememberingEnglishToDanish:
    found = index.memo.get("english")
    if found is None:
        found = index.memo["english"] = RememberingEnglishToDanish(material_words(index), index.analyzer)
    return found


def danish_terms_of_english(index: Index, word: str) -> set[str]:
    """The index terms of an English word's Danish translations ("municipalities" -> "kommun…");
    empty for a word commoner in Danish than in English, which is read as the Danish word it is."""
    if not word or zipf_frequency(word, "en") <= zipf_frequency(word, "da"):
        return set()
    return {t for found in translator(index).translate([word]) for d in found.danish
            for t in index.analyzer.query_terms(d)}


def prepare_reading(index: Index) -> None:
    """Build the index's spelling, lemma, superlative and translation tables, its vocabulary read
    backwards and keyed for lossy spellings, and the thesaurus's term table now, not on the first
    question that needs them (together a second or two)."""
    spelling_corrector(index)
    lemma_table(index)
    superlative_table(index)
    backwards_vocabulary(index)
    lossy_vocabulary(index)
    translator(index).prepare()
    general_corrector()
    thesaurus_terms(index.analyzer)


def correct_spelling(index: Index, question: str) -> tuple[str, tuple[Correction, ...]]:
    """The question with words the index lacks replaced by the material's nearest words."""
    corrector = spelling_corrector(index)
    analyzer = index.analyzer
    corrections: list[Correction] = []

    def fix(match: re.Match) -> str:
        word = match.group()
        terms = analyzer.query_terms(word)
        # Stopwords, question words and words the index holds (in any inflection) stay as written.
        if not terms or not word.isalpha() or all(t in index.term_ids for t in terms):
            return word
        found = corrector.suggest(word) or general_corrector().suggest(word)
        if found is None or found.correction == word.casefold():
            return word
        corrections.append(found)
        return found.correction

    return _WORD.sub(fix, question), tuple(corrections)


def read_question(index: Index, question: str) -> Reading:
    """How to search for a question: its language, and its words as the material writes them."""
    # The language is told from the whole question, wrapper too ("Can you tell me more?" → "more?").
    english = detect_language(question) == "en"
    # A short word's typing slip ("waht", "whne") is read as meant before the question word is.
    question = without_frame(index, unwrap(with_short_slips(question) if english else question), english)
    if english:
        mapper = translator(index)
        # As in Danish (without_scene), neither a statement after the question ("I'm asking for a piece I'm
        # writing") nor the figures of what the visitor knows ("I know …": known_fact.py) are searched.
        scene, asked = split_context(question)
        scene, known = english_scene_before(question, scene, asked)
        # A question pointing back with "it" or "them" ("My mum filled in your questionnaire. How many
        # members answered it?") asks about the organisation's thing the scene names ("your …"): it is
        # searched as the question's words are, also in a Danish word the material holds only inside a
        # compound ("spørgeskema" in "spørgeskemaundersøgelse"), which the scene's reading leaves out.
        # A name of the material in the scene is what the pronoun stands for ("I heard about Balance
        # Danmark on the radio. When was it founded?"): then the scene's other nouns are the visitor's.
        vocabulary = material_words(index)
        points_back = (pronoun_in(asked) in ENGLISH_OBJECT_PRONOUNS
                       and not any(n.casefold() in vocabulary for n in names_in(scene)))
        theirs = organisations_things(scene) if points_back else set()
        translations = [t for t in mapper.translate(english_words(scene)) if t.source not in (ABSENT, UNMAPPED)
                        or (t.source == ABSENT and t.english.casefold() in theirs)]
        # "What year …?" asks when: "year" names the answer's kind, as "hvornår" does, and is not searched,
        # unless one word would be left ("the report" counts): "going" alone reaches any passage.
        asked_words = mapper.translate(english_words(asked))
        topic = [t for t in asked_words if t.english.casefold() not in kind_nouns(asked)]
        translations += topic if len(topic) > 1 else asked_words
        # "Who wrote …?" is searched as the material's verb that names a doer ("udarbejdet af").
        translations = with_doer_verbs(index, asked, translations)
        # "biggest" is searched as the material's "største", not as the dictionaries' "store".
        most = superlative_table(index)
        translations = [replace(t, danish=found) if is_superlative(t.english) and (
            found := material_superlatives(most, t.danish)) else t for t in translations]
        danish = list(dict.fromkeys(d for t in translations for d in t.danish))
        # A name the dictionaries translate ("Denmark" → "Danmark") is searched as its translation:
        # the English spelling is no word of the material and would only count against the answer.
        translated = {t.english.casefold() for t in translations if t.source not in (ABSENT, UNMAPPED)}
        names = [n for n in names_in(asked) + [n for n in names_in(scene) if n.casefold() in vocabulary]
                 if n.casefold() not in {d.casefold() for d in danish} | translated]
        numbers = [n for n in re.findall(r"\b\d[\d.,]*\b", question) if n not in known]
        text = " ".join([*danish, *names, *numbers])
        alternatives = tuple(t.danish for t in translations if len(t.danish) > 1)
        return Reading(original=question, text=text, language="en", alternatives=alternatives)
    text, corrections = correct_spelling(index, without_scene(index, question))
    fixed = {c.word: c.correction for c in corrections}
    # Most questions have no typo: then each word would be put back as it is.
    told = told_up_to_question(question)
    asked = _WORD.sub(lambda m: fixed.get(m.group().casefold(), m.group()), told) if fixed else told
    return Reading(original=question, text=text, corrections=corrections, asked=asked)


# A frame's words are the everyday verbs of asking and knowing ("vide" 5.4, "tænke" 5.3, "fortælle"
# 5.2, "høre", "tell", "able"); the material may use them ("viden"), yet in the frame they ask
# for the answer. Below this Zipf value a word the material uses is taken for the topic.
FRAME_EVERYDAY_ZIPF = 5.0


def frame_everyday(word: str, lang: str = "da") -> bool:
    """Whether a word of a frame is common enough in the language to be one of asking."""
    return general_rarity(word.casefold(), lang) <= rarity_of(FRAME_EVERYDAY_ZIPF)


def without_frame(index: Index, question: str, english: bool) -> str:
    """The question without the frame it is asked in ("Ved du tilfældigvis, hvornår …?" -> "hvornår
    …?"; wrapper_frames.frame_split): when the frame holds no word the material uses, other than
    everyday ones, and what follows it holds one. "Kan vi i bestyrelsen selv bestemme, hvem der
    bliver formand?" keeps its main clause: the statutes use "bestyrelsen"."""
    # The frame opens the message ("Jeg kunne godt tænke mig at vide, hvornår skal …?", which the
    # scene reading splits at the question's verb), or the question after a scene.
    scene, found = "", frame_split(question, english)
    if found is None or re.search(r"[.!?]", found[0]):
        scene, asked = split_context(question)
        found = frame_split(asked, english)
    if found is None:
        return question
    frame, rest = found
    # A frame asks for what follows: it ends in a verb, a pronoun or a particle ("tell me", "ved du
    # tilfældigvis", "idé om"). Ending in a noun, the clause asks its own question and the
    # question word opens a clause of time or place ("Do I get a membership card when I join?").
    last = _WORD.findall(frame)[-1]
    if names_thing(last, english) and last.casefold() not in FRAME_PERSONS:
        return question
    if english:
        mapper = translator(index)
        if any(t.source not in (ABSENT, UNMAPPED) and not frame_everyday(t.english, "en")
               for t in mapper.translate(english_words(frame))):
            return question
        if all(t.source in (ABSENT, UNMAPPED) for t in mapper.translate(english_words(rest))):
            return question
    else:
        if any(material_uses(index, w) and not frame_everyday(w) for w in _WORD.findall(frame)):
            return question
        if not any(material_uses(index, w) for w in _WORD.findall(rest)):
            return question
    return f"{scene} {rest}" if scene else rest


def organisations_things(scene: str) -> set[str]:
    """The nouns an English scene calls the organisation's own ("your questionnaire", "your new
    plan"): the first noun after "your", within two words."""
    words = [w.casefold() for w in _WORD.findall(scene)]
    found = set()
    for i, word in enumerate(words):
        if word == "your":
            found.update(next((w for w in words[i + 1:i + 3] if names_thing(w, True)), "").split())
    return found


def names_thing(word: str, english: bool) -> bool:
    """Whether the word is a noun: by WordNet for English (not "grateful", an adjective), by
    simplemma's forms for Danish."""
    return names_english_thing(word) and can_be_noun(word) if english else names_danish_thing(word)
