"""A visitor who asks in English is understood: the language is told, and the words meet Danish ones."""
from __future__ import annotations

import logging

import pytest

from assistant.language import dictd
from assistant.language.english import (
    ABSENT,
    NEGATION,
    PARTICLES,
    UNMAPPED,
    EnglishToDanish,
    Translation,
    detect_language,
    english_forms,
    english_words,
    read_glossary,
    to_danish,
)
from tests.support.language import require_debian_file

# A small material of the fictional association Foreningen Grønne Byer, as surface words.
TOY_VOCABULARY = frozenset("""
foreningen grønne byer har en vision om flere træer medlemmerne er kommuner og borgere
vedtægter bestyrelsen formanden startede i 2019 analyse analyser regioner kvalitet politisk
uafhængig kontingent generalforsamlingen sekretariatet
""".split())
NO_DICTIONARIES = {"eng_dan": {}, "dan_eng": {}}


@pytest.fixture(scope="module")
def mapper() -> EnglishToDanish:
    return EnglishToDanish(TOY_VOCABULARY)


# --- language ---------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "What is Balance Danmark?",
    "Who are the members?",
    "When was Balance Danmark founded?",
    "Hi there, quick question: how much is the membership fee?",
    "What does § 14 say?",
    "Who is the chairman?",
    "Who?",                               # English function words alone are English
    "Why not?",
])
def test_english_questions_are_told_apart(question):
    assert detect_language(question) == "en"


@pytest.mark.parametrize("question", [
    "Hvad er Balance Danmark?",
    "Hvem er medlemmerne?",
    "Hvornår blev Balance Danmark stiftet?",
    "Hvornaar blev foreningen stiftet",   # without Danish letters
    "Hvem?",
    "Hvem er I?",                         # "i" is a function word of both languages
    "Hvem er formand?",
    "Hvem er direktør?",                  # Norwegian-looking Danish is Danish
    "Hva er Balance Danmark?",            # Norwegian is searched as Danish
    "Vad kostar medlemskapet?",           # and so is Swedish
    "Balance Danmark vision",
    "Balance vision",                     # no English function word: not told as English
])
def test_danish_and_its_neighbours_are_danish(question):
    assert detect_language(question) == "da"


@pytest.mark.parametrize("text", ["", "   ", "?!", "§ 5", "2019", "Balance Danmark"])
def test_text_without_words_is_danish_by_default(text):
    assert detect_language(text) == "da"


# --- English words to the material's Danish words ---------------------------------------------

@pytest.mark.parametrize("english, danish", [
    ("vision", "vision"),
    ("members", "medlemmerne"),
    ("municipality", "kommuner"),
    ("statutes", "vedtægter"),
    ("founded", "startede"),
    ("board", "bestyrelsen"),
    ("chairman", "formanden"),
    ("analysis", "analyse"),
    ("regions", "regioner"),
    ("quality", "kvalitet"),
    ("politically", "politisk"),
    ("independent", "uafhængig"),
])
def test_english_words_map_to_words_of_the_material(english, danish):
    assert to_danish([english], TOY_VOCABULARY) == [danish]


def test_a_whole_question_keeps_its_topic_words_and_drops_english_function_words(mapper):
    words = english_words("Who are the members of the association, and when was it founded?")
    assert mapper.to_danish(words) == ["medlemmerne", "foreningen", "startede"]


def test_each_word_says_which_source_mapped_it(mapper):
    sources = {t.english: t.source for t in mapper.translate(
        english_words("What vision does the board have for analysis?"))}
    assert sources == {"vision": "identical", "board": "glossary", "analysis": "cognate"}


def test_a_glossary_phrase_is_taken_as_one():
    mapper = EnglishToDanish({"generalforsamlingen", "forsamling"})
    assert mapper.to_danish(["general", "assembly"]) == ["generalforsamlingen"]


def test_a_topic_the_material_lacks_still_asks_about_it(mapper, dan_eng):
    # "football" has a Danish word, which the material does not use: the question keeps it.
    assert mapper.translate(["football"]) == [Translation("football", ("fodbold",), ABSENT)]
    assert mapper.translate(["risotto"])[0].source == UNMAPPED
    assert mapper.to_danish(["risotto"]) == ["risotto"]


def test_english_forms_undo_plurals_and_past_tenses():
    assert english_forms("members")[:2] == ["members", "member"]
    assert "city" in english_forms("cities")
    assert "found" in english_forms("founded")


def test_a_base_form_must_be_an_english_word_so_trees_never_become_the_danish_tre():
    assert english_forms("trees") == ["trees", "tree"]
    mapper = EnglishToDanish({"tre", "træ"}, glossary={}, eng_dan={}, dan_eng={"træ": ["tree", "wood"]})
    assert mapper.to_danish(["trees"]) == ["træ"]


