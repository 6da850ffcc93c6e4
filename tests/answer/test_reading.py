"""Questions as people type them: typos, missing æøå, English, greetings around them."""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.answer.message_clauses import split_context
from assistant.answer.reading import prepare_reading, read_question
from assistant.answer.result import ENGLISH_INTRO
from assistant.answer.wrappers import unwrap

OM = "https://balance-danmark.dk/om/"


@pytest.mark.parametrize("question, expected", [
    ("Hej, jeg undrer mig over hvornår Balance Danmark startede, kan du hjælpe mig?",
     "hvornår Balance Danmark startede"),
    ("Tak for hjælpen indtil videre. Kan du forklare, hvorfor regional balance er godt?",
     "hvorfor regional balance er godt?"),
    ("Jeg vil gerne vide lidt om, hvordan det hele begyndte?", "hvordan det hele begyndte?"),
    ("Hej igen - kan vores forening også være medlem?", "kan vores forening også være medlem?"),
    ("Kan du fortælle om jeres historie?", "jeres historie?"),
    ("Må jeg spørge om kontingentet, tak på forhånd", "kontingentet"),
    ("Could you tell me who the members are?", "who the members are?"),
    ("jeg er nysgerrig efter jeres vision", "jeres vision"),
    ("jeg har et spørgsmål om vedtægterne", "vedtægterne"),
    # The subject left out after "og": the situation stays, the announced question goes.
    ("Jeg er ny i foreningen og har et spørgsmål. Hvem er formand?", "Jeg er ny i foreningen. Hvem er formand?"),
    ("I'm new here and have a question. Who can join?", "I'm new here. Who can join?"),
    ("kan du fortælle mig lidt om jeres historie", "jeres historie"),
    ("Kan du sige noget om kontingentet?", "kontingentet?"),
    ("Undskyld, et hurtigt spørgsmål: hvem er formand?", "hvem er formand?"),
    ("Et lille spørgsmål: hvornår er generalforsamlingen?", "hvornår er generalforsamlingen?"),
    # Requests put as imperatives, at the opening of the message.
    ("Fortæl lidt om, hvordan man melder sig ud.", "hvordan man melder sig ud."),
    ("Giv mig et kort overblik over jeres historie", "jeres historie"),
    ("Jeg leder efter reglerne for eksklusion", "reglerne for eksklusion"),
    ("Tell me about your history", "your history"),
    ("Can you give me a quick summary of your recommendations?", "your recommendations?"),
])
def test_greetings_thanks_and_requests_around_a_question_are_taken_off(question, expected):
    assert unwrap(question) == expected


@pytest.mark.parametrize("message, expected", [
    ("Hvem er formand? Mvh Hanne", "Hvem er formand?"),
    ("Hvem er formand? m.v.h. Hanne", "Hvem er formand?"),
    ("Må jeg stemme? Venlig hilsen Ole Hansen.", "Må jeg stemme?"),
    ("Hvad koster det? På forhånd tak, mvh Jens", "Hvad koster det?"),
    ("Can I vote? Kind regards, Peter", "Can I vote?"),
    ("Who leads it? Cheers!", "Who leads it?"),
    # Typed without punctuation, the signature's capital ends the question.
    ("hvornaar holdes den aarlige generalforsamling Hilsen Ole", "hvornaar holdes den aarlige generalforsamling"),
])
def test_a_letters_closing_and_the_writers_name_after_the_question_are_taken_off(message, expected):
    assert unwrap(message) == expected


@pytest.mark.parametrize("message", [
    "Hvad betyder mvh?",                       # the formula asked about, not closing the message
    "Hvad er en hilsen",                       # "hilsen" alone closes no letter
    "Hvad skriver I i jeres hilsen Ole",       # nor does it in small letters
    "Which city is the best",                  # nor does "best"
    "Hvad skal jeg fortælle om foreningen?",   # "fortælle" inside a question is no request
])
def test_closing_and_request_words_inside_the_question_stay(message):
    assert unwrap(message) == message


@pytest.mark.parametrize("message, scene, question", [
    ("Jeg sidder i bestyrelsen i en lokal gruppe og vil gerne vide, om vi kan blive medlem",
     "Jeg sidder i bestyrelsen i en lokal gruppe.", "om vi kan blive medlem"),
    ("Jeg er kasserer, og jeg undrer mig over hvem der skriver under", "Jeg er kasserer.",
     "hvem der skriver under"),
])
def test_a_wish_to_know_after_the_askers_situation_opens_the_question(message, scene, question):
    assert split_context(unwrap(message)) == (scene, question)


def test_a_statement_after_the_question_is_scene_too():
    assert split_context("Hvad koster det samlet? Jeg kan ikke finde tallet") == (
        "Jeg kan ikke finde tallet", "Hvad koster det samlet?")


