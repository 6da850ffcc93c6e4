"""A fresh server's first English question does not read the neighbour dictionaries backwards."""
from __future__ import annotations

import subprocess
import sys


def test_the_false_friends_tables_are_read_backwards_when_the_process_is_prepared():
    # An English question with a word the Norwegian or Swedish table spells like a Danish word asks
    # whether the two are one word (english_false_friends.py), which needs the tables read
    # backwards: ~11 ms inside the first such visitor's question, unless the process built it.
    probe = ("from assistant.answer.warm_up import prepare_process; "
             "from assistant.language import english_false_friends as ff; "
             "from assistant.language.english_neighbours import default_neighbours; "
             "from assistant.language.analysis import default_analyzer; "
             "tables = default_neighbours(); print(id(tables) in ff._BACKWARDS); "
             "prepare_process(default_analyzer()); "
             "kept = ff._BACKWARDS.get(id(tables)); "
             "print(kept is not None and kept[0] is tables and kept[1] == ff.backwards(tables))")
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "True"]
