"""A server answers question after question from what it already worked out, in bounded memory.

Decoded passages, their analysed sentences and word shingles, spelling corrections and word stems
are kept for the loaded index, each in a bounded least-recently-used cache; a freshly loaded
index is prepared so that its first visitor waits for nothing the second would not.
"""
from __future__ import annotations

import threading

import pytest

import assistant.answer.compose as answer
import assistant.answer.sentence_evidence as sentences_module
import assistant.index.bm25 as index_module
import assistant.language.analysis as analysis
import assistant.language.spelling as spelling
import assistant.language.thesaurus as thesaurus
from assistant.answer.answerability import load_model
from assistant.answer.compose import ask, chunk_shingles, distinct_hits
from assistant.answer.reading import general_corrector
from assistant.answer.retrieve import search
from assistant.answer.sentence_evidence import sentences
from assistant.app import create_app
from assistant.language.analysis import Analyzer
from assistant.language.spelling import SpellingCorrector
from assistant.services import LiveIndex
from tests.support.corpus import make_document

PASSAGES = [(f"Have {n}", f"Foreningen Grønne Byer passer fælleshave nummer {n} i bydelen. "
                          f"Haven har {n + 3} bede og et drivhus.") for n in range(6)]


@pytest.fixture
def gardens(index_of):
    return index_of([make_document("https://groenne-byer.example/haver/", "Haverne", PASSAGES)])


def test_a_passage_is_decoded_once_and_only_the_most_recent_are_kept(gardens, monkeypatch):
    monkeypatch.setattr(index_module, "CHUNK_CACHE_SIZE", 2)
    first = gardens.chunk(0)
    assert gardens.chunk(0) is first
    for i in (1, 2, 3):
        gardens.chunk(i)
    assert gardens.memo["chunks"].cache_info().currsize == 2
    again = gardens.chunk(0)
    assert again == first and again is not first, "passage 0 was dropped, then decoded anew"


def test_analysed_sentences_drop_the_least_recently_used_passage_not_all(gardens, monkeypatch):
    monkeypatch.setattr(sentences_module, "SENTENCE_MEMO_SIZE", 2)
    first = sentences(gardens, 0)
    sentences(gardens, 1)
    assert sentences(gardens, 0) is first
    sentences(gardens, 2)          # the cache is full: passage 1, the least recently used, goes
    assert sentences(gardens, 0) is first
    assert gardens.memo["sentences"].cache_info().currsize == 2


def test_near_duplicate_passages_are_compared_by_shingles_worked_out_once(index_of, monkeypatch):
    monkeypatch.setattr(answer, "SHINGLE_MEMO_SIZE", 3)
    text = "Fælleshaven i Vestbyen har tolv bede, et drivhus og en kompostbunke til alle naboer."
    index = index_of([make_document("https://groenne-byer.example/vest/", "Vestbyen", [("Haven", text)]),
                      make_document("https://groenne-byer.example/kopi/", "Kopi", [("Haven", text)]),
                      make_document("https://groenne-byer.example/oest/", "Østbyen",
                                    [("Haven", "Østbyens have har bede og et drivhus.")])])
    hits = search(index, "bede drivhus", 5)
    assert len(hits) == 3
    kept = distinct_hits(index, hits)
    assert len(kept) == 2, "the copy of the same text on another page is merged into the best"
    shingles = chunk_shingles(index, hits[0].chunk_id)
    assert chunk_shingles(index, hits[0].chunk_id) is shingles
    assert index.memo["shingles"].cache_info().currsize <= 3


def test_a_misspelt_word_is_looked_up_once(monkeypatch):
    corrector = SpellingCorrector.from_texts(["Fælleshaven har mange bede og et drivhus."] * 3)
    lookups = []
    # The corrector looks up through spelling_lookup.closest (SymSpell's look-up, its long buckets sifted).
    original = spelling.closest
    monkeypatch.setattr(spelling, "closest", lambda *a, **k: lookups.append(a) or original(*a, **k))
    first = corrector.suggest("fællehaven")
    assert first is not None and first.correction == "fælleshaven"
    assert corrector.suggest(" Fællehaven ") == first
    assert len(lookups) == 1


def test_web_threads_share_one_bounded_memo_of_word_stems(monkeypatch):
    monkeypatch.setattr(analysis, "STEM_MEMO_SIZE", 5)
    analyzer = Analyzer()
    thread = threading.Thread(target=lambda: analyzer.document_terms("haverne drivhusene"))
    thread.start()
    thread.join()
    assert {"haverne", "drivhusene"} <= analyzer._stems.keys(), "another thread's stems are reused"
    for n in range(20):
        analyzer.document_terms(f"bedene{n}x frøene")
    assert len(analyzer._stems) <= 6
    assert analyzer.document_terms("haverne drivhusene") == Analyzer().document_terms("haverne drivhusene")


