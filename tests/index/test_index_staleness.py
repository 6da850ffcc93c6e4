"""A `build --if-stale` keeps an index only when it ranks as this version would."""
from __future__ import annotations

import shutil

from assistant.config import REPO_ROOT
from assistant.index import bm25
from assistant.index.build import build_and_save, index_is_current


def test_an_index_built_when_headings_counted_once_is_rebuilt_after_the_upgrade(tmp_path, monkeypatch):
    corpus, index_path = tmp_path / "corpus", tmp_path / "index.bm25"
    shutil.copytree(REPO_ROOT / "corpus", corpus)
    with monkeypatch.context() as older_version:
        older_version.setattr(bm25, "HEADING_WEIGHTS", (1, 1))
        build_and_save(corpus, index_path)
        assert index_is_current(corpus, index_path)
    assert not index_is_current(corpus, index_path)
    build_and_save(corpus, index_path)
    assert index_is_current(corpus, index_path)


def test_an_index_is_stale_when_any_scoring_setting_differs(tmp_path, monkeypatch):
    corpus, index_path = tmp_path / "corpus", tmp_path / "index.bm25"
    shutil.copytree(REPO_ROOT / "corpus", corpus)
    build_and_save(corpus, index_path)
    for setting, other in (("K1", 1.5), ("B", 0.5), ("EPSILON", 0.1), ("TITLE_WEIGHT", 3)):
        with monkeypatch.context() as changed:
            changed.setattr(bm25, setting, other)
            assert not index_is_current(corpus, index_path), setting
    assert index_is_current(corpus, index_path)