@pytest.mark.parametrize("word, base", [("greener", "green"), ("cheapest", "cheap"),
                                        ("planned", "plan"), ("bigger", "big"), ("richer", "rich")])
def test_english_forms_undo_comparatives_and_doubled_consonants(word, base):
    assert base in english_forms(word)


def test_read_backwards_the_headword_of_fewest_senses_is_searched_alone():
    # "attend" is among the senses of three headwords; "passe" has many other senses.
    dan_eng = {"besøge": ["attend", "visit"], "passe": ["attend", "fit", "mind", "suit", "pass"],
               "pleje": ["attend", "nurse", "care"]}
    mapper = EnglishToDanish({"besøge", "passe", "pleje"}, glossary={}, eng_dan={}, dan_eng=dan_eng)
    assert mapper.to_danish(["attend"]) == ["besøge"]


def test_a_headword_spelt_as_the_english_word_is_taken_first():
    dan_eng = {"hensigt": ["aim", "plan", "purpose"], "planere": ["plan"], "plan": ["plan", "map"]}
    mapper = EnglishToDanish({"træ"}, glossary={}, eng_dan={}, dan_eng=dan_eng)
    assert mapper.translate(["plan"]) == [Translation("plan", ("plan",), ABSENT)]


def test_the_materials_inflected_forms_that_the_stemmer_keeps_apart_are_searched_too():
    # "træ" and "træer" are two terms to the Danish stemmer; the material may use either.
    mapper = EnglishToDanish({"træ", "træer"}, glossary={}, eng_dan={}, dan_eng={"træ": ["tree"]})
    assert mapper.to_danish(["trees"]) == ["træ", "træer"]


@pytest.mark.parametrize("phrase, danish", [("come out", "udkommer"), ("give out", "udgivet")])
def test_a_phrasal_verb_is_the_danish_verb_with_its_particle_in_front(phrase, danish):
    mapper = EnglishToDanish({"udkommer", "udgivet", "komme", "give"}, glossary={}, eng_dan={},
                             dan_eng={"komme": ["come"], "give": ["give"]})
    assert mapper.to_danish(english_words(f"When will it {phrase}?")) == [danish]


def test_a_phrasal_verb_the_material_does_not_join_is_read_word_by_word():
    mapper = EnglishToDanish({"komme"}, glossary={}, eng_dan={}, dan_eng={"komme": ["come"]})
    assert mapper.to_danish(["come", "out"]) == ["komme"]


def test_among_headwords_of_as_many_senses_the_everyday_word_comes_first():
    dan_eng = {"fare": ["danger", "go"], "gå": ["go", "walk"]}
    mapper = EnglishToDanish({"fare", "gå"}, glossary={}, eng_dan={}, dan_eng=dan_eng)
    assert mapper.to_danish(["go"]) == ["gå"]


@pytest.mark.parametrize("word, base", [("paid", "pay"), ("held", "hold"), ("chosen", "choose"),
                                        ("sold", "sell"), ("wrote", "write")])
def test_an_irregular_form_is_led_back_to_its_base_by_the_lemma_table(word, base):
    assert english_forms(word) == [word, base]


def test_a_base_form_the_lemma_table_gives_wins_over_a_shorter_common_word():
    # Undoing "-ied" and "-ed" would make "carried" the word "car" (Danish "bil").
    assert english_forms("carried") == ["carried", "carry"]


def test_a_member_who_has_not_paid_is_asked_about_with_the_materials_word_for_paid():
    # The dictionary gives the infinitive "betale"; the statutes say "betalt", another stem.
    mapper = EnglishToDanish({"betalt", "kontingent"}, glossary={}, eng_dan={},
                             dan_eng={"betale": ["pay"]})
    assert mapper.to_danish(["paid"]) == ["betalt"]


def test_a_dictionary_word_of_another_stem_finds_each_form_the_material_uses():
    # Snowball leaves "byen" and "byer" apart; both are forms of "by".
    mapper = EnglishToDanish({"byen", "byer"}, glossary={}, eng_dan={"city": ["by"]}, dan_eng={})
    assert mapper.to_danish(["cities"]) == ["byen", "byer"]


def test_a_word_of_another_lemma_that_begins_alike_is_not_taken_for_a_form():
    # "betaling" (payment) begins like "bet" (to bet), but its lemma is another word.
    mapper = EnglishToDanish({"betaling"}, glossary={}, eng_dan={}, dan_eng={"bet": ["bet"]})
    assert "betaling" not in mapper.to_danish(["bet"])


