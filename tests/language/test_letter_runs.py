"""A question is split into its runs of letters once, however many readers ask for them: its particle
verbs, its words of ending, its idioms and its light verbs all read the same split
(language/letter_runs.py, runde enogfyrre). Each reader gets the words re.findall would give, in a list
of its own."""
from __future__ import annotations

import re
from pathlib import Path

from assistant.answer.gate_ending import asks_ending
from assistant.answer.light_verbs import light_verb_terms
from assistant.language import letter_runs as runs
from assistant.language.analysis import default_analyzer
from assistant.language.lemmas import lemma_of
from assistant.language.letter_runs import letter_runs
from assistant.language.particle_verbs import joined_forms, object_split_forms, words_with_particle

ROOT = Path(__file__).resolve().parents[2]


class CountingPattern:
    """The letters' pattern, counting the texts it splits."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.split = pattern, []

    def findall(self, text: str) -> list[str]:
        self.split.append(text)
        return self.pattern.findall(text)


def test_a_question_read_by_four_readers_is_split_once(monkeypatch):
    counting = CountingPattern(runs._LETTERS)
    monkeypatch.setattr(runs, "_LETTERS", counting)
    runs._runs.cache_clear()
    question = "Hvornår holdt I op med at samle oplysningerne ind, og hvem melder sig ud?"
    assert ("melder", "udmelder") in joined_forms(question)
    assert ("samle", "indsamle") in object_split_forms(question, lemma_of)
    assert "holdt" in words_with_particle(question)
    asks_ending(question)
    light_verb_terms(default_analyzer(), question)
    assert counting.split == [question.casefold()]


def test_the_runs_are_findall_s_words_on_every_question_and_passage():
    texts = [line for f in [*(ROOT / "tests/data/realistic").glob("*.tsv"), *(ROOT / "corpus").glob("*.json")]
             for line in f.read_text(encoding="utf-8").splitlines()[:400]]
    texts += ["", "123 456", "snake_case og co2-udledning", "Hvad koster et 2-års medlemskab?", "ÆØÅ æøå ſ İ"]
    for text in texts:
        assert letter_runs(text) == re.findall(r"[^\W\d_]+", text)


def test_each_reader_gets_a_list_of_its_own():
    first = letter_runs("hvem er formand")
    first.append("kasserer")
    first[0] = "hvad"
    assert letter_runs("hvem er formand") == ["hvem", "er", "formand"]
