"""A word the lemmatiser does not know is looked up again capitalised: in a prepared process that
second lookup reads a block decoded at load, and finds what simplemma's own scan finds."""
from __future__ import annotations

from bisect import bisect_right

from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap

from assistant.language.lemma_blocks import decoded_blocks


def test_a_capitalised_lookup_after_pinning_reads_a_decoded_block_and_finds_what_simplemma_finds():
    for lang in ("da", "en"):
        stream = StreamMap(lang)
        table = decoded_blocks(stream, decode=False)
        assert not table._pinned
        assert table.pin_capitalised() > 100
        capitalised = [k for i, k in enumerate(stream) if k[:1].isupper() and i % 3 == 0]
        # Typos and words without æ/ø/å, capitalised as the lemmatiser asks them, and the keys'
        # neighbours one letter off: found or not, as simplemma's scan answers.
        probes = [*capitalised, *(k + "x" for k in capitalised[::5]), "Medlemm", "Foreningn", "Aarsmode",
                  "Xyzzy", "Zzzz", "A", "Æble", "Østerbro"]
        assert [table.get(p) for p in probes] == [stream.get(p) for p in probes]
        # Each beginning with A-Z (or, in the Danish table, Æ/Ø/Å) is answered from a block decoded
        # at load, not by a scan of the block's keys.
        capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + ("ÆØÅ" if lang == "da" else "")
        blocks = [bisect_right(stream._firsts, p.encode()) - 1 for p in probes if p[:1] and p[0] in capitals]
        assert all(b in table._pinned for b in blocks)
        assert not table._decoded and not table._touched


def test_the_process_pins_both_tables_before_the_first_question():
    from assistant.answer.warm_up import PROCESS_STEPS
    from assistant.language import lemmas
    steps = dict(PROCESS_STEPS)
    steps["lemmatiserens blokke med store forbogstaver"](None)
    factory = lemmas._factory()
    assert factory.get_dictionary("da")._pinned and factory.get_dictionary("en")._pinned


def test_a_word_the_table_lacks_is_answered_by_the_keys_hashes_without_reading_its_block():
    from assistant.language.lemma_blocks import key_hashes
    for lang in ("da", "en"):
        stream = StreamMap(lang)
        table = decoded_blocks(stream, decode=lang == "da")
        table.filter_unknown(key_hashes(stream))
        keys = [k for i, k in enumerate(stream) if i % 97 == 0]
        # Typos, words typed without æ/ø/å, and the keys one letter off: found or not as
        # simplemma's scan answers, keys and all.
        probes = [*keys, *(k + "x" for k in keys[::3]), *(k[:-1] for k in keys[::5] if len(k) > 2),
                  "medlemm", "foreningn", "aarsmode", "generalforsamlng", "xyzzy", "zzzz", "a", "æble"]
        assert [table.get(p) for p in probes] == [stream.get(p) for p in probes]
    # A word the Danish table lacks leaves its block untouched: neither scanned nor decoded.
    stream = StreamMap("da")
    table = decoded_blocks(stream)
    table.filter_unknown(key_hashes(stream))
    assert stream.get("foreningn") is None
    assert table.get("foreningn") is None and table.get("foreningn") is None
    assert not table._touched and not table._decoded


def test_the_process_gives_both_tables_their_keys_hashes_before_the_first_question():
    from assistant.answer.warm_up import PROCESS_STEPS
    from assistant.language import lemmas
    dict(PROCESS_STEPS)["lemmatiserens nøglefilter"](None)
    factory = lemmas._factory()
    assert factory.get_dictionary("da")._hashes and factory.get_dictionary("en")._hashes
