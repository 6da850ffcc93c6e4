"""A visitor writes English as it is spoken and typed: phrasal verbs ("set up", "kicked out") and typos
("compnay", "recomendations") still meet the material's Danish words."""
from __future__ import annotations

import pickle
import random

import pytest
from wordfreq import zipf_frequency

from assistant.language import wordnet
from assistant.language.english import (
    ABSENT,
    EnglishToDanish,
    Translation,
    detect_language,
    english_words,
    read_glossary,
)
from assistant.language.english_phrases import PHRASAL
from assistant.language.english_spelling import MIN_LENGTH, REAL_WORD_ZIPF, _edits, _slip, english_correction
from tests.support.language import require_debian_file


def _write_wordnet(folder, synsets: dict[str, list[str]], verb_exceptions: str = "") -> wordnet.WordNet:
    """A WordNet in Princeton's file format: per part of speech, synsets of words (spaces as "_"),
    and irregular verb forms ("wound wind"), one a line, if given."""
    if verb_exceptions:
        (folder / "verb.exc").write_text(verb_exceptions, encoding="utf-8")
    licence = "  1 This is the licence line.\n"
    for pos in wordnet.PARTS_OF_SPEECH:
        data, entries = licence, {}
        for words in synsets.get(pos, []):
            offset = len(data.encode())
            members = words.split()
            data += f"{offset:08d} 00 v {len(members):02x} " + " ".join(f"{w} 0" for w in members) + " 000 | x\n"
            for w in members:
                entries.setdefault(w, []).append(f"{offset:08d}")
        index = "".join(f"{w} {pos[0]} {len(o)} 0 {len(o)} 0 {' '.join(o)}  \n" for w, o in sorted(entries.items()))
        (folder / f"data.{pos}").write_text(data, encoding="utf-8")
        (folder / f"index.{pos}").write_text(licence + index, encoding="utf-8")
    return wordnet.WordNet(folder)


def _mapper(vocabulary, dan_eng, net, glossary=None) -> EnglishToDanish:
    return EnglishToDanish(vocabulary, glossary=glossary or {}, eng_dan={}, dan_eng=dan_eng,
                           neighbours={}, synonyms=net)


# --- phrasal verbs ------------------------------------------------------------------------------

def test_who_set_up_the_association_finds_the_materials_word_for_founding(tmp_path):
    # "set up" is not "set": WordNet lists the phrase as a verb whose synonym the dictionary holds.
    net = _write_wordnet(tmp_path, {"verb": ["set_up establish found", "set put"]})
    mapper = _mapper({"foreningen", "stiftet"}, {"stifte": ["establish"], "forening": ["association"]}, net)
    translations = mapper.translate(english_words("Who set up the association?"))
    assert Translation("set up", ("stiftet",), PHRASAL) in translations


def test_a_phrasal_verb_in_the_past_tense_is_read_in_its_base_form(tmp_path):
    net = _write_wordnet(tmp_path, {"verb": ["kick_out expel oust"]})
    mapper = _mapper({"ekskluderes"}, {"ekskludere": ["expel"]}, net)
    assert mapper.translate(["kicked", "out"]) == [Translation("kicked out", ("ekskluderes",), PHRASAL)]


def test_can_the_board_throw_a_member_out_reads_the_verb_with_its_particle_after_the_object(tmp_path):
    net = _write_wordnet(tmp_path, {"verb": ["throw_out expel"]})
    mapper = _mapper({"ekskluderes", "medlem"}, {"ekskludere": ["expel"], "medlem": ["member"]}, net)
    assert mapper.translate(english_words("Can the board throw a member out?")) == [
        Translation("board", ("board",), "unmapped"),
        Translation("throw out", ("ekskluderes",), PHRASAL),
        Translation("member", ("medlem",), "dan-eng")]


