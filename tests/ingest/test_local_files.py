"""Staff add publications that are not on the site: files and folders of HTML, PDF, Markdown, text."""
from __future__ import annotations

from pathlib import Path

import pytest

from assistant.answer.compose import ask
from assistant.cli import indexer
from assistant.documents import read_corpus
from assistant.index.build import build_and_save
from assistant.index.storage import load_index
from assistant.ingest.local_files import LocalFileError, add_paths
from tests.support.crawl import image_only_pdf, make_pdf

BASE = "https://groennebyer.example/materiale/"


def publications(root: Path) -> Path:
    """A folder as staff keep it: nested, mixed types, a hidden file and some that cannot be read."""
    folder = root / "materiale"
    (folder / "rapporter").mkdir(parents=True)
    (folder / ".git").mkdir()
    (folder / "rapporter" / "trae-rapport 2022.pdf").write_bytes(make_pdf([
        "Træoptælling 2022\n\nI 2022 talte foreningen 1.204 gadetræer i Træby, heraf 388 lindetræer.",
    ]))
    (folder / "rapporter" / "scannet.pdf").write_bytes(image_only_pdf())
    (folder / "rapporter" / "defekt.pdf").write_bytes(b"%PDF-1.4 afbrudt")
    (folder / "guide.md").write_text("# Plantekasser\n\n## Vanding {#vanding}\n"
                                     "Plantekasserne skal vandes to gange om ugen fra maj til "
                                     "september.\n", encoding="utf-8")
    (folder / "referat.txt").write_text("Referat af bestyrelsesmøde\n\nBestyrelsen besluttede at "
                                        "købe en trækvogn til plantedagene.\n", encoding="cp1252")
    (folder / "gammel-side.html").write_bytes(
        "<html><head><title>Kompost</title></head><body><nav>Menu</nav><h1>Kompost</h1>"
        "<p>Kompostbeholderen står bag Æblehavens Skole.</p></body></html>".encode("latin-1"))
    (folder / "logo.png").write_bytes(b"\x89PNG")
    (folder / ".git" / "noter.txt").write_text("skjult")
    return folder


def test_a_folder_is_added_recursively_with_citable_urls(tmp_path):
    folder = publications(tmp_path)
    corpus = tmp_path / "corpus"
    summary = add_paths([folder], corpus, base_url=BASE)
    assert sorted(summary.added) == sorted([
        BASE + "gammel-side.html", BASE + "guide.md", BASE + "rapporter/trae-rapport%202022.pdf",
        BASE + "referat.txt"])
    skipped = {Path(p).name: why for p, why in summary.skipped}
    assert skipped == {"logo.png": "ukendt filtype .png", "scannet.pdf": "PDF uden tekstlag",
                       "defekt.pdf": "ulæselig PDF"}
    docs = {d.url.removeprefix(BASE): d for d in read_corpus(corpus)}
    assert all(d.source == "local" for d in docs.values())
    assert docs["gammel-side.html"].sections[0].text == "Kompostbeholderen står bag Æblehavens Skole."
    assert "trækvogn" in docs["referat.txt"].sections[0].text

    build_and_save(corpus, tmp_path / "index.bm25")
    index = load_index(tmp_path / "index.bm25")
    assert ask("Hvor mange lindetræer er der?", index).citations[0].url == \
        BASE + "rapporter/trae-rapport%202022.pdf#page=1"
    assert ask("Hvornår skal plantekasserne vandes?", index).citations[0].url == BASE + "guide.md#vanding"


def test_without_base_url_files_are_cited_by_their_file_address(tmp_path):
    note = tmp_path / "noter.md"
    note.write_text("# Noter\n\nFrøbanken åbner i april.\n", encoding="utf-8")
    summary = add_paths([note], tmp_path / "corpus")
    assert summary.added == [note.resolve().as_uri()]


def test_adding_again_reports_unchanged_and_updated_files(tmp_path):
    folder = publications(tmp_path)
    corpus = tmp_path / "corpus"
    add_paths([folder], corpus, base_url=BASE)
    (folder / "guide.md").write_text("# Plantekasser\n\nVand dem hver dag i juli.\n", encoding="utf-8")
    summary = add_paths([folder], corpus, base_url=BASE)
    assert summary.updated == [BASE + "guide.md"]
    assert len(summary.unchanged) == 3 and not summary.added


def test_the_same_file_under_two_names_is_added_once(tmp_path):
    (tmp_path / "a.txt").write_text("Frøbanken åbner i april.")
    (tmp_path / "b.txt").write_text("Frøbanken åbner i april.")
    summary = add_paths([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "corpus", base_url=BASE)
    assert summary.added == [BASE + "a.txt"]
    assert summary.skipped == [(str(tmp_path / "b.txt"), f"samme indhold som {BASE}a.txt")]


@pytest.mark.parametrize("paths, base_url, message", [
    (["findes-ikke.pdf"], None, "Findes ikke"),
    ([], None, "Angiv mindst én fil"),
    (["guide.md"], "groennebyer.example", "Ugyldig --base-url"),
])
def test_bad_paths_or_options_change_nothing(tmp_path, paths, base_url, message):
    (tmp_path / "guide.md").write_text("# Guide\n\nTekst.")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "eksisterende.json").write_text("{}")
    with pytest.raises(LocalFileError) as caught:
        add_paths([tmp_path / p for p in paths], corpus, base_url=base_url)
    assert message in caught.value.message
    assert [p.name for p in corpus.iterdir()] == ["eksisterende.json"]


def test_an_interrupted_add_adds_nothing(tmp_path):
    folder = publications(tmp_path)
    corpus = tmp_path / "corpus"
    seen = []

    def interrupt_on_third(path):
        seen.append(path)
        if len(seen) == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        add_paths([folder], corpus, base_url=BASE, progress=interrupt_on_third)
    assert not corpus.exists()
    # Only the (empty, kept) lock file of the corpus is new: no staged folder is left behind.
    assert sorted(p.name for p in tmp_path.iterdir()) == [".corpus.lock", "materiale"]


def test_the_add_command_prints_a_summary_and_errors_in_danish(tmp_path, capsys):
    folder = publications(tmp_path)
    corpus = tmp_path / "corpus"
    assert indexer.main(["add", str(folder), "--corpus", str(corpus), "--base-url", BASE]) == 0
    out = capsys.readouterr().out
    assert "nye:           4" in out and "PDF uden tekstlag" in out and "indexer.py build" in out
    assert indexer.main(["add", str(tmp_path / "mangler"), "--corpus", str(corpus)]) == 1
    assert "Findes ikke" in capsys.readouterr().err
