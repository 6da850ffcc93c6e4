"""A visitor's story around the question: a word that is part of a unit there is not searched alone."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.reading import read_question
from assistant.answer.scene import (
    DEICTIC_TIME,
    deictic_time_words,
    particle_verb_parts,
    scene_before,
    situation_modifier,
    story_places,
    visitor_roles,
)


@pytest.mark.parametrize("word", sorted(DEICTIC_TIME))
def test_each_word_of_the_day_or_year_after_i_places_the_visit_not_the_topic(word):
    words = ["Jeg", "var", "der", "i", word]
    assert deictic_time_words(words) == {3, 4}


def test_the_time_adverbial_is_found_in_ascii_spelling_and_any_case():
    assert deictic_time_words("jeg meldte mig ind i aar".split()) == {4, 5}
    assert deictic_time_words("Jeg var der I GÅR".split()) == {3, 4}


@pytest.mark.parametrize("scene", ["Jeg meldte mig ind for en måned siden",  # a length a rule may count
                                   "Jeg går til møderne", "Vi bor i Aarhus", "Vi holder møde i bestyrelsen"])
def test_a_length_of_time_a_verb_and_other_places_are_kept(scene):
    assert deictic_time_words(scene.split()) == set()


@pytest.mark.parametrize("scene, verb, joined", [
    ("Jeg har en idé, som jeg gerne vil have taget op på årsmødet", "taget", "optaget"),
    ("Jeg meldte mig ind i går", "meldte", "indmeldte"),
    ("Jeg er lige blevet valgt ind i bestyrelsen", "valgt", "indvalgt"),
])
def test_the_verb_of_a_particle_verb_is_one_unit_with_its_particle(scene, verb, joined):
    assert particle_verb_parts(scene) == {verb: joined}


@pytest.mark.parametrize("scene", ["Jeg har et forslag til generalforsamlingen",
                                   "I vil flytte statens arbejdspladser ud af hovedstaden"])
def test_a_noun_before_a_preposition_is_no_particle_verb(scene):
    assert particle_verb_parts(scene) == {}


def test_yesterday_and_joining_in_the_story_do_not_pull_the_search_to_walking_and_leaving(statutes):
    # "i går" is no "gå", and "meldte mig ind" is "indmeldte", not "melde" alone: the rule on joining
    # (§ 3, stk. 2: "Indmeldelse …") is cited first, not the one on leaving ("melde sig ud", § 4).
    question = "Jeg meldte mig ind på nettet i går, men har ikke betalt endnu. Er jeg medlem nu?"
    reading = read_question(statutes, question)
    assert reading.text == "indmeldte ikke betalt Er jeg medlem nu?"
    answer = ask(question, statutes)
    assert answer.answered
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("3", "2")


def test_a_particle_verb_is_searched_in_the_joined_form_the_material_uses(statutes):
    # "taget op" is one verb, written "optaget" (the statutes say "optages"), not the noun "tag".
    reading = read_question(statutes, "Jeg vil gerne have min idé taget op på årsmødet. Hvordan kommer den med?")
    assert "taget" not in reading.text.split() and reading.text.startswith("optaget")


def test_a_story_word_the_material_uses_for_the_topic_is_still_searched(statutes):
    reading = read_question(statutes, "Jeg har ikke betalt kontingent i et halvt år - hvad sker der?")
    assert reading.text.startswith("ikke betalt kontingent år")


def test_a_verb_before_a_comma_takes_no_particle_from_the_next_clause():
    assert particle_verb_parts("byrådet har diskuteret, om det giver mening. Før vi tager det op") == {
        "tager": "optager"}


def test_a_statement_after_the_question_tells_why_it_is_asked_and_is_not_searched(statutes):
    # "stifte", "gøre" and "samme" are words the statutes use, but they say why the visitor asks.
    question = "Hvor mange sidder i bestyrelsen? Vi skal stifte en forening og vil gøre det på samme måde."
    assert read_question(statutes, question).text == "Hvor mange sidder i bestyrelsen?"
    answer = ask(question, statutes)
    assert answer.answered and "fem til syv" in answer.answer


def test_a_school_assignment_after_the_question_does_not_pull_the_search_to_development(bundled_index):
    question = "Hvornår startede I? Jeg skriver en opgave om regional udvikling."
    assert read_question(bundled_index, question).text == "Hvornår startede I?"
    answer = ask(question, bundled_index)
    assert answer.answered and "2014" in answer.answer
    assert answer.citations[0].url.endswith("#vores-historie")


def test_the_story_before_the_question_is_still_searched_when_a_statement_follows_it(statutes):
    question = "Jeg har ikke betalt kontingent i et halvt år - hvad sker der? Jeg er lidt bekymret."
    assert read_question(statutes, question).text.startswith("ikke betalt kontingent år")


def test_an_english_statement_after_the_question_tells_why_it_is_asked_and_is_not_searched(bundled_index):
    # "piece" was searched as "del" (andel) and "regional development" as the Om page's words.
    for question in ("When was Balance Danmark founded? I'm asking for a piece I'm writing.",
                     "When was Balance Danmark founded? I am writing a school paper about regional development."):
        words = read_question(bundled_index, question).text.split()
        assert words == ["balance", "danmark", "startede"], question
        answer = ask(question, bundled_index)
        assert answer.answered and "2014" in answer.answer


def test_an_english_scene_before_the_question_is_still_searched_when_a_statement_follows_it(bundled_index):
    reading = read_question(bundled_index, "We are a small municipality. Who are your members? Just curious.")
    assert "kommuner" in reading.text.split()


@pytest.mark.parametrize("word", ["mindre", "tæt", "sidste", "fem", "tre", "bedre", "endnu"])
def test_an_everyday_adjective_adverb_or_numeral_of_the_scene_tells_what_the_visitors_situation_is_like(word):
    assert situation_modifier(word)


@pytest.mark.parametrize("word", ["almen", "skriftligt", "regional",  # modifiers rare in general Danish: terms
                                  "kommune", "bolig", "lærer", "betalt", "ekskluderet"])  # nouns and verbs
def test_a_rare_modifier_a_noun_or_a_verb_of_the_scene_may_name_the_topic(word):
    assert not situation_modifier(word)


def test_a_smaller_municipality_asks_about_municipalities_not_about_what_became_smaller(bundled_index):
    question = "Vi er en mindre kommune i Sønderjylland. Kan en kommune blive medlem hos jer?"
    words = read_question(bundled_index, question).text.split()
    assert "kommune" in words and "mindre" not in words
    answer = ask(question, bundled_index)
    assert answer.answered and answer.citations[0].url.endswith("#vores-medlemmer")


def test_living_in_a_dense_town_does_not_pull_the_search_to_the_dense_towns_passage(association):
    question = "Jeg bor i en tæt by – hvor langt må der højst være til en park ifølge jer?"
    assert "tæt" not in read_question(association, question).text.split()
    answer = ask(question, association)
    assert answer.answered and answer.citations[0].url.endswith("#page=4")


def test_a_term_of_the_scene_rare_in_general_danish_is_still_searched(association):
    reading = read_question(association, "Hej, jeg bor i en almen bolig - hvad anbefaler I om byhaver?")
    assert reading.text.startswith("almen bolig")
    answer = ask("Jeg har hørt, at man skal melde sig ud skriftligt, men hvem skal man så skrive til?", association)
    assert answer.answered and answer.citations[0].paragraph == "4"


@pytest.mark.parametrize("scene, role", [
    # A role in another organisation or of someone in the visitor's circle tells who asks.
    ("Jeg er kasserer i min vejlaug", "kasserer"),
    ("Jeg er selv formand for en lille skakklub", "formand"),
    ("Vi er bestyrelse for et andelsboligselskab", "bestyrelse"),
    ("Min søster er revisor i et lille firma", "revisor"),
    ("Jeg sidder også i bestyrelsen i en rideklub", "sidder bestyrelsen"),
])
def test_a_role_in_someone_elses_organisation_is_not_searched(scene, role):
    words = scene.split()
    assert " ".join(words[i] for i in sorted(visitor_roles(words))) == role


@pytest.mark.parametrize("scene", [
    "Jeg er kasserer hos jer",        # the material's own organisation: the role may be the topic
    "Jeg er ny i bestyrelsen",         # a definite body, the organisation asked
    "Min mand er suppleant i foreningen",
    "Vi er en lille kommune ved Limfjorden",  # what the visitor is, not a role held somewhere
    "Vi er en skole i Vejle",
    "Min svigerfar er byplanlægger og blev interviewet",  # no organisation: maybe the people named
])
def test_a_role_in_the_material_own_organisation_or_what_the_visitor_is_stays(scene):
    assert visitor_roles(scene.split()) == set()


def test_the_treasurer_of_a_club_does_not_pull_the_search_to_the_treasurer(statutes):
    # "kasserer" is the statutes' word too (§ 4, § 6, § 9); the question is about the meeting (§ 7, stk. 2).
    question = "Jeg er kasserer i en lille tennisklub. Hvornår på året holder I generalforsamling?"
    reading = read_question(statutes, question)
    assert "kasserer" not in reading.text.split()
    answer = ask(question, statutes)
    assert answer.answered and (answer.citations[0].paragraph, answer.citations[0].stk) == ("7", "2")


def test_an_english_role_in_another_organisation_is_left_out_of_the_scene():
    message = "I'm the treasurer of a small sailing club. When is your general meeting held?"
    assert "treasurer" not in scene_before(message, message, "When is your general meeting held?")
    assert "journalist" in scene_before("I'm a journalist. Who founded you?", "", "Who founded you?")


def test_an_english_office_named_without_its_article_is_a_role_in_another_organisation_too():
    # English drops the article before an office one holds: "I'm chair of …", "I'm secretary of …".
    message = "I'm chair of a small allotment society. Who chairs your board?"
    assert "chair" not in scene_before(message, message, "Who chairs your board?").split()
    assert "allotment" in scene_before(message, message, "Who chairs your board?")


def test_a_role_held_somewhere_else_is_a_role_in_another_organisation(statutes):
    # "kasserer" is the statutes' word; the visitor holds the office elsewhere and asks about leaving.
    question = "Jeg er også kasserer et andet sted. Hvordan melder jeg mig ud hos jer?"
    assert not {"kasserer", "sted"} & set(read_question(statutes, question).text.split())
    assert "kasserer" in read_question(statutes, "Jeg er kasserer hos jer. Hvordan melder jeg mig ud?").text.split()


@pytest.mark.parametrize("scene, place", [
    ("Jeg bor i Vejle og har et spørgsmål", "Vejle"),
    ("Min mor flyttede til Lemvig sidste år", "Lemvig"),
    ("Vi er tre venner fra Skagen", "Skagen"),
    ("jeg er frivillig paa Fyn", "Fyn"),
])
def test_the_town_where_the_visitors_story_happens_is_not_searched(scene, place):
    words = scene.split()
    assert [words[i] for i in sorted(story_places(words, "Hvem bestemmer?"))] == [place]


@pytest.mark.parametrize("scene, asked", [
    ("Jeg har meldt mig ind i Grønne Byer", "Hvad koster det?"),         # a name of several words
    ("Jeg har hørt om Balance Danmark i radioen", "Hvornår startede I?"),  # no preposition of place
    ("Jeg skriver om Danmark på Vippen", "Hvem stod bag?"),               # a name with a preposition inside
    ("Jeg er fra Vejle", "Hvor mange grønne tage har vi?"),                 # the question asks about it
    ("Vi bor i Vejle", "Hvem hos jer skal vi ringe til?"),                # "vi": the people of the place
    ("Jeg har et spørgsmål i DAG", "Hvem bestemmer?"),                     # shouting, not a name
])
def test_an_organisation_and_a_place_the_question_asks_about_stay(scene, asked):
    assert story_places(scene.split(), asked) == set()


def test_the_visitors_town_does_not_pull_the_answer_to_the_passages_naming_the_same_town(association):
    # The association's seat and secretariat are in Vejle (§ 1, the publication's last page): a member
    # living there asks about an exclusion (§ 4, stk. 3) or what members get (§ 4, stk. 1).
    question = "Bestyrelsen har smidt min nabo ud af lokalgruppen i Vejle. Kan hun klage over det nogen steder?"
    assert "Vejle" not in read_question(association, question).text.split()
    answer = ask(question, association)
    assert answer.answered and (answer.citations[0].paragraph, answer.citations[0].stk) == ("4", "3")
    answer = ask("Jeg har lige meldt mig ind, og jeg bor i Vejle. Hvad får jeg som medlem?", association)
    assert answer.answered and (answer.citations[0].paragraph, answer.citations[0].stk) == ("4", "1")