def test_a_particle_after_an_object_makes_no_danish_prefixed_verb(tmp_path):
    # "When do I send it in?" is "indsende"; in "send them a letter in May" "in" belongs to May.
    net = _write_wordnet(tmp_path, {"verb": ["send mail"]})
    mapper = _mapper({"indsende", "sende"}, {"sende": ["send"]}, net)
    assert [t.danish for t in mapper.translate(english_words("send in"))] == [("indsende",)]
    assert [t.danish for t in mapper.translate(english_words("send them in"))] == [("sende",)]


def test_a_noun_before_a_particle_is_no_danish_prefixed_verb(tmp_path):
    # "move government jobs out of the big cities": "job" is mostly a noun, so not "udarbejde".
    net = _write_wordnet(tmp_path, {"noun": ["job task", "job occupation", "work job"],
                                    "verb": ["job", "work labour", "send mail"]})
    mapper = _mapper({"udarbejde", "indsendt"}, {"arbejde": ["job", "work"], "sende": ["send"]}, net)
    assert all(t.danish != ("udarbejde",) for t in mapper.translate(["jobs", "out"]))
    assert mapper.translate(["work", "out"]) == [Translation("work out", ("udarbejde",), "compound")]
    assert mapper.translate(["sent", "in"]) == [Translation("sent in", ("indsendt",), "compound")]


def test_a_phrasal_verbs_synonym_stands_for_a_danish_verb_not_a_noun(tmp_path):
    # "shut down" is "close" = "lukke"; the dictionary's noun for "close" ("nærheden") is no translation.
    net = _write_wordnet(tmp_path, {"verb": ["shut_down close"]})
    mapper = _mapper({"nærheden"}, {"nærheden": ["close"], "lukke": ["close"]}, net)
    assert all(t.source != PHRASAL for t in mapper.translate(["shut", "down"]))


def test_a_phrasal_verb_the_material_lacks_asks_for_its_synonyms_verbs_not_the_verbs_own_word(tmp_path):
    # The Om page says "startede", not "stiftet" or "oprettet": "When was it first set up?" still asks
    # about founding ("stifte", "oprette"), not about the dictionary's noun for "set" ("serie").
    net = _write_wordnet(tmp_path, {"verb": ["set_up establish found", "set put"]})
    mapper = _mapper({"startede", "organisation"}, {"serie": ["set"], "stifte": ["establish", "found"],
                                                   "oprette": ["establish"]}, net)
    assert mapper.translate(["set", "up"]) == [Translation("set up", ("stifte", "oprette"), ABSENT)]


def test_a_phrasal_verbs_own_verb_is_no_synonym_of_it(tmp_path):
    # WordNet's first sense of "cut down" lists "cut" beside "reduce": "skære" is not what was asked.
    net = _write_wordnet(tmp_path, {"verb": ["cut_down reduce cut"]})
    mapper = _mapper({"fældet"}, {"skære": ["cut"], "reducere": ["reduce"]}, net)
    assert mapper.translate(["cut", "down"]) == [Translation("cut down", ("reducere",), ABSENT)]


def test_a_particle_after_an_object_keeps_the_verbs_own_word_where_the_material_lacks_the_phrase(tmp_path):
    # "gets kicked out": "out" belongs to "kicked", so "get out" (leave) is not read.
    net = _write_wordnet(tmp_path, {"verb": ["get_out leave", "kick_out expel"]})
    mapper = _mapper({"ekskluderes"}, {"forlade": ["leave"], "ekskludere": ["expel"], "få": ["get"]}, net)
    found = mapper.translate(["gets", "kicked", "out"])
    assert Translation("kicked out", ("ekskluderes",), PHRASAL) in found
    assert all(t.english != "gets out" for t in found)


def test_two_words_wordnet_does_not_list_as_a_verb_stay_two_words(tmp_path):
    net = _write_wordnet(tmp_path, {"verb": ["establish found"]})
    mapper = _mapper({"stiftet"}, {"stifte": ["establish"]}, net)
    assert all(t.source != PHRASAL for t in mapper.translate(["establish", "up"]))


