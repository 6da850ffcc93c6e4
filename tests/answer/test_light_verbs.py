"""The commonest verbs of a question weigh less when a sentence is chosen; they are read once per word."""
from assistant.answer import light_verbs
from assistant.language.analysis import Analyzer


def test_a_common_verb_is_light_and_the_noun_beside_it_is_not():
    terms = light_verbs.light_verb_terms(Analyzer(), "Hvornår fik foreningen det navn, den har i dag?")
    analyzer = Analyzer()
    assert set(analyzer.query_terms("fik")) <= terms
    assert not set(analyzer.query_terms("navn")) & terms
    assert not set(analyzer.query_terms("foreningen")) & terms


def test_the_next_question_with_the_same_words_does_not_read_their_word_class_again(monkeypatch):
    light_verbs.is_light_verb.cache_clear()
    read = []
    original = light_verbs.word_class
    monkeypatch.setattr(light_verbs, "word_class", lambda word: read.append(word) or original(word))
    analyzer = Analyzer()
    light_verbs.light_verb_terms(analyzer, "Hvad gør I, og hvad fik I ud af det?")
    first = len(read)
    light_verbs.light_verb_terms(analyzer, "Hvad gør I, og hvad fik I ud af det?")
    assert first and len(read) == first
    light_verbs.is_light_verb.cache_clear()
