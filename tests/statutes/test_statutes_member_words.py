"""A member asks in everyday words; the statutes answer in their own legal ones.

Each rule of references.STATUTE_PHRASES that maps an everyday phrase to a statute term is tried
here: the phrase is read as the term, the rule does not fire on a question that lacks the phrase,
and the member is pointed at the stk. that uses the term.
"""
from __future__ import annotations

import pytest

from assistant.answer.compose import ask
from assistant.statutes.references import statute_expansions
from tests.support.statutes import STATUTES_HTML, STATUTES_URL, build_index, html_document


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    return build_index(tmp_path_factory.mktemp("words"), [html_document(STATUTES_HTML, STATUTES_URL)])


def _expanded(statutes, question: str) -> set[str]:
    """The statute words a question is read as, in the surface form the test names them."""
    terms = {t for found in statute_expansions(statutes.analyzer, question).values() for t in found}
    return {w for w in WORDS if set(statutes.analyzer.document_terms(w)) & terms}


WORDS = ("restance", "indsendt", "eksklusion", "myndighed", "beslutningsdygtig", "konstituerer",
         "suppleanter", "fuldmagt", "vælges", "fastsættes", "indbringes", "varsel", "modtager")


# (the member's question, the statute term it must be read as, a question on the same topic
# that must not fire the rule, the § and stk. that answer)
RULES = [
    ("Hvad sker der, hvis jeg ikke betaler mit kontingent?", "restance",
     "Hvordan betaler jeg kontingent?", ("5", "4")),
    ("Jeg er bagud med betalingen, bliver jeg slettet?", "restance",
     "Hvornår skal jeg betale?", ("5", "4")),
    ("Hvornår skal mit forslag afleveres?", "indsendt",
     "Hvornår skal mit forslag behandles?", ("7", "3")),
    ("Kan bestyrelsen udelukke et medlem?", "eksklusion",
     "Kan bestyrelsen optage et medlem?", ("4", "3")),
    ("Hvem har det sidste ord i foreningen?", "myndighed",
     "Hvem har ordet på generalforsamlingen?", ("7", "1")),
    ("Hvor mange skal være til stede, når bestyrelsen skal træffe en beslutning?", "beslutningsdygtig",
     "Hvem beslutter kontingentet?", ("6", "3")),
    ("Hvem fordeler posterne i bestyrelsen?", "konstituerer",
     "Hvem sidder i bestyrelsen?", ("6", "2")),
    ("Hvem vælger næstformanden?", "konstituerer",
     "Hvem er næstformand?", ("6", "2")),
    ("Hvor mange reserver vælges der til bestyrelsen?", "suppleanter",
     "Hvor mange vælges der til bestyrelsen?", ("6", "1")),
    ("Hvem bestemmer prisen på kontingentet?", "fastsættes",
     "Hvem bestemmer i foreningen?", ("5", "1")),
    ("Kan jeg klage, hvis bestyrelsen ekskluderer mig?", "indbringes",
     "Hvordan bliver man ekskluderet?", ("4", "3")),
    ("Hvor tidligt får medlemmerne besked om generalforsamlingen?", "varsel",
     "Hvornår er generalforsamlingen?", ("7", "2")),
    ("Må en anden stemme for mig på generalforsamlingen?", "fuldmagt",
     "Må jeg stemme på generalforsamlingen?", ("7", "5")),
    ("Hvad får man ud af at være medlem?", "modtager",
     "Hvornår får man stemmeret som medlem?", ("4", "1")),
    ("Hvor lang opsigelse er der på et medlemskab?", "varsel",
     "Hvor længe gælder et medlemskab?", ("4", "2")),
    ("Hvordan siger jeg mit medlemskab op?", "varsel",
     "Hvad siger vedtægterne om medlemskab?", ("4", "2")),
]


@pytest.mark.parametrize("question, term, unrelated, where", RULES)
def test_a_members_everyday_phrase_is_read_as_the_statutes_term(statutes, question, term, unrelated, where):
    assert term in _expanded(statutes, question)
    assert term not in _expanded(statutes, unrelated)


@pytest.mark.parametrize("question, term, unrelated, where", RULES)
def test_the_member_is_pointed_at_the_stk_that_uses_the_term(statutes, question, term, unrelated, where):
    answer = ask(question, statutes)
    assert answer.answered, answer.answer
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == where, answer.answer


def test_arriving_is_not_appealing(statutes):
    # "anke" (appeal) is not the start of every word: "ankommer" is left alone.
    assert "indbringes" not in _expanded(statutes, "Hvornår ankommer bestyrelsen?")


def test_how_long_one_sits_on_the_board_is_read_as_the_term_one_is_elected_for(statutes):
    assert "vælges" in _expanded(statutes, "hvor længe sidder man i bestyrelsen?")
    assert "vælges" not in _expanded(statutes, "hvem sidder i bestyrelsen?")


def test_a_member_who_has_not_paid_is_pointed_at_the_voting_rule_about_arrears(statutes):
    answer = ask("Kan jeg stemme, selvom jeg ikke har betalt kontingent?", statutes)
    assert (answer.citations[0].paragraph, answer.citations[0].stk) == ("7", "5"), answer.answer
    assert "restance" in answer.answer
