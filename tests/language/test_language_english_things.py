"""A visitor's English question names the thing it asks about with a noun; the verbs, adverbs and
pronouns around it ("did the green areas shrink", "originally", "everyone") are no thing the
material must mention, whatever word order says."""
from __future__ import annotations

from assistant.language import wordnet
from assistant.language.english_things import names_a_thing
from tests.language.test_language_english_phrases import _write_wordnet
from tests.support.language import require_debian_file


def test_a_word_wordnet_knows_mostly_as_a_verb_or_an_adverb_names_no_thing(tmp_path):
    net = _write_wordnet(tmp_path, {"noun": ["shrink psychiatrist", "price cost", "motion proposal",
                                             "contract agreement"],
                                    "verb": ["shrink shrivel", "shrink cringe", "shrink recoil", "shrink wince",
                                             "motion gesture", "contract shorten", "contract tighten"],
                                    "adj": ["online connected", "online wired"],
                                    "adv": ["originally initially", "originally first"]})
    assert not names_a_thing("shrink", net) and not names_a_thing("originally", net)
    # A noun, also one with a few verb senses more ("signs contracts"), and an adjective ("vote
    # online") can be what is asked about.
    assert names_a_thing("motion", net) and names_a_thing("price", net) and names_a_thing("online", net)
    assert names_a_thing("contract", net)
    # An inflected form is judged by its base form.
    assert names_a_thing("prices", net)


def test_a_common_word_wordnet_lacks_is_a_grammar_word_and_a_rare_one_a_name(tmp_path):
    net = _write_wordnet(tmp_path, {"noun": ["price cost"]})
    assert not names_a_thing("everyone", net) and not names_a_thing("whether", net)
    assert names_a_thing("mobilepay", net)


def test_a_misspelt_word_is_judged_as_the_word_meant(tmp_path):
    net = _write_wordnet(tmp_path, {"adv": ["instead alternatively"], "noun": ["government authorities"]})
    assert not names_a_thing("insted", net)
    assert names_a_thing("goverment", net)


def test_without_wordnet_every_word_may_name_a_thing():
    assert names_a_thing("shrink", None) and names_a_thing("everyone", None)


def test_debians_wordnet_tells_verbs_and_adverbs_from_things():
    require_debian_file(wordnet.WORDNET_DIR / "index.noun", "wordnet-base")
    for word in ("shrink", "originally", "everyone", "insted"):
        assert not names_a_thing(word), word
    for word in ("books", "price", "motion", "online", "contracts", "mobilepay", "youth"):
        assert names_a_thing(word), word


def test_the_verb_late_in_a_question_and_a_gerund_are_told_by_wordnet(tmp_path):
    from assistant.language.english_things import can_be_verb, gerund_of_verb
    net = _write_wordnet(tmp_path, {"noun": ["cover lid", "housing lodging", "writing text", "council board"],
                                    "verb": ["cover covering", "cover span", "write compose", "write pen",
                                             "house lodge"]})
    assert can_be_verb("cover", net) and can_be_verb("covers", net) and not can_be_verb("council", net)
    # "writing" is the verb's more than a noun; "housing" is a noun as often as "house" a verb.
    assert gerund_of_verb("writing", net) and not gerund_of_verb("housing", net)
    assert not gerund_of_verb("cover", net)
    assert not can_be_verb("cover", None) and not gerund_of_verb("writing", None)


def test_a_verb_and_its_particle_wordnet_lists_together_name_no_thing(tmp_path):
    from assistant.language.english_things import in_verb_phrase
    net = _write_wordnet(tmp_path, {"verb": ["set_aside reserve", "cut_down fell"],
                                    "noun": ["aside remark", "tree plant", "money cash"]})
    words = "how much money do you want set aside".split()
    assert in_verb_phrase(words, words.index("aside"), net) and in_verb_phrase(words, words.index("set"), net)
    assert not in_verb_phrase(words, words.index("money"), net)
    words = "what happens when a tree gets cut down".split()
    assert in_verb_phrase(words, words.index("cut"), net) and not in_verb_phrase(words, words.index("tree"), net)
    assert not in_verb_phrase(words, words.index("cut"), None)
