"""The search's compiled loops: chunk ids in every stored form read back exactly, a block whose bytes
lie is refused, the loops are compiled by setup into a module named after their source (a search
needs no numba), and a server without a build for its source stops at its start with a Danish message.

The passages are invented: notes of the fictional association "Foreningen Grønne Byer".
"""
from __future__ import annotations

import importlib
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import ConfigError, IndexFormatError
from assistant.index import kernel_loader, topk
from assistant.index.block_codecs import DENSE, decode_checked, load_run
from assistant.index.blocks import encode_blocks
from assistant.index.bm25 import build_index
from assistant.index.narrow_gaps import TWELVE_BITS
from assistant.index.postings_cache import PostingsCache
from assistant.index.preload import preload
from assistant.index.storage import load_index
from assistant.language.analysis import default_analyzer
from tests.index.test_index_blocks import groenne_byer_chunks

REPO = Path(__file__).resolve().parents[2]
IDS = np.dtype(np.int32)


def _postings() -> np.ndarray:
    """Several terms' chunk ids one after another: gaps of one byte, twelve bits, two bytes and
    wider, a term in nearly every chunk (dense), and each new term starting over from a low id."""
    rng = np.random.default_rng(16)
    terms = [np.cumsum(rng.integers(1, 200, 300)),          # one byte a gap
             np.cumsum(rng.integers(300, 4000, 300)),       # twelve bits
             np.cumsum(rng.integers(5000, 60000, 300)),     # two bytes
             np.cumsum(rng.integers(70000, 900000, 50)),    # every gap wide (int32 after the narrow part)
             np.flatnonzero(rng.random(4000) < 0.6)]        # dense: a bit per chunk id
    return np.concatenate(terms).astype(np.int32)


def _encoded(values: np.ndarray, per: int = 100):
    encoded, per = encode_blocks(values, "delta-narrow", 4 * per)
    ends = np.cumsum([len(b) for b in encoded]).tolist()
    counts = [min(per, len(values) - b * per) for b in range(len(encoded))]
    return encoded, ends, counts, per


def test_chunk_ids_in_every_stored_form_read_back_exactly_one_block_or_a_whole_run():
    values = _postings()
    encoded, ends, counts, per = _encoded(values)

    assert {block[0] for block in encoded} == {DENSE, 1, 2, TWELVE_BITS}
    assert np.array_equal(load_run(b"".join(encoded), ends, None, 0, "delta-narrow", IDS, counts), values)
    for b, block in enumerate(encoded):
        assert np.array_equal(decode_checked(block, b, "delta-narrow", IDS, counts[b]), values[b * per:(b + 1) * per])


def _forged(block: bytes, at: int, value: int) -> bytes:
    return block[:at] + bytes([value]) + block[at + 1:]


@pytest.mark.parametrize("damage", [
    "unknown form", "dense block with a bit too many", "narrow block missing a wide gap", "narrow block cut short",
])
def test_a_block_whose_bytes_do_not_hold_what_they_claim_is_refused_not_misread(damage):
    encoded, _, counts, _ = _encoded(_postings())
    dense = next(b for b, block in enumerate(encoded) if block[0] == DENSE)
    wide = next(b for b, block in enumerate(encoded) if block[0] != DENSE and block[1] > 0)
    b, block = {
        "unknown form": (0, _forged(encoded[0], 0, 9)),
        # The last byte's padding bit set: one id more than the block's count.
        "dense block with a bit too many": (dense, encoded[dense][:-1] + bytes([encoded[dense][-1] | 1])),
        "narrow block missing a wide gap": (wide, _forged(encoded[wide], 1, encoded[wide][1] + 1)),
        "narrow block cut short": (wide, encoded[wide][:-4]),
    }[damage]
    if damage == "dense block with a bit too many":
        assert encoded[dense][-1] & 1 == 0

    with pytest.raises(ValueError, match=f"blok {b} kan ikke pakkes ud"):
        decode_checked(block, b, "delta-narrow", IDS, counts[b])
    with pytest.raises(ValueError, match=f"blok {b}-{b} kan ikke pakkes ud"):
        load_run(block, [len(block)], None, b, "delta-narrow", IDS, [counts[b]])


def test_a_server_whose_loops_are_not_built_for_this_source_stops_at_its_start_with_a_danish_message(
        saved, monkeypatch):
    _, path = saved
    loaded = load_index(path)
    # What a checkout whose kernel.py changed after the last scripts/setup meets.
    monkeypatch.setattr(kernel_loader, "module_name", lambda: kernel_loader.PREFIX + "0" * 16)
    kernel_loader.kernel.cache_clear()   # as in a fresh process

    with pytest.raises(kernel_loader.KernelUnavailableError) as refused:
        preload(loaded)
    # A ConfigError: the entry point prints the message and exits with 1 (assistant/cli).
    assert isinstance(refused.value, ConfigError)
    assert "Søgningens kompilerede løkker" in refused.value.message
    assert "scripts/setup" in refused.value.message


