"""Train and measure the answerability model on NorQuAD: questions nobody on the team wrote.

Usage (from the repository root):
  python -m benchmarks.answerability_train            # train, choose the operating point, report
  python -m benchmarks.answerability_train --write    # … and write assistant/answer/answerability_model.json

How the examples are made (the passages are NorQuAD's news and Wikipedia articles, chunked by the
assistant's own chunker, so passages have the length ours have):
- answerable: a question asked of a corpus that holds its article;
- unanswerable: the same question asked of the same corpus with its article removed (articles are
  removed a fold at a time, so ten indexes cover every question); on-topic: asked of the corpus
  with its article kept but the sentences that state its answer left out (the material talks
  about it but lacks the fact); of small corpora of a few other articles (the size of a single
  organisation's site); off-topic: asked of a corpus that is only the statutes of a
  fictional association; and focus swapped: the first question of each article with its focus
  word (its rarest word in general language that the article holds) swapped for an about as
  common word of the article found next to it, which its own article lacks (the material talks
  about the topic but not about the thing asked).
Each example goes through the assistant's own analysis and retrieval, and the model sees the best
passage's signals (assistant/answer/answerability.py); the decision as the assistant takes it, where
a passage below the best may answer when the best is declined (assistant/answer/fallback.py) and a
passage failing one of compose's passage checks (assistant/answer/passage_gates.py: a reason, a date,
a view, a frequency, an ordinal) is declined whatever the model says, is reported beside it ("with
fallback"). It is trained
on the full set's train questions; the on-topic examples are reported per kind but trained on only with --on-topic (with
them, and five more sentence-level signals, the model answered off-topic questions in tiny corpora,
so the shipped model is trained without; the focus-swapped ones likewise only with --swapped: with
them, and four more signals of the focus word, kinds of fact and thesaurus coverage, NorQuAD's
validation questions gained a little and the realistic dev questions lost correct declines). The
gates (--gates) are the checks that decline by themselves; left to the model as features, the kinds
of fact weigh nothing (NorQuAD does not teach them) and correct declines on the realistic dev
questions fell from 0.80 to 0.35. NorQuAD questions misspelled or wrapped in chat
(benchmarks/answerability_kinds.py), asked through the assistant's reading of a question, are
reported per kind and trained on only with --kinds (the model learned nothing new from them).
NorQuAD questions put in other words (an everyday word swapped for a thesaurus synonym the article
lacks, benchmarks/answerability_paraphrase.py) likewise only with --paraphrased: with them the model
moved along its own curve on NorQuAD's validation questions and on the realistic dev questions
(round fourteen, docs/benchmarks.md), so the shipped model is trained without. NorQuAD questions
cut to their two most telling words (answerability_kinds.short_variant, "Træplanens pris?") are
reported per kind and trained on only with --short (round eighteen, docs/benchmarks.md).
The operating point is the one chosen on the realistic dev questions (OPERATING_POINT); with --cost
the one whose errors cost least on NorQuAD's validation questions when a wrong answer costs twice a
decline (it prints that curve, which is flat from 0.30 to 0.50), with --max-false-declines the
highest threshold within that share of false declines on the default set's validation questions, with
--as-shipped the highest that declines no more of them (the usual kinds) than the shipped model;
--shipped measures the shipped model instead of training one. The test questions only report.

The benchmark folder is benchmarks/norquad (a copy of the public benchmark) or NORQUAD_DIR;
without it the script says so and exits 0.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

from assistant.answer import answerability, fallback
from assistant.answer.asked_thing import holds_every_thing, lacks_asked_thing
from assistant.answer.compose import decision_query, weighed_hits
from assistant.answer.passage_gates import passage_gates
from assistant.answer.reading import read_question
from assistant.answer.retrieve import analyse_query, search, search_query
from assistant.documents import Document, Section
from assistant.index.bm25 import build_index
from assistant.index.chunking import chunk_document, split_sentences
from assistant.language.analysis import default_analyzer
from assistant.language.background import term_rarity, unknown_term_rarity
from benchmarks.answerability_kinds import chatty_variant, short_variant, typo_variant
from benchmarks.answerability_paraphrase import paraphrase_variant
from benchmarks.norquad_retrieval import bench_dir, read_jsonl

REPO = Path(__file__).resolve().parent.parent

FOLDS = 10
SMALL_CORPORA = 120
SMALL_SIZES = (1, 2, 4, 8, 16)
CANDIDATES = 8
N = len(answerability.FEATURES)
LANG = "nb"   # NorQuAD is Norwegian: its words are weighed by Norwegian frequencies
# The operating point is chosen on NorQuAD's validation questions: the highest threshold that declines
# at most this share of the answerable ones. Its balanced point (≈0.47: as many false declines as
# false answers) declined too many of the realistic dev questions, whose short, chatty questions
# and small corpora differ from news articles; a false decline costs a member the answer, a false
# answer shows a passage they can judge themselves.
MAX_FALSE_DECLINES = 0.10
ON_TOPIC = "answer sentences removed"
SWAPPED = "focus word swapped"
# NorQuAD questions made to look like a visitor's (answerability_kinds), asked through the reading.
TYPO, CHATTY = "with typos", "wrapped in chat"
READ_KINDS = frozenset(f"{k}, {v}" for k in ("answerable", "article removed") for v in (TYPO, CHATTY))
# NorQuAD questions with an everyday word swapped for a synonym their article lacks
# (answerability_paraphrase): put as a visitor who has not read the page puts them.
PARAPHRASED = "in other words"
OTHER_WORDS = frozenset(f"{k}, {PARAPHRASED}" for k in ("answerable", "article removed"))
# NorQuAD questions cut to their most telling words (answerability_kinds.short_variant), as visitors
# type "Træplanens pris?": trained on only with --short.
CUT_SHORT = "cut short"
SHORT_KINDS = frozenset(f"{k}, {CUT_SHORT}" for k in ("answerable", "article removed"))
# Kinds added after the first runs: reported apart, so the headline figures compare with those runs.
ADDED_KINDS = READ_KINDS | {SWAPPED} | OTHER_WORDS | SHORT_KINDS
# The kind-of-fact gates ride along after the model's features and the absent-rare-word column.
GATE_COLUMNS = ("money_found", "role_named", "which_named", "place_named", "focus_whole", "counted_named",
                "realised")
# Then the asked-thing columns: the material lacks a thing asked about; the passage holds every one.
LACKS = N + 1 + len(GATE_COLUMNS)
ANCHOR = LACKS + 1
# Whether the passage fails one of compose's passage checks (passage_gates.py: a reason, a date, a view,
# a frequency, an ordinal).
CHECKED = ANCHOR + 1
# A swapped focus word is as common in general language as the word it replaces, within this many
# Zipf points, so the question stays as telling as it was.
SWAP_ZIPF = 0.75
# What a wrong answer costs, counted in declines: a member who is told nothing can ask the
# secretariat, one told something wrong may act on it (the assistant never invents, so an answer it
# cannot stand behind is worse than none). The operating point is the threshold with the lowest cost
# on NorQuAD's validation questions (--cost) and on the realistic dev sets (realistic_eval.py --sweep).
WRONG_ANSWER_COST = 2.0
# About one question in four that visitors ask has no answer in the material (the realistic sets:
# 103 of 399 on the dev sets). NorQuAD's examples are two thirds unanswerable, so its error rates
# are weighed by this share, not counted: by counts every decline looks cheap.
UNANSWERABLE_SHARE = 0.25
# The shipped operating point, chosen on the realistic dev questions (realistic_eval.py --sweep). By
# that cost, errors cost about the same from 0.30 to 0.50 on NorQuAD's validation questions and on
# the dev sets, and 0.35 lost the definition of "Er Balance Danmark tilknyttet et parti?" to a passage
# further down (docs/benchmarks.md): it stays 0.30.
OPERATING_POINT = 0.30


def chunked(article_id: str, text: str) -> list:
    """An article as the assistant would chunk it (title from its first line)."""
    lines = text.split("\n")
    title, body = lines[0], "\n\n".join(lines[1:]) or lines[0]
    doc = Document(url=f"https://norquad.example/{article_id}", title=title,
                   sections=(Section(heading="", anchor="", text=body),))
    return chunk_document(doc)


def article_chunks(passages: list[dict]) -> dict[str, list]:
    """Each article as the assistant would chunk it."""
    return {p["id"]: chunked(p["id"], p["text"]) for p in passages}


def without_answer(text: str, answer: str) -> str | None:
    """The article with every sentence that states the answer left out, or None when the answer
    still shows (across a sentence break) or nothing is left: the material still talks about the
    question's topic but lacks the fact, as an organisation's page on membership that gives no fee."""
    needle = answer.casefold()
    kept = [" ".join(s for s in split_sentences(line) if needle not in s.casefold())
            for line in text.split("\n")]
    out = "\n".join(kept)
    return None if needle in out.casefold() or out == text or not out.strip() else out


def example(index, question: str, lang: str, read: bool = False
            ) -> tuple[tuple[float, ...], str, list] | None:
    """The best passage's signals and text for a question, then (signals, text) of the passages
    below it that the answer may fall back on (compose.weighed_hits), or None when nothing matches.
    With `read` the question is first read as the assistant reads a visitor's (spelling corrected
    against the material, greetings and scene dropped) and its signals are those of that reading."""
    asked = question
    if read:
        reading = read_question(index, question)
        question, query = reading.text, analyse_query(index, reading.text, reading.alternatives, reading.put)
    else:
        query = analyse_query(index, question)
    hits = search_query(index, query, CANDIDATES) if query.groups else []
    if not hits:
        return None
    rarity = term_rarity(index.analyzer, question, lang)
    names = answerability.name_terms(index.analyzer, question)
    asks = answerability.asked_types(question).either(answerability.asked_types(asked))
    unknown = unknown_term_rarity(index.analyzer, question) if lang == "da" else None
    # The asked-thing check (assistant/answer/asked_thing.py) rides along last: whether the material
    # lacks a thing the question asks about, and whether each passage holds every one.
    lacks = float(lacks_asked_thing(index, question, query, asked))
    # Weighed as compose weighs them (no degree phrase, synonyms of everyday words held).
    weighed, weighed_found = decision_query(index, question, query, hits, rarity)
    near = weighed_hits(hits)
    told = passage_gates(index, near, weighed, asked)
    rows = [(*_row(answerability.signals(index, weighed, weighed_found, rank, rarity, names, asks, unknown)), lacks,
             float(holds_every_thing(index, question, query, hits[rank].chunk_id, asked)), float(bool(told[rank])))
            for rank in range(len(near))]
    return rows[0], hits[0].chunk.text, [(row, hits[rank].chunk.text) for rank, row in enumerate(rows[1:], 1)]


def _row(found: answerability.Signals) -> tuple[float, ...]:
    # The gates' inputs ride along as last columns, outside the model's features.
    return (*found.values, found.absent_rare, float(found.money_found), float(found.role_named),
            float(found.which_named), float(found.place_named), float(found.focus_whole),
            float(found.counted_named), float(found.realised))


def swapped_focus(question: str, article: str, related: str, analyzer, rng: random.Random) -> str | None:
    """The question with its focus word (the one rarest in general language that its article holds)
    swapped for a word of a related article that is about as common and that its article lacks, or
    None when there is no such word: the material talks about the question's topic but not about
    what it asks ("æresmedlem" asked of statutes that speak only of "medlem")."""
    import wordfreq

    from assistant.language.analysis import surface_words

    own = article.casefold()
    words = [w for w in dict.fromkeys(surface_words(question))
             if w.isalpha() and analyzer.query_terms(w) and w in own]
    if not words:
        return None
    focus = max(words, key=lambda w: (1 - wordfreq.zipf_frequency(w, LANG), len(w)))
    level = wordfreq.zipf_frequency(focus, LANG)
    others = sorted({w for w in surface_words(related) if w.isalpha() and len(w) > 3 and w not in own
                     and analyzer.query_terms(w)
                     and abs(wordfreq.zipf_frequency(w, LANG) - level) <= SWAP_ZIPF})
    if not others:
        return None
    swap = rng.choice(others)
    return re.sub(rf"(?i)\b{re.escape(focus)}\b", swap, question, count=1)


def make_examples(passages: list[dict], queries: list[dict], seed: int,
                  off_topic_chunks: list | None = None
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray, list[str], list[list]]:
    """(signals, labels, holds, kinds, fallbacks) for every question: answerable, article removed,
    small corpora. `fallbacks` are (signals, holds) of the passages below the best one that an
    answer may start from when the best is declined.

    `labels` say whether the corpus holds the question's article (the issue's definition); `holds`
    whether the best passage itself contains NorQuAD's answer, which is what an answer needs: a
    question whose article is present but not found is better declined, and one whose article was
    removed may be answered by another article on the same story.
    """
    rng = random.Random(seed)
    # The swaps draw from their own generator: the other examples stay those of earlier runs.
    swap_rng = random.Random(seed + 1)
    analyzer = default_analyzer()
    chunks = article_chunks(passages)
    texts = {p["id"]: p["text"] for p in passages}
    by_article: dict[str, list[dict]] = {}
    for q in queries:
        by_article.setdefault(q["relevant"][0], []).append(q)
    articles = sorted(chunks)
    rng.shuffle(articles)
    rows, labels, holds, kinds = [], [], [], []
    fallbacks: list[list] = []

    def add(index, q, label, kind):
        found = example(index, q["query"], LANG, read=kind in READ_KINDS)
        # A question that matches nothing is declined by any model: count it, but as its own row.
        # (Its gate columns say "no gate": the zero signals decline it anyway.)
        x, text, below = found if found is not None else \
            ((0.0,) * (N + 1) + (1.0,) * len(GATE_COLUMNS) + (0.0, 0.0, 0.0), "", [])
        rows.append(x)
        labels.append(label)
        # A swapped question asks about something else: its best passage holds no answer to it.
        holds.append(int(kind != SWAPPED and q["answer"].casefold() in text.casefold()))
        kinds.append(kind)
        fallbacks.append([(row, int(kind != SWAPPED and q["answer"].casefold() in t.casefold()))
                          for row, t in below])

    # The visitor-like variants draw from their own generator too.
    kind_rng = random.Random(seed + 2)
    other_rng = random.Random(seed + 3)

    def add_other_words(index, q, label, kind):
        # Every question of the article, if one of its everyday words has a synonym the article lacks.
        variant = paraphrase_variant(q["query"], texts[q["relevant"][0]], analyzer, other_rng)
        if variant:
            add(index, {**q, "query": variant}, label, f"{kind}, {PARAPHRASED}")

    def add_short(index, q, label, kind):
        # Every question of the article that has more words than the short one keeps.
        variant = short_variant(q["query"])
        if variant:
            add(index, {**q, "query": variant}, label, f"{kind}, {CUT_SHORT}")

    def add_kinds(index, q, label, kind):
        # The first question of an article, misspelled and wrapped in chat (answerability_kinds).
        typo = typo_variant(q["query"], kind_rng)
        if typo:
            add(index, {**q, "query": typo}, label, f"{kind}, {TYPO}")
        add(index, {**q, "query": chatty_variant(q["query"], kind_rng)}, label, f"{kind}, {CHATTY}")

    folds = [articles[i::FOLDS] for i in range(FOLDS)]
    for f, fold in enumerate(folds):
        held_out = set(fold)
        index = build_index([c for a in articles if a not in held_out for c in chunks[a]], analyzer)
        for a in fold:
            for i, q in enumerate(by_article.get(a, [])):
                add(index, q, 0, "article removed")
                add_other_words(index, q, 0, "article removed")
                add_short(index, q, 0, "article removed")
                if i == 0:
                    add_kinds(index, q, 0, "article removed")
        # The answerable questions of the next fold are asked of the same index; the first of each
        # article also with its focus word swapped for one of the article found next to it.
        for a in folds[(f + 1) % FOLDS]:
            for i, q in enumerate(by_article.get(a, [])):
                add(index, q, 1, "answerable")
                add_other_words(index, q, 1, "answerable")
                add_short(index, q, 1, "answerable")
                if i == 0:
                    add_kinds(index, q, 1, "answerable")
                    related = [h.chunk.doc_url.rsplit("/", 1)[-1] for h in search(index, q["query"], CANDIDATES)]
                    nearest = next((r for r in related if r != a and r in texts), None)
                    swapped = nearest and swapped_focus(q["query"], texts[a], texts[nearest], analyzer,
                                                              swap_rng)
                    if swapped:
                        add(index, {**q, "query": swapped}, 0, SWAPPED)
        # On-topic: one question per article of the fold, its article kept but without the
        # sentences that state its answer.
        asked, edited = [], []
        for a in fold:
            for q in by_article.get(a, [])[:1]:
                text = without_answer(texts[a], q["answer"])
                if text is not None:
                    asked.append(q)
                    edited += chunked(a, text)
        if asked:
            index = build_index([c for a in articles if a not in held_out for c in chunks[a]] + edited,
                                analyzer)
            for q in asked:
                add(index, q, 0, ON_TOPIC)
    with_questions = [a for a in articles if a in by_article]
    for _ in range(SMALL_CORPORA):
        size = rng.choice(SMALL_SIZES)
        chosen = rng.sample(with_questions, size)
        index = build_index([c for a in chosen for c in chunks[a]], analyzer)
        inside = [q for a in chosen for q in by_article[a]]
        outside = [q for a in rng.sample(with_questions, 6) if a not in chosen for q in by_article[a]]
        for q in rng.sample(inside, min(3, len(inside))):
            add(index, q, 1, "answerable, small corpus")
        for q in rng.sample(outside, min(3, len(outside))):
            add(index, q, 0, "other articles, small corpus")
    if off_topic_chunks:
        index = build_index(off_topic_chunks, analyzer)
        for q in rng.sample(queries, min(300, len(queries))):
            add(index, q, 0, "off-topic corpus")
    return np.asarray(rows, dtype=np.float64), np.asarray(labels), np.asarray(holds), kinds, fallbacks


def statutes_chunks() -> list:
    """The fictional association's statutes from the test data, as an off-topic corpus."""
    from assistant.ingest.extract.html import extract_html
    path = REPO / "tests" / "data" / "statutes" / "groenne-byer-vedtaegter.html"
    doc = extract_html(path.read_bytes(), "https://groenne-byer.example/vedtaegter/")
    return chunk_document(doc)


