"""Warming up: what answering needs is built when an index loads, not on a visitor's first question.

A first question after a load used to build the thesaurus table, the spelling tables and the
answerability model's inputs while the visitor waited (13x a warm answer at 10,000 passages,
benchmarks/ask_peer_bench.py); now the app and each freshly loaded index are warmed before serving.
"""
from __future__ import annotations

import gc
from pathlib import Path

from symspellpy.editdistance import DistanceAlgorithm, EditDistance
from wordfreq import top_n_list

from ..index.bm25 import Index
from ..index.chunk_documents import document_numbers
from ..language import table_cache
from ..language.analysis import Analyzer
from ..language.background import use_general_words, use_vocabulary
from ..language.dictd import tags
from ..language.english import detect_language
from ..language.english_false_friends import backwards
from ..language.english_forms import english_lemma
from ..language.english_neighbours import default_neighbours
from ..language.lemmas import filter_unknown, lemma_of, pin_capitalised, question_word
from ..language.thesaurus import term_table
from ..language.thesaurus_kin import broader
from ..language.thesaurus_phrases import phrases
from ..language.word_zipf import neighbour_table
from .answerability import load_model
from .asked_thing import material_stems
from .compose import ask, shingle_memo
from .doer_table import prepare_doer_words
from .gate_ending import prepare_ending_tables
from .gate_name import material_folded
from .lemma_terms import prepare_lemma_terms
from .material_names import capitalised_names
from .particle_verb_terms import prepare_written_apart
from .passage_words import prepare_passage_words
from .query_words import APART_SCAN
from .reading import general_corrector, material_words, prepare_reading
from .sentence_evidence import prepare_sentences

# One question down each path an answer can take (plain, misspelt, English, a § named, which
# ones: its word pattern is compiled on first use, an English word no source maps into the
# material), asked when an index is loaded: the tables and models a first question would otherwise
# build are ready before any visitor asks.
WARM_UP_QUESTIONS = (
    "Hvad er foreningens formål?",
    "Hvem kan blive medlemm af foreningen?",
    "What is the purpose of the association?",
    "Hvad står der i § 1, stk. 1?",
    "Hvilke kommuner er med i foreningen?",
    # "bring" and "dog" reach the translator's last resort (english_fallback.py), whose table of the
    # material's words sorted forwards and backwards is built on the first such word: ~20 ms at
    # 10,000 passages inside a visitor's first English question ("When was the report published?"
    # took 26.8 ms first against 5.8 ms later in a process, benchmarks.md).
    "Can I bring my dog?",
)
# Asked this many times over: CPython specialises a function's bytecode only after its first
# calls (8 in 3.11), so what runs once per question was still unspecialised in a visitor's first
# question after five (~10 % of its time, benchmarks.md).
WARM_UP_PASSES = 2
# The commonest English words whose lemmas a process looks up before its first question.
ENGLISH_WORDS = 5000


def prepare_process(analyzer: Analyzer, cache_folder: Path | None = None) -> None:
    """Load what every index of this process shares (thesaurus table, everyday Danish words for
    spelling and how common they are, the lemmatiser's Danish data, the language identifier, the
    answerability model) before an index is loaded: a first index read while serving (the first
    build, a replacement) then stalls no request for seconds. With `cache_folder` (the setting
    ASSISTANT_TABLE_CACHE) the tables are read from the machine's table cache, built there once."""
    if cache_folder is not None:
        table_cache.configure(cache_folder)
    for _, prepare in PROCESS_STEPS:
        prepare(analyzer)


def _everyday_words(analyzer: Analyzer) -> None:
    # Everyday words are most of a question's words: their rarity, lemma and terms are worked out
    # now (~1 s, ~5 MB), not as a first question's lookups in wordfreq and the lemmatiser's table.
    for word in use_general_words().zipf:
        question_word(analyzer, word)


def _english_lemmas(analyzer: Analyzer) -> None:
    # An English question's words each cost a walk through the lemmatiser's English strategies
    # (~26 µs a word, 0.2 ms in a first English question): the commonest are looked up now
    # (~0.3 s, ~1 MB; benchmarks.md).
    for word in top_n_list("en", ENGLISH_WORDS):
        if word.isalpha():
            english_lemma(word)