def test_debians_wordnet_lists_phrasal_verbs_with_one_word_synonyms():
    require_debian_file(wordnet.WORDNET_DIR / "index.verb", "wordnet-base")
    net = wordnet.load()
    assert net.is_verb("set up") and "establish" in net.verb_senses("set up", 1)[0]
    assert "participate" in net.verb_senses("take part", 1)[0]
    assert net.mostly_verb("resign") and not net.mostly_verb("action")


# --- idioms the resources lack: the glossary reads them as one unit before their words --------

# The statutes' own words for who runs the association, who must be present and who is liable,
# beside what the idioms' words alone are in Danish ("charge": last, "hook": krog, "show": vise).
STATUTE_WORDS = {"ledes", "bestyrelse", "last", "stede", "halvdelen", "vise", "hæfter", "krog",
                 "medlemmerne", "gæld", "revisor"}


@pytest.fixture(scope="module")
def statute_mapper():
    require_debian_file(wordnet.WORDNET_DIR / "index.verb", "wordnet-base")
    return EnglishToDanish(STATUTE_WORDS)


@pytest.mark.parametrize("question, meant, not_meant", [
    ("Who is in charge of running the association?", "ledes", "last"),
    ("whos in charge of checking the accounts", "ledes", "last"),
    ("How many board members must show up for a valid decision?", "stede", "vise"),
    ("How many of the board members showed up?", "stede", "vise"),
    ("Are members personally on the hook for the association's debts?", "hæfter", "krog"),
])
def test_an_english_idiom_is_read_as_one_unit_not_word_by_word(statute_mapper, question, meant, not_meant):
    danish = statute_mapper.to_danish(english_words(question))
    assert meant in danish and not_meant not in danish


def test_debians_resources_lack_the_idioms_the_glossary_holds():
    # Why the glossary holds them: WordNet has no "in charge", "on the hook" only as in danger, and
    # "show up" with synonyms no dictionary maps to the statutes' words.
    require_debian_file(wordnet.WORDNET_DIR / "index.verb", "wordnet-base")
    net = wordnet.load()
    assert not net.is_verb("in charge") and not net.synonyms("in charge")
    assert not net.synonyms("on the hook")
    glossary = {k: v for k, v in read_glossary().items() if k not in {"in charge", "show up", "on the hook"}}
    mapper = EnglishToDanish(STATUTE_WORDS, glossary=glossary)
    for question in ("who is in charge", "members must show up", "members on the hook"):
        danish = mapper.to_danish(english_words(question))
        assert not {"ledes", "stede", "hæfter"} & set(danish)

# --- typos --------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, meant", [
    ("recomendations", "recommendations"),   # a doubled letter written once
    ("maping", "mapping"),                   # ... preferred to a commoner word ("making")
    ("compnay", "company"),                  # two letters swapped
    ("goverment", "government"),             # a letter left out
    ("deside", "decide"),                    # a letter changed
])
def test_a_misspelt_english_word_is_read_as_the_word_meant(typed, meant):
    assert english_correction(typed) == meant


@pytest.mark.parametrize("word", ["making", "budget", "wich", "vippen"])
def test_real_words_short_words_and_names_are_not_corrected(word):
    # "wich" is too short to tell (which? wish? rich?); "vippen" is a name no English word is near.
    assert english_correction(word) is None


def _weighing_every_edit(word: str) -> str | None:
    word = word.casefold()
    if len(word) < MIN_LENGTH or not word.isalpha() or zipf_frequency(word, "en") >= REAL_WORD_ZIPF:
        return None
    scored = [(_slip(word, c), z, c) for c in _edits(word) - {word}
              if (z := zipf_frequency(c, "en")) >= REAL_WORD_ZIPF]
    return max(scored)[2] if scored else None