def fit(x: np.ndarray, y: np.ndarray) -> answerability.AnswerabilityModel:
    """Standardised logistic regression, classes balanced; its threshold is set by operating_point()."""
    from sklearn.linear_model import LogisticRegression

    inputs = x[:, :N]
    mean = inputs.mean(axis=0)
    scale = inputs.std(axis=0)
    scale[scale == 0] = 1.0
    clf = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
    clf.fit((inputs - mean) / scale, y)
    return answerability.AnswerabilityModel(
        weights=tuple(float(w) for w in clf.coef_[0]), mean=tuple(float(m) for m in mean),
        scale=tuple(float(s) for s in scale), bias=float(clf.intercept_[0]), threshold=0.5)


def operating_point(probs: np.ndarray, y: np.ndarray, max_false_declines: float) -> float:
    """The highest threshold whose false declines stay within the limit (on the validation examples)."""
    candidates = [t for t in np.unique(np.round(probs, 3)) if 0.0 < t < 1.0
                  and rates(probs, y, t)[0] <= max_false_declines]
    return float(max(candidates, default=0.5))


def matching_point(probs: np.ndarray, y: np.ndarray, shipped_probs: np.ndarray, shipped_threshold: float) -> float:
    """The highest threshold that declines no more of the answerable examples than the shipped model
    does at its own operating point: a new model compared with the shipped one at equal false declines."""
    return operating_point(probs, y, rates(shipped_probs, y, shipped_threshold)[0])


