"""A Danish name with Danish function words inside it ("Danmark på Vippen") does not make an English
question Danish; the names are looked for only where a question has two capitals after its first
word's start, which every such name needs."""
from __future__ import annotations

from pathlib import Path

from assistant.language.english_detect import _NAME_LINK, _TWO_CAPITALS, detect_language
from assistant.quality.question_file import read_question_file

QUESTIONS = Path(__file__).resolve().parents[1] / "data" / "realistic"


def test_an_english_question_about_a_danish_name_with_function_words_is_english():
    assert detect_language("Which municipalities were behind Danmark på Vippen?") == "en"
    assert detect_language("Who started Staten i hele Danmark and when?") == "en"
    assert detect_language("Hvem stod bag Danmark på Vippen?") == "da"


def test_a_question_without_two_capitals_after_its_start_holds_no_such_name():
    questions = [e.question for path in sorted(QUESTIONS.glob("*.tsv")) for e in read_question_file(path)]
    made_up = ["Hvad gør Danmark på Vippen?", "I Odense i dag", "om Aarhus i Danmark", "x Ærø på Fyn",
               "hvad med Balance\ni\nDanmark?"]
    for question in questions + made_up:
        if _NAME_LINK.search(question):
            assert _TWO_CAPITALS.search(question, 2), question
    assert not _TWO_CAPITALS.search("Hvad koster et medlemskab for en familie?", 2)
