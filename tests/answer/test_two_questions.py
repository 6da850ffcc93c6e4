"""Two questions in one message: each answered and cited when both have an answer, else the message as one."""
from __future__ import annotations

import pytest

from assistant.answer.asides import without_aside
from assistant.answer.conversation import ask
from assistant.answer.result import ENGLISH_INTRO, Answer, Citation
from assistant.answer.two_questions import asked_in_parts, joined, question_parts
from assistant.answer.wrappers import unwrap


@pytest.mark.parametrize("message, parts", [
    ("Hvornår blev foreningen stiftet, og hvem sidder i bestyrelsen?",
     ("Hvornår blev foreningen stiftet?", "Hvem sidder i bestyrelsen?")),
    ("Er det gratis at være med? Og hvordan melder man sig ind?",
     ("Er det gratis at være med?", "Hvordan melder man sig ind?")),
    ("hvornaar er generalforsamlingen og hvem indkalder til den",
     ("hvornaar er generalforsamlingen?", "Hvem indkalder til den?")),
    ("What is the fee and when's it due?", ("What is the fee?", "When's it due?")),
    ("Kan man melde sig ud, og kan man komme ind igen bagefter?",
     ("Kan man melde sig ud?", "Kan man komme ind igen bagefter?")),
    # A remark in parentheses after the second question is the visitor's aside, no part of it.
    ("Hvornår blev planen vedtaget, og hvem skrev den? (jeg skal bruge det til en litteraturliste)",
     ("Hvornår blev planen vedtaget?", "Hvem skrev den?")),
    ("Who can vote? And how many votes does each member get? (asking for my mum)",
     ("Who can vote?", "How many votes does each member get?")),
])
def test_a_message_asking_two_things_is_split_where_the_second_question_begins(message, parts):
    assert question_parts(message) == parts


@pytest.mark.parametrize("message", [
    "Hvor mange træer og parker er der kommet?",          # one question about two things
    "Jeg bor i Vejle og er medlem. Hvornår er generalforsamlingen?",  # a story, then one question
    "Hvad koster det, og hvad så?",                       # a second part too short to ask alone
    "Hvis jeg melder mig ud, hvad sker der så?",            # a condition, not a question
    "Hvem indkalder? Og hvem? Og hvornår?",                # a second part that is several
])
def test_one_question_is_not_split(message):
    assert question_parts(message) is None


def _answer(text: str, *sources: tuple[str, str], answered: bool = True) -> Answer:
    citations = tuple(Citation(n=n, title="T", heading="", url=url, snippet="", score=1.0, quoted=quoted)
                      for n, (url, quoted) in enumerate(sources, 1))
    return Answer(question="q", answered=answered, answer=text, citations=citations)


def test_the_second_answer_follows_the_first_with_its_sources_numbered_on():
    first = _answer("A. [1] B. [2]", ("u#a", "A."), ("u#b", "B."))
    second = _answer("C. [1] B. [2]", ("u#c", "C."), ("u#b", "B."))
    both = joined(first, second)
    assert both.answer == "A. [1] B. [2]\n\nC. [3] B. [2]"
    assert [(c.n, c.url) for c in both.citations] == [(1, "u#a"), (2, "u#b"), (3, "u#c")]


def test_a_second_answer_that_repeats_the_first_adds_nothing_and_says_english_once():
    first = _answer(f"{ENGLISH_INTRO}\nA. [1]", ("u#a", "A."))
    assert joined(first, _answer(f"{ENGLISH_INTRO}\nA. [1]", ("u#a", "A."))) == first
    both = joined(first, _answer(f"{ENGLISH_INTRO}\nC. [1]", ("u#c", "C.")))
    assert both.answer.count(ENGLISH_INTRO) == 1 and both.answer.endswith("C. [2]")