def expected_cost(probs: np.ndarray, y: np.ndarray, threshold: float, cost: float,
                  share: float = UNANSWERABLE_SHARE) -> float:
    """What the errors cost per question asked, when a share of the questions has no answer: an
    answerable question declined costs 1, an unanswerable one answered `cost`."""
    fd, fa = rates(probs, y, threshold)
    return (1 - share) * fd + share * cost * fa


def cheapest_point(probs: np.ndarray, y: np.ndarray, cost: float, share: float = UNANSWERABLE_SHARE) -> float:
    """The threshold whose errors cost least (on the validation examples), see expected_cost()."""
    def total(t: float) -> float:
        return expected_cost(probs, y, t, cost, share)
    candidates = [t for t in np.unique(np.round(probs, 3)) if 0.0 < t < 1.0]
    return float(min(candidates, key=total, default=0.5))


def print_costs(probs: np.ndarray, y: np.ndarray, cost: float) -> None:
    """The validation questions' false declines, answered unanswerables and cost per threshold."""
    print(f"validation, cost of errors (a wrong answer costs {cost:g} declines, {UNANSWERABLE_SHARE:g} "
          "of the questions without an answer):")
    for t in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55):
        fd, fa = rates(probs, y, t)
        print(f"  threshold {t:.2f}: false declines {fd:.3f}   unanswerable answered {fa:.3f}   "
              f"cost per question {expected_cost(probs, y, t, cost):.4f}")


