"""A member asks how many board members there must be; the rules say it without the compound.

A rowing club's rules list "Valg af bestyrelsesmedlemmer" on the annual meeting's agenda, but the
rule that answers the question says "en bestyrelse på tre til fem medlemmer". The question's
compound stood verbatim only in the agenda, which came first. A passage that says both parts of the
compound close together, and not the compound itself, now holds it too; a passage that names a
member and the board far apart (a member excluded by the board) does not, nor does one that names
only one part.
"""
from __future__ import annotations

import pytest

from assistant.answer.compound_parts import MAX_GAP, parts_apart
from assistant.answer.retrieve import analyse_query, search
from tests.support.corpus import make_document

RULES = "https://roklub.example/regler/"


@pytest.fixture
def club(index_of):
    return index_of([make_document(RULES, "Regler for Roklubben Åen", [
        ("Dagsorden", "Dagsordenen for årsmødet skal mindst indeholde: valg af dirigent, "
                      "bestyrelsens beretning og valg af bestyrelsesmedlemmer."),
        ("Bestyrelse", "Klubben ledes af en bestyrelse på tre til fem medlemmer, der vælges for to år."),
        ("Eksklusion", "Et medlem, der gentagne gange tager både uden at skrive sig i robogen, "
                       "kan udelukkes af bestyrelsen."),
        ("Både", "Medlemmerne må bruge klubbens både, når de har bestået roprøven."),
        ("Kontingent", "Kontingentet betales hvert kvartal og fastsættes på årsmødet."),
    ])])


def _group(index, question, word):
    term = index.analyzer.query_terms(word)[0]
    return next(g for g in analyse_query(index, question).groups if g.term == term)


def test_the_rule_that_says_the_board_and_its_members_apart_holds_the_question(club):
    question = "Hvor mange bestyrelsesmedlemmer vælges der?"
    board = _group(club, question, "bestyrelsesmedlemmer")
    first = search(club, question)[0]
    assert "tre til fem medlemmer" in first.chunk.text
    # The whole question, the compound included, is in it: the decision reads it as answered there.
    assert board.term in first.matched and first.coverage == 1.0


def test_the_parts_count_only_close_together_and_only_without_the_compound(club):
    term = club.analyzer.query_terms("bestyrelsesmedlemmer")[0]
    parts, passages = parts_apart(club, term)
    assert len(parts) == 2
    texts = [club.chunk(cid).text for cid in passages]
    assert any("tre til fem medlemmer" in t for t in texts)
    # The agenda says the compound itself; the exclusion names a member and the board a clause apart.
    assert not any("bestyrelsesmedlemmer" in t or "udelukkes" in t for t in texts)
    assert MAX_GAP < len("et medlem der gentagne gange tager både uden at skrive sig i robogen kan udelukkes af".split())


def test_a_passage_with_one_part_holds_no_board_member(club):
    question = "Hvem vælger bestyrelsesmedlemmerne?"
    board = _group(club, question, "bestyrelsesmedlemmerne")
    boats = next(h for h in search(club, "Må medlemmerne bruge bådene?") if "roprøven" in h.chunk.text)
    assert boats.chunk_id not in board.narrowed


def test_a_compound_the_material_lacks_keeps_its_own_reading(club):
    # "kassererposten" is no word of the rules: it is searched by its parts as before, not by this.
    term = club.analyzer.query_terms("kassererposten")[0]
    assert parts_apart(club, term) == ((), frozenset())