def test_two_quotes_of_one_passage_cite_it_under_one_number():
    first = _answer("Startede i 2014. [1]", ("u#historie", "Startede i 2014."))
    both = joined(first, _answer("Banken stod bag. [1]", ("u#historie", "Banken stod bag.")))
    assert both.answer == "Startede i 2014. [1]\n\nBanken stod bag. [1]" and len(both.citations) == 1


def test_a_second_answer_from_another_document_leaves_the_message_answered_as_one():
    # "… og hvem skal betale?" read without the first question's subject finds the statutes' fee.
    whole = _answer("Hele. [1]", ("https://x/rapport.pdf#page=6", "Hele."))
    first = _answer("1,2 mia. [1]", ("https://x/rapport.pdf#page=6", "1,2 mia."))
    second = _answer("Kontingentet er betalt. [1]", ("https://x/vedtaegter/#p3", "Kontingentet er betalt."))
    message = "Hvad koster anbefalingerne? Og hvem skal betale dem?"
    assert asked_in_parts(message, lambda: whole, lambda q, before: second if before else first) is whole


def test_when_either_question_has_no_answer_the_message_is_answered_as_one():
    whole = _answer("Hele. [1]", ("u#w", "Hele."))
    declined = _answer("Nej.", answered=False)
    answered = _answer("Del. [1]", ("u#p", "Del."))
    message = "Hvem stiftede foreningen, og hvad tjener formanden?"
    assert asked_in_parts(message, lambda: whole, lambda q, before: answered if not before else declined) is whole
    assert asked_in_parts(message, lambda: whole, lambda q, before: declined if not before else answered) is whole


def test_the_second_question_is_read_as_a_follow_up_to_the_first():
    seen = []
    message = "Hvem vælger revisoren, og hvor længe sidder han?"
    asked_in_parts(message, lambda: _answer("x"), lambda q, before: seen.append((q, before)) or _answer("y. [1]", ("u", "y")))
    assert seen == [("Hvem vælger revisoren?", ()), ("Hvor længe sidder han?", ("Hvem vælger revisoren?",))]


def test_a_message_whose_two_questions_are_both_answered_is_not_also_answered_as_one():
    asked_whole = []
    first, second = _answer("Revisoren. [1]", ("u#a", "Revisoren.")), _answer("To år. [1]", ("u#b", "To år."))
    answer = asked_in_parts("Hvem vælger revisoren, og hvor længe sidder han?", lambda: asked_whole.append(1),
                            lambda q, before: second if before else first)
    assert answer.answer == "Revisoren. [1]\n\nTo år. [2]" and asked_whole == []


def test_a_visitor_asking_who_paid_and_what_it_costs_gets_both_answers_each_cited(publication_index):
    # Searched as one, the price and the payer are asked of one passage, which gives only one of them.
    answer = ask("Hvem har finansieret kortlægningen, og hvad vil anbefalingerne koste samlet?", publication_index)
    assert answer.answered and "Fonden for Bynatur" in answer.answer and "1,2 milliarder" in answer.answer
    assert [c.n for c in answer.citations] == [1, 2] and answer.answer.index("[1]") < answer.answer.index("[2]")


def test_a_second_question_the_material_has_no_answer_to_leaves_the_message_declined(publication_index):
    message = "Hvad går gåturene i kvarteret ud på, og hvem betaler guiderne?"
    assert not ask(message, publication_index).answered


@pytest.mark.parametrize("message, question", [
    ("Hvornår er generalforsamlingen? (vil gerne med i år)", "Hvornår er generalforsamlingen?"),
    ("Hvad koster et medlemskab? (spørger for min nabo) :)", "Hvad koster et medlemskab?"),
])
def test_a_remark_in_parentheses_after_the_question_is_no_part_of_what_is_asked(message, question):
    assert unwrap(message) == question


@pytest.mark.parametrize("message", [
    "Hvad koster det for studerende (og for pensionister)?",   # inside the question: asked
    "Jeg har et spørgsmål (om kontingentet): hvornår skal det betales?",
])
def test_parentheses_inside_the_question_stay(message):
    assert without_aside(message) == message
