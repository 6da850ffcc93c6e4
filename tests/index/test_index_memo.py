"""A question word's reading is worked out once per index, and a long-running service that meets
ever new words forgets them whole at a bound instead of growing without end."""
from assistant.index.index_memo import kept


def test_a_word_asked_again_is_not_worked_out_again():
    memo: dict = {}
    calls = []

    def work() -> tuple[str, ...]:
        calls.append(1)
        return ("storby", "by")

    assert kept(memo, "parts", "storbyerne", work, 10) == ("storby", "by")
    assert kept(memo, "parts", "storbyerne", work, 10) == ("storby", "by")
    assert len(calls) == 1


def test_two_readings_of_the_same_word_are_kept_apart():
    memo: dict = {}
    kept(memo, "parts", "rigdom", lambda: ("rig",), 10)
    assert kept(memo, "siblings", "rigdom", lambda: (), 10) == ()
    assert memo["parts"] == {"rigdom": ("rig",)}


def test_the_memo_is_emptied_whole_when_it_reaches_its_bound():
    memo: dict = {}
    for word in ("a", "b", "c"):
        kept(memo, "parts", word, lambda: (), 3)
    assert len(memo["parts"]) == 3
    kept(memo, "parts", "d", lambda: ("d",), 3)
    assert memo["parts"] == {"d": ("d",)}