def test_a_negation_in_the_askers_situation_reaches_the_search_and_the_answer(statutes):
    question = "Jeg har ikke betalt kontingent siden januar. Hvad sker der med mit medlemskab?"
    assert read_question(statutes, question).text.startswith("ikke betalt kontingent")
    answer = ask(question, statutes)
    assert answer.answered and "restance" in answer.answer
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("5", "4")


def test_a_condition_in_the_askers_situation_is_kept_with_its_negation(statutes):
    reading = read_question(statutes, "Jeg melder mig ud, hvis bestyrelsen ikke skifter kurs. Hvornår er jeg ude?")
    # "melder mig ud" is searched as the one verb "udmelder" (the statutes' "Udmeldelse"; scene.py).
    assert reading.text.split()[:4] == ["udmelder", "hvis", "bestyrelsen", "ikke"]


@pytest.mark.parametrize("message", ["hej", "tak for hjælpen", "Hvem kan hjælpe mig med at melde mig ud?",
                                     "Hvad sker der, hvis man siger undskyld?"])
def test_a_message_that_is_only_a_wrapper_or_uses_its_words_as_topic_stays_as_it_is(message):
    assert unwrap(message) == message


@pytest.mark.parametrize("message, scene, question", [
    ("Jeg bor i en almen bolig. Hvad anbefaler I om byhaver?", "Jeg bor i en almen bolig.",
     "Hvad anbefaler I om byhaver?"),
    ("Jeg er lidt bagud med betalingen - hvad sker der?", "Jeg er lidt bagud med betalingen",
     "hvad sker der?"),
    ("Et hurtigt spørgsmål: kan jeg stemme ved fuldmagt", "Et hurtigt spørgsmål",
     "kan jeg stemme ved fuldmagt"),
    ("I joined last month – can I vote?", "I joined last month", "can I vote?"),
])
def test_a_statement_before_the_question_is_told_apart_as_its_scene(message, scene, question):
    assert split_context(message) == (scene, question)


@pytest.mark.parametrize("message", [
    "Hvad er kontingentet? Og hvornår skal det betales?",   # two questions: both are asked
    "Hvornår blev foreningen stiftet?",                      # one clause
    "Foreningen har en bestyrelse - den vælges hvert år.",   # no question at the end
])
def test_a_message_without_a_scene_before_its_question_is_all_question(message):
    assert split_context(message) == ("", message)


def test_the_scenes_words_the_material_lacks_are_not_searched_but_its_own_are(bundled_index):
    reading = read_question(bundled_index, "Jeg hørte om jer i radioen i går - hvad har I gjort "
                                           "for kommunerne?")
    assert "radioen" not in reading.text and "hørte" not in reading.text
    assert reading.text.endswith("hvad har I gjort for kommunerne?")
    kept = read_question(bundled_index, "Jeg arbejder i en kommune - hvem er jeres medlemmer?")
    assert kept.text.startswith("kommune") and "arbejder" not in kept.text


def test_an_english_scenes_words_and_names_the_material_lacks_are_not_searched_but_its_own_are(bundled_index):
    reading = read_question(bundled_index, "I'm a teacher in Odense and my class is doing a project. "
                                           "Who are your members?")
    assert reading.english
    words = reading.text.split()
    assert "Odense" not in words and "projekt" not in words and "lærer" not in words
    assert "medlemmer" in words or "medlem" in words
    kept = read_question(bundled_index, "We are a small municipality. Who are your members?")
    assert "kommuner" in kept.text.split()


def test_an_english_scene_does_not_decline_the_question_the_material_answers(bundled_index):
    answer = ask("Hi, I'm a student writing a paper on rural areas. When was Balance Danmark founded?",
                 bundled_index)
    assert answer.answered and "2014" in answer.answer


def test_a_typo_of_the_materials_word_is_read_as_that_word(bundled_index):
    reading = read_question(bundled_index, "hvorfor kæmer I for balanse?")
    assert [(c.word, c.correction) for c in reading.corrections] == [("kæmer", "kæmper"),
                                                                      ("balanse", "balance")]
    assert ask("hvorfor kæmer I for balanse?", bundled_index).citations[0].url == OM + "#vores-kamp"


def test_a_typo_whose_stem_the_index_holds_needs_no_correction(bundled_index):
    # "medlemer" stems like "medlemmer": the search finds it as typed.
    assert read_question(bundled_index, "kan virksomheder blive medlemer?").corrections == ()
    answer = ask("kan virksomheder blive medlemer?", bundled_index)
    assert answer.answered and answer.citations[0].url == OM + "#vores-medlemmer"


def test_a_typo_of_a_word_the_material_lacks_is_read_as_the_everyday_word(bundled_index):
    # The page says "ændrede navn"; "skiftde" is corrected to everyday Danish, whose synonym
    # then finds the page's word.
    reading = read_question(bundled_index, "Hvornår skiftde de navn?")
    assert "skifte" in reading.text.casefold()
    answer = ask("Hvornår skiftde de navn?", bundled_index)
    assert answer.answered and "2018 ændrede navn" in answer.answer


