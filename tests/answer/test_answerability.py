"""Whether the material answers a question is decided by a model trained on questions we did not write."""
from __future__ import annotations

import json

import pytest

from assistant.answer import answerability
from assistant.answer.answerability import FEATURES, ModelError, load_model, model_from_json
from assistant.answer.compose import ask
from assistant.language.background import general_rarity


def test_words_common_in_everyday_danish_weigh_little_and_rare_ones_much():
    for common in ("gerne", "egentlig", "hjælpe", "fortælle"):
        assert general_rarity(common) < 0.35, common
    for rare in ("risalamande", "kransekagefigur"):
        assert general_rarity(rare) > 0.9, rare
    # A word never seen by the frequency lists is as telling as a word can be.
    assert general_rarity("qzxvbnm") == 1.0
    # Typed without Danish letters, an everyday word is still an everyday word.
    assert general_rarity("hjaelpe") == general_rarity("hjælpe")


def test_everyday_words_around_the_question_do_not_veto_its_answer(bundled_index):
    plain = ask("Hvornår startede Balance Danmark?", bundled_index)
    chatty = ask("Hej, jeg undrer mig over hvornår Balance Danmark startede, kan du hjælpe mig?",
                 bundled_index)
    assert plain.answered and chatty.answered
    assert chatty.citations[0].url == plain.citations[0].url == "https://balance-danmark.dk/om/#vores-historie"
    assert "2014" in chatty.answer


@pytest.mark.parametrize("question", [
    "Hvad mener Balance Danmark om risalamande?",
    "Hvem vandt Superligaen sidste år?",
    "Hvordan laver man risalamande?",
])
def test_a_rare_word_the_material_lacks_still_declines(bundled_index, question):
    assert not ask(question, bundled_index).answered


def test_the_shipped_model_loads_and_has_a_sane_operating_point():
    model = load_model()
    assert model.features == FEATURES
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) == len(FEATURES)


def _shipped() -> dict:
    return json.loads(answerability.MODEL_PATH.read_text(encoding="utf-8"))


@pytest.mark.parametrize("damage, message", [
    (lambda d: d.update(features=["coverage"]), "andre signaler"),
    (lambda d: d.pop("weights"), "ugyldig"),
    (lambda d: d.update(weights=d["weights"][:-1]), "antal vægte"),
    (lambda d: d.update(threshold=1.5), "tærskel"),
    (lambda d: d.update(scale=[0.0] * len(d["scale"])), "skala"),
    (lambda d: d.update(bias="høj"), "ugyldig"),
])
def test_a_damaged_model_file_is_refused_with_a_danish_reason(damage, message):
    data = _shipped()
    damage(data)
    with pytest.raises(ModelError, match=message):
        model_from_json(data)


def test_on_topic_training_questions_keep_their_article_but_lose_the_answer():
    from benchmarks.answerability_train import without_answer

    article = "Byparken\nParken blev anlagt i 1931. Den er åben hele året.\nDer er 40 bænke."
    assert without_answer(article, "1931") == "Byparken\nDen er åben hele året.\nDer er 40 bænke."
    # An answer across a sentence break cannot be removed, and an article that is all answer
    # leaves no topic to ask about: no example from either.
    assert without_answer("Parken blev anlagt i 1931. Den er åben.", "1931. Den") is None
    assert without_answer("Byparken 1931\nParken blev anlagt i 1931.", "1931") is None


MEMBERSHIP = [
    ("Medlemskab", "Som medlem kan optages enhver borger, der støtter foreningens formål. "
                   "Medlemmer modtager nyhedsbrevet fire gange om året."),
    ("Kontingent", "Kontingentet er 200 kr. om året og betales i januar."),
    ("Bestyrelse", "Bestyrelsen har fem medlemmer og vælges på generalforsamlingen."),
]


@pytest.fixture
def membership_index(index_of):
    from tests.support.corpus import make_document

    return index_of([make_document("https://groenne-byer.example/medlem/", "Bliv medlem", MEMBERSHIP)])


def test_the_focus_check_declines_a_kind_of_member_the_material_never_names(membership_index):
    # "Æresmedlem" is found only as the head of its compound ("medlem"): the first part, which says
    # which kind, is what the question asks about, and the page never uses it. The shipped model
    # names the check as a gate.
    assert "focus_whole" in load_model().gates
    assert ask("Kan jeg blive medlem?", membership_index).answered
    assert not ask("Kan man blive æresmedlem?", membership_index).answered
    assert not ask("Hvordan bliver man livstidsmedlem af foreningen?", membership_index).answered