def test_the_built_module_is_named_after_the_source_so_a_changed_source_needs_a_new_build(tmp_path, monkeypatch):
    source = tmp_path / "kernel.py"
    source.write_bytes(kernel_loader.SOURCE.read_bytes())
    monkeypatch.setattr(kernel_loader, "SOURCE", source)
    before = kernel_loader.module_name()
    source.write_bytes(source.read_bytes() + b"# changed\n")

    assert kernel_loader.module_name() != before
    assert kernel_loader.module_name().startswith(kernel_loader.PREFIX)


def test_a_changed_part_of_the_loops_needs_a_new_build_too(tmp_path, monkeypatch):
    parts = [tmp_path / part.name for part in kernel_loader.PARTS]
    for part, copy in zip(kernel_loader.PARTS, parts):
        copy.write_bytes(part.read_bytes())
    monkeypatch.setattr(kernel_loader, "PARTS", tuple(parts))
    before = kernel_loader.module_name()
    parts[-1].write_bytes(parts[-1].read_bytes() + b"# changed\n")

    assert kernel_loader.module_name() != before


def test_setup_compiles_the_loops_into_a_module_that_reads_and_scores_as_the_served_one(tmp_path):
    from assistant.index import kernel
    (tmp_path / "_kernel_0123456789abcdef.cpython-311-x86_64-linux-gnu.so").write_bytes(b"an older build")

    assert kernel.prepare(tmp_path, "_kernel_test")
    assert [p.name.split(".")[0] for p in kernel_loader.built_files(tmp_path)] == ["_kernel_test"]
    assert not kernel.prepare(tmp_path, "_kernel_test")  # already there: nothing to do
    sys.path.insert(0, str(tmp_path))
    try:
        built = importlib.import_module("_kernel_test")
    finally:
        sys.path.remove(str(tmp_path))
    values = _postings()
    encoded, ends, counts, _ = _encoded(values)
    out = np.empty(len(values), dtype=np.int32)
    assert built.unpack_ids(np.frombuffer(b"".join(encoded), dtype=np.uint8), np.array(ends), np.array(counts), out) == 0
    assert np.array_equal(out, values)
    docs, tfs = np.array([4, 1, 4], dtype=np.int32), np.array([1, 2, 3], dtype=np.uint8)
    args = (np.array([2, 1]), np.array([1.5, 0.5]), np.zeros(2), np.linspace(0.8, 1.6, 5), 1.2, 2)
    assert [a.tolist() for a in built.sum_top_k_u1(docs, tfs, *args)] == \
        [a.tolist() for a in kernel_loader.kernel().sum_top_k_u1(docs, tfs, *args)]


_SEARCH = textwrap.dedent("""
    import sys
    from pathlib import Path
    from assistant.index.storage import load_index
    index = load_index(Path(sys.argv[1]))
    index.chunk(0)
    compiled = [name for name in sys.modules if "_kernel_" in name]
    found = index.top(index.analyzer.query_terms("Grønne Byer og skolen"), 3)
    print(compiled, bool(found), [name for name in sys.modules if "_kernel_" in name] != [], "numba" in sys.modules)
""")


def test_loading_an_index_and_reading_a_passage_skip_the_compiled_loops_and_a_search_needs_no_numba(saved):
    _, path = saved
    done = subprocess.run([sys.executable, "-c", _SEARCH, str(path)], cwd=REPO, capture_output=True, text=True,
                          timeout=120)

    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[]", "True", "True", "False"]


def test_postings_that_name_a_passage_the_index_lacks_give_a_danish_error_not_a_crash(monkeypatch):
    # Checksums catch a file changed on disk; this is a file written wrong in the first place.
    monkeypatch.setattr(topk, "PRUNE_FROM_CHUNKS", 0)
    index = build_index(groenne_byer_chunks(60), default_analyzer())
    words = index.analyzer.query_terms("skolen")
    start = int(index.offsets[index.term_ids[words[0]]])
    assert index.top(words, 3)
    post_docs = index.post_docs.copy()
    post_docs[start] = index.n_chunks + 1000
    monkeypatch.setattr(index, "post_docs", post_docs)
    monkeypatch.setattr(index, "postings_cache", PostingsCache())

    with pytest.raises(IndexFormatError, match="et ord peger på et afsnit, den ikke har"):
        index.top(words, 3)
