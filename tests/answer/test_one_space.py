"""Flattening white space once per text: the same text as re's own substitution, read once."""
from __future__ import annotations

import re

from assistant.answer import one_space as module
from assistant.answer.one_space import one_space
from assistant.answer.snippets import flatten
from tests.support.statutes import STATUTES_HTML


def test_every_kind_of_white_space_run_becomes_one_space_as_re_sub_makes_it():
    for text in ("Hvem  er\tformand?\n", " Stk. 2.\n\nMedlemmer\u00a0kan …", "", "  ", "ingen"):
        assert one_space(text) == re.sub(r"\s+", " ", text)
    for line in STATUTES_HTML.read_text(encoding="utf-8").splitlines(keepends=True):
        assert one_space(line) == re.sub(r"\s+", " ", line)


def test_a_passage_flattened_for_each_question_that_weighs_it_is_read_once():
    module.one_space.cache_clear()
    passage = "§ 3. Medlemskab\n\nStk. 1.  Som medlem kan optages\tenhver."
    first = flatten(passage)
    again = [flatten(passage) for _ in range(5)]
    assert again == [first] * 5 == ["§ 3. Medlemskab Stk. 1. Som medlem kan optages enhver."] * 5
    info = module.one_space.cache_info()
    assert (info.misses, info.hits) == (1, 5)
