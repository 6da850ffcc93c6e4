"""An English question is translated once per question, and a word asked before is not worked out again.

The mapper tries every pair of an English question's words as a Danish compound (hundreds of
candidates, each stemmed and folded), and three readers of one question asked for the same words.
The remembering mapper gives exactly what the plain one gives, only without doing the work twice.
"""
from __future__ import annotations

import random

import pytest

from assistant.answer.compose import ask
from assistant.answer.reading import translator
from assistant.language import english_memo
from assistant.language.analysis import DANISH_STOPWORDS, QUESTION_WORDS, Analyzer
from assistant.language.english import EnglishToDanish, english_words
from assistant.language.english_memo import RememberingEnglishToDanish
from assistant.language.word_runs import ascii_fold
from tests.support.corpus import make_document

# The fictional association's words, and dictionaries small enough to read (no Debian files).
VOCABULARY = frozenset("""
foreningen grønne byer regnvand regnbede skolegårde bestyrelsen generalforsamlingen medlemmer
kontingent træer plantede analyse vedtægter stiftet mødes
""".split())
TABLES = dict(glossary={"board": ["bestyrelsen"], "general meeting": ["generalforsamlingen"]},
              eng_dan={"rain": ["regn"], "water": ["vand"], "school": ["skole"], "yard": ["gård"],
                       "tree": ["træ"], "member": ["medlem"]},
              dan_eng={"stifte": ["found", "establish"], "mødes": ["meet"], "plante": ["plant"]},
              neighbours={}, synonyms=False)
QUESTIONS = [
    "What does the board say about rain water?",
    "How many trees were planted by the members?",
    "When does the general meeting meet?",
    "Do you want greener school yards?",
    "When was the association founded, and who is on the board?",
    "What is the fee for members?",
]


def remembering() -> RememberingEnglishToDanish:
    return RememberingEnglishToDanish(VOCABULARY, **TABLES)


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_remembered_translation_is_the_one_the_plain_mapper_gives(question):
    words = english_words(question)
    plain = EnglishToDanish(VOCABULARY, **TABLES).translate(words)
    mapper = remembering()
    assert mapper.translate(words) == plain
    assert mapper.translate(words) == plain, "asked again, from the memo"


def test_the_compounds_of_an_english_phrase_are_found_as_before():
    mapper = remembering()
    danish = [d for t in mapper.translate(english_words("rain water and school yards")) for d in t.danish]
    assert "regnvand" in danish and "skolegårde" in danish


def test_a_questions_words_are_looked_up_once_however_many_readers_ask(monkeypatch):
    looked_up = []
    plain_lookup = EnglishToDanish.lookup

    def counting(self, english, forms, sources=english_memo.SOURCES):
        looked_up.append(english)
        return plain_lookup(self, english, forms, sources)

    monkeypatch.setattr(EnglishToDanish, "lookup", counting)
    mapper = remembering()
    words = english_words("What does the board say about rain water?")
    mapper.translate(words)
    first = len(looked_up)
    assert first > 0
    mapper.translate(words)
    mapper.translate(list(words))
    assert len(looked_up) == first, "the same words were translated again"
    # Another question with a word asked before: only its new words and phrases are worked out.
    mapper.translate(english_words("Who is on the board?"))
    assert "board" not in looked_up[first:]


def test_the_memos_start_afresh_when_full(monkeypatch):
    monkeypatch.setattr(english_memo, "TRANSLATIONS_MEMO_SIZE", 2)
    monkeypatch.setattr(english_memo, "LOOKUP_MEMO_SIZE", 3)
    mapper = remembering()
    for question in QUESTIONS:
        mapper.translate(english_words(question))
        assert len(mapper._translations) <= 2 and len(mapper._lookups) <= 3
    assert mapper.translate(english_words(QUESTIONS[0])) == \
        EnglishToDanish(VOCABULARY, **TABLES).translate(english_words(QUESTIONS[0]))


def _candidates(parts: list[str]) -> list[str]:
    return [a + link + b for a in parts for b in parts for link in ("", "s", "e")]


PARTS = ["regn", "vand", "skole", "gård", "træ", "medlem", "bestyrelse", "by", "grøn", "plante", "analyse",
         "vedtægt", "møde", "forening", "kontingent", "stift", "er", "xyz"]


