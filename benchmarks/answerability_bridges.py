"""Which source of meaning would bridge the words a weighed passage lacks: share and precision.

Usage (from the repository root):
  .venv/bin/python -m benchmarks.answerability_bridges [--split alle-dev|dev16b|…] [--list] [--json]

The model's false declines (benchmarks/answerability_causes.py: the right passage weighed, no gate,
the model below its threshold) mostly lack words the passage says otherwise. Before a bridge is built
into the decision, this measures what it could reach. For each such question's right passage, and
for each unanswerable question's best passage (where a bridge would make a wrong answer likelier), it
lists the question's words the passage lacks that each candidate source would count as held:

  thesaurus_back  a passage word whose mythes-da entry lists the question word's lemma (the thesaurus
                  read backwards; decision_bridges.py reads it forwards)
  pivot_dictionary  the lemma's first English senses (FreeDict Danish-English) read back into Danish
                  ("beretning" → "report" → "rapport")
  pivot_wordnet   the other words of each English sense's first WordNet synset, read back into Danish
                  ("beslutte" → "decide" → "determine" → "fastsætte")
  family          a passage term that begins with the same five letters (an upper bound for
                  derivation families: "politik" / "politisk", "bestyrelsesmedlem" / "bestyrelse")
  everyday_verb   a verb as common as "tage" or "give" (Zipf ≥ 5.3; word_class: it has a past tense or
                  an imperative) whose later question words the passage all holds ("Hvad handler
                  jeres analyser om?")

Per source: how many false declines it reaches (share) and how many unanswerable questions
(precision: a source that reaches as many unanswerable questions as answerable ones cannot tell them
apart). It reads the dev sets only.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from assistant.answer.compose import ask, clean_question, decision_query
from assistant.answer.decision_trace import DecisionTrace
from assistant.answer.reading import read_question
from assistant.answer.retrieve import Hit, Query, analyse_query, passage_has
from assistant.answer.small_talk import is_small_talk
from assistant.answer.word_class import ACT, word_class
from assistant.index.bm25 import Index
from assistant.language import dictd, thesaurus, wordnet
from assistant.language.analysis import surface_words
from assistant.language.background import term_rarity, zipf
from assistant.language.lemmas import asked_lemmas, lemma_of, question_word
from assistant.quality.question_file import read_question_file
from benchmarks.answerability_causes import cause, dev_set_rows
from benchmarks.realistic_eval import index_for

SOURCES = ("thesaurus_back", "pivot_dictionary", "pivot_wordnet", "family", "everyday_verb")
# The first English senses of a Danish word (FreeDict lists the common ones first).
MAX_SENSES = 4
# An English word read back into more Danish words than this has too many senses to carry one.
MAX_BACK = 6
FAMILY_PREFIX = 5
EVERYDAY_VERB_ZIPF = 5.3


@lru_cache(maxsize=1)
def _danish_for_english() -> dict[str, list[str]]:
    """Each English word's Danish words: English-Danish, then Danish-English read backwards."""
    table = {en: list(da) for en, da in dictd.load(dictd.ENGLISH_DANISH).items()}
    for en, heads in dictd.inverted(dictd.load(dictd.DANISH_ENGLISH)).items():
        table.setdefault(en, []).extend(h for h in heads if h not in table[en])
    return table


def _back(english: str) -> list[str]:
    words = _danish_for_english().get(english, [])
    return words if len(words) <= MAX_BACK else []


@lru_cache(maxsize=4096)
def pivot_words(lemma: str) -> dict[str, tuple[str, ...]]:
    """The lemma's Danish words through English, by hop: the dictionary's round trip and WordNet's synonyms."""
    senses = dictd.load(dictd.DANISH_ENGLISH).get(lemma, [])[:MAX_SENSES]
    round_trip = [d for en in senses for d in _back(en)]
    net = wordnet.load()
    through = [d for en in senses for syn in (net.synonyms(en) if net else ()) for d in _back(syn)]
    return {"pivot_dictionary": tuple(w for w in dict.fromkeys(round_trip) if w != lemma),
            "pivot_wordnet": tuple(w for w in dict.fromkeys(through) if w != lemma and w not in round_trip)}


def _held_word(index: Index, hit: Hit, word: str) -> bool:
    terms = index.analyzer.query_terms(word)
    return len(terms) == 1 and passage_has(index, hit.chunk_id, terms[0])


