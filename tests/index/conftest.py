"""Index files cut into tiny blocks, so a few hundred passages exercise what real files do."""
from __future__ import annotations

import pytest

from assistant.index import blocks
from assistant.index.bm25 import build_index
from assistant.index.storage import save_index
from assistant.language.analysis import default_analyzer
from tests.index.test_index_blocks import groenne_byer_chunks


@pytest.fixture
def small_blocks(monkeypatch):
    """Blocks of 256 bytes (postings: 64), so a few hundred passages fill many of them (16 KiB and
    8 KiB in real files)."""
    monkeypatch.setattr(blocks, "BLOCK_BYTES", 256)
    monkeypatch.setattr(blocks, "POSTING_BLOCK_BYTES", 64)


@pytest.fixture
def saved(tmp_path, small_blocks):
    """Passages of the fictional association saved in small blocks: (the index, its file)."""
    index = build_index(groenne_byer_chunks(400), default_analyzer())
    path = tmp_path / "index.bm25"
    save_index(index, path)
    return index, path