def test_candidate_compounds_left_out_early_are_exactly_those_that_find_nothing(monkeypatch):
    # The remembering mapper drops the candidates neither spelt like a material word nor possibly
    # in it before looking them up: what it finds must be what the plain mapper finds.
    candidates = _candidates(PARTS) + sorted(VOCABULARY) + ["regnbed", "træerne", "plant", "mødet", "regnvande"]
    plain = EnglishToDanish(VOCABULARY, **TABLES)
    assert remembering()._alike_found(iter(candidates)) == plain._alike_found(candidates)
    for candidate in candidates:
        if plain.in_material(candidate) is not None:
            assert remembering()._may_be_in_material(candidate), candidate
    looked_up = []
    monkeypatch.setattr(EnglishToDanish, "in_material", lambda self, d: looked_up.append(d))
    remembering()._alike_found(["skolexyz", "vandxyzs", "regnvand"])
    assert set(looked_up) == {"regnvand"}, "a candidate that cannot be the material's was looked up"


@pytest.mark.parametrize("word", ["regnvand", "og", "er", "plantede", "skiftede", "bestyrelsen",
                                  "skolegårde", "Regnvand", "co2", "regn-vand", "", "ærlig", "grønvand",
                                  "gåsø", "træerne", "Ærlig", "ørestad", "blåbær", "smørrebrød", "é", "café",
                                  "stadsförlora", "mötasonline", "för", "håll", "façade", "naïve", "ẍ"])
def test_a_words_stem_is_the_plain_mappers_with_or_without_the_shortcut(word):
    assert remembering()._stem(word) == EnglishToDanish(VOCABULARY, **TABLES)._stem(word)


def test_a_made_up_danish_words_stem_is_the_plain_mappers():
    rng = random.Random(19)
    words = ["".join(rng.choice("abdegiklmnoprstuvæøåäöéüçÄ") for _ in range(rng.randint(1, 14)))
             for _ in range(5000)]
    words += [w + accent for w in ("stad", "for", "ca") for accent in english_memo.ACCENTED]
    mapper, plain = remembering(), EnglishToDanish(VOCABULARY, **TABLES)
    assert [mapper._stem(w) for w in words] == [plain._stem(w) for w in words]


def test_an_index_translates_english_questions_with_the_remembering_mapper(index_of):
    index = index_of([make_document("https://groenne-byer.example/om/", "Om foreningen", [
        ("Bestyrelsen", "Bestyrelsen i Foreningen Grønne Byer har fem medlemmer og mødes hver måned."),
    ])])
    mapper = translator(index)
    assert isinstance(mapper, RememberingEnglishToDanish)
    answer = ask("How many members does the board have?", index)
    assert answer.answered and "fem medlemmer" in answer.answer
    assert mapper._translations, "the question's words were kept for its next reader"


def _made_up_words(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice("abdegiklmnoprstuvæøåäöéüçÄ") for _ in range(rng.randint(1, 14)))
            for _ in range(count)]


def test_candidate_compounds_stemmed_at_once_get_the_stems_each_gets_alone():
    # Stopwords (with æ/ø/å folded), the analyser's own -ede past tense, phrases, capitals and
    # made-up words: the stems taken in one call of the stemmer are those _stem gives one by one.
    stopwords = sorted(DANISH_STOPWORDS | QUESTION_WORDS)
    words = _made_up_words(20, 5000) + stopwords + [ascii_fold(w) for w in stopwords]
    words += ["plantede", "skiftede", "oprettedes", "regn vand", "Regnvand", "co2", "", "træerne", "ẍ"]
    mapper, plain = remembering(), EnglishToDanish(VOCABULARY, **TABLES)
    assert mapper._stems_of(words) == [plain._stem(w) for w in words]


def test_many_candidates_may_be_in_the_material_exactly_when_each_alone_may():
    candidates = _candidates(PARTS) + _made_up_words(21, 2000) + sorted(VOCABULARY) + ["af vand", "regn vand"]
    mapper = remembering()
    mapper.in_material("regnvand"), mapper.in_material("skolexyz")  # some remembered, some not
    assert mapper._may_be_in_material_many(candidates) == [mapper._may_be_in_material(c) for c in candidates]


def test_plain_candidate_words_are_stemmed_without_asking_the_analyser_word_by_word(monkeypatch):
    asked = []
    plain_term = Analyzer.document_term
    mapper = remembering()
    monkeypatch.setattr(Analyzer, "document_term", lambda self, w: asked.append(w) or plain_term(self, w))
    stems = mapper._stems_of(["regnvand", "skolegårde", "plantede", "og", "grønvand"])
    assert stems == ["regnvand", "skolegaard", "plant", None, "groenvand"]
    assert asked == ["plantede", "og"], "only a stopword and an -ede past tense are the analyser's to say"
