"""A visitor asks "In how many councils did they talk to planners?": no dictionary holds "planners",
and the publication interviewed "byplanlæggere". The English doer is its verb ("plan") with an agent
ending; the Danish doer is the verb's Danish word ("planlægge") with -r, which the material holds as a
compound's head. Before, "planners" fell back to "plan", which finds the plans and the planning law."""
from __future__ import annotations

from assistant.language.english import EnglishToDanish, Translation
from assistant.language.english_agents import agent_verb, agent_words
from assistant.language.english_fallback import AGENT
from tests.language.test_language_english_phrases import _write_wordnet

PLAN = {"planlægge": ["plan", "schedule"]}


def _mapper(vocabulary, net, dan_eng=PLAN, eng_dan=None) -> EnglishToDanish:
    return EnglishToDanish(vocabulary, glossary={}, eng_dan=eng_dan or {}, dan_eng=dan_eng, neighbours={},
                           synonyms=net)


def _net(tmp_path):
    # WordNet derives the noun from the verb (a "+" pointer); the fixture's synsets have none, so
    # the derivation is given as the doer's forms below where it matters.
    return _write_wordnet(tmp_path, {"noun": ["planner contriver deviser"], "verb": ["plan be_after"]})


def test_planners_are_the_town_planners_the_publication_interviewed(tmp_path, monkeypatch):
    mapper = _mapper({"byplanlæggere", "planloven", "lokalplaner", "interviews"}, _net(tmp_path))
    monkeypatch.setattr(mapper._neighbours, "with_doings", lambda forms: [*forms, "plan"])
    assert mapper.translate(["planners"]) == [Translation("planners", ("byplanlæggere",), AGENT)]


def test_a_doer_the_material_never_names_falls_back_as_before(tmp_path, monkeypatch):
    mapper = _mapper({"planloven", "lokalplaner"}, _net(tmp_path))
    monkeypatch.setattr(mapper._neighbours, "with_doings", lambda forms: [*forms, "plan"])
    assert mapper.translate(["planners"])[0].source != AGENT


def test_a_doer_the_dictionary_names_keeps_the_dictionarys_word(tmp_path, monkeypatch):
    # "gardener" is "gartner"; the verb "garden"'s "have" + r would be the material's "haver" (gardens).
    mapper = _mapper({"haver", "byhaver"}, _net(tmp_path), dan_eng={"have": ["garden", "have"]},
                     eng_dan={"gardener": ["gartner"]})
    monkeypatch.setattr(mapper._neighbours, "with_doings", lambda forms: [*forms, "garden"])
    assert mapper.translate(["gardener"]) == [Translation("gardener", ("gartner",), "absent")]


def test_the_agent_ending_follows_the_verb():
    assert agent_verb("planners", "plan") and agent_verb("founders", "found") and agent_verb("organisers", "organise")
    assert not agent_verb("plans", "plan") and not agent_verb("plan", "plan") and not agent_verb("planet", "plan")


def test_only_the_materials_words_that_end_with_the_danish_doer():
    words = ["byplanlæggere", "planlægning", "planloven"]
    ending = lambda d: [w for w in words if w.endswith(d)]  # noqa: E731
    assert agent_words("planners", ["plan"], lambda v: ["planlægge", "plan"], ending) == ("byplanlæggere",)
    assert agent_words("plans", ["plan"], lambda v: ["planlægge"], ending) == ()