# What prepare_process does, step by step (benchmarks/process_start.py times each).
PROCESS_STEPS = (
    ("synonymordbogens termtabel", term_table),
    # The thesaurus's verb-and-particle phrases ("bakke op"), read by the decision's signals.
    ("synonymordbogens faste udtryk", lambda _: phrases()),
    ("generel stavekontrol", lambda _: general_corrector()),
    ("lemmatiserens danske data", lambda _: lemma_of("forening")),
    # A word the lemmatiser does not know is looked up again capitalised, in a block of names: those
    # blocks decoded now (~640 blocks, ~20 ms), not scanned for each new word (lemma_blocks.py).
    ("lemmatiserens blokke med store forbogstaver", lambda _: pin_capitalised()),
    # Most other words a new question looks up that the table lacks are answered by the keys'
    # hashes (~3.7 MB for both tables, read from the table cache), not by reading a block.
    ("lemmatiserens nøglefilter", lambda _: filter_unknown()),
    ("hverdagsord", _everyday_words),
    ("engelske lemmaer", _english_lemmas),
    # The spelling distance's compiled module is imported on the first distance symspellpy
    # computes (~0.3 ms): inside the first misspelt question after a load, unless done here.
    ("stavedistance", lambda _: EditDistance(DistanceAlgorithm.DAMERAU_OSA_FAST).compare("medlem", "medlemm", 1)),
    ("sproggenkendelse", lambda _: detect_language(WARM_UP_QUESTIONS[2])),
    # A question asking when something ended ("When did … stop?") reads FreeDict's Danish-English
    # dictionary backwards: inverted on that first question (~2 ms, 2x a warm answer), unless here.
    ("slutverbernes ordbog", lambda _: prepare_ending_tables()),
    # The neighbour dictionaries read backwards, which tell a Norwegian or Swedish word spelt like
    # another Danish word (english_false_friends.py): built on the first English question that
    # meets such a word (~11 ms at once, 2x a warm answer, benchmarks.md), unless here.
    ("nabosprogenes ordbøger baglæns", lambda _: backwards(default_neighbours())),
    ("besvarbarhedsmodel", lambda _: load_model()),
    # A lower-case word after a preposition of place is asked how common it is in Norwegian and
    # Swedish (gate_name.place_written_small: "Hvem kan skrive under på vegne af foreningen?"): the
    # small table of the words it asks (word_zipf.py; ~2 MB, read from the table cache), not built
    # inside that visitor's question. Before, wordfreq's two whole lists: ~0.3 s CPU, ~63 MB a process.
    ("nabosprogenes ordhyppighed", lambda _: neighbour_table()),
    # A question about "jeres …" asks whether its word is kin of the document's own word for itself
    # (document_self.py), which reads the thesaurus's narrower terms backwards: the table is inverted
    # once, ~75 ms inside that visitor's question ("hvornår blev jeres data indsamlet?"), unless here.
    ("synonymordbogens overbegreber", lambda _: broader("forening")),
    # The Danish-English dictionary's parts of speech (english_pos.py), read on the first English question
    # whose word order tells one (~0.1 s to build), unless here.
    ("ordbogens ordklasser", lambda _: tags()),
)


def prepare_answering(index: Index) -> None:
    """Build what answering needs of a freshly loaded index now, not on the first question."""
    prepare_reading(index)
    # How common each of the material's words is in general Danish, once: the words questions ask.
    use_vocabulary(w for w in material_words(index) if w.isalpha())
    # The material's stems, which a question with a word the material lacks reads (asked_thing.py).
    material_stems(index)
    # Its words with æ/ø/å folded, which a question naming a name asks (gate_name.py).
    material_folded(index)
    # The words it writes only with a capital, which a question after a story reads (scene.py): a
    # scan of every passage (0.65 s at 10,000), not to be paid inside a visitor's first story.
    capitalised_names(index)
    # The words before "af", which an English who-question's verb is searched as: a scan of every
    # passage (0.3 s at 10,000), not the passages of each new verb inside a visitor's question
    # ("Who sits on the board …?" read 10,000 for "sidde", 0.5-0.8 s; doer_table.py).
    prepare_doer_words(index)
    # The terms of each dictionary form of its words, which tell which of a compound's passages can
    # say the question's word before it (lemma_terms.py): a scan of every passage at load, so a
    # question reads only those passages, not all of the compound's (phrase_heads.py).
    prepare_lemma_terms(index)
    # Each passage's document number, read from the records' first bytes (~2 ms at 10,000): a
    # question asking whether a document uses a word compares numbers (chunk_documents.py).
    document_numbers(index)
    # Which verbs the material writes with a particle after them, from every passage once (0.35 s at
    # 10,000): a process's first new verb read up to 200 passages inside a question (~15 ms).
    prepare_written_apart(index, APART_SCAN)
    # The passages' sentences, analysed once into a compact table (bounded: sentence_table.py).
    prepare_sentences(index)
    # Their words for the near-duplicate test's shingles, numbered once (bounded: passage_words.py).
    prepare_passage_words(index)
    shingle_memo(index)
    for _ in range(WARM_UP_PASSES):
        for question in WARM_UP_QUESTIONS:
            ask(question, index)
    # What the load and the warm-up made lives as long as the index: moved to the oldest generation
    # now. Left young, the vocabulary lists (100,000 items at 10,000 passages) were walked by the
    # next young-generation collection, 1.8 ms inside a visitor's first question (benchmarks.md).
    gc.collect(1)
