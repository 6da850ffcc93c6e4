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

    def counting(self, english, forms, sources=english_memo.SOURCES, use=""):
        looked_up.append(english)
        return plain_lookup(self, english, forms, sources, use)

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


def _lower_case_words(seed: int, count: int, letters: str) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 16))) for _ in range(count)]


@pytest.mark.parametrize("letters", ["abdegiklmnoprstuvy", "abdegiklmnoprstuvæøå" + english_memo.ACCENTED])
def test_candidates_all_of_lower_case_letters_get_the_stems_each_gets_alone(letters):
    # Nearly every candidate compound is lower-case letters: such a list is checked, folded and
    # stemmed as one string. Stopwords (æ/ø/å folded too) and -ede past tenses are among them.
    stopwords = [w for w in sorted(DANISH_STOPWORDS | QUESTION_WORDS) if not w.strip(letters)]
    words = _lower_case_words(22, 3000, letters) + stopwords + [ascii_fold(w) for w in stopwords]
    words += ["plantede", "skiftede", "oprettedes", "regnvand", "træerne", "café"[:3]]
    assert not "".join(words).strip(english_memo.LETTERS)
    mapper, plain = remembering(), EnglishToDanish(VOCABULARY, **TABLES)
    assert mapper._stems_of(words) == [plain._stem(w) for w in words]


def test_accents_are_taken_off_a_joined_text_as_translate_takes_them_off():
    text = "\n".join(_lower_case_words(23, 500, "abæøå" + english_memo.ACCENTED))
    assert english_memo._unaccented(text) == text.translate(english_memo._UNACCENTED)


def test_candidates_none_known_nor_the_materials_may_be_in_it_exactly_when_each_alone_may():
    candidates = [c for c in _candidates(PARTS) + _lower_case_words(24, 2000, "abdegiklmnoprstuvæøå")
                  if c not in VOCABULARY]
    mapper = remembering()
    assert mapper._may_be_in_material_many(candidates) == [mapper._may_be_in_material(c) for c in candidates]
    assert any(mapper._may_be_in_material_many(candidates)), "no candidate of the material's stems"


def test_a_candidate_that_found_nothing_is_not_worked_out_again(monkeypatch):
    # Another word or question with the same parts tries the same candidates ("happen" in
    # "happened" and "happens"): one that found nothing is left out at once, with the same result.
    mapper, plain = remembering(), EnglishToDanish(VOCABULARY, **TABLES)
    candidates = _candidates(PARTS)
    first = mapper._alike_found(candidates)
    stemmed = []
    plain_stems = RememberingEnglishToDanish._stems_of
    monkeypatch.setattr(RememberingEnglishToDanish, "_stems_of",
                        lambda self, words: stemmed.extend(words) or plain_stems(self, words))
    assert mapper._alike_found(candidates + ["regnvand", "skoleqq"]) == first == plain._alike_found(candidates)
    assert "skoleqq" in stemmed and not set(stemmed) & set(candidates), "a rejected candidate was stemmed again"
    assert "regnvand" not in mapper._rejected and "skoleregn" in mapper._rejected


def test_the_rejected_candidates_start_afresh_when_full(monkeypatch):
    monkeypatch.setattr(english_memo, "REJECTED_MEMO_SIZE", 50)
    mapper = remembering()
    for start in range(0, 300, 60):
        batch = _candidates(PARTS)[start:start + 60]
        assert mapper._alike_found(batch) == EnglishToDanish(VOCABULARY, **TABLES)._alike_found(batch)
        assert len(mapper._rejected) <= 60


def test_a_compounds_part_is_looked_up_in_the_dictionaries_once_whatever_phrases_it_is_in(monkeypatch):
    # "school yards", "school trees", "school board": every pair of words tries the two parts'
    # dictionary words; the remembering mapper reads a part's once, and finds what the plain one finds.
    asked = []
    plain_words = EnglishToDanish._dictionary_words
    monkeypatch.setattr(EnglishToDanish, "_dictionary_words",
                        lambda self, form, more=(): asked.append(form) or plain_words(self, form, more))
    mapper, plain = remembering(), EnglishToDanish(VOCABULARY, **TABLES)
    questions = ["Where are the school yards?", "Are there school trees?", "Who sits on the school board?"]
    remembered = [mapper.translate(english_words(q)) for q in questions]
    assert asked.count("school") == 1
    asked[:] = []
    assert [plain.translate(english_words(q)) for q in questions] == remembered
    assert asked.count("school") > 1, "the plain mapper looks a part up for each phrase"
    asked[:] = []
    mapper.translate(english_words("Is the school yard green?"))
    assert "school" not in asked, "the part's words were looked up again"


def test_a_source_holding_no_word_of_the_form_asks_the_material_nothing(monkeypatch):
    asked = []
    monkeypatch.setattr(EnglishToDanish, "_found", lambda self, candidates: asked.append(candidates) or ())
    assert remembering()._found([]) == () and asked == []
    assert remembering()._found(["regnvand"]) == () and asked == [["regnvand"]]
