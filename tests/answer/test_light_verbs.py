"""The commonest verbs of a question weigh less when a sentence is chosen; they are read once per word."""
from assistant.answer import light_verbs
from assistant.language.analysis import Analyzer


def test_a_common_verb_is_light_and_the_noun_beside_it_is_not():
    terms = light_verbs.light_verb_terms(Analyzer(), "Hvornår fik foreningen det navn, den har i dag?")
    analyzer = Analyzer()
    assert set(analyzer.query_terms("fik")) <= terms
    assert not set(analyzer.query_terms("navn")) & terms
    assert not set(analyzer.query_terms("foreningen")) & terms



def test_a_common_verb_typed_without_danish_letters_is_the_same_light_verb():
    # "hvornaar faar i svar" is typed on a keyboard without æ/ø/å: "faar" is "får", and the content
    # word beside it ("svar") stays whole.
    analyzer = Analyzer()
    typed = light_verbs.light_verb_terms(analyzer, "hvornaar faar man svar, og hvad staar der i brevet")
    spelt = light_verbs.light_verb_terms(analyzer, "Hvornår får man svar, og hvad står der i brevet?")
    assert typed == spelt
    assert set(analyzer.query_terms("faar")) | set(analyzer.query_terms("staar")) <= typed
    assert not set(analyzer.query_terms("svar")) & typed
    # A word only written with the pairs ("israel") is read as written: no verb.
    assert not light_verbs.light_verb_terms(analyzer, "hvad ved i om israel")


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
