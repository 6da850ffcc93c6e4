"""An English word whose Danish dictionary word the material lacks still reaches the material's words:
through a neighbour's word that starts the material's compounds ("mapping": "kort" in "kortlægningen"),
and an adverb through its adjective ("personally": "personligt")."""
from __future__ import annotations

import pytest

from assistant.language import wordnet
from assistant.language.english import ABSENT, EnglishToDanish, Translation
from assistant.language.english_fallback import MaterialParts
from tests.support.language import require_debian_file

# "map" is "landkort" in the Danish-English dictionary and "karta" or "kort" in the Swedish one.
MAP_DICTIONARIES = {"glossary": {}, "eng_dan": {}, "dan_eng": {"landkort": ["map"]}, "synonyms": False,
                    "neighbours": {"eng-swe": {"map": ["karta", "kort"]}}}


def test_mapping_is_searched_as_the_first_part_of_the_materials_compounds():
    # The publication says "Kortlægningen er finansieret af …" and "kortdata": no "landkort", no "kort".
    mapper = EnglishToDanish({"kortlægningen", "kortdata", "finansieret"}, **MAP_DICTIONARIES)
    assert mapper.translate(["mapping"]) == [Translation("mapping", ("kort",), ABSENT)]


def test_without_such_compounds_the_dictionarys_word_still_asks_about_the_thing():
    mapper = EnglishToDanish({"finansieret", "luftfotos"}, **MAP_DICTIONARIES)
    assert mapper.translate(["mapping"]) == [Translation("mapping", ("landkort",), ABSENT)]


def test_a_dictionary_word_that_ends_the_materials_compounds_is_kept():
    # The search finds "forsamling" as the head of "generalforsamling"; "møde" only starts "mødestedet".
    mapper = EnglishToDanish({"generalforsamling", "mødestedet"}, glossary={}, eng_dan={},
                             dan_eng={"forsamling": ["meeting"]}, synonyms=False,
                             neighbours={"eng-nor": {"meeting": ["møde"]}})
    assert mapper.translate(["meeting"]) == [Translation("meeting", ("forsamling",), ABSENT)]


def test_assembly_is_searched_as_the_neighbours_word_that_ends_the_materials_compounds():
    # A member asks for "an extraordinary assembly": the Danish dictionary's "montage" is in no word
    # of the statutes, the Norwegian one's "forsamling" ends "generalforsamling".
    dictionaries = {"glossary": {}, "eng_dan": {}, "dan_eng": {"montage": ["assembly"]}, "synonyms": False,
                    "neighbours": {"eng-nor": {"assembly": ["forsamling"]}}}
    mapper = EnglishToDanish({"ekstraordinær", "generalforsamling", "afholdes"}, **dictionaries)
    assert mapper.translate(["assembly"]) == [Translation("assembly", ("forsamling",), ABSENT)]
    # Where no compound ends with it, the likeliest dictionary word still asks about the thing.
    mapper = EnglishToDanish({"ekstraordinær", "afholdes"}, **dictionaries)
    assert mapper.translate(["assembly"]) == [Translation("assembly", ("montage",), ABSENT)]



@pytest.mark.parametrize("material, neighbours_word", [
    ({"træplan"}, "plan"),               # short: "plan" ends compounds of other meanings
    ({"behandling"}, "handling"),        # "be" is no word: "handling" is no part of it
])
def test_a_short_head_or_one_ending_a_longer_word_is_not_taken(material, neighbours_word):
    mapper = EnglishToDanish(material, glossary={}, eng_dan={}, dan_eng={"akt": ["act"]}, synonyms=False,
                             neighbours={"eng-nor": {"act": [neighbours_word]}})
    assert mapper.translate(["act"]) == [Translation("act", ("akt",), ABSENT)]


@pytest.mark.parametrize("word, compound, starts", [
    ("kort", "kortdata", True),
    ("kort", "korte", False),          # an ending, not a word after it
    ("by", "byhaver", False),          # too short to be told from a word's start
    ("data", "kortdata", False),       # the end of a compound, not its start
    ("best", "bestyrelsen", False),    # "yrelsen" is no word: "best" is no part of it
    ("beslutning", "beslutningskompetencerne", True),   # after a linking s
])
def test_a_word_starts_a_compound_only_with_a_word_after_it(word, compound, starts):
    assert MaterialParts({compound}).starts(word) is starts


def test_a_word_the_material_holds_itself_starts_no_compound_of_it():
    assert not MaterialParts({"kort", "kortdata"}).starts("kort")


