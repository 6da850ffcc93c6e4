"""A server's first visitor after a load pays for no garbage collection of what the load made."""
from __future__ import annotations

import gc

import pytest

from assistant.answer.warm_up import prepare_answering
from tests.support.corpus import make_document

PASSAGES = [(f"Have {n}", f"Foreningen Grønne Byer passer fælleshave nummer {n}, hvor der dyrkes "
                          f"kartofler{n} og bønner{n}.") for n in range(40)]


def test_nothing_the_warm_up_made_is_left_for_a_young_generation_collection(index_of):
    gardens = index_of([make_document("https://groenne-byer.example/haver/", "Haverne", PASSAGES)])
    prepare_answering(gardens)
    young, middle = len(gc.get_objects(generation=0)), len(gc.get_objects(generation=1))
    assert middle == 0 and young < 50, "the first question's collections would walk the index's tables"


@pytest.fixture(scope="module")
def fresh_process() -> list[str]:
    """What a fresh process says before and after it prepares its tables (prepare_process), one
    process for the tests below: whether the spelling distance's compiled module is loaded before
    and after, then how many of wordfreq's lists two place questions' words still load."""
    import subprocess
    import sys
    probe = ("import sys; from assistant.answer.warm_up import prepare_process; "
             "from assistant.language.analysis import default_analyzer; "
             "print('editdistpy' in sys.modules); import wordfreq; "
             "from assistant.answer.gate_name import place_written_small; prepare_process(default_analyzer()); "
             "print('editdistpy' in sys.modules); loaded = wordfreq.get_frequency_list.cache_info().misses; "
             "place_written_small('vegne'); place_written_small('esbjerg'); "
             "print(wordfreq.get_frequency_list.cache_info().misses - loaded)")
    return subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout.split()


def test_a_fresh_process_is_ready_for_a_first_misspelt_question_before_it_is_asked(fresh_process):
    # The spelling distance's compiled module is loaded with the process's tables, not inside the
    # first visitor's misspelt question.
    assert fresh_process[:2] == ["False", "True"]


# The table cache's own fingerprint of the language code is read only when a cache folder is set.
NOT_A_TABLE = {"assistant.language.table_cache._language_code"}
# A cache with room for this many results holds tables (per file, per index during a reload).
FEW = 4


def test_a_warmed_up_server_leaves_no_shared_table_for_a_first_question_to_build(bundled_index_path):
    # A table of the whole process (a function cached with room for one result) left unbuilt after
    # the server's warm-up (the shared tables, then the index's) is built inside the first visitor's
    # question that needs it: the Danish-English dictionary read backwards cost a first "When did …
    # stop?" question ~2 ms, 2x a warm answer. Room for a few results (one per thesaurus file, say)
    # is such a table too: the thesaurus read backwards cost a first "hvornår blev jeres data
    # indsamlet?" ~75 ms, 35x a warm answer.
    import subprocess
    import sys
    probe = ("import sys; from pathlib import Path; from assistant.answer.warm_up import prepare_process; "
             "from assistant.services import LiveIndex; "
             f"live = LiveIndex(Path({str(bundled_index_path)!r})); prepare_process(live.analyzer); "
             f"live.current(); FEW = {FEW}; "
             "print(*sorted(f'{m}.{a}' for m, mod in list(sys.modules.items()) "
             "if m.startswith('assistant.') and not m.startswith('assistant.web') "
             "for a, f in list(vars(mod).items()) if getattr(f, '__module__', None) == m "
             "and callable(getattr(f, 'cache_info', None)) and 0 < (f.cache_info().maxsize or 0) <= FEW "
             "and f.cache_info().currsize == 0))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert set(run.stdout.split()) - NOT_A_TABLE == set()


def test_a_fresh_process_has_the_neighbour_languages_word_frequencies_before_a_first_place_question(
        fresh_process):
    # A lower-case word after a preposition of place is asked how common it is in Norwegian and
    # Swedish (gate_name.place_written_small): wordfreq's two lists, loaded inside the first such
    # visitor's question ("Hvem kan skrive under på vegne af foreningen?" took 0.26 s, 100x a warm
    # answer), are loaded with the process's tables.
    assert fresh_process[2:] == ["0"]
