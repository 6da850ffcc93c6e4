"""A visitor joins what the material keeps apart ("bestyrelsesmedlem" where the statutes say "en
bestyrelse på fem medlemmer"): for the answer/decline decision, a compound question word whose two
parts a passage holds counts as held by that passage (assistant/answer/decision_parts.py)."""
from __future__ import annotations

import pytest

import assistant.answer.compose as compose
from assistant.answer.compose import ask, find_hits
from assistant.answer.decision_parts import parts_held
from assistant.answer.retrieve import analyse_query
from assistant.documents import Document, Section
from tests.support.statutes import STATUTES_HTML, build_index, html_document

NO_PARTS = staticmethod(lambda index, query, hits: list(hits))

# Fiction: a small rowing club's statutes, the board in one §, membership in another; the compound
# itself stands only in the agenda of § 7, so search reads it as a word of the material.
CLUB = Document(url="https://roklub.example/vedtaegter", title="Vedtægter for Roklubben Ålen", sections=(
    Section(heading="§ 4 Bestyrelse", anchor="bestyrelse",
            text="Klubben ledes af en bestyrelse på fem medlemmer. Bestyrelsen vælges af "
                 "generalforsamlingen for to år ad gangen."),
    Section(heading="§ 5 Kontingent", anchor="kontingent",
            text="Et medlem betaler 300 kr. om året. Kontingentet betales i februar."),
    Section(heading="§ 6 Både", anchor="baade",
            text="Klubbens både må kun bruges af medlemmer med roret. Både lånes ud efter aftale."),
    Section(heading="§ 7 Generalforsamling", anchor="generalforsamling",
            text="Dagsordenen omfatter valg af bestyrelsesmedlemmer og revisor."),
))




@pytest.fixture
def club_index(index_of):
    return index_of([CLUB])


@pytest.fixture(scope="module")
def statutes(tmp_path_factory):
    """Foreningen Grønne Byer's statutes (fiction): § 6 "en bestyrelse på fem til syv medlemmer"."""
    return build_index(tmp_path_factory.mktemp("statutes"),
                       [html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/")])


@pytest.mark.parametrize(("question", "fact"), [
    ("Hvor længe er et bestyrelsesmedlem valgt?", "for to år ad gangen"),
    ("Hvem vælger et bestyrelsesmedlem?", "vælges af generalforsamlingen"),
])
def test_a_member_asking_about_a_board_member_gets_the_paragraph_on_the_board(statutes, monkeypatch,
                                                                              question, fact):
    answer = ask(question, statutes)
    assert answer.answered and fact in answer.answer
    # Weighed with the compound as a word the paragraph lacks, the same question was declined.
    monkeypatch.setattr(compose, "parts_held", NO_PARTS)
    assert not ask(question, statutes).answered


@pytest.mark.parametrize("question", ["Får et bestyrelsesmedlem løn?", "Hvor gammel skal et bestyrelsesmedlem være?"])
def test_what_the_statutes_do_not_say_of_a_board_member_is_still_declined(statutes, question):
    # Both parts stand in § 6, but nothing there of pay or age: the compound is held, the rest is not.
    assert not ask(question, statutes).answered


def test_the_compound_counts_only_for_a_passage_holding_both_its_parts(club_index):
    query = analyse_query(club_index, "Hvor længe sidder et bestyrelsesmedlem?")
    compound = next(g.term for g in query.groups if g.term.startswith("bestyrelses"))
    hits = find_hits(club_index, query)
    joined = parts_held(club_index, query, hits)
    assert [h.chunk_id for h in joined] == [h.chunk_id for h in hits]
    gained = 0
    for before, after in zip(hits, joined):
        holds_both = "bestyrelse" in before.chunk.text.casefold() and "medlem" in before.chunk.text
        # § 5 and § 6 name members but no board: one part gains them nothing.
        assert (compound in after.matched) == (compound in before.matched or holds_both)
        gained += compound in after.matched and compound not in before.matched
        assert after.coverage == pytest.approx(
            sum(g.weight for g in query.groups if g.term in after.matched) / query.total_weight)
    assert gained == 1   # § 4, the board's paragraph: "en bestyrelse på fem medlemmer"