def test_an_adverb_is_searched_as_its_adjective():
    require_debian_file(wordnet.WORDNET_DIR / "index.adv", "wordnet-base")
    net = wordnet.load()
    assert net.adverb_adjectives("personally") == ["personal"]
    # § 11: "Medlemmerne hæfter ikke personligt for foreningens gæld".
    mapper = EnglishToDanish({"medlemmerne", "hæfter", "personligt", "gæld"}, glossary={}, eng_dan={},
                             dan_eng={"personlig": ["personal"]}, neighbours={}, synonyms=net)
    assert mapper.translate(["personally"]) == [Translation("personally", ("personligt",), "dan-eng")]



# "become" is "blive" (a Danish function word) or "ske"; "behind" is "efter" or "bagom".
FUNCTION_DICTIONARIES = {"glossary": {}, "eng_dan": {}, "synonyms": False, "neighbours": {},
                         "dan_eng": {"blive": ["become"], "ske": ["become", "happen"], "efter": ["behind", "after"],
                                     "bagom": ["behind"], "medlem": ["member"], "have": ["garden"],
                                     "gartner": ["gardener"]}}


def test_who_can_become_a_member_asks_for_no_word_the_material_lacks():
    # The Om page says "medlemmer består af …": neither "blive" nor "ske"; "ske" would count against it.
    mapper = EnglishToDanish({"medlemmer", "består"}, **FUNCTION_DICTIONARIES)
    assert mapper.translate(["become", "member"]) == [Translation("become", (), ABSENT),
                                                      Translation("member", ("medlemmer",), "dan-eng")]
    assert mapper.translate(["behind"]) == [Translation("behind", (), ABSENT)]


def test_a_word_only_a_function_words_homograph_translates_still_asks_about_the_thing():
    # "garden" is only "have" (also the verb "to have"), "gardener" is "gartner": both are things.
    mapper = EnglishToDanish({"træer"}, **FUNCTION_DICTIONARIES)
    assert mapper.translate(["gardener"]) == [Translation("gardener", ("gartner",), ABSENT)]
    assert mapper.translate(["garden"]) == [Translation("garden", ("have",), ABSENT)]


def test_a_glossary_term_the_material_lacks_gives_way_to_the_dictionarys_word():
    # The Om page has no "hjemsted" (the statutes' registered seat): "Where is Balance Danmark
    # based?" asks about a base, not about the association's term, whose thesaurus synonyms ("bo")
    # the search would look for.
    mapper = EnglishToDanish({"vision", "bo"}, glossary={"based": ["hjemsted"]}, eng_dan={},
                             dan_eng={"base": ["base", "based"]}, synonyms=False, neighbours={})
    assert mapper.translate(["based"]) == [Translation("based", ("base",), ABSENT)]


def test_a_word_only_the_glossary_translates_keeps_the_glossarys_term_where_the_material_lacks_it():
    mapper = EnglishToDanish({"vision"}, glossary={"headquarters": ["hjemsted"]}, eng_dan={}, dan_eng={},
                             synonyms=False, neighbours={})
    assert mapper.translate(["headquarters"]) == [Translation("headquarters", ("hjemsted",), ABSENT)]


def test_somewhere_and_someone_ask_about_no_word_the_material_lacks():
    # "Do you publish your recommendations somewhere?": the Om page names Balancemål, never
    # "nogensteds"; the question must not count a rare Danish adverb against the answer.
    mapper = EnglishToDanish({"anbefalinger", "publikationen"}, glossary={}, eng_dan={},
                             dan_eng={"nogensteds": ["anywhere", "somewhere"], "anbefaling": ["recommendation"]},
                             synonyms=False, neighbours={})
    words = ["publish", "recommendations", "somewhere"]
    assert Translation("somewhere", (), ABSENT) in mapper.translate(words)
    assert "nogensteds" not in mapper.to_danish(words)
    assert mapper.translate(["someone", "else"])[0] == Translation("someone", (), ABSENT)


def test_an_indefinite_pronoun_the_material_has_is_still_searched():
    # § 3: "Som medlem kan optages enhver person …" answers "Can anyone become a member?".
    mapper = EnglishToDanish({"enhver", "medlem"}, glossary={}, eng_dan={}, dan_eng={"enhver": ["anyone"]},
                             synonyms=False, neighbours={})
    assert mapper.to_danish(["anyone"]) == ["enhver"]


def test_a_person_no_dictionary_names_asks_about_what_the_person_did():
    # No dictionary has "founder"; WordNet derives it from "found", which the glossary has as "stifte".
    # The Om page lacks "stifte" too, but a Danish word the material lacks is read as Danish ("stifterne"
    # finds "Bag initiativet stod …"), an English word only as a word nobody knows.
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")
    mapper = EnglishToDanish({"startede", "bank", "initiativet"}, glossary={"found": ["stifte"]}, eng_dan={},
                             dan_eng={}, neighbours={}, synonyms=wordnet.load())
    assert mapper.translate(["founders"]) == [Translation("founders", ("stifte",), ABSENT)]