def test_the_first_question_after_loading_builds_nothing_new(bundled_index_path):
    index = LiveIndex(bundled_index_path).current()
    prepared = set(index.memo)
    assert {"chunks", "sentences", "shingles"} <= prepared
    ask("Hvornår blev Balance Danmark stiftet?", index)
    assert set(index.memo) == prepared



def test_a_first_english_question_with_a_word_no_source_maps_finds_the_material_s_parts_ready(
        bundled_index_path, monkeypatch):
    # The translator's last resort reads the material's words sorted forwards and backwards; built
    # inside a visitor's first such question it cost ~20 ms at 10,000 passages (benchmarks.md).
    import assistant.language.english as english
    index = LiveIndex(bundled_index_path).current()
    built, unmapped = [], []
    real_parts, real_fallback = english.MaterialParts, english.fallback

    def counted_parts(*args, **kwargs):
        built.append(1)
        return real_parts(*args, **kwargs)

    def counted_fallback(word, *args, **kwargs):
        unmapped.append(word)
        return real_fallback(word, *args, **kwargs)

    monkeypatch.setattr(english, "MaterialParts", counted_parts)
    monkeypatch.setattr(english, "fallback", counted_fallback)
    ask("When was the report published?", index)
    assert unmapped, "the question no longer reaches the last resort: pick one that does"
    assert built == []


def test_a_first_english_question_whose_compound_candidates_need_the_materials_skeletons_finds_them_sorted(
        bundled_index_path, monkeypatch):
    # An English phrase's candidate compounds are tried against the material's skeletons, sorted once:
    # built inside a visitor's first such question it cost ~180 ms at 10,000 passages ("When did
    # Balance Danmark end?" 86.5 ms first against 1.3 ms again, benchmarks.md).
    import assistant.language.compound_beginnings as beginnings
    index = LiveIndex(bundled_index_path).current()
    sorted_now, asked = [], []
    real_sort, real_joinable = beginnings.material_skeletons, beginnings.CompoundBeginnings.joinable

    def counted_sort(*args, **kwargs):
        sorted_now.append(1)
        return real_sort(*args, **kwargs)

    def counted_joinable(self, found):
        asked.append(found)
        return real_joinable(self, found)

    monkeypatch.setattr(beginnings, "material_skeletons", counted_sort)
    monkeypatch.setattr(beginnings.CompoundBeginnings, "joinable", counted_joinable)
    ask("When did Balance Danmark end?", index)
    assert asked, "the question no longer tries candidate compounds: pick one that does"
    assert sorted_now == []


def test_the_thesaurus_table_prepared_at_load_is_the_one_questions_use():
    analyzer = Analyzer()
    thesaurus._term_table.cache_clear()
    thesaurus.term_table(analyzer)                   # as prepare_reading does
    thesaurus.synonym_terms(analyzer, "stift")       # as a question's analysis does
    assert thesaurus._term_table.cache_info().misses == 1


def test_an_app_started_before_its_index_exists_has_the_shared_tables_ready(test_config, tmp_path):
    thesaurus._term_table.cache_clear()
    general_corrector.cache_clear()
    load_model.cache_clear()
    create_app(test_config.replace(index_path=tmp_path / "kommer-senere.bm25"))
    assert thesaurus._term_table.cache_info().currsize == 1
    assert general_corrector.cache_info().currsize == 1
    assert load_model.cache_info().currsize == 1


def test_a_passage_s_shingles_are_its_word_triples_and_a_short_one_is_one_shingle():
    assert answer._shingles("Grønne byer, grønne tage!") == {
        ("grønne", "byer", "grønne"), ("byer", "grønne", "tage")}
    assert answer._shingles("To ord.") == {("to", "ord")}
    assert answer._shingles("") == {()}
    assert answer._shingles("a b c d", n=2) == {("a", "b"), ("b", "c"), ("c", "d")}


def test_the_passages_a_question_weighs_share_its_query_terms(index_of, monkeypatch):
    gardens = index_of([make_document("https://groenne-byer.example/haver/", "Haverne", PASSAGES * 2)])
    built = []
    original = sentences_module.QueryTerms.__init__

    def counting(self, groups):
        built.append(tuple(groups))
        original(self, groups)

    monkeypatch.setattr(sentences_module.QueryTerms, "__init__", counting)
    answer = ask("Hvor mange bede har fælleshaven i bydelen?", gardens)
    assert answer.answered
    # One for the question's weights and one for its joint weights, however many passages are weighed.
    assert len(built) == len(set(built)) <= 2, built