@pytest.mark.parametrize("question", ["What happens if I don't pay my fee?",
                                      "What if a member does not pay?", "What if I never paid?"])
def test_a_negation_is_kept_as_ikke_so_not_paying_is_not_read_as_paying(question):
    mapper = EnglishToDanish({"betalt", "kontingent"}, glossary={}, eng_dan={},
                             dan_eng={"betale": ["pay"]})
    translations = mapper.translate(english_words(question))
    assert [t.source for t in translations].count(NEGATION) == 1
    danish = mapper.to_danish(english_words(question))
    assert danish.index("ikke") + 1 == danish.index("betalt")


def test_a_dictionary_phrase_is_found_from_an_inflected_phrase():
    mapper = EnglishToDanish({"udføre"}, glossary={}, eng_dan={"carry out": ["udføre"]}, dan_eng={})
    assert mapper.translate(["carried", "out"]) == [Translation("carried out", ("udføre",), "eng-dan")]


def test_a_word_the_dictionaries_hold_as_written_is_not_read_as_its_base_form():
    # "meeting" is a noun of its own, not the verb "meet".
    dan_eng = {"forsamling": ["meeting", "assembly"], "træffe": ["meet", "hit"]}
    mapper = EnglishToDanish({"træffes", "generalforsamling"}, glossary={}, eng_dan={}, dan_eng=dan_eng)
    assert mapper.translate(["meeting"]) == [Translation("meeting", ("forsamling",), ABSENT)]
    assert mapper.to_danish(["meets"]) == ["træffes"]


def test_an_english_verb_form_is_read_as_a_danish_verb_not_a_noun_of_the_same_sense():
    # Read backwards, "tie" is "bånd" (a noun, fewest senses) and "binde"; "tied" is the verb.
    dan_eng = {"bånd": ["tie", "band"], "binde": ["tie", "bind", "fasten"]}
    mapper = EnglishToDanish({"forening"}, glossary={}, eng_dan={}, dan_eng=dan_eng)
    assert mapper.translate(["tied"]) == [Translation("tied", ("binde",), ABSENT)]
    assert mapper.translate(["ties"]) == [Translation("ties", ("bånd",), ABSENT)]


def test_a_word_or_phrase_is_lemmatised_as_a_verb_only_where_a_dictionary_read_backwards_needs_it(monkeypatch):
    # Whether "tied" is a verb's form decides between "bånd" and "binde"; for a word or phrase
    # no headword reads backwards ("rain water", "members") the lemmatiser is not asked.
    from assistant.language import english_sense_order
    asked = []
    plain = english_sense_order.verb_form
    monkeypatch.setattr(english_sense_order, "verb_form", lambda forms: asked.append(forms[0]) or plain(forms))
    dan_eng = {"bånd": ["tie", "band"], "binde": ["tie", "bind", "fasten"], "medlem": ["member"]}
    mapper = EnglishToDanish({"forening", "medlemmer", "regnvand"}, glossary={}, eng_dan={}, dan_eng=dan_eng)
    assert mapper.translate(["tied"]) == [Translation("tied", ("binde",), ABSENT)]
    assert "tied" in asked
    asked.clear()
    mapper.translate(["rain", "water", "members"])
    assert asked == []


@pytest.mark.parametrize("modal", ["must", "may", "might", "shall"])
def test_a_modal_verb_is_a_function_word_not_a_topic(modal):
    mapper = EnglishToDanish({"skulle", "måtte", "betalt"}, glossary={}, eng_dan={},
                             dan_eng={"skulle": ["must", "shall"], "måtte": ["may", "might", "must"],
                                      "betale": ["pay"]})
    assert mapper.to_danish([modal, "pay"]) == ["betalt"]


@pytest.mark.parametrize("words", [[], ["", "  "], ["the", "what", "is"], ["§5", "2019", "…"]])
def test_odd_or_empty_input_gives_no_words_and_no_error(mapper, words):
    assert mapper.to_danish(words) == []


def test_cognates_need_the_material_to_use_the_danish_word():
    mapper = EnglishToDanish({"træer"}, **NO_DICTIONARIES)
    assert mapper.translate(["quality"])[0].source == UNMAPPED


def test_to_danish_reuses_the_mapper_for_the_same_vocabulary(monkeypatch):
    vocabulary = frozenset({"medlemmerne"})
    assert to_danish(["members"], vocabulary) == ["medlemmerne"]
    built = []
    monkeypatch.setattr(EnglishToDanish, "__init__", lambda *a, **k: built.append(1))
    assert to_danish(["members"], vocabulary) == ["medlemmerne"]
    assert built == []


