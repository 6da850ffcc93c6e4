"""A word the material lacks is searched by its thesaurus senses; saying more of them is no better answer.

A member asks "Hvem bestemmer, hvem der skal være formand?". The statutes never say "bestemmer":
the search looks for the thesaurus's senses of it ("beslutning", "formål", "mål", "ønske"), one of
which the member means. § 2 ("Foreningens formål ...", titled "Formål") and § 13 ("beslutning",
"et formål") say several of them and came first, while the §§ that say the member's own word
"formand" (§ 6 and § 9) came after them, § 6 last of the candidates. Now one word's senses count
once, by the best of them (stand_in_senses.py), and among §§ a word held only by a sense weighs as
a sense does.
"""
from __future__ import annotations

from assistant.answer.head_compounds import top_with_heads
from assistant.answer.retrieve import analyse_query, search

QUESTION = "Hvem bestemmer, hvem der skal være formand?"


def _paragraph(index, chunk_id):
    return index.chunk(chunk_id).paragraph


def test_the_board_that_names_its_chair_outranks_the_paragraph_saying_two_senses(association):
    query = analyse_query(association, QUESTION)
    senses = next(g for g in query.groups if g.term == "bestem")
    assert senses.scale < 1.0 and {"beslutning", "formaal"} <= set(senses.members)
    order = [_paragraph(association, cid) for cid, _ in top_with_heads(association, query, 10)]
    assert order.index("6") < order.index("13")


def test_the_first_paragraph_says_the_members_own_word_chair(association):
    first = search(association, QUESTION)[0]
    assert "formand" in first.matched
    assert first.chunk.paragraph != "2"
