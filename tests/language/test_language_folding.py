"""A member without Danish letters who types "sporgeskema" for "spørgeskema" still finds the survey."""
from __future__ import annotations

from assistant.answer import ask
from assistant.answer.retrieve import analyse_query
from assistant.language.folding import danish_spelling, folded_vocabulary, lossy_key, lossy_matches
from tests.support.corpus import make_document

VOCABULARY = ["hvornaar", "maal", "spoergeskemaundersoegels", "spoergsmaal", "vaerdi"]


def test_the_key_drops_what_typing_without_danish_letters_drops():
    assert lossy_key("spoergeskema") == "sporgeskema"
    assert lossy_key("hvornaar") == "hvornar"
    assert lossy_key("vaerdi") == "vardi"


def test_a_word_typed_with_ae_oe_aa_is_read_in_its_danish_spelling():
    assert [danish_spelling(w) for w in ("paa", "hvornaar", "goer", "saa", "faa")] == \
        ["på", "hvornår", "gør", "så", "få"]
    # A word general Danish writes with the two letters keeps them.
    assert danish_spelling("israel") == "israel" and danish_spelling("kontoret") == "kontoret"


def test_a_lossy_spelling_meets_the_word_or_the_compound_it_starts():
    folded = folded_vocabulary(VOCABULARY)
    assert lossy_matches("hvornar", folded) == ["hvornaar"]
    assert lossy_matches("sporgeskema", folded) == ["spoergeskemaundersoegels"]
    # Short keys start too many words to tell which is meant.
    assert lossy_matches("mal", folded) == []


def test_a_question_typed_without_danish_letters_finds_the_survey_passage(index_of):
    index = index_of([make_document(
        "https://groenne-byer.example/rapport/", "Grønne Byers rapport",
        [("Metode", "Spørgeskemaundersøgelsen blev besvaret af 1.412 medlemmer."),
         ("Træer", "Medlemmerne har plantet 14.300 træer sammen med kommunerne."),
         ("Parker", "Foreningen har anlagt 62 lommeparker."),
         ("Økonomi", "Anbefalingerne koster 1,2 milliarder kroner over ti år.")])])
    query = analyse_query(index, "hvor mange svarede pa sporgeskemaet")
    assert ("spoergeskemaundersoeg",) in [g.members for g in query.groups]
    answer = ask("hvor mange svarede pa sporgeskemaet", index)
    assert answer.answered and "1.412" in answer.answer
