"""An English word with no Danish dictionary entry still reaches the material: through the Norwegian
and Swedish dictionaries, whose words Danish spells alike, and through WordNet's English synonyms."""
from __future__ import annotations

import logging
import random

import pytest

from assistant.language import dictd, wordnet
from assistant.language.english import ABSENT, EnglishToDanish, Translation
from assistant.language.english_neighbours import default_neighbours
from assistant.language.scandinavian import _FOLDS, ARRAY_FOLDS, SpeltAlike, _last_folds_as_array, skeleton, skeletons
from tests.support.language import require_debian_file

NO_DANISH = {"glossary": {}, "eng_dan": {}, "dan_eng": {}}


# --- spelling alike: Norwegian and Swedish words as the material's Danish words ------------------

@pytest.mark.parametrize("neighbour, danish", [
    ("lekeplass", "legeplads"),      # softened k, ds for the doubled s
    ("forminske", "formindske"),     # nd for n
    ("gjeldende", "gældende"),       # gj, æ
    ("anbefalla", "anbefale"),       # Swedish infinitive in -a, double l
    ("kjøre", "køre"),               # kj
])
def test_a_neighbour_word_and_its_danish_spelling_share_a_skeleton(neighbour, danish):
    assert skeleton(neighbour) == skeleton(danish)


def _folded_in_order(word: str) -> str:
    word = word.casefold()
    for pattern, replacement in _FOLDS:
        word = pattern.sub(replacement, word)
    return word


# Every letter a fold looks at or makes, in both cases, and what the folds meet in odd input.
_FOLD_LETTERS = "aåæäøöeiouybcdfghjklmnpqrstvwxzAÅÆHVCKJDSß -\n§1é"


@pytest.mark.parametrize("word", [
    "lekeplass", "hvad", "Hvidovre", "gjeldende", "kjøre", "skjema", "aaben", "aaa", "back",
    "photo", "zwax", "cicero", "mann", "plads", "tætte", "anbefalla", "a\n", "xa\n", "", "ß", "HV",
])
def test_a_words_skeleton_is_every_fold_applied_in_order(word):
    assert skeleton(word) == _folded_in_order(word)


