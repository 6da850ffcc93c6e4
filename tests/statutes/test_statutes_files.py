"""The secretariat adds the statutes as files with the indexer; a member asks on the command line."""
from __future__ import annotations

import json

from assistant.cli import indexer
from assistant.cli.assistant import main as assistant_main
from tests.support.statutes import DATE_NOTE, STATUTES_HTML, STATUTES_TITLE, statutes_pdf

BASE = "https://groenne-byer.example/filer/"


def test_statutes_added_as_pdf_answer_a_member_with_the_page_of_the_paragraph(tmp_path, capsys):
    folder = tmp_path / "dokumenter"
    folder.mkdir()
    (folder / "vedtaegter.pdf").write_bytes(statutes_pdf())
    corpus, index = tmp_path / "corpus", tmp_path / "index.bm25"
    assert indexer.main(["add", str(folder), "--corpus", str(corpus), "--base-url", BASE]) == 0
    assert indexer.main(["build", "--corpus", str(corpus), "--index", str(index)]) == 0
    capsys.readouterr()

    assert assistant_main(["ask", "hvornår skal generalforsamlingen indkaldes?",
                           "--index", str(index), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["answered"] and answer["answer"].endswith(DATE_NOTE)
    first = answer["citations"][0]
    assert (first["title"], first["heading"]) == (STATUTES_TITLE, "§ 7, stk. 2 Generalforsamling")
    assert first["url"] == BASE + "vedtaegter.pdf#page=2"

    assert assistant_main(["ask", "§ 4 stk. 2", "--index", str(index)]) == 0
    text = capsys.readouterr().out
    assert text.startswith(f"{STATUTES_TITLE}, § 4, stk. 2 (Medlemmer): »Et medlem kan melde sig "
                           "ud af foreningen")
    assert f"[1] {STATUTES_TITLE} › § 4, stk. 2 Medlemmer" in text


def test_the_same_statutes_as_page_and_pdf_are_cited_once(tmp_path, capsys):
    folder = tmp_path / "dokumenter"
    folder.mkdir()
    (folder / "vedtaegter.html").write_bytes(STATUTES_HTML.read_bytes())
    (folder / "vedtaegter.pdf").write_bytes(statutes_pdf())
    corpus, index = tmp_path / "corpus", tmp_path / "index.bm25"
    assert indexer.main(["add", str(folder), "--corpus", str(corpus), "--base-url", BASE]) == 0
    assert indexer.main(["build", "--corpus", str(corpus), "--index", str(index)]) == 0
    capsys.readouterr()
    assert assistant_main(["ask", "hvordan melder jeg mig ud?", "--index", str(index), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert [(c["paragraph"], c["stk"]) for c in answer["citations"]] == [("4", "2")]