def everyday_verbs(index: Index, question: str, query: Query) -> dict[str, tuple[str, ...]]:
    """Query term of each of the question's commonest verbs -> the query terms of the words after it."""
    terms = {g.term for g in query.groups}
    words = [(word, question_word(index.analyzer, word)) for word in surface_words(question)]
    out: dict[str, tuple[str, ...]] = {}
    for i, (word, (lemma, own)) in enumerate(words):
        own = tuple(t for t in own if t in terms)
        if own and lemma and zipf(word) >= EVERYDAY_VERB_ZIPF and word_class(word) == ACT:
            later = tuple(dict.fromkeys(t for _, (_, ts) in words[i + 1:] for t in ts if t in terms and t not in own))
            out.update((t, later) for t in own if later)
    return out


def bridges(index: Index, question: str, query: Query, hit: Hit) -> dict[str, list[tuple[str, str]]]:
    """Source -> (query term the passage lacks, the word that would bridge it) for one weighed passage."""
    lemmas = asked_lemmas(index.analyzer, question)
    missing = [g.term for g in query.groups if g.term not in hit.matched]
    passage_lemmas = {lemma_of(w) or w for w in surface_words(hit.chunk.text)}
    passage_terms = set(index.analyzer.document_terms(hit.chunk.text))
    verbs = everyday_verbs(index, question, query)
    out: dict[str, list[tuple[str, str]]] = {source: [] for source in SOURCES}
    for term in missing:
        for lemma in lemmas.get(term, ()):
            out["thesaurus_back"] += [(term, m) for m in sorted(passage_lemmas)
                                      if m and lemma in thesaurus.synonyms(m) and m not in thesaurus.synonyms(lemma)]
            for hop, words in pivot_words(lemma).items():
                out[hop] += [(term, w) for w in words if _held_word(index, hit, w)]
        if len(term) >= FAMILY_PREFIX:
            out["family"] += [(term, t) for t in sorted(passage_terms)
                              if t != term and t.startswith(term[:FAMILY_PREFIX])]
        if term in verbs and all(t in hit.matched for t in verbs[term]):
            out["everyday_verb"].append((term, " ".join(verbs[term])))
    return {source: list(dict.fromkeys(found)) for source, found in out.items()}


def survey(files: list[Path], indexes: dict) -> list[dict]:
    """Each false decline by the model (its right passage) and each unanswerable question (its best
    passage) with what each source would bridge there."""
    rows = []
    for f in files:
        index = index_for(f, indexes)
        for item in read_question_file(f):
            text = clean_question(item.question)
            if is_small_talk(index, text):
                continue
            trace = DecisionTrace()
            answered = ask(item.question, index, trace=trace).answered
            step = cause(trace, item.expected)
            if item.expected is not None and (answered or step["step"] != "model"):
                continue
            if not trace.hits:
                continue
            reading = read_question(index, text)
            query = analyse_query(index, reading.text, reading.alternatives, reading.put)
            weighed, hits = decision_query(index, reading.text, query, list(trace.hits),
                                           term_rarity(index.analyzer, reading.text))
            hit = hits[step["rank"] if item.expected is not None else 0]
            rows.append({"file": f.name, "question": item.question, "answered": answered,
                         "kind": "false_decline" if item.expected is not None else "unanswerable",
                         "bridges": bridges(index, reading.text, weighed, hit)})
    return rows


def summary(rows: list[dict]) -> list[str]:
    """Per source: false declines reached (share of all) and unanswerable questions reached."""
    declines = [r for r in rows if r["kind"] == "false_decline"]
    unanswerable = [r for r in rows if r["kind"] == "unanswerable"]
    lines = [f"modellens falske afvisninger: {len(declines)}; spørgsmål uden svar: {len(unanswerable)}",
             f"{'kilde':<18} {'afvisninger':>11} {'andel':>6} {'uden svar':>9} {'præcision':>9}"]
    for source in SOURCES:
        reached = sum(bool(r["bridges"][source]) for r in declines)
        wrong = sum(bool(r["bridges"][source]) for r in unanswerable)
        share = reached / len(declines) if declines else 0.0
        precision = f"{reached / (reached + wrong):.2f}" if reached + wrong else "-"
        lines.append(f"{source:<18} {reached:>11} {share:>6.3f} {wrong:>9} {precision:>9}")
    return lines


def main(argv: list[str] | None = None) -> int:
    args, rows = dev_set_rows(argv, __doc__.splitlines()[0], "list every question a source reaches", survey)
    if rows is None:
        return 0
    print("\n".join(summary(rows)))
    if args.list:
        for r in rows:
            found = {s: b for s, b in r["bridges"].items() if b}
            if found:
                print(f"{r['kind']:<14} {r['question']} {found}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
