"""A member names what the statutes regulate in their own compounds, time words and roles: the
assistant reads them by their grammar (a compound's head, a time by the calendar, a role's head, the
adverb of "hvor tit") instead of declining for a word the statutes do not use, or answering a role
with the association's name."""
from __future__ import annotations

from assistant.answer.asked_head import head_held, question_word_terms, role_head
from assistant.answer.asked_thing import asked_things
from assistant.answer.calendar_time import calendar_time
from assistant.answer.compose import ask
from assistant.language.analysis import default_analyzer
from assistant.language.thesaurus import DEFAULT_PATH, headword_terms, material_stand_ins, synonym_terms
from tests.support.corpus import make_document
from tests.support.language import require_debian_file


def test_a_compound_whose_head_the_statutes_hold_is_not_a_missing_thing(statutes):
    # The statutes say the fee "skal være betalt"; the member asks about the "indbetaling".
    answer = ask("Hvornår skal indbetalingen af kontingentet være sket?", statutes)
    assert answer.answered and "1. marts" in answer.answer


def test_a_compound_head_counts_only_when_both_parts_are_words_and_the_head_is_there():
    known = {"betalt", "kontingent", "medlem"}
    vocabulary = sorted(known)
    assert head_held("indbetaling", known, vocabulary)          # ind | betaling → betalt
    assert not head_held("lejekontrakt", known, vocabulary)     # no contract in the material
    assert not head_held("elbil", known, vocabulary)            # "el" is no first part of its own
    assert not head_held("betaling", known, vocabulary)         # no compound at all


def test_a_time_told_by_the_calendar_places_the_question_and_is_not_asked_about(statutes):
    assert calendar_time("nytår") and calendar_time("årsskiftet") and not calendar_time("elektronisk")
    assert "nytår" not in asked_things("Jeg har ikke betalt kontingent siden nytår, bliver jeg slettet?")
    answer = ask("Jeg har ikke betalt kontingent siden nytår, bliver jeg slettet?", statutes)
    assert answer.answered and "restance" in answer.answer
    # A thing the statutes never mention still declines beside it.
    assert not ask("Kan man stemme elektronisk siden nytår?", statutes).answered


def test_the_role_asked_for_is_the_head_of_its_phrase():
    assert role_head("foreningens formand") == ["formand"]
    assert role_head("kassereren i foreningen") == ["kassereren"]
    assert role_head("formand") == ["formand"]
    # Typed without Danish letters, "paa" ends the phrase as "på" does: the school is whose chair.
    assert role_head("formanden paa skolen") == role_head("formanden på skolen") == ["formanden"]


def test_the_associations_name_does_not_say_what_its_chair_is_called(statutes):
    # § 1 "Foreningens navn er …" holds "foreningens", not the chair or the treasurer.
    for question in ("Hvad hedder foreningens formand?", "Hvad hedder kassereren i foreningen?"):
        answer = ask(question, statutes)
        assert not answer.answered, question
    # The body that is the association's highest authority is still named.
    answer = ask("Hvem er foreningens øverste myndighed?", statutes)
    assert answer.answered and "Generalforsamlingen" in answer.answer


def test_a_thesaurus_synonym_counts_in_the_word_class_the_material_writes_it(index_of):
    require_debian_file(DEFAULT_PATH, "mythes-da")
    # mythes-da gives "regning" → "opkrævning"; the club's statutes write the verb, "opkræves".
    index = index_of([make_document("https://roklub.example/vedtaegter/", "Vedtægter for Roklubben Odder", [
        ("§ 4 Kontingent", "Stk. 1. Kontingentet opkræves i februar. Stk. 2. Det skal være betalt inden 1. april."),
        ("§ 5 Både", "Stk. 1. Klubbens både må kun bruges af medlemmer med styrmandsret."),
        ("§ 6 Bestyrelse", "Stk. 1. Bestyrelsen består af fem medlemmer valgt for to år ad gangen."),
        ("§ 7 Generalforsamling", "Stk. 1. Medlemmerne samles til generalforsamling hvert forår.")])])
    analyzer = index.analyzer
    assert "opkraev" in material_stand_ins(index, analyzer.query_terms("regning")[0], ("regning",))
    answer = ask("Hvornår kommer regningen for kontingentet?", index)
    assert answer.answered and "februar" in answer.answer
    # A verb's synonyms are too loose to follow into other word classes: "holde" → "samling" is no
    # "samles" (the thesaurus's synonyms as they are, nothing more).
    hold = analyzer.query_terms("holde")[0]
    plain = (synonym_terms(analyzer, hold) | headword_terms(analyzer, "holde")) - {hold}
    assert material_stand_ins(index, hold, ("holde",)) == plain


def test_how_often_is_asked_by_the_question_word_not_by_the_word_tit(statutes):
    analyzer = default_analyzer()
    assert question_word_terms(analyzer, "Hvor tit holdes der generalforsamling?") == set(analyzer.query_terms("tit"))
    assert not question_word_terms(analyzer, "Hvad er en tit?")
    answer = ask("Hvor tit holdes der generalforsamling?", statutes)
    assert answer.answered and "hvert år" in answer.answer


def test_a_member_who_did_not_pay_is_answered_by_the_rule_on_arrears_not_by_the_due_date(statutes):
    # "skal være betalt senest 1. marts" holds "betale", but rules the case of paying; the member who
    # forgot is in "restance" (§ 5, stk. 4).
    for question in ("Jeg har glemt at betale kontingent i år, ryger jeg så ud?",
                     "Jeg har ikke betalt kontingent i år, ryger jeg ud?",
                     "Hvad hvis jeg glemmer at betale kontingentet til tiden?"):
        answer = ask(question, statutes)
        assert answer.answered and answer.citations[0].stk == "4" and "restance" in answer.answer, question
    # Asked about paying itself, the due date still answers.
    answer = ask("Hvornår skal kontingentet være betalt?", statutes)
    assert answer.answered and "1. marts" in answer.answer


def test_only_a_rule_for_an_acts_absence_is_read_as_negated():
    from assistant.statutes.references import negated_acts
    analyzer = default_analyzer()
    pay = analyzer.query_terms("betale")[0]
    assert pay in negated_acts(analyzer, "Jeg har glemt at betale kontingent")
    assert not negated_acts(analyzer, "Hvornår skal jeg betale kontingent?")