def probabilities(model, x: np.ndarray) -> np.ndarray:
    """P(answerable) per example, 0 where the kind-of-fact gate declines (AnswerabilityModel.answerable)."""
    return np.where(gated(model, x), 0.0, raw_probabilities(model, x))


def raw_probabilities(model, x: np.ndarray) -> np.ndarray:
    """P(answerable) per example by the model alone, gates aside."""
    z = ((x[:, :N] - np.asarray(model.mean)) / np.asarray(model.scale)) @ np.asarray(model.weights) + model.bias
    return 1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))


def gated(model, x: np.ndarray) -> np.ndarray:
    """Per example, whether one of the model's gates declines it (AnswerabilityModel.gated)."""
    out = np.zeros(len(x), dtype=bool)
    for name in model.gates:
        if name in answerability.FEATURES:
            out |= x[:, answerability.FEATURES.index(name)] == 0.0
        elif name == "absent_rare":
            out |= x[:, N] >= answerability.ABSENT_RARE_GATE
        elif name in GATE_COLUMNS:
            out |= x[:, N + 1 + GATE_COLUMNS.index(name)] == 0.0
    return out


def report_fallback(name: str, model, x, fallbacks, labels, holds, kinds, asked_thing: str = "") -> None:
    """The decision as the assistant takes it (fallback.leading): when the best passage is
    declined, a passage below it may answer. Against `labels` an answer counts as right when the
    article is in the corpus; the share of answers from a passage that holds the answer is beside it."""
    # compose declines a passage that fails a passage check whatever the model says (passage_gates.py).
    judged_best = list(zip(raw_probabilities(model, x), gated(model, x) | (x[:, CHECKED] == 1.0)))
    usual = [i for i, k in enumerate(kinds) if k not in ADDED_KINDS]
    answered, holding = np.zeros(len(x), dtype=bool), np.zeros(len(x), dtype=bool)
    for i in usual:
        below = [r for r, _ in fallbacks[i]]
        judged = [judged_best[i]] + (list(zip(raw_probabilities(model, np.asarray(below)),
                                              gated(model, np.asarray(below)) | (np.asarray(below)[:, CHECKED] == 1.0)))
                                     if below else [])
        lead = fallback.leading(judged, model.threshold)
        # As compose does: a thing the material lacks declines; a weighed passage holding every
        # thing asked about answers above fallback.ANCHORED_FLOOR (fallback.anchored_lead).
        holds_all = [bool(x[i, ANCHOR])] + [bool(r[ANCHOR]) for r in below]
        if asked_thing in ("gate", "both") and x[i, LACKS]:
            lead = None
        elif asked_thing in ("anchor", "both") and lead is None:
            lead = fallback.anchored_lead(judged, holds_all.__getitem__)
        answered[i] = lead is not None
        holding[i] = lead is not None and (holds[i] if lead == 0 else fallbacks[i][lead - 1][1])
    mask, y = np.asarray(usual), labels[np.asarray(usual)]
    label = {"gate": ", the absent thing declining", "anchor": ", the held things answering",
             "both": ", the asked thing both ways"}.get(asked_thing, "")
    print(f"{name}, with fallback{label}: false declines "
          f"{np.mean(~answered[mask][y == 1]):.3f}   unanswerable answered {np.mean(answered[mask][y == 0]):.3f}"
          f"   answers from a passage holding the answer {holding[mask].sum() / max(1, answered[mask].sum()):.3f}")


