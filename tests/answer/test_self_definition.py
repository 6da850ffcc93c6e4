"""Asked whether the organisation itself is something ("Er I et politisk parti?"), the visitor gets
the sentence that says what it is, even when the material says it in the asked word's family."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.definitions import ADDRESSED, asks_activity, subject
from assistant.documents import Document, Section
from tests.support.statutes import build_index

DEFINITION = "Balance Danmark er en partipolitisk uafhængig organisation"

# A club page of our own: its definition says "klubpolitisk" and "uafhængig", while another section
# repeats the question's words ("klubber", "politisk").
CLUB_URL = "https://roklub.example/om/"
CLUB = Document(url=CLUB_URL, title="Om Roklubben Ålen", sections=(
    Section(heading="", anchor="",
            text="Roklubben Ålen er en klubpolitisk uafhængig forening for roere i alle aldre. "
                 "Vi ror på fjorden fra april til oktober."),
    Section(heading="Samarbejde", anchor="samarbejde",
            text="Vi mødes med andre klubber i kommunen to gange om året og drøfter politisk, "
                 "hvordan fjorden kan bruges af flere klubber."),
    Section(heading="Bådene", anchor="baadene",
            text="Vi har tolv både: otte inriggere og fire kajakker. Bådene står i hallen ved havnen."),
    Section(heading="Træning", anchor="traening",
            text="Nye roere får fire lektioner med en instruktør, før de må ro alene."),
    Section(heading="Kontingent", anchor="kontingent",
            text="Et år som roer koster 900 kr., og unge under 18 betaler det halve."),
))


@pytest.fixture(scope="module")
def club(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("club"), [CLUB])


@pytest.mark.parametrize("question", [
    "Are you a political party?",
    "er i et politisk parti eller hvad",
])
def test_a_yes_no_question_put_to_the_organisation_gets_its_definition(bundled_index, question):
    # "parti" stands in "partipolitisk" only; the search finds "Folketingets partier" in Vores kamp.
    answer = ask(question, bundled_index)
    assert answer.answered
    assert DEFINITION in answer.answer, answer.answer
    assert "Folketingets partier" not in answer.answer


def test_the_definition_holds_the_asked_word_as_part_of_a_compound_of_its_own(club):
    answer = ask("Er I en politisk klub?", club)
    assert answer.answered
    assert answer.answer.startswith("Roklubben Ålen er en klubpolitisk uafhængig forening"), answer.answer


@pytest.mark.parametrize("question", [
    # A question word first asks for a thing, not whether the organisation is something.
    "Hvilke klubber drøfter I politik med?",
    # A word of the question the definition lacks: the definition does not speak to it.
    "Er I en del af kommunen?",
])
def test_other_questions_are_not_answered_by_the_definition(club, question):
    answer = ask(question, club)
    assert "klubpolitisk" not in answer.answer, answer.answer


def test_a_word_the_material_does_not_know_may_be_the_thing_asked(club):
    # "velgørende" is no verb and no common word: the definition, which lacks it, is not put first.
    answer = ask("Er I en velgørende klub?", club)
    assert "klubpolitisk" not in answer.answer, answer.answer


def test_a_verb_the_material_does_not_know_only_relates_the_organisation_to_the_thing_asked(club):
    answer = ask("Er I tilknyttet en bestemt politisk klub?", club)
    assert answer.answered
    assert answer.answer.startswith("Roklubben Ålen er en klubpolitisk uafhængig forening"), answer.answer


@pytest.mark.parametrize("question, expected", [
    ("Hvad slags organisation er Balance Danmark?", "Balance Danmark"),
    ("What kind of organisation is Grønne Byer?", "Grønne Byer"),
    ("Hvad er Grønne Byer egentlig for en størrelse?", "Grønne Byer"),
    ("What does Balance Danmark actually do?", "Balance Danmark"),
])
def test_the_subject_of_a_kind_question_and_of_one_with_a_particle(question, expected):
    assert subject(question) == expected


def test_what_an_organisation_does_follows_what_it_is(bundled_index):
    assert asks_activity("What does Balance Danmark actually do?")
    assert not asks_activity("What is Balance Danmark?")
    answer = ask("What does Balance Danmark actually do?", bundled_index)
    assert DEFINITION in answer.answer and "analyser" in answer.answer, answer.answer


def test_a_definition_under_a_title_before_the_name_is_found(association):
    # "Foreningen Grønne Byer er en landsforening …" defines "Grønne Byer".
    answer = ask("What kind of organisation is Grønne Byer?", association)
    assert answer.answered
    assert "Foreningen Grønne Byer er en landsforening" in answer.answer, answer.answer


def test_an_english_verb_the_material_lacks_only_relates_the_organisation_to_the_thing_asked(club):
    # "belong" has no Danish word in the material; like "tilknyttet" it says how, not what.
    answer = ask("Does Roklubben Ålen belong to a political club?", club)
    assert answer.answered
    assert "Roklubben Ålen er en klubpolitisk uafhængig forening" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    # The claim heard and the question checking it are two sentences; the second is put to the club.
    "Min nabo siger, at I bare er en politisk klub. Passer det, eller er I uafhængige?",
    # The claim itself, the addressee first, is what the visitor checks.
    "I er vel en politisk klub?",
])
def test_a_claim_about_the_organisation_or_its_second_sentence_gets_the_definition(club, question):
    answer = ask(question, club)
    assert answer.answered
    assert "Roklubben Ålen er en klubpolitisk uafhængig forening" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    # A story before the question is the visitor's: its rarer words ("onkel") and its claim ("en del af")
    # are not what the asking sentence asks.
    "Min onkel tror, I er en del af en politisk klub. Er I knyttet til en bestemt politisk klub?",
    # A genitive the stemmer keeps ("klubs") reaches the material's word through its forms.
    "Er I på en bestemt politisk klubs side?",
    # The claim read or heard, told in the clause after "at", is put to the club.
    "jeg har hørt at i er en politisk klub – passer det?",
])
def test_a_story_a_genitive_or_a_reported_claim_still_gets_the_definition(club, question):
    answer = ask(question, club)
    assert answer.answered, answer.answer
    assert "Roklubben Ålen er en klubpolitisk uafhængig forening" in answer.answer, answer.answer


def test_an_english_word_translated_to_a_common_danish_word_only_colours_the_question(club):
    # "back" reads as "tilbage", one of Danish's commonest words: it is not the thing asked, as
    # "political club" is.
    answer = ask("Do you back a political club?", club)
    assert answer.answered, answer.answer
    assert "Roklubben Ålen er en klubpolitisk uafhængig forening" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    # "står" finds "Bag initiativet stod …"; the organisation is asked what it stands for.
    "Hvad står I for?",
    "Hej, jeg er ny her – hvad står I egentlig for?",
    "What do you guys stand for?",
])
def test_what_the_organisation_stands_or_fights_for_is_its_definition(bundled_index, question):
    assert subject(question) == ADDRESSED
    answer = ask(question, bundled_index)
    assert answer.answered, answer.answer
    assert DEFINITION in answer.answer, answer.answer


def test_a_definition_that_only_says_whom_it_gathers_does_not_say_what_it_stands_for(club):
    # "en … forening for roere i alle aldre" names the members, not a cause: "står" finds the boats.
    answer = ask("Hvad står I for?", club)
    assert "klubpolitisk" not in answer.answer, answer.answer


def test_a_yes_no_question_to_the_organisation_is_no_question_of_what_it_stands_for():
    assert subject("Er I en politisk klub?") is None
    assert subject("Who are you?") is None


@pytest.mark.parametrize("question", [
    # The frame before the claim ("jeg har laest") is the visitor's; a word of it the material lacks
    # and no dictionary calls a verb is not the thing asked.
    "jeg har laest at i ikke hører til en politisk klub – passer det?",
    # A message that names the club asks on about it as "de".
    "Roklubben Ålen er tit i min avis. Hører de til en bestemt politisk klub?",
])
def test_a_claim_after_a_frame_or_a_pronoun_for_the_named_club_gets_the_definition(club, question):
    answer = ask(question, club)
    assert answer.answered, answer.answer
    assert "Roklubben Ålen er en klubpolitisk uafhængig forening" in answer.answer, answer.answer


def test_a_pronoun_is_no_addressee_when_the_message_names_no_organisation(club):
    # "de" here are the visitor's children, not the club: the definition says nothing of them.
    answer = ask("Mine børn ror i en anden by. Hører de til en bestemt politisk klub?", club)
    assert "Roklubben Ålen er en klubpolitisk uafhængig forening" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Er I på et bestemt partis hold?",
    "Spiller I på samme hold som et af partierne?",
])
def test_a_team_of_a_party_asks_how_the_organisation_stands_to_the_party(bundled_index, question):
    # "hold" is in the material ("vil være med på holdet"), the definition lacks it: the noun a party's
    # genitive owns, or the one compared with "samme … som", names the relation, not the thing asked.
    answer = ask(question, bundled_index)
    assert answer.answered, answer.answer
    assert answer.answer.startswith("Balance Danmark er en partipolitisk uafhængig organisation"), answer.answer


def test_a_thing_owned_by_a_party_the_definition_does_not_speak_to_is_not_answered_by_it(bundled_index):
    answer = ask("Er I et partis forlængede arm?", bundled_index)
    assert not answer.answer.startswith("Balance Danmark er en partipolitisk"), answer.answer