def test_a_passages_best_sentence_is_weighed_once_per_question_and_index(index_of, monkeypatch):
    # The search's second pass and the answerability signals weigh the same passages by the same
    # terms: the second finds the weight the first worked out.
    from assistant.answer.retrieve import TermGroup
    from assistant.answer.sentence_evidence import best_sentence_weight, shared_query_terms
    gardens = index_of([make_document("https://groenne-byer.example/haver/", "Haverne", PASSAGES)])
    others = index_of([make_document("https://groenne-byer.example/bede/", "Bedene", PASSAGES[::-1])])
    terms = shared_query_terms((TermGroup("bed", ("bed",), 1.0), TermGroup("drivhus", ("drivhus",), 2.0)),
                               [1.0, 2.0])
    weighed = []
    monkeypatch.setattr(sentences_module, "sentences", lambda index, chunk_id: weighed.append(chunk_id)
                        or sentences(index, chunk_id))
    first = best_sentence_weight(gardens, 1, terms)
    assert first == terms.sentence_weight(sentences(gardens, 1)[1][1]) > 0
    assert best_sentence_weight(gardens, 1, terms) == first and weighed == [1]
    best_sentence_weight(others, 1, terms)        # another index's passage 1 is another passage
    assert weighed == [1, 1]


def test_the_signals_find_the_best_sentences_the_search_weighed(index_of):
    from assistant.answer.retrieve import analyse_query, search_query
    from assistant.answer.sentence_evidence import shared_query_terms
    # Other pages too, so that the gardens' words are rare enough to score (and be re-ranked).
    gardens = index_of([make_document("https://groenne-byer.example/haver/", "Haverne", PASSAGES),
                        make_document("https://groenne-byer.example/om/", "Om os", [
                            (f"Afsnit {n}", f"Foreningen mødes i bydelen den {n}. i måneden.")
                            for n in range(12)])])
    query = analyse_query(gardens, "Hvor mange bede har fælleshave nummer 3?")
    hits = search_query(gardens, query)
    assert len(hits) >= 2
    terms = shared_query_terms(query.groups, [g.weight for g in query.groups])
    assert terms.best_of is gardens and {h.chunk_id for h in hits} <= set(terms.best)


def test_query_terms_of_groups_that_may_change_are_built_anew(monkeypatch):
    from assistant.answer.retrieve import TermGroup
    from assistant.answer.sentence_evidence import shared_query_terms
    groups = [TermGroup("have", ("have",), 1.0)]
    first = shared_query_terms(groups, [1.0])
    groups.append(TermGroup("bed", ("bed",), 2.0))
    again = shared_query_terms(groups, [1.0, 2.0])
    assert again is not first and again.weights == [1.0, 2.0]
    frozen = tuple(groups)
    assert shared_query_terms(frozen, [1.0, 2.0]) is shared_query_terms(frozen, [1.0, 2.0])


def test_a_prepared_process_looks_up_no_everyday_words_lemma_inside_a_question(monkeypatch):
    from assistant.answer.warm_up import prepare_process
    from assistant.language import lemmas
    analyzer = Analyzer()
    prepare_process(analyzer)

    def no_lookup():
        raise AssertionError("an everyday word was looked up in the lemmatiser's table")

    monkeypatch.setattr(lemmas, "_dictionary", no_lookup)
    asked = lemmas.asked_lemmas(analyzer, "Hvornår kan jeg blive medlem af foreningen?")
    assert asked["medlem"] == {"medlem"} and asked["forening"] == {"forening"}


def test_a_prepared_process_runs_no_english_lemmatising_for_an_everyday_english_question(monkeypatch):
    from assistant.answer.warm_up import prepare_process
    from assistant.language import english_forms
    english_forms.english_lemma.cache_clear()
    prepare_process(Analyzer())

    def no_lemmatiser():
        raise AssertionError("an everyday English word went through the lemmatiser's strategies")

    monkeypatch.setattr(english_forms, "lemmatizer", no_lemmatiser)
    question = "When was the association founded and who can become a member of the board?"
    lemmas = [english_forms.english_lemma(w) for w in english_forms.english_words(question.casefold())]
    assert lemmas[4] == "found" and lemmas[-1] == "board", lemmas


def test_a_prepared_index_has_the_material_stems_a_question_with_an_unknown_word_reads(gardens):
    # Built inside the first such question, the set of the terms' first letters cost it ~10 ms.
    from assistant.answer.warm_up import prepare_answering
    prepare_answering(gardens)
    stems = gardens.memo["stems"]
    answer = ask("Hvor mange lommeparker har Grønne Byer lavet?", gardens)
    assert gardens.memo["stems"] is stems and not answer.answered