def rates(probs: np.ndarray, y: np.ndarray, threshold: float) -> tuple[float, float]:
    """(false declines among answerable, answers among unanswerable)."""
    answered = probs >= threshold
    return float(np.mean(~answered[y == 1])), float(np.mean(answered[y == 0]))


def report(name: str, model, x, y, kinds, per_kind: bool = True) -> None:
    """False declines and answered unanswerables (the swapped questions apart: a kind added later,
    so the headline figures compare with earlier runs), then the share answered per kind."""
    probs = probabilities(model, x)
    usual = np.array([k not in ADDED_KINDS for k in kinds])
    fd, fa = rates(probs[usual], y[usual], model.threshold)
    print(f"\n{name}: {int(usual.sum())} examples ({int(y[usual].sum())} answerable)")
    print(f"  false declines {fd:.3f}   unanswerable answered {fa:.3f}")
    for kind in sorted(set(kinds)) if per_kind else ():
        mask = np.array([k == kind for k in kinds])
        answered = probs[mask] >= model.threshold
        print(f"  {kind:32s} n={mask.sum():5d}  answered {answered.mean():.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help="write assistant/answer/answerability_model.json")
    parser.add_argument("--target", choices=("holds", "article"), default="article",
                        help="train on 'the corpus holds the article' (default) or 'the best passage "
                             "holds the answer'")
    parser.add_argument("--on-topic", action="store_true",
                        help="also train on the on-topic examples (article kept, answer sentences removed)")
    parser.add_argument("--swapped", action="store_true",
                        help="also train on the focus-swapped examples (the focus word swapped for a related one)")
    parser.add_argument("--kinds", action="store_true",
                        help="also train on NorQuAD questions misspelled and wrapped in chat, read as the "
                             "assistant reads a visitor's question (benchmarks/answerability_kinds.py)")
    parser.add_argument("--paraphrased", action="store_true",
                        help="also train on NorQuAD questions with an everyday word swapped for a synonym "
                             "their article lacks (benchmarks/answerability_paraphrase.py)")
    parser.add_argument("--short", action="store_true",
                        help="also train on NorQuAD questions cut to their two most telling words "
                             "(benchmarks/answerability_kinds.py)")
    parser.add_argument("--gates", default=",".join(answerability.DEFAULT_GATES),
                        help="the checks that decline by themselves, comma-separated, of "
                             f"{', '.join(answerability.GATES)} (default: all); the "
                             "others are left to the model")
    parser.add_argument("--threshold", type=float, default=OPERATING_POINT,
                        help=f"the operating point (default {OPERATING_POINT}, chosen on the realistic dev sets)")
    parser.add_argument("--max-false-declines", type=float, nargs="?", const=MAX_FALSE_DECLINES,
                        help="choose the operating point on NorQuAD's validation questions: the highest "
                             "threshold whose false declines stay within this share (default "
                             f"{MAX_FALSE_DECLINES}); without it {OPERATING_POINT}, chosen on the realistic dev sets")
    parser.add_argument("--as-shipped", action="store_true",
                        help="choose the operating point on NorQuAD's validation questions (the usual kinds): "
                             "the highest threshold that declines no more answerable ones than the shipped model")
    parser.add_argument("--cost", type=float, nargs="?", const=WRONG_ANSWER_COST,
                        help="choose the operating point on NorQuAD's validation questions: the threshold "
                             "whose errors cost least when a wrong answer costs this many declines and "
                             f"{UNANSWERABLE_SHARE:g} of the questions have no answer "
                             f"(default {WRONG_ANSWER_COST:g})")
    parser.add_argument("--shipped", action="store_true",
                        help="measure the shipped model (its weights, gates and operating point) instead of "
                             "training one")
    parser.add_argument("--ceiling", action="store_true",
                        help="also fit gradient boosting, to see what the signals could give")
    args = parser.parse_args(argv)
    folder = bench_dir()
    if folder is None:
        print("NorQuAD-benchmarket findes ikke (benchmarks/norquad eller NORQUAD_DIR); springer over.")
        return 0
    started = time.perf_counter()
    off_topic = statutes_chunks()
    train_q = [q for q in read_jsonl(folder / "full" / "queries.jsonl") if q["split"] == "train"]
    sets = {"train": make_examples(read_jsonl(folder / "full" / "passages.jsonl"), train_q,
                                   seed=1, off_topic_chunks=off_topic)}
    passages, queries = read_jsonl(folder / "passages.jsonl"), read_jsonl(folder / "queries.jsonl")
    for seed, split in enumerate(("validation", "test"), start=2):
        sets[split] = make_examples(passages, [q for q in queries if q["split"] == split], seed=seed,
                                    off_topic_chunks=off_topic)
    target = 2 if args.target == "holds" else 1   # index of the labels in make_examples' tuple
    used = np.array([(args.on_topic or k != ON_TOPIC) and (args.swapped or k != SWAPPED)
                     and (args.kinds or k not in READ_KINDS) and (args.paraphrased or k not in OTHER_WORDS)
                     and (args.short or k not in SHORT_KINDS)
                     for k in sets["train"][3]])
    x_train, y_train = sets["train"][0][used], sets["train"][target][used]
    gates = tuple(g for g in args.gates.split(",") if g)
    unknown = set(gates) - set(answerability.GATES)
    if unknown:
        parser.error(f"ukendte tjek: {', '.join(sorted(unknown))}")
    model = answerability.load_model() if args.shipped else \
        answerability.AnswerabilityModel(**{**fit(x_train, y_train).__dict__, "gates": gates})
    x_val, y_val = sets["validation"][0], sets["validation"][target]
    usual = np.array([k not in ADDED_KINDS for k in sets["validation"][3]])
    if args.shipped:
        threshold = model.threshold
    elif args.cost is not None:
        threshold = cheapest_point(probabilities(model, x_val[usual]), y_val[usual], args.cost)
        print_costs(probabilities(model, x_val[usual]), y_val[usual], args.cost)
    elif args.as_shipped:
        shipped = answerability.load_model()
        threshold = matching_point(probabilities(model, x_val[usual]), y_val[usual],
                                   probabilities(shipped, x_val[usual]), shipped.threshold)
    elif args.max_false_declines is not None:
        threshold = operating_point(probabilities(model, x_val), y_val, args.max_false_declines)
    else:
        threshold = args.threshold
    model = answerability.AnswerabilityModel(**{**model.__dict__, "threshold": threshold})
    print(f"operating point: {threshold:.3f}")
    if args.ceiling:
        from sklearn.ensemble import GradientBoostingClassifier
        from sklearn.utils.class_weight import compute_sample_weight
        gb = GradientBoostingClassifier(n_estimators=150, max_depth=3, subsample=0.8, random_state=0)
        gb.fit(x_train[:, :N], y_train, sample_weight=compute_sample_weight("balanced", y_train))
        pv = gb.predict_proba(x_val[:, :N])[:, 1]
        t = operating_point(pv, y_val, args.max_false_declines)
        x_test, y_test = sets["test"][0], sets["test"][target]
        print(f"gradient boosting (threshold {t:.3f}): test", rates(gb.predict_proba(x_test[:, :N])[:, 1], y_test, t))
    print("weights (standardised):")
    for name, w in zip(answerability.FEATURES, model.weights):
        print(f"  {name:18s} {w:+.3f}")
    print(f"  bias {model.bias:+.3f}   threshold {model.threshold:.4f}")
    for split, (x, labels, holds, kinds, fallbacks) in sets.items():
        report(f"{split}, best passage holds the answer", model, x, holds, kinds)
        report(f"{split}, article in corpus", model, x, labels, kinds, per_kind=False)
        report_fallback(split, model, x, fallbacks, labels, holds, kinds)
        for variant in ("gate", "anchor", "both"):
            report_fallback(split, model, x, fallbacks, labels, holds, kinds, asked_thing=variant)
    # Today's rule on the same examples, for comparison: coverage ≥ 0.55.
    for split, (x, _, holds, kinds, _) in sets.items():
        usual = np.array([k not in ADDED_KINDS for k in kinds])
        answered, holds = x[usual, 0] >= 0.55, holds[usual]   # column 0 is "coverage"
        print(f"old rule (coverage ≥ 0.55) on {split}: false declines {np.mean(~answered[holds == 1]):.3f}"
              f"   unanswerable answered {np.mean(answered[holds == 0]):.3f}")
    print(f"\n{time.perf_counter() - started:.0f} s")
    if args.write:
        answerability.MODEL_PATH.write_text(json.dumps(model.to_json(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {answerability.MODEL_PATH.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
