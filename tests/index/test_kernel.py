"""The search's compiled loops: chunk ids in every stored form read back exactly, a block whose bytes
lie is refused, numba is imported only by a search, and a server without it stops at its start
with a Danish message.

The passages are invented: notes of the fictional association "Foreningen Grønne Byer".
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from assistant.errors import ConfigError
from assistant.index import kernel_loader
from assistant.index.block_codecs import DENSE, decode_checked, load_run
from assistant.index.blocks import encode_blocks
from assistant.index.narrow_gaps import TWELVE_BITS
from assistant.index.preload import preload
from assistant.index.storage import load_index

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


def test_a_server_without_numba_stops_at_its_start_with_a_danish_message(saved, monkeypatch):
    _, path = saved
    loaded = load_index(path)
    monkeypatch.setitem(sys.modules, "numba", None)  # what an import of a missing package meets
    monkeypatch.delitem(sys.modules, "assistant.index.kernel", raising=False)
    monkeypatch.setattr(kernel_loader, "_loaded", [])

    with pytest.raises(kernel_loader.KernelUnavailableError) as refused:
        preload(loaded)
    # A ConfigError: the entry point prints the message and exits with 1 (assistant/cli).
    assert isinstance(refused.value, ConfigError)
    assert "Søgningen kræver pakken numba" in refused.value.message
    assert "scripts/setup" in refused.value.message


_SEARCH = textwrap.dedent("""
    import sys
    from pathlib import Path
    from assistant.index.storage import load_index
    index = load_index(Path(sys.argv[1]))
    index.chunk(0)
    print("numba" in sys.modules, flush=True)
    print(index.top(index.analyzer.query_terms("Grønne Byer og skolen"), 3) != [], "numba" in sys.modules)
""")


def _run(code: str, *args, cwd: Path, env: dict | None = None) -> list[str]:
    done = subprocess.run([sys.executable, "-c", code, *map(str, args)], cwd=cwd, capture_output=True,
                          text=True, timeout=120, env={**os.environ, **(env or {})})
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_loading_an_index_and_reading_a_passage_do_not_import_numba_a_search_does(saved):
    _, path = saved

    assert _run(_SEARCH, path, cwd=REPO) == ["False", "True True"]


def test_a_package_folder_that_cannot_be_written_keeps_its_compiled_loops_in_numba_cache_dir(saved, tmp_path):
    # A deployment may install the code read-only: numba then caches where NUMBA_CACHE_DIR points
    # (docs/configuration.md). Here a copy of the package, compiled afresh into a folder of its own.
    _, path = saved
    code = tmp_path / "code"
    shutil.copytree(REPO / "assistant", code / "assistant", ignore=shutil.ignore_patterns("__pycache__"))
    cache = tmp_path / "numba-cache"

    assert _run(_SEARCH, path, cwd=code, env={"NUMBA_CACHE_DIR": str(cache)}) == ["False", "True True"]
    assert list(cache.rglob("kernel.unpack_ids-*.nbi")) and list(cache.rglob("kernel.sum_top_k-*.nbi"))
    assert not list((code / "assistant").rglob("*.nbi"))