def test_the_focus_check_lets_a_compound_pass_whose_first_part_the_material_uses(membership_index):
    # The page says "Bestyrelsen har fem medlemmer", never "bestyrelsesmedlemmer".
    answer = ask("Hvor mange bestyrelsesmedlemmer er der?", membership_index)
    assert answer.answered and "fem medlemmer" in answer.answer


def test_the_focus_check_lets_a_verb_particle_compound_pass_as_its_verb(index_of):
    # "Opstarten" is "starte op": the page says when the association "startede", which answers it.
    from tests.support.corpus import make_document

    index = index_of([make_document("https://groenne-byer.example/historie/", "Historie", [
        ("Historie", "Foreningen startede i 2019 i Vejle, da tre lokale grupper gik sammen.")])])
    answer = ask("Hvornår var opstarten af foreningen?", index)
    assert answer.answered and "2019" in answer.answer


def test_a_model_file_naming_an_unknown_check_is_refused_in_danish():
    data = _shipped()
    data["gates"] = [*data["gates"], "stjernetegn"]
    with pytest.raises(ModelError, match="ukendte tjek: stjernetegn"):
        model_from_json(data)


def test_a_model_file_without_a_list_of_checks_keeps_the_usual_ones():
    data = _shipped()
    data.pop("gates")
    assert model_from_json(data).gates == answerability.DEFAULT_GATES == load_model().gates


def test_swapped_training_questions_ask_about_a_related_thing_the_article_lacks():
    import random

    from assistant.language.analysis import default_analyzer
    from benchmarks.answerability_train import swapped_focus

    article = "Bytræer\nKommunen plantet 300 lindetrær i parken i fjor."
    related = "Byhaver\nFrivillige dyrket grønnsaker og solsikker i hagen."
    swapped = swapped_focus("Hvor mange lindetrær ble plantet i parken?", article, related,
                            default_analyzer(), random.Random(1))
    # The question's rarest word its article holds is swapped for a word of the related article.
    assert swapped is not None and "lindetrær" not in swapped
    new_word = swapped.split()[2]
    assert new_word in related.casefold() and new_word not in article.casefold()
    assert swapped.replace(new_word, "lindetrær") == "Hvor mange lindetrær ble plantet i parken?"
    # Without a word of the related article to swap in, there is no example.
    assert swapped_focus("Hvor mange lindetrær ble plantet?", article, article, default_analyzer(),
                         random.Random(1)) is None


@pytest.mark.parametrize("question", ["Hvornår startede Balance Danmark?", "Hvem stod bag initiativet?"])
def test_a_training_example_is_weighed_with_the_signals_the_assistant_weighs(bundled_index, question):
    # The model is trained on the signals benchmarks/answerability_train.py reads for a NorQuAD
    # question; they are the ones the assistant reads for the same question and material.
    from assistant.answer.compose import ask
    from assistant.answer.decision_trace import DecisionTrace
    from benchmarks.answerability_train import N, example

    trace = DecisionTrace()
    ask(question, bundled_index, trace=trace)
    best, _, _ = example(bundled_index, question, "da")
    assert best[:N] == pytest.approx(trace.signals[0].values)


@pytest.mark.parametrize("question, checked", [("Hvorfor skiftede Balance Danmark navn?", True),
                                               ("Hvad synes kommunerne om Balance Danmark?", True),
                                               ("Hvorfor blev Balance Danmark stiftet?", False)])
def test_a_training_example_carries_the_passage_checks_that_decline_it_in_the_assistant(
        bundled_index, question, checked):
    # The benchmark's decision "as the assistant takes it" declines a passage that fails a passage
    # check (no reason given, no view reported), as compose does, whatever the model says.
    from assistant.answer.compose import ask
    from assistant.answer.decision_trace import DecisionTrace
    from benchmarks.answerability_train import CHECKED, example

    trace = DecisionTrace()
    ask(question, bundled_index, trace=trace)
    best, _, below = example(bundled_index, question, "da")
    from assistant.answer.passage_gates import PASSAGE_GATES

    checks = {name for name, _, _ in PASSAGE_GATES}
    failed_in_assistant = [bool(set(gates) & checks)
                           for gates in trace.gates_failed]
    assert [bool(row[CHECKED]) for row in [best, *(row for row, _ in below)]] == failed_in_assistant
    assert bool(best[CHECKED]) is checked
