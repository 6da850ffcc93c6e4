"""What one new question asks several times is worked out once (runde toogtredive, docs/benchmarks.md).

A question's words' rarity in general Danish is asked by the search (the everyday words), the ranking
(the rarest word first) and the decision, of the same text: it is worked out once per question, and
each caller gets a copy of its own. WordNet's data lines are read for a word's senses, their
hypernyms and the pointers between them, many shared between an English question's words: each line
is parsed once while it is among the last few hundred read. The answers are the same either way.
"""
from __future__ import annotations

import pytest

from assistant.language import background, wordnet
from assistant.language.analysis import default_analyzer


def test_a_questions_word_rarity_is_worked_out_once_and_each_caller_gets_its_own_copy(monkeypatch):
    analyzer = default_analyzer()
    background.clear_memos()
    question = "Hvem har lavet analysen om grønne tage?"
    expected = background.term_rarity(analyzer, question)
    background.clear_memos()
    looked_up = []
    original = background._word_terms
    monkeypatch.setattr(background, "_word_terms", lambda *a: looked_up.append(a[1]) or original(*a))
    first = background.term_rarity(analyzer, question)
    words = len(looked_up)
    second = background.term_rarity(analyzer, question)
    assert words and len(looked_up) == words  # the search, the ranking and the decision: one reading
    assert first == second == expected and "analys" in first
    first["analys"] = -1.0  # a caller's change stays its own
    assert background.term_rarity(analyzer, question) == expected


def test_the_memo_of_word_rarity_is_forgotten_with_the_other_memos():
    analyzer = default_analyzer()
    background.term_rarity(analyzer, "Hvornår blev foreningen stiftet?")
    assert background._term_rarity.cache_info().currsize >= 1
    background.clear_memos()
    assert background._term_rarity.cache_info().currsize == 0


@pytest.fixture
def net():
    found = wordnet.load()
    if found is None:
        pytest.skip("WordNet (wordnet-base) er ikke installeret")
    return found


def test_a_wordnet_line_read_again_is_not_parsed_again(net, monkeypatch):
    # "founder": its commonest noun sense's file, then the same synset and every hypernym above it.
    net._fields_memo.clear()
    first = [net.noun_lexicon("founder"), list(net.broader_nouns(net.noun_senses("founder")[0]))]
    parsed = len(net._fields_memo)
    data = net._data
    monkeypatch.setattr(net, "_data", {})  # any line not kept would now fail to be read
    assert [net.noun_lexicon("founder"), list(net.broader_nouns(net.noun_senses("founder")[0]))] == first
    monkeypatch.setattr(net, "_data", data)
    assert parsed and len(net._fields_memo) == parsed
    assert first[1][0][0] == net.noun_senses("founder")[0] and len(first[1]) > 2


def test_the_kept_lines_are_the_files_own_fields_and_stay_bounded(net):
    net._fields_memo.clear()
    for word in ("city", "municipality", "advise", "costly", "publisher", "quickly"):
        for pos, offset in net._entries(word):
            data = net._data[pos]
            line = data[offset:data.find(b"\n", offset)].decode("utf-8")
            assert list(net._fields(pos, offset)) == line.split(" | ")[0].split()
    net._fields_memo.clear()
    for offset in range(wordnet.FIELDS_MEMO_SIZE):  # full: the next line read starts the memo afresh
        net._fields_memo["noun", -offset - 1] = ()
    city = net.noun_senses("city")[0]
    net._fields("noun", city)
    assert list(net._fields_memo) == [("noun", city)]
    net._fields_memo.clear()
