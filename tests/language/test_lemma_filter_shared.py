"""Every server process tells a word the lemma table lacks by one shared copy of the keys' hashes.

The hashes of the Danish and English tables' keys (~970,000, lemma_blocks.key_hashes) are built once
per machine in the table cache. As numpy arrays they are stored outside the pickle and read
memory-mapped: pages the machine's processes share, not ~4.4 MB copied into each. A word a visitor
misspells must still be answered as the lemmatiser's own table answers it.
"""
from __future__ import annotations

from functools import partial

from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

from assistant.language import table_cache
from assistant.language.lemma_blocks import decoded_blocks, key_hashes


def test_a_later_process_filters_unknown_words_with_the_cache_files_hashes(tmp_path):
    for lang in ("da", "en"):
        stream = StreamMap(lang)
        build = partial(key_hashes, stream)
        table_cache.cached(f"keys-{lang}", build, cache_folder=tmp_path)  # the first process
        read = table_cache.cached(f"keys-{lang}", build, cache_folder=tmp_path)
        table = decoded_blocks(stream, decode=lang == "da")
        table.filter_unknown(read)
        hashes, starts = table._hashes
        assert hashes.readonly and starts.readonly and len(hashes) > 150_000
        keys = [k for i, k in enumerate(stream) if i % 211 == 0]
        probes = [*keys, *(k + "e" for k in keys[::3]), "medlemm", "foreningn", "aarsmode", "membr"]
        assert [table.get(p) for p in probes] == [stream.get(p) for p in probes]
