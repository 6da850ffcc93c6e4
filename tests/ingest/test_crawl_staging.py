"""A crawl or an add swaps the corpus folder in whole: readers see the old one or the new one."""
from __future__ import annotations

import os
import stat

import pytest

from assistant.documents import Document, Section, read_corpus, write_document
from assistant.ingest.staging import StagedCorpus


def doc(url: str, text: str) -> Document:
    return Document(url=url, title="Grønne Byer", sections=(Section(heading="", anchor="", text=text),))


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    write_document(folder, doc("https://groennebyer.example/a/", "Gammel a."))
    write_document(folder, doc("https://groennebyer.example/b/", "Gammel b."))
    (folder / ".crawl-state.json").write_text("{}")
    (folder / "README.txt").write_text("Korpusmappen.")
    (folder / "billeder").mkdir()
    (folder / "billeder" / "logo.txt").write_text("logo")
    os.chmod(folder, 0o750)
    return folder


def test_commit_carries_over_untouched_files_and_swaps_in_the_new_version(corpus):
    a_file = next(p for p in corpus.iterdir() if "-a-" in p.name)
    untouched = {p.name: p.stat().st_ino for p in corpus.iterdir() if p.is_file()}
    with StagedCorpus(corpus) as stage:
        stage.write(doc("https://groennebyer.example/b/", "Ny b."))
        stage.write(doc("https://groennebyer.example/c/", "Ny c."))
        stage.remove(a_file.name)
        assert {d.text for x in read_corpus(corpus) for d in x.sections} == {"Gammel a.", "Gammel b."}
        stage.commit()
    assert sorted(s.text for x in read_corpus(corpus) for s in x.sections) == ["Ny b.", "Ny c."]
    assert (corpus / "README.txt").stat().st_ino == untouched["README.txt"]
    assert (corpus / ".crawl-state.json").exists() and (corpus / "billeder" / "logo.txt").exists()
    assert stat.S_IMODE(corpus.stat().st_mode) == 0o750
    assert sorted(p.name for p in corpus.parent.iterdir()) == ["corpus"]


def test_leaving_without_commit_changes_nothing(corpus):
    before = sorted((p.name, p.read_bytes()) for p in corpus.iterdir() if p.is_file())
    with pytest.raises(RuntimeError):
        with StagedCorpus(corpus) as stage:
            stage.write(doc("https://groennebyer.example/c/", "Ny c."))
            raise RuntimeError("crawl failed")
    assert sorted((p.name, p.read_bytes()) for p in corpus.iterdir() if p.is_file()) == before
    assert sorted(p.name for p in corpus.parent.iterdir()) == ["corpus"]


def test_a_swap_cut_between_its_two_renames_is_repaired_on_the_next_run(corpus):
    retired = corpus.parent / ".corpus.old-abc123"
    os.rename(corpus, retired)  # what a power cut between the renames leaves behind
    with StagedCorpus(corpus) as stage:
        assert corpus.is_dir() and not retired.exists()
        stage.write(doc("https://groennebyer.example/c/", "Ny c."))
        stage.commit()
    assert sorted(s.text for x in read_corpus(corpus) for s in x.sections) == [
        "Gammel a.", "Gammel b.", "Ny c."]


def test_a_first_crawl_creates_the_corpus_folder(tmp_path):
    with StagedCorpus(tmp_path / "nyt" / "corpus") as stage:
        stage.write(doc("https://groennebyer.example/", "Forside."))
        stage.commit()
    assert [d.url for d in read_corpus(tmp_path / "nyt" / "corpus")] == ["https://groennebyer.example/"]
