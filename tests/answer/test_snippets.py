"""A citation's snippet shows the reader what surrounds the quoted words, not the words again."""
from __future__ import annotations

from assistant.answer.snippets import SNIPPET_CHARS, clip, context_snippet

HISTORY = ("Foreningen Grønne Byer blev stiftet i 2009 af tre nabolag i Aarhus. "
           "Den hed først Byhaver i Fællesskab. "
           "I 2015 fik foreningen sit nuværende navn. "
           "I dag har den haver i 40 byer.")


def test_the_quoted_sentence_is_elided_and_its_neighbours_are_shown():
    snippet = context_snippet(HISTORY, ["Den hed først Byhaver i Fællesskab."])
    assert snippet == ("Foreningen Grønne Byer blev stiftet i 2009 af tre nabolag i Aarhus. […] "
                       "I 2015 fik foreningen sit nuværende navn. I dag har den haver i 40 byer.")
    assert "Byhaver" not in snippet


def test_several_quoted_sentences_become_one_elision():
    snippet = context_snippet(HISTORY, ["Den hed først Byhaver i Fællesskab.",
                                        "I 2015 fik foreningen sit nuværende navn."])
    assert snippet == ("Foreningen Grønne Byer blev stiftet i 2009 af tre nabolag i Aarhus. […] "
                       "I dag har den haver i 40 byer.")


def test_a_quote_at_the_start_shows_what_follows():
    snippet = context_snippet(HISTORY, ["Foreningen Grønne Byer blev stiftet i 2009 af tre nabolag i Aarhus."])
    assert snippet.startswith("[…] Den hed først Byhaver i Fællesskab.")


def test_a_passage_that_is_all_quote_has_no_snippet():
    assert context_snippet("Stk. 2. Kontingentet betales forud.", ["Kontingentet betales forud."]) == ""
    assert context_snippet("Alle kan blive medlem.", ["Alle kan blive medlem."]) == ""


def test_a_long_passage_is_cut_between_words_on_both_sides_of_the_quote():
    before = " ".join(f"Før{i} sætning om haver." for i in range(40))
    after = " ".join(f"Efter{i} sætning om byer." for i in range(40))
    quote = "Her er det citerede svar."
    snippet = context_snippet(f"{before} {quote} {after}", [quote])
    assert len(snippet) <= SNIPPET_CHARS
    assert snippet.startswith("… ") and snippet.endswith(" …")
    assert " sætning om haver. […] Efter0 sætning" in snippet
    assert "Her er det" not in snippet


def test_a_quote_no_longer_in_the_passage_gives_its_start():
    assert context_snippet(HISTORY, ["Denne sætning er fjernet."]).startswith("Foreningen Grønne Byer")


def test_a_search_hit_is_clipped_between_words():
    long_text = "ord " * 200
    clipped = clip(long_text)
    assert len(clipped) <= SNIPPET_CHARS + 2 and clipped.endswith("ord …")
    assert clip("  kort\n tekst ") == "kort tekst"
