"""A server's first visitor after a load pays for no garbage collection of what the load made."""
from __future__ import annotations

import gc

from assistant.answer.warm_up import prepare_answering
from tests.support.corpus import make_document

PASSAGES = [(f"Have {n}", f"Foreningen Grønne Byer passer fælleshave nummer {n}, hvor der dyrkes "
                          f"kartofler{n} og bønner{n}.") for n in range(40)]


def test_nothing_the_warm_up_made_is_left_for_a_young_generation_collection(index_of):
    gardens = index_of([make_document("https://groenne-byer.example/haver/", "Haverne", PASSAGES)])
    prepare_answering(gardens)
    young, middle = len(gc.get_objects(generation=0)), len(gc.get_objects(generation=1))
    assert middle == 0 and young < 50, "the first question's collections would walk the index's tables"


def test_a_fresh_process_is_ready_for_a_first_misspelt_question_before_it_is_asked():
    # The spelling distance's compiled module is loaded with the process's tables, not inside the
    # first visitor's misspelt question.
    import subprocess
    import sys
    probe = ("import sys; from assistant.answer.warm_up import prepare_process; "
             "from assistant.language.analysis import default_analyzer; "
             "print('editdistpy' in sys.modules); prepare_process(default_analyzer()); "
             "print('editdistpy' in sys.modules)")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "True"]
