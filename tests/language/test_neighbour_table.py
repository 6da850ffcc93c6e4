"""A place written in lower case is told by Norwegian and Swedish frequencies without their whole lists.

gate_name.place_written_small asks how common a word common in Danish is in Norwegian and Swedish
("esbjerg" is a place: common in Danish, rare in both; "vegne" is a word). word_zipf answers those
words from a small table, so a server process does not hold wordfreq's two lists (~63 MB each process);
every value must be wordfreq's own, or the gate would read another word as a place.
"""
from __future__ import annotations

import subprocess
import sys

import pytest
import wordfreq

from assistant.answer import gate_name
from assistant.language import word_zipf
from assistant.language.word_zipf import NEIGHBOURS, neighbour_table, zipf_frequency


def test_every_word_of_the_table_has_wordfreqs_own_norwegian_and_swedish_value():
    table = neighbour_table()
    assert len(table) > 6000 and {"esbjerg", "vegne", "forening", "idé"} <= set(table)
    for position, lang in enumerate(NEIGHBOURS):
        assert [table[w][position] for w in table] == [wordfreq.zipf_frequency(w, lang) for w in table]


def test_the_table_holds_every_word_the_gate_asks_the_neighbours_about():
    # The gate asks the neighbours only of a word at least this common in Danish.
    assert gate_name.PLACE_ZIPF == word_zipf.NEIGHBOUR_DANISH_ZIPF
    danish = [w for w in wordfreq.get_frequency_dict("da") if w.isalpha() and w.islower()]
    asked = [w for w in danish if zipf_frequency(w, "da") >= gate_name.PLACE_ZIPF]
    assert set(asked) <= set(neighbour_table())


@pytest.mark.parametrize("word", ["fælleshaver", "Esbjerg", "co2", "xqzvbnm", "lekeplass"])
def test_a_word_outside_the_table_is_asked_of_wordfreq(word, monkeypatch):
    assert word not in neighbour_table()
    expected = {lang: wordfreq.zipf_frequency(word, lang) for lang in NEIGHBOURS}
    asked = []
    monkeypatch.setattr(word_zipf.wordfreq, "zipf_frequency", lambda w, lang: asked.append(w) or expected[lang])
    assert [zipf_frequency(word, lang) for lang in NEIGHBOURS] == list(expected.values())
    assert asked == [word, word]


def test_a_server_process_tells_a_small_place_without_holding_the_neighbours_lists():
    # A visitor asks "Hvem kan skrive under på vegne af foreningen?" and about a place written
    # "esbjerg": the gate reads "vegne" as a word and "esbjerg" as a place, and the process never
    # read the Norwegian or Swedish list into wordfreq's cache, which holds it for the process's
    # life (before: both, ~63 MB). Read past the cache (the table's build) is not counted.
    probe = ("import wordfreq; read = []; listed = wordfreq.get_frequency_list; "
             "wordfreq.get_frequency_list = lambda lang, *a, **k: read.append(lang) or listed(lang, *a, **k); "
             "wordfreq.get_frequency_list.__wrapped__ = listed.__wrapped__; "
             "from assistant.answer.warm_up import prepare_process; "
             "from assistant.answer.gate_name import place_written_small; "
             "from assistant.language.analysis import default_analyzer; "
             "prepare_process(default_analyzer()); "
             "print(place_written_small('vegne'), place_written_small('esbjerg'), "
             "sorted(set(read) & {'nb', 'sv', 'no'}))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "True", "[]"]


def test_a_later_process_reads_the_table_from_the_machines_table_cache(tmp_path, monkeypatch):
    from assistant.language import table_cache

    first = neighbour_table()
    monkeypatch.setattr(table_cache, "_folder", tmp_path)
    try:
        neighbour_table.cache_clear()
        assert neighbour_table() == first  # built once, stored
        neighbour_table.cache_clear()
        monkeypatch.setattr(word_zipf, "_build_neighbour_table", lambda: pytest.fail("built again"))
        assert neighbour_table() == first
    finally:
        neighbour_table.cache_clear()
