"""Staff measure answer quality on a question file, and CI refuses a change that makes it worse."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.answer.result import Answer
from assistant.config import REPO_ROOT
from assistant.errors import AssistantError
from assistant.index.build import build_and_save
from assistant.quality.evaluation import KindFigures, Source, Thresholds, evaluate, fact_in, matches, report_lines
from assistant.quality.question_file import read_question_file
from tests.support.corpus import BUNDLED_CORPUS, make_document

DATA = Path(__file__).parents[1] / "data"

GROENNE = [
    make_document("https://groenne.example/om/", "Om Grønne Byer", [
        ("Historie", "Foreningen Grønne Byer blev stiftet i 1998 af tre haveforeninger i Vejle."),
        ("Medlemskab", "Kontingentet er 250 kr. om året for en husstand."),
    ]),
    make_document("https://groenne.example/aarsberetning/", "Årsberetning 2023", [
        ("Træer", "I 2023 plantede foreningen 1.200 træer i Vejle kommune sammen med skolerne."),
    ]),
]


def evaluate_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "assistant", "evaluate", *args], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=120, env=dict(os.environ))


def test_the_fixture_question_set_gives_exactly_the_expected_figures(index_of):
    report = evaluate(index_of(GROENNE), read_question_file(DATA / "questions_groenne.tsv"))
    assert (report.answerable, report.unanswerable) == (3, 2)
    # The tree question cites the annual report first and the expected history section second:
    # a miss at rank 1, a hit at rank 2.
    assert report.hit1 == pytest.approx(2 / 3)
    assert report.hit3 == pytest.approx(1.0)
    assert report.mrr == pytest.approx((1 + 1 + 1 / 2) / 3)
    # "træer … Vejle kommune" shares every word with the annual report: answered, wrongly.
    assert report.declined_right == pytest.approx(0.5)
    assert [(m.question, m.cited_first) for m in report.misses] == [
        ("Hvor mange træer plantede foreningen?", "https://groenne.example/aarsberetning/#traeer"),
        ("Hvor mange træer har Vejle kommune?", "https://groenne.example/aarsberetning/#traeer"),
    ]


@pytest.mark.parametrize("expected, source, hit", [
    ("https://x.dk/om/#historie", Source("https://x.dk/om/#historie"), True),
    ("https://x.dk/om/#historie", Source("https://x.dk/om/#vision"), False),
    ("https://x.dk/om/", Source("https://x.dk/om/#vision"), True),        # any section of the page
    ("https://x.dk/om/", Source("https://x.dk/andet/"), False),
    ("https://x.dk/v.pdf § 7", Source("https://x.dk/v.pdf#page=2", "7", "2"), True),
    ("https://x.dk/v.pdf § 7, stk. 2", Source("https://x.dk/v.pdf#page=2", "7", "2"), True),
    ("https://x.dk/v.pdf § 7 stk. 3", Source("https://x.dk/v.pdf#page=2", "7", "2"), False),
    ("https://x.dk/v.pdf § 7", Source("https://x.dk/v.pdf#page=2", "8", ""), False),
    ("https://x.dk/v.pdf § 3a", Source("https://x.dk/v.pdf#page=1", "3a", ""), True),
])
def test_an_expected_source_can_be_a_section_a_page_or_a_paragraph(expected, source, hit):
    assert matches(expected, source) is hit


@pytest.mark.parametrize("content, problem", [
    ("question\texpected\n", "ingen spørgsmål"),
    ("Hvad er jeres vision?\n", "linje 1"),
    ("Hvad er jeres vision?\t\n", "linje 1"),
    ("# kommentar\nA\tB\tC\n", "linje 2"),
    # A typo in the expected source would otherwise count as a miss no one can explain.
    ("Hvad er jeres vision?\tnone\n", "hverken en adresse"),
    ("Hvad er jeres vision?\tom-os-siden\n", "hverken en adresse"),
    ("question\texpected\nHvad siger § 4?\tvedtægterne § 4\n", "linje 2"),
    # A fact for a question that must be declined could never be found.
    ("question\texpected\tfact\tkind\nHvad koster en pizza?\tNONE\t50 kr\t\n", "kan ikke have et faktum"),
    ("Hvad er jeres vision?\thttps://x.dk/om/\tvision\tengelsk\n", "ukendt type 'engelsk'"),
    ("Hvad er jeres vision?\thttps://x.dk/om/\tvision\ttypo\tekstra\n", "linje 1"),
])
def test_a_malformed_question_file_is_refused_with_the_line(tmp_path, content, problem):
    path = tmp_path / "spørgsmål.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(AssistantError) as err:
        read_question_file(path)
    assert problem in err.value.message


def test_a_question_file_saved_from_a_spreadsheet_reads_like_any_other(tmp_path):
    path = tmp_path / "fra-regneark.tsv"
    path.write_bytes("question\texpected\nHvornår blev I stiftet?\thttps://x.dk/om/\n"
                     .encode("utf-8-sig"))
    assert [(e.question, e.expected, e.line) for e in read_question_file(path)] == [
        ("Hvornår blev I stiftet?", "https://x.dk/om/", 2)]


def test_a_limit_outside_0_to_1_is_refused_before_anything_is_asked(tmp_path, capsys):
    from assistant.cli.assistant import main

    code = main(["evaluate", str(DATA / "questions_groenne.tsv"), "--index",
                 str(tmp_path / "findes-ikke.bm25"), "--min-hit1", "90"])
    assert code == 1
    assert "Grænsen for hit@1 skal være et tal fra 0 til 1 (fik 90)" in capsys.readouterr().err


def test_a_question_file_in_the_wrong_encoding_is_refused(tmp_path):
    path = tmp_path / "latin1.tsv"
    path.write_bytes("Hvornår?\tNONE\n".encode("latin-1"))
    with pytest.raises(AssistantError, match="kan ikke læses"):
        read_question_file(path)


def test_the_command_prints_the_figures_and_the_misses_table(tmp_path):
    corpus = tmp_path / "corpus"
    from assistant.documents import write_document
    for doc in GROENNE:
        write_document(corpus, doc)
    build_and_save(corpus, tmp_path / "index.bm25")
    run = evaluate_cli(str(DATA / "questions_groenne.tsv"), "--index", str(tmp_path / "index.bm25"))
    assert run.returncode == 0, run.stderr
    assert "hit@1:               0.667" in run.stdout
    assert "korrekt afvist:      0.500" in run.stdout
    assert "Hvor mange træer plantede foreningen? | https://groenne.example/om/#historie | " \
           "https://groenne.example/aarsberetning/#traeer" in run.stdout
    as_json = json.loads(evaluate_cli(str(DATA / "questions_groenne.tsv"), "--index",
                                      str(tmp_path / "index.bm25"), "--json").stdout)
    assert as_json["hit1"] == pytest.approx(2 / 3) and len(as_json["misses"]) == 2


@pytest.fixture(scope="module")
def bundled_index_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("gate") / "index.bm25"
    build_and_save(BUNDLED_CORPUS, path)
    return path


GATE = ("--min-hit1", "1.0", "--min-hit3", "1.0", "--min-mrr", "1.0", "--min-declined", "1.0")


def test_ci_gate_the_bundled_corpus_answers_its_question_set_perfectly(bundled_index_file):
    run = evaluate_cli(str(DATA / "questions_bundled.tsv"), "--index", str(bundled_index_file), *GATE)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Ingen forkerte svar." in run.stdout


def test_ci_gate_fails_on_a_deliberately_broken_index(tmp_path):
    """Section texts shuffled between headings: the answers cite the wrong sections."""
    from dataclasses import replace

    from assistant.documents import read_corpus, write_document
    (doc,) = list(read_corpus(BUNDLED_CORPUS))
    texts = [s.text for s in doc.sections]
    shuffled = tuple(replace(s, text=texts[(i + 1) % len(texts)]) for i, s in enumerate(doc.sections))
    write_document(tmp_path / "corpus", replace(doc, sections=shuffled, content_hash=""))
    build_and_save(tmp_path / "corpus", tmp_path / "index.bm25")
    run = evaluate_cli(str(DATA / "questions_bundled.tsv"), "--index", str(tmp_path / "index.bm25"),
                       *GATE)
    assert run.returncode == 1
    assert "KVALITETSKRAV IKKE OPFYLDT: hit@1" in run.stderr


def test_ci_gate_the_statutes_fixture_cites_the_right_paragraphs(tmp_path):
    from assistant.documents import write_document
    from tests.support.statutes import STATUTES_HTML, html_document
    write_document(tmp_path / "corpus",
                   html_document(STATUTES_HTML, "https://groenne-byer.example/vedtaegter/"))
    build_and_save(tmp_path / "corpus", tmp_path / "index.bm25")
    run = evaluate_cli(str(DATA / "questions_statutes.tsv"), "--index", str(tmp_path / "index.bm25"),
                       *GATE)
    assert run.returncode == 0, run.stdout + run.stderr


def test_known_hard_questions_are_reported_not_gated(bundled_index_file):
    run = evaluate_cli(str(DATA / "questions_bundled_hard.tsv"), "--index", str(bundled_index_file))
    assert run.returncode == 0
    assert "Forkerte svar" in run.stdout


def test_a_question_file_can_name_a_fact_and_kinds_for_each_question(tmp_path):
    path = tmp_path / "fakta.tsv"
    path.write_text("question\texpected\tfact\tkind\n"
                    "Hvornår blev I stiftet?\thttps://x.dk/om/\t1998\tparaphrase, typo\n"
                    "Hvad er jeres vision?\thttps://x.dk/om/#vision\n"
                    "What is the fee?\tNONE\t\tenglish,unanswerable\n", encoding="utf-8")
    assert [(e.question, e.fact, e.kinds) for e in read_question_file(path)] == [
        ("Hvornår blev I stiftet?", "1998", ("paraphrase", "typo")),
        ("Hvad er jeres vision?", "", ()),
        ("What is the fee?", "", ("english", "unanswerable")),
    ]


def test_the_fact_counts_whatever_its_case_and_line_breaks_but_never_in_a_decline():
    answer = Answer("Hvornår?", True, "Foreningen blev stiftet i\n1998 af tre\nhaveforeninger. [1]")
    assert fact_in(answer, "1998 AF TRE haveforeninger")
    assert not fact_in(answer, "1997")
    assert not fact_in(Answer("Hvornår?", False, "Det kan jeg ikke svare på (1998)."), "1998")


def test_staff_see_whether_answers_state_the_fact_and_how_each_kind_of_question_fares(index_of):
    report = evaluate(index_of(GROENNE), read_question_file(DATA / "questions_groenne_facts.tsv"))
    assert (report.answerable, report.unanswerable) == (5, 2)
    assert report.hit1 == pytest.approx(5 / 5)
    # The story of the association cites the right page, but not the fee a member asked about.
    assert (report.with_fact, report.fact_in_answer) == (5, pytest.approx(4 / 5))
    assert [o.question for o in report.facts_missed] == ["Fortæl om foreningen Grønne Byer"]
    assert report.kinds == [
        KindFigures("paraphrase", 1, 1, 1.0, 0.0),
        KindFigures("english", 1, 0, 1.0, None),
        KindFigures("definition", 1, 0, 1.0, None),
        KindFigures("unanswerable", 0, 2, None, 0.5),
    ]
    text = "\n".join(report_lines(report))
    assert "Spørgsmål med faktum:  5\n  faktum i svaret:     0.800" in text
    assert "  english          1  1.000 |    0      -" in text
    assert "  unanswerable     0      - |    2  0.500" in text
    assert "  Fortæl om foreningen Grønne Byer | kontingent" in text


def test_an_old_two_column_file_reports_as_before(index_of):
    report = evaluate(index_of(GROENNE), read_question_file(DATA / "questions_groenne.tsv"))
    assert (report.with_fact, report.fact_in_answer, report.kinds) == (0, 1.0, [])
    text = "\n".join(report_lines(report))
    assert "faktum" not in text and "Pr. type" not in text


def test_a_fact_limit_fails_the_run_when_too_few_answers_state_their_fact(index_of):
    report = evaluate(index_of(GROENNE), read_question_file(DATA / "questions_groenne_facts.tsv"))
    assert Thresholds(fact_in_answer=0.8).failures(report) == []
    assert Thresholds(fact_in_answer=0.9).failures(report) == [
        "faktum i svaret 0.800 er under grænsen 0.900"]
    with pytest.raises(AssistantError, match="Grænsen for faktum i svaret skal være et tal fra 0 til 1"):
        Thresholds(fact_in_answer=1.5)


def test_the_command_reports_facts_and_kinds_and_gates_on_min_fact(tmp_path):
    from assistant.documents import write_document
    for doc in GROENNE:
        write_document(tmp_path / "corpus", doc)
    build_and_save(tmp_path / "corpus", tmp_path / "index.bm25")
    facts = str(DATA / "questions_groenne_facts.tsv")
    run = evaluate_cli(facts, "--index", str(tmp_path / "index.bm25"), "--min-fact", "0.9")
    assert run.returncode == 1
    assert "faktum i svaret:     0.800" in run.stdout and "Pr. type" in run.stdout
    assert "KVALITETSKRAV IKKE OPFYLDT: faktum i svaret 0.800" in run.stderr
    as_json = json.loads(evaluate_cli(facts, "--index", str(tmp_path / "index.bm25"), "--json").stdout)
    assert as_json["fact_in_answer"] == pytest.approx(0.8)
    assert as_json["kinds"][1] == {"kind": "english", "answerable": 1, "unanswerable": 0,
                                   "hit1": 1.0, "declined_right": None}
    assert [m["question"] for m in as_json["facts_missed"]][0] == "Fortæl om foreningen Grønne Byer"