def test_a_correction_weighs_only_listed_words_and_finds_what_weighing_every_edit_finds():
    rng = random.Random(16)
    words = ["goverment", "recomendations", "compnay", "meetnig", "cafée", "naïvely", "Résumés"]
    for word in ["member", "association", "payment", "board", "volunteer", "election", "statutes"]:
        for _ in range(6):
            i = rng.randrange(len(word))
            words.append(word[:i] + rng.choice("aeiourstnlx") + word[i + 1:])
    assert [english_correction.__wrapped__(w) for w in words] == [_weighing_every_edit(w) for w in words]


def test_how_much_for_a_compnay_asks_about_the_materials_companies():
    mapper = EnglishToDanish({"virksomheder"}, glossary={"company": ["virksomheder"]}, eng_dan={},
                             dan_eng={}, neighbours={}, synonyms=False)
    assert mapper.translate(["compnay"]) == [Translation("compnay", ("virksomheder",), "glossary")]


def test_a_typo_of_a_word_the_material_lacks_still_counts_against_an_answer():
    # Corrected to "insurance", which the dictionary translates to a word the material lacks.
    mapper = EnglishToDanish({"kontingent"}, glossary={}, eng_dan={"insurance": ["forsikring"]},
                             dan_eng={}, neighbours={}, synonyms=False)
    assert mapper.translate(["insurence"]) == [Translation("insurence", ("forsikring",), ABSENT)]


# --- apostrophes --------------------------------------------------------------------------------

def test_a_phones_curly_apostrophe_reads_like_a_straight_one():
    # "How’s the board elected?" typed on a phone: no stray "s" is searched for, and it is English.
    assert english_words("How’s the board elected? Don’t know") == english_words(
        "How's the board elected? Don't know")
    mapper = EnglishToDanish({"bestyrelsen"}, glossary={"board": ["bestyrelsen"]}, eng_dan={}, dan_eng={},
                             neighbours={}, synonyms=False)
    assert [t.english for t in mapper.translate(english_words("How’s the board"))] == ["board"]
    assert detect_language("What’s the fee? I don’t know it") == "en"


@pytest.mark.parametrize("question, language", [
    ("Who set up Danmark på Vippen back in 2014?", "en"),   # "på" is the name's, not the question's
    ("When did Staten i hele Danmark join?", "en"),
    ("Hvem stiftede Danmark på Vippen?", "da"),
    ("Hvornår blev Danmark på Vippen stiftet?", "da"),
])
def test_danish_function_words_inside_a_name_do_not_make_an_english_question_danish(question, language):
    assert detect_language(question) == language


# --- an irregular verb before its particle: "wound up" is "wind up", not the noun "wound" --------

def test_an_association_wound_up_is_one_dissolved(tmp_path):
    # simplemma keeps "wound" (the noun, "sår"); WordNet's verb.exc says it is the past of "wind",
    # and before a particle it is the verb: "wind up", the glossary's "opløse" (the statutes' opløsning).
    net = _write_wordnet(tmp_path, {"verb": ["wind_up finish", "wind"], "noun": ["wound"]}, "wound wind\n")
    mapper = _mapper({"opløsning", "foreningen", "sår"}, {"sår": ["wound"], "forening": ["association"]}, net,
                     glossary={"wind up": ["opløse", "opløsning"]})
    translations = mapper.translate(english_words("If the association is wound up, where does its money go?"))
    assert Translation("wound up", ("opløsning",), "glossary") in translations
    assert not any("sår" in t.danish for t in translations)


def test_a_wound_without_a_particle_is_still_the_noun(tmp_path):
    net = _write_wordnet(tmp_path, {"verb": ["wind_up finish", "wind"], "noun": ["wound"]}, "wound wind\n")
    mapper = _mapper({"opløsning", "sår"}, {"sår": ["wound"]}, net, glossary={"wind up": ["opløse", "opløsning"]})
    assert [t.danish for t in mapper.translate(english_words("Does the wound hurt?"))][0] == ("sår",)