def test_a_names_possessive_is_the_name_and_a_common_nouns_is_left_out():
    mapper = EnglishToDanish({"danmark", "eksport", "forening"}, glossary={"association": ["forening"]},
                             eng_dan={"denmark": ["danmark"], "export": ["eksport"]}, dan_eng={})
    found = mapper.translate(["Denmark's", "export", "association's"])
    assert [d for t in found for d in t.danish] == ["danmark", "eksport"]


def test_the_owner_before_name_is_what_is_asked_about_and_is_kept():
    # "What is the treasurer's name?" asks for the treasurer: with only "name" searched, the statutes'
    # "Foreningens navn er …" answered. The owner of anything else is still left out.
    mapper = EnglishToDanish({"kasserer", "navn", "forening", "revisor"},
                             glossary={"treasurer": ["kasserer"], "association": ["forening"], "auditor": ["revisor"]},
                             eng_dan={"name": ["navn"]}, dan_eng={})
    found = mapper.translate(["treasurer's", "name"])
    assert [d for t in found for d in t.danish] == ["kasserer", "navn"]
    found = mapper.translate(["association's", "auditor"])
    assert [d for t in found for d in t.danish] == ["revisor"]


def test_spoken_englishs_small_adverbs_are_not_searched():
    # "still" would be the cognate "stille", "actually" the dictionary's "faktisk".
    mapper = EnglishToDanish({"stille", "faktisk", "forslag"}, glossary={"motion": ["forslag"]},
                             eng_dan={"actually": ["faktisk"]}, dan_eng={})
    found = mapper.translate("can i still actually send a motion".split())
    assert [d for t in found for d in t.danish if d != "send"] == ["forslag"]
    assert not {"stille", "faktisk"} & {d for t in found for d in t.danish}


# --- the glossary: every entry earns its place --------------------------------------------------

GLOSSARY = read_glossary()
PAIRS = [(en, da) for en, danish in GLOSSARY.items() for da in danish]


@pytest.mark.parametrize("english, danish", PAIRS)
def test_each_glossary_entry_maps_its_word_and_nothing_else_would(english, danish):
    vocabulary = {danish}
    assert EnglishToDanish(vocabulary).to_danish(english.split()) == [danish]
    without = {k: v for k, v in GLOSSARY.items() if k != english}
    found = EnglishToDanish(vocabulary, glossary=without).translate(english.split())
    # A Danish compound of the words' translations may find it too ("general meeting"), but only
    # beside the words themselves: the glossary is what makes the phrase that one word.
    assert all(danish not in t.danish for t in found if t.source != "compound")
    assert [d for t in found for d in t.danish] != [danish]


def test_the_glossary_holds_the_associations_core_words():
    for english in ("municipality", "statutes", "board", "chairman", "general assembly"):
        assert english in GLOSSARY


# --- Debian's FreeDict dictionaries -------------------------------------------------------------

@pytest.fixture(scope="module")
def dan_eng():
    require_debian_file(dictd.DICTD_DIR / f"{dictd.DANISH_ENGLISH}.index", "dict-freedict-dan-eng")
    return dictd.load(dictd.DANISH_ENGLISH)


@pytest.fixture(scope="module")
def eng_dan():
    require_debian_file(dictd.DICTD_DIR / f"{dictd.ENGLISH_DANISH}.index", "dict-freedict-eng-dan")
    return dictd.load(dictd.ENGLISH_DANISH)


def test_the_danish_english_dictionary_read_backwards_gives_member(dan_eng):
    assert len(dan_eng) > 5000
    assert "medlem" in dictd.inverted(dan_eng)["member"]


def test_the_english_danish_dictionary_gives_history(eng_dan):
    assert len(eng_dan) > 400
    assert eng_dan["history"] == ["historie"]


def test_senses_and_notes_are_left_out_of_translations():
    entry = "stige ud /stˈiə ˈʔuð/\n1. get out, get out of a car\n2. exit [of a bus], go out\n"
    assert dictd.parse_entry(entry) == ["get out", "get out of a car", "exit", "go out"]


def test_dictd_numbers_are_base_64():
    assert dictd.dictd_number("A") == 0 and dictd.dictd_number("nW") == 39 * 64 + 22


def test_a_dictionary_written_for_the_test_is_read(tmp_path):
    import gzip
    text = "header\nforening /x/ <n>\nassociation, society\ntræ /y/\ntree\n"
    (tmp_path / "t.dict.dz").write_bytes(gzip.compress(text.encode()))
    start_a, start_b = text.index("forening"), text.index("træ")
    digits = dictd._DIGITS
    (tmp_path / "t.index").write_text(
        f"forening\t{digits[start_a]}\t{digits[start_b - start_a]}\n"
        f"træ\t{digits[start_b]}\t{digits[len(text) - start_b]}\n", encoding="utf-8")
    table = dictd.load("t", tmp_path)
    assert table == {"forening": ["association", "society"], "træ": ["tree"]}
    assert dictd.inverted(table)["society"] == ["forening"]