def test_words_the_material_holds_and_everyday_words_are_left_as_typed(bundled_index):
    question = "Hvad laver I i dag for kommunerne?"
    assert read_question(bundled_index, question).text == question


def test_an_english_question_is_searched_with_the_materials_danish_words(bundled_index):
    reading = read_question(bundled_index, "Who are the members?")
    assert reading.english
    assert "medlemmer" in reading.text.split() or "medlem" in reading.text.split()


def test_a_name_the_dictionaries_translate_is_searched_in_danish_only(bundled_index):
    reading = read_question(bundled_index, "Is there growth everywhere in Denmark?")
    words = reading.text.split()
    assert "danmark" in words and "Denmark" not in words


@pytest.mark.parametrize("question, anchor", [
    ("What is Balance Danmark?", ""),
    ("Who are the members?", "#vores-medlemmer"),
    ("When was Balance Danmark founded?", "#vores-historie"),
])
def test_an_english_question_gets_the_danish_sentences_under_one_english_line(bundled_index, question,
                                                                               anchor):
    answer = ask(question, bundled_index)
    assert answer.answered
    first_line, quoted = answer.answer.split("\n", 1)
    assert first_line == ENGLISH_INTRO
    assert quoted.endswith("[1]") and answer.citations[0].url == OM + anchor


def test_an_english_question_the_material_cannot_answer_is_declined_in_english(bundled_index):
    answer = ask("Who won the football league last year?", bundled_index,
                 contact_url="https://example.org/kontakt")
    assert not answer.answered
    assert answer.answer.startswith("Sorry, I cannot find an answer")
    assert "https://example.org/kontakt" in answer.answer


@pytest.mark.parametrize("question", ["Can you tell me more?", "Who?", "Could you tell me what it costs?"])
def test_an_english_request_whose_wrapper_tells_the_language_is_declined_in_english(bundled_index, question):
    # Without its wrapper ("more?", "what it costs?") too little is left to tell the language by.
    answer = ask(question, bundled_index)
    assert read_question(bundled_index, question).english
    assert not answer.answered and answer.answer.startswith("Sorry, I cannot find an answer")


def test_a_statute_question_about_not_paying_reads_the_negation_and_finds_the_arrears_rule(statutes):
    reading = read_question(statutes, "What happens to a member who does not pay the fee for months?")
    assert reading.text.split()[:4] == ["sker", "medlem", "ikke", "betalt"]
    answer = ask("What happens to a member who does not pay the fee for months?", statutes)
    assert answer.answered and "restance" in answer.answer
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("5", "4")


@pytest.mark.parametrize("follow_up", ["who writes it?", "who wrote it?"])
def test_asking_who_wrote_the_topic_is_declined_when_its_danish_verb_is_a_light_word(bundled_index,
                                                                                      follow_up):
    # "wrote" and "writes" are read as "skrive", a light word the page lacks; asking who did it
    # still asks for an author the page never names.
    from assistant.answer.conversation import ask as converse

    assert not converse(follow_up, bundled_index, ("Hvad er Balance Danmarks vision?",)).answered


def test_the_tables_are_built_before_the_first_question(bundled_index):
    prepare_reading(bundled_index)
    assert {"spelling", "english", "surface_words"} <= set(bundled_index.memo)



@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document

    return build_index(tmp_path_factory.mktemp("reading"), [html_document(STATUTES_HTML, STATUTES_URL)])


def test_the_danish_words_of_one_english_word_weigh_once_as_one_term(statutes):
    # "join" is "optages" and "indmeldelse" in the statutes: one word of the question, not two.
    from assistant.answer.retrieve import analyse_query

    reading = read_question(statutes, "Can I join as a member?")
    assert reading.alternatives == (("optages", "indmeldelse"),)
    query = analyse_query(statutes, reading.text, reading.alternatives)
    assert [(g.term, g.members) for g in query.groups][0] == ("optag", ("optag", "indmeld"))
    assert len(query.groups) == 2
    assert len(analyse_query(statutes, reading.text).groups) == 3


def test_the_negated_situation_gets_the_same_answer_in_every_run():
    # Equal sentences once tied by a float sum over a set in hash order, so the cited stk.
    # changed with the interpreter's hash seed.
    import os
    import subprocess
    import sys

    from assistant.config import REPO_ROOT
    script = ("import tempfile; from pathlib import Path; "
              "from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document; "
              "from assistant.answer.compose import ask; "
              "ix = build_index(Path(tempfile.mkdtemp()), [html_document(STATUTES_HTML, STATUTES_URL)]); "
              "a = ask('Jeg har ikke betalt kontingent siden januar. Hvad sker der med mit medlemskab?', ix); "
              "print(a.citations[0].paragraph, a.citations[0].stk)")
    cited = {subprocess.run([sys.executable, "-c", script], cwd=REPO_ROOT, capture_output=True, text=True,
                            env={**os.environ, "PYTHONHASHSEED": seed}, timeout=60).stdout.strip()
             for seed in ("1", "3")}
    assert cited == {"5 4"}
