"""A process reads the thesaurus once, whichever way a module asks for it."""
from __future__ import annotations

from assistant.language import thesaurus


def test_the_default_thesaurus_and_the_one_at_its_path_are_one_table():
    # The gates ask load(), the synonym tables load(DEFAULT_PATH): cached under their arguments,
    # they were two readings of the same file (~0.5 s and ~6 MB each) in every process.
    assert thesaurus.load() is thesaurus.load(thesaurus.DEFAULT_PATH)
    assert thesaurus.load(str(thesaurus.DEFAULT_PATH)) is thesaurus.load()


def test_the_reading_can_still_be_forgotten_and_counted():
    thesaurus.load()
    assert thesaurus.load.cache_info().currsize >= 1
    thesaurus.load.cache_clear()
    assert thesaurus.load.cache_info().currsize == 0
