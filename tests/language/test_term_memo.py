"""A short text asked again (a question's word, a synonym) is not normalised and split again.

The terms must be the ones the analyser gives without its memo, whatever the memo has seen.
"""
from __future__ import annotations

from assistant.language import term_memo
from assistant.language.analysis import Analyzer

TEXTS = ["Medlemmerne", "plantede træer", "Hvornår er generalforsamlingen?", "§ 5, stk. 2", "2.000 kr",
         "café Ærø", "og", "", "Vedtægterne siger, at bestyrelsen vælges for to år ad gangen på generalforsamlingen."]


def counting_words(monkeypatch) -> list[str]:
    split = []
    plain_words = Analyzer.words
    monkeypatch.setattr(Analyzer, "words", lambda self, text: split.append(text) or plain_words(self, text))
    return split


def test_a_short_text_asked_again_is_split_into_words_once(monkeypatch):
    analyzer, expected = Analyzer(), Analyzer().query_terms("Hvornår blev foreningen stiftet?")
    split = counting_words(monkeypatch)
    first = [analyzer.query_terms("Hvornår blev foreningen stiftet?") for _ in range(3)]
    assert first == [expected] * 3
    assert split == ["Hvornår blev foreningen stiftet?"]
    analyzer.document_terms("Hvornår blev foreningen stiftet?")
    assert len(split) == 2, "a passage's terms are not a question's (their stopwords differ)"


def test_a_long_text_is_not_remembered(monkeypatch):
    analyzer = Analyzer()
    split = counting_words(monkeypatch)
    for _ in range(2):
        analyzer.document_terms(TEXTS[-1])
    assert len(split) == 2


def test_remembered_texts_give_the_terms_of_an_analyser_without_memo(monkeypatch):
    monkeypatch.setattr(term_memo, "TEXT_MEMO_SIZE", 3)
    analyzer = Analyzer()
    for _ in range(3):
        for text in TEXTS:
            assert analyzer.query_terms(text) == Analyzer().query_terms(text)
            assert analyzer.document_terms(text) == Analyzer().document_terms(text)
    assert len(analyzer._term_memo(query=True)._texts) <= 3, "the memo of texts is bounded"


def test_texts_are_forgotten_with_the_words_terms():
    analyzer = Analyzer()
    memo = analyzer._term_memo(query=True)
    analyzer.query_terms("Hvem er formand?")
    assert memo._texts
    memo.clear()
    assert not memo._texts and not memo