def test_without_wordnets_irregular_forms_wound_up_stays_the_noun(tmp_path):
    # What the exceptions file changes: without it "wound up" is never looked up as "wind up".
    net = _write_wordnet(tmp_path, {"verb": ["wind_up finish", "wind"], "noun": ["wound"]})
    mapper = _mapper({"opløsning", "sår"}, {"sår": ["wound"]}, net, glossary={"wind up": ["opløse", "opløsning"]})
    translations = mapper.translate(english_words("If the association is wound up"))
    assert not any("opløsning" in t.danish for t in translations)


def test_wordnet_read_back_from_the_table_cache_keeps_its_irregular_verbs(tmp_path):
    # A worker reads WordNet from the table cache (pickled); "wound" must still be "wind" there.
    net = _write_wordnet(tmp_path, {"verb": ["wind_up finish"]}, "wound wind\n")
    assert pickle.loads(pickle.dumps(net)).verb_bases == {"wound": "wind"}


def test_how_many_board_members_must_turn_up_does_not_ask_about_a_change(tmp_path):
    # "turn up"'s commonest sense (come on, show up) has no one-word synonym a dictionary holds; the
    # bare verb is the statutes' "ændret" (changed), which sent the question to the rules on amendments.
    net = _write_wordnet(tmp_path, {"verb": ["turn_up come_on show_up", "turn change"]})
    mapper = _mapper({"ændret", "bestyrelsen", "halvdelen"}, {"ændre": ["change", "turn"]}, net)
    assert mapper.translate(["turn", "up"]) == [Translation("turn up", (), ABSENT)]
    assert mapper.translate(["turn"]) == [Translation("turn", ("ændret",), "dan-eng")]


def test_who_signed_off_on_the_recommendations_is_not_who_signs_for_the_association(tmp_path):
    net = _write_wordnet(tmp_path, {"verb": ["sign_off", "sign subscribe"]})
    mapper = _mapper({"tegnes", "anbefalingerne"}, {"tegne": ["draw", "sign"]}, net)
    assert Translation("signed off", (), ABSENT) in mapper.translate(english_words("Who signed off on it?"))
    # "on" is a preposition as often as a particle: "signs on behalf of the association" is "tegnes".
    (tmp_path / "on").mkdir()
    net_on = _write_wordnet(tmp_path / "on", {"verb": ["sign_on", "sign subscribe"]})
    mapper_on = _mapper({"tegnes"}, {"tegne": ["draw", "sign"]}, net_on)
    assert Translation("signs", ("tegnes",), "dan-eng") in mapper_on.translate(english_words("Who signs on behalf of it?"))


def test_a_particle_verb_danish_says_alike_keeps_the_verbs_word(tmp_path):
    # "follow up" is "følge op" in Danish too: the material's "opfølgning" begins with the particle and the
    # verb's stem, so "følge" is searched ("Foreningen vil hvert år følge op på anbefalingerne").
    net = _write_wordnet(tmp_path, {"verb": ["follow_up follow_through", "follow trace"]})
    mapper = _mapper({"følge", "opfølgning"}, {"følge": ["follow"]}, net)
    assert mapper.translate(["follow", "up"]) == [Translation("follow", ("følge",), "dan-eng")]


def test_a_phrasal_verb_whose_verb_the_material_lacks_keeps_the_verbs_word_as_absent(tmp_path):
    # "cut down" asks about felling, which a page on trees does not say: the absent "skære" still
    # counts against an answer, as before.
    net = _write_wordnet(tmp_path, {"verb": ["cut_down", "cut slash"]})
    mapper = _mapper({"træer"}, {"skære": ["cut"]}, net)
    assert mapper.translate(["cut", "down"]) == [Translation("cut", ("skære",), ABSENT)]