def test_skeleton_folds_as_the_list_of_folds_says_for_thousands_of_made_up_words():
    rng = random.Random(16)
    words = ["".join(rng.choice(_FOLD_LETTERS) for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    assert [skeleton(w) for w in words] == [_folded_in_order(w) for w in words]


def test_many_words_folded_in_one_pass_get_each_words_own_skeleton():
    # An English phrase's candidate compounds are folded together, joined by newlines: no fold may
    # reach from one word into the next, and "hv" / a final "a" fold at every word's ends.
    letters = "".join(c for c in _FOLD_LETTERS if c.isalpha())
    rng = random.Random(17)
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    words += ["hvad", "ahva", "anbefalla", "aa", "ck", "lekeplass", "cykel", "skolegård"]
    assert skeletons(words) == [skeleton(w) for w in words]
    assert skeletons(["hvad"]) == ["vad"] and skeletons(["ahv", "hva"]) == ["ahv", "ve"]


def test_a_long_text_folds_as_array_exactly_as_the_folds_in_order_do():
    # Many candidates joined take the last folds (doubled letters, softening, silent d, doubled
    # letters) on an array of code points; the folds' own patterns say what each must give, for
    # letters beyond Latin-1 (emoji, a lone surrogate) and empty words (two newlines) too.
    letters = "aeiouyptkdsnbgx\nåæøéßÿ§Ā😀\ud800"
    rng = random.Random(19)
    texts = ["".join(rng.choice(letters) for _ in range(rng.randint(ARRAY_FOLDS, 3 * ARRAY_FOLDS)))
             for _ in range(500)]
    texts += ["ad" * ARRAY_FOLDS, "atd\n" * ARRAY_FOLDS, "nd\n\nds" * ARRAY_FOLDS, "p" * 2 * ARRAY_FOLDS]
    last_folds = [_FOLDS[i] for i in (13, 14, 15, 16, 17, 18)]
    for text in texts:
        expected = text
        for pattern, replacement in last_folds:
            expected = pattern.sub(replacement, expected)
        assert _last_folds_as_array(text) == expected, text


def test_many_candidates_looked_up_at_once_find_what_each_finds_alone(monkeypatch):
    monkeypatch.setattr("assistant.language.scandinavian.MEMO_SIZE", 50)
    material = {"legepladser", "plads", "anbefalinger", "skolegårde", "kloakken", "varme", "tæt"}
    words = ["lekeplass", "anbefalla", "skolegård", "kloak", "varm", "plass", "tæt", "jobb", "skolevand",
             "gi nytt", "100.000", "", "lekeplass"]
    rng = random.Random(18)
    words += ["".join(rng.choice("aeiklnoprstvæøå") for _ in range(rng.randint(3, 11))) for _ in range(200)]
    alone = [tuple(SpeltAlike(material).danish(w)) for w in words]
    spelt = SpeltAlike(material)
    assert spelt.danish_many(words) == alone
    assert spelt.danish_many(words) == alone, "asked again, from the bounded memory"
    assert len(spelt._memo) <= 50


def test_the_material_word_spelt_alike_is_found_or_else_its_inflections():
    spelt = SpeltAlike({"legepladser", "plads", "anbefalinger", "skolegårde", "kloakken", "varme"})
    assert spelt.danish("plass") == ["plads"]
    assert spelt.danish("lekeplass") == ["legepladser"]
    assert spelt.danish("anbefalla") == ["anbefalinger"]
    assert spelt.danish("skolegård") == ["skolegårde"]
    assert spelt.danish("kloak") == ["kloakken"]
    assert spelt.danish("varm") == ["varme"]


def test_a_short_word_is_matched_by_its_vowels_alone_so_it_does_not_become_a_name():
    # Folding consonants would make Swedish "jobb" the name "Jøp" (both "job").
    spelt = SpeltAlike({"jøp", "bag", "tæt"})
    assert spelt.danish("jobb") == []
    assert spelt.danish("bak") == []
    assert spelt.danish("tæt") == ["tæt"]


def test_a_word_looked_up_again_gives_the_same_words_from_a_bounded_memory(monkeypatch):
    monkeypatch.setattr("assistant.language.scandinavian.MEMO_SIZE", 3)
    material = {"legepladser", "plads", "anbefalinger", "skolegårde", "varme"}
    words = ["lekeplass", "anbefalla", "skolegård", "varm", "plass"]
    spelt = SpeltAlike(material)
    first = [spelt.danish(w) for w in words]
    first[0].append("a caller's own change")   # must not reach the memory
    again = [spelt.danish(w) for w in words]
    assert again == [SpeltAlike(material).danish(w) for w in words] and again[1] == ["anbefalinger"]
    assert len(spelt._memo) <= 3


@pytest.mark.parametrize("odd", ["", "gi nytt navn", "100.000", "§5"])
def test_a_phrase_number_or_empty_word_matches_nothing(odd):
    assert SpeltAlike({"navn", "100.000"}).danish(odd) == []


def test_a_neighbour_translation_maps_an_english_word_the_danish_dictionaries_lack():
    mapper = EnglishToDanish({"legepladser", "byen"}, **NO_DANISH, synonyms=False,
                             neighbours={"eng-nor": {"playground": ["skolegård", "lekeplass"]}})
    assert mapper.translate(["playground"]) == [Translation("playground", ("legepladser",), "eng-nor")]


def test_every_sense_the_material_holds_is_kept_so_the_material_chooses_the_sense():
    # "current": "nåværende", "gjeldende" (now), "strøm" (electricity): a page about a vision has
    # the first two, so "strøm" is never searched.
    table = {"current": ["gjeldende", "aktuell", "strøm"]}
    mapper = EnglishToDanish({"gældende", "aktuelle", "vision"}, **NO_DANISH, synonyms=False,
                             neighbours={"eng-nor": table})
    assert mapper.translate(["current"]) == [Translation("current", ("gældende", "aktuelle"), "eng-nor")]


def test_a_neighbour_word_listed_under_many_english_words_is_not_searched_where_a_surer_one_is():
    # Swedish "förslag" is listed under proposal, suggestion, motion and account, "konto" only under
    # account: the statutes' "forslag" (a motion) is no account, but still a proposal.
    table = {"account": ["konto", "förslag"], "proposal": ["förslag"], "suggestion": ["förslag"],
             "motion": ["förslag"]}
    mapper = EnglishToDanish({"forslag", "regnskab"}, **NO_DANISH, synonyms=False, neighbours={"eng-swe": table})
    assert mapper.translate(["account"])[0].source != "eng-swe"
    assert mapper.translate(["proposal"]) == [Translation("proposal", ("forslag",), "eng-swe")]


def test_neighbour_words_listed_under_about_as_few_english_words_are_all_kept():
    # "oppleve" (experience) and "bosette" (settle) are listed under two English words each, "bygge"
    # (build) under four: 1.5 times the floor of two senses is three.
    table = {"live": ["bosette", "bygge", "oppleve"], "settle": ["bosette"], "experience": ["oppleve"],
             "build": ["bygge"], "construct": ["bygge"], "erect": ["bygge"]}
    mapper = EnglishToDanish({"opleve", "bosætte", "bygge"}, **NO_DANISH, synonyms=False,
                             neighbours={"eng-nor": table})
    assert mapper.translate(["live"]) == [Translation("live", ("bosætte", "opleve"), "eng-nor")]


def test_a_neighbour_word_spelt_like_a_danish_stopword_is_no_translation():
    # Swedish "skål" (cheers) folds onto the modal "skal".
    mapper = EnglishToDanish({"skal", "generalforsamling"}, **NO_DANISH, synonyms=False,
                             neighbours={"eng-swe": {"cheers": ["skål"]}})
    assert mapper.translate(["cheers"])[0].source != "eng-swe"


def test_a_neighbour_headword_as_written_is_not_read_as_its_base_form():
    # The Danish dictionaries hold "meeting" as written: its neighbours' "meet" is not asked.
    mapper = EnglishToDanish({"træffes"}, glossary={}, eng_dan={},
                             dan_eng={"forsamling": ["meeting"], "træffe": ["meet"]}, synonyms=False,
                             neighbours={"eng-nor": {"meet": ["treffe"]}})
    assert mapper.translate(["meeting"]) == [Translation("meeting", ("forsamling",), ABSENT)]


# --- the glossed English-Norwegian entries ---------------------------------------------------------

def test_a_glossed_entry_gives_its_translations_not_its_english_explanations():
    entry = ("playground //ˈpleɪɡɹaʊnd// <n>\n1. skolegård\nopen-air space on a school campus\n"
             "2. lekeplass 2.\nsmall area for children\n 3.\nlarge open space to play on\n")
    assert dictd.parse_entry(entry, glossed=True) == ["skolegård", "lekeplass"]
    entry = "contract <v>\nforminske, sammentrekke\nintransitive: draw together; shorten\n"
    assert dictd.parse_entry(entry, glossed=True) == ["forminske", "sammentrekke"]


@pytest.fixture(scope="module")
def neighbours():
    for name, package in ((dictd.ENGLISH_NORWEGIAN, "dict-freedict-eng-nor"),
                          (dictd.ENGLISH_SWEDISH, "dict-freedict-eng-swe"),
                          (dictd.SWEDISH_ENGLISH, "dict-freedict-swe-eng")):
        require_debian_file(dictd.DICTD_DIR / f"{name}.index", package)
    return default_neighbours()


def test_debians_norwegian_and_swedish_dictionaries_are_read(neighbours):
    assert len(neighbours["eng-nor"]) > 10000 and len(neighbours["eng-swe"]) > 5000
    assert neighbours["eng-nor"]["playground"] == ["skolegård", "lekeplass"]
    assert "anbefalla" in neighbours["eng-swe"]["recommend"]


def test_recommend_and_playground_find_the_materials_words_through_the_neighbours(neighbours):
    mapper = EnglishToDanish({"anbefalinger", "skolegårde", "regnvand"}, **NO_DANISH,
                             neighbours=neighbours, synonyms=False)
    assert mapper.to_danish(["recommend", "playground"]) == ["anbefalinger", "skolegårde"]


def test_accounts_and_live_do_not_reach_the_words_debians_swedish_lists_them_under_in_passing(neighbours):
    # Debian's Swedish tables list "förslag" under account (and four other words), "bygga" under
    # live (and build, construct, …): the statutes' motions and the publication's "bygger på".
    mapper = EnglishToDanish({"forslag", "bygger", "leve"}, **NO_DANISH, neighbours=neighbours, synonyms=False)
    assert "forslag" not in mapper.to_danish(["accounts"])
    assert "bygger" not in mapper.to_danish(["live"])


# --- WordNet ------------------------------------------------------------------------------------

def _write_wordnet(folder):
    """A WordNet of three words in Princeton's file format: index lines point at byte offsets."""
    licence = "  1 This is the licence line.\n"
    synsets = {"adj": [("costly", "expensive costly", "")]}
    lines = {}
    for pos in wordnet.PARTS_OF_SPEECH:
        data = licence
        index = licence
        for _, words, _ in synsets.get(pos, []):
            offset = len(data.encode())
            members = words.split()
            data += (f"{offset:08d} 00 a {len(members):02x} "
                     + " ".join(f"{w} 0" for w in members) + " 000 | dear\n")
            for w in members:
                lines.setdefault(pos, []).append(f"{w} a 1 0 1 0 {offset:08d}  \n")
        (folder / f"data.{pos}").write_text(data, encoding="utf-8")
        (folder / f"index.{pos}").write_text(index + "".join(sorted(lines.get(pos, []))),
                                             encoding="utf-8")


def test_a_wordnet_written_for_the_test_gives_a_words_synonyms(tmp_path):
    _write_wordnet(tmp_path)
    net = wordnet.WordNet(tmp_path)
    assert net.synonyms("expensive") == ["costly"]
    assert net.synonyms("unknown") == []


def test_a_synonym_maps_a_word_no_dictionary_holds(tmp_path):
    _write_wordnet(tmp_path)
    mapper = EnglishToDanish({"kostbar"}, glossary={}, eng_dan={}, dan_eng={"kostbar": ["costly"]},
                             neighbours={}, synonyms=wordnet.WordNet(tmp_path))
    assert mapper.translate(["expensive"]) == [Translation("expensive", ("kostbar",), "wordnet")]


def test_a_word_the_dictionaries_translate_is_not_replaced_by_a_synonym(tmp_path):
    # "expensive" is "dyr", which the material lacks: the question is about something it lacks.
    _write_wordnet(tmp_path)
    mapper = EnglishToDanish({"kostbar"}, glossary={}, eng_dan={"expensive": ["dyr"]},
                             dan_eng={"kostbar": ["costly"]}, neighbours={},
                             synonyms=wordnet.WordNet(tmp_path))
    assert mapper.translate(["expensive"]) == [Translation("expensive", ("dyr",), ABSENT)]


def _write_wordnet_files(folder, licence, files):
    """WordNet's data and index files, one pair per part of speech; `files`: pos -> (data, index)."""
    for pos in wordnet.PARTS_OF_SPEECH:
        data, index = files.get(pos, (licence, ""))
        (folder / f"data.{pos}").write_text(data, encoding="utf-8")
        (folder / f"index.{pos}").write_text(licence + index, encoding="utf-8")


def _write_wordnet_with_a_pertainym(folder):
    """A WordNet where the adjective "urban" pertains to the noun "city" (pointer symbol \\)."""
    licence = "  1 This is the licence line.\n"
    noun = licence + f"{len(licence):08d} 15 n 01 city 0 000 | a large town\n"
    adjective_offset = len(licence)
    adjective = licence + f"{adjective_offset:08d} 01 a 01 urban 0 001 \\ {len(licence):08d} n 0101 | of a city\n"
    files = {"noun": (noun, f"city n 1 0 1 0 {len(licence):08d}  \n"),
             "adj": (adjective, f"urban a 1 1 \\ 1 0 {adjective_offset:08d}  \n")}
    _write_wordnet_files(folder, licence, files)


def test_an_adjective_before_a_noun_finds_the_danish_compound_of_the_noun_it_relates_to(tmp_path):
    # "urban garden": Danish says "byhave", a compound of "by" (city) and "have" (garden); the
    # dictionaries give "urban" no Danish word the material uses.
    _write_wordnet_with_a_pertainym(tmp_path)
    net = wordnet.WordNet(tmp_path)
    assert net.pertainyms("urban") == ["city"] and net.pertainyms("city") == []
    tables = dict(glossary={}, eng_dan={"city": ["by"], "garden": ["have"]}, dan_eng={}, neighbours={})
    with_wordnet = EnglishToDanish({"byhave", "have"}, **tables, synonyms=net)
    assert with_wordnet.translate(["urban", "garden"])[0] == Translation("urban garden", ("byhave",), "compound")
    without = EnglishToDanish({"byhave", "have"}, **tables, synonyms=False)
    assert all(t.source != "compound" for t in without.translate(["urban", "garden"]))


def _write_wordnet_with_a_derivation(folder):
    """A WordNet where the noun "founder" is derived from the verb "found" (pointer symbol +)."""
    licence = "  1 This is the licence line.\n"
    offset = len(licence)
    verb = licence + f"{offset:08d} 41 v 02 establish 0 found 0 000 | set up\n"
    noun = licence + f"{offset:08d} 18 n 02 founder 0 father 0 001 + {offset:08d} v 0102 | one who founds\n"
    files = {"noun": (noun, f"father n 1 0 1 0 {offset:08d}  \nfounder n 1 1 + 1 0 {offset:08d}  \n"),
             "verb": (verb, f"establish v 1 0 1 0 {offset:08d}  \nfound v 1 0 1 0 {offset:08d}  \n")}
    _write_wordnet_files(folder, licence, files)


def test_a_noun_no_dictionary_holds_is_read_as_the_verb_it_is_derived_from(tmp_path):
    # "founders": no dictionary has the noun; its verb "found" is the statutes' "stifte".
    _write_wordnet_with_a_derivation(tmp_path)
    net = wordnet.WordNet(tmp_path)
    assert net.derived_verbs("founder") == ["found"]
    assert net.derived_verbs("father") == []   # the pointer is the word's own, not its synonym's
    mapper = EnglishToDanish({"stiftende"}, glossary={}, eng_dan={}, dan_eng={"stifte": ["found"]},
                             neighbours={}, synonyms=net)
    assert mapper.translate(["founders"]) == [Translation("founders", ("stiftende",), "wordnet")]


def test_debians_wordnet_relates_adjectives_to_their_nouns():
    require_debian_file(wordnet.WORDNET_DIR / "index.adj", "wordnet-base")
    net = wordnet.load()
    assert "city" in net.pertainyms("urban")
    assert "municipality" in net.pertainyms("municipal")
    assert net.pertainyms("big") == []   # no noun behind it
    assert "found" in net.derived_verbs("founder") and "publish" in net.derived_verbs("publisher")


def test_a_missing_wordnet_is_one_log_line_and_no_synonyms(tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        assert wordnet.load(tmp_path / "none") is None
    assert "wordnet-base" in caplog.text


def test_debians_wordnet_gives_common_synonyms():
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")
    net = wordnet.load()
    assert "propose" in net.synonyms("suggest")
    assert "start" in net.synonyms("begin")


def test_a_compounds_parts_may_come_from_the_neighbours_and_be_spelt_the_danish_way():
    # "yard" is only in the Swedish dictionary ("gård"); "school yards" is the material's "skolegårde".
    mapper = EnglishToDanish({"skolegårde", "skoler"}, glossary={}, eng_dan={},
                             dan_eng={"skole": ["school"]}, synonyms=False,
                             neighbours={"eng-swe": {"yard": ["gård"]}})
    assert mapper.translate(["schoolyards"]) == [Translation("schoolyards", ("skolegårde",), "compound")]
    # Norwegian "vann" is Danish "vand": the compound is found by its spelling.
    mapper = EnglishToDanish({"regnvand"}, glossary={}, eng_dan={}, dan_eng={"regn": ["rain"]},
                             synonyms=False, neighbours={"eng-nor": {"water": ["vann"]}})
    assert mapper.translate(["rainwater"]) == [Translation("rainwater", ("regnvand",), "compound")]