def test_a_missing_dictionary_is_empty_with_one_log_line(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="assistant.language.dictd"):
        assert dictd.load("freedict-xxx-yyy", tmp_path) == {}
        assert dictd.load("freedict-xxx-yyy", tmp_path) == {}
    assert len(caplog.records) == 1 and "dict-freedict-xxx-yyy" in caplog.records[0].getMessage()
    mapper = EnglishToDanish({"medlemmer"}, eng_dan={}, dan_eng={}, glossary={})
    assert mapper.translate(["members"])[0].source == UNMAPPED


def test_english_words_written_apart_find_the_danish_compound_beside_the_words():
    mapper = EnglishToDanish({"skolegårde", "skole", "bestyrelsesmedlemmer", "medlemmer"},
                             glossary={}, eng_dan={"school": ["skole"], "yard": ["gård"]},
                             dan_eng={"bestyrelse": ["board"], "medlem": ["member"]})
    school = mapper.translate(["school", "yards"])
    assert school[0] == Translation("school yards", ("skolegårde",), "compound")
    assert [t.english for t in school] == ["school yards", "school", "yards"]
    assert mapper.translate(["board", "members"])[0].danish == ("bestyrelsesmedlemmer",)


def test_an_english_compound_finds_the_danish_compound_of_its_parts():
    mapper = EnglishToDanish({"regnvand", "vand"}, glossary={},
                             eng_dan={"rain": ["regn"], "water": ["vand"]}, dan_eng={}, neighbours={},
                             synonyms=False)
    assert mapper.translate(["rainwater"]) == [Translation("rainwater", ("regnvand",), "compound")]


def test_a_parts_own_word_or_a_stopword_makes_no_compound():
    mapper = EnglishToDanish({"organisation", "vand"}, glossary={},
                             eng_dan={"water": ["vand"]}, dan_eng={})
    # "organisation called" is no compound, though "organisation" is a word of the material.
    assert all(t.source != "compound" for t in mapper.translate(["organisation", "called"]))
    assert all(t.source != "compound" for t in mapper.translate(["the", "water"]))


@pytest.mark.parametrize("particle, danish", sorted(PARTICLES.items()))
def test_each_english_particle_goes_in_front_as_its_danish_particle(particle, danish):
    mapper = EnglishToDanish({danish + "sende"}, glossary={}, eng_dan={}, dan_eng={"sende": ["send"]})
    assert mapper.to_danish(["send", particle]) == [danish + "sende"]


def test_the_same_english_question_again_finds_its_danish_words_without_searching_the_material(monkeypatch):
    import assistant.language.english as english_module
    mapper = EnglishToDanish(TOY_VOCABULARY)
    words = english_words("Who are the members of the association, and when was it founded?")
    first = mapper.to_danish(words)
    searched: list[str] = []
    inner = EnglishToDanish._in_material
    monkeypatch.setattr(EnglishToDanish, "_in_material",
                        lambda self, danish: searched.append(danish) or inner(self, danish))
    assert mapper.to_danish(words) == first == ["medlemmerne", "foreningen", "startede"]
    assert searched == []
    # The memo is bounded: full, it starts afresh and the answer is the same.
    monkeypatch.setattr(english_module, "IN_MATERIAL_MEMO_SIZE", 2)
    assert mapper.to_danish(english_words("What vision does the board have?")) == ["vision", "bestyrelsen"]
    assert len(mapper._in_material_memo) <= 2 and searched


def test_chat_contractions_without_their_apostrophe_and_you_guys_are_not_searched(mapper):
    # "whos" and "whats" are "who's" and "what's" typed in a chat; "you guys" is "you".
    words = english_words("whos the chairman? whats the vision of you guys?")
    assert mapper.to_danish(words) == ["formanden", "vision"]


def test_a_contraction_whose_spelling_without_apostrophe_is_a_word_stays_searched():
    from assistant.language.english_forms import ENGLISH_STOPWORDS
    # "i'll", "let's", "i'd" without the apostrophe are "ill", "lets", "id": words of their own.
    assert {"whats", "whos", "wheres", "im", "youre"} <= ENGLISH_STOPWORDS
    assert not {"ill", "lets", "id", "well", "shell"} & ENGLISH_STOPWORDS
