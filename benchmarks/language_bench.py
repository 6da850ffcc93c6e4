"""Danish language resources: speed, and what each resource contributes, on realistic questions.

Usage: python -m benchmarks.language_bench [--questions DIR] [--sizes 30000 300000] [--lookups 2000]

Sections (each against a baseline measured in the same run):
  background  wordfreq lookups (first call vs memoised), and a Zipf threshold sweep: of the question
              words the material lacks, which are "telling" (would veto) in answerable and in
              unanswerable questions
  spelling    SpellingCorrector build ms and lookup µs at each vocabulary size, prefix length 5
              (ours) vs 7 (symspellpy's default) vs a brute-force edit-distance scan; correction
              quality on generated typos and on real Danish words the material lacks; the
              realistic "typo" questions
  thesaurus   mythes-da load time; how many pairs of assistant/language/synonyms.py it gives, set by set
  english     language detection on the realistic questions; each source's share of the English
              words mapped to the material's Danish words

Questions come from DIR/*_dev.tsv (question, expected, fact, kind; kind "english", "typo",
"unanswerable"), with the material they were written for under DIR/.. (corpus/ for the Om page).
Without them the English section uses a short list of English questions about the Om page.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import resource
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from itertools import combinations
from pathlib import Path

import wordfreq
from bs4 import BeautifulSoup
from symspellpy.editdistance import DistanceAlgorithm, EditDistance

from assistant.config import REPO_ROOT
from assistant.language import background, thesaurus, wordnet
from assistant.language.analysis import default_analyzer, surface_words
from assistant.language.english import (
    ABSENT,
    SOURCES,
    UNMAPPED,
    EnglishToDanish,
    detect_language,
    english_forms,
    english_words,
)
from assistant.language.english_neighbours import default_neighbours
from assistant.language.english_phrases import PHRASAL
from assistant.language.english_spelling import english_correction
from assistant.language.english_things import names_a_thing
from assistant.language.spelling import SpellingCorrector, ascii_fold
from assistant.language.synonyms import SYNONYM_SETS

DEFAULT_QUESTIONS = REPO_ROOT / "tests" / "data" / "realistic"
# Where each question file's material lives, relative to the question folder's parent.
MATERIALS = {"om": REPO_ROOT / "corpus", "statutes": Path("statutes/groenne-byer-vedtaegter.html"),
             "publication": Path("publication/groenne-byer-anbefalinger.md")}
OWN_ENGLISH = [
    "What is Balance Danmark?", "Who are the members?", "When was Balance Danmark founded?",
    "What is the vision of the organisation?", "What does Balance Danmark fight for?",
    "What was the organisation called before?", "Is Balance Danmark politically independent?",
    "Which analyses does Balance Danmark make?", "What is the history of Balance Danmark?",
]


def material_text(path: Path) -> str:
    if path.is_dir():
        return "\n".join(s["heading"] + "\n" + s["text"] for f in sorted(path.glob("*.json"))
                         for s in json.loads(f.read_text(encoding="utf-8"))["sections"])
    text = path.read_text(encoding="utf-8")
    return BeautifulSoup(text, "lxml").get_text(" ") if path.suffix == ".html" else text


def load_sets(folder: Path, split: str = "dev") -> list[tuple[str, str, list[dict]]]:
    """(name, material text, question rows) per *_<split>.tsv file whose material is found
    (split "alle-dev": every dev set)."""
    out = []
    pattern = "*_dev*.tsv" if split == "alle-dev" else f"*_{split}.tsv"
    for path in sorted(folder.glob(pattern)):
        name = path.name.split("_", 1)[0]
        where = MATERIALS.get(name)
        if where is None:
            continue
        where = where if where.is_absolute() else folder.parent / where
        if not where.exists():
            print(f"  (materialet til {name} mangler: {where})")
            continue
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
        rows = list(csv.DictReader(lines, delimiter="\t"))
        out.append((name, material_text(where), rows))
    return out


def kinds(row: dict) -> set[str]:
    return set((row.get("kind") or "").split(","))


def timed(fn, *args) -> float:
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


# --- background -----------------------------------------------------------------------------------

def bench_background(sets) -> None:
    print("\n== Baggrundsfrekvenser (wordfreq, dansk)")
    words = [w for w in wordfreq.top_n_list("da", 5000) if w.isalpha()]
    background.clear_memos()
    first = timed(lambda: [background.zipf(w) for w in words])
    again = timed(lambda: [background.zipf(w) for w in words])
    plain = timed(lambda: [wordfreq.zipf_frequency(w, "da") for w in words])
    n = len(words)
    print(f"  {n} ord: første opslag {first / n * 1e6:.1f} µs/ord, husket {again / n * 1e6:.2f} µs/ord"
          f" (wordfreq.zipf_frequency direkte: {plain / n * 1e6:.1f} µs/ord)")
    for word in ("gerne", "egentlig", "hjælpe", "fortælle", "afleveret", "risalamande",
                 "superligaen", "vedtægter", "kontingent"):
        print(f"  {word:<12} zipf {background.zipf(word):.2f}  general_idf "
              f"{background.general_idf(word):.1f}  almindeligt: {background.is_common(word)}")
    if not sets:
        return
    # Words of questions the material lacks: would they veto? Answerable questions should keep
    # few such words, unanswerable ones many.
    print("  Spørgsmålsord, materialet mangler (uden stopord), som 'sigende' ved tærskel:")
    analyzer = default_analyzer()
    absent: dict[bool, list[tuple[str, bool]]] = {True: [], False: []}
    corrected: dict[bool, list[tuple[str, bool]]] = {True: [], False: []}
    for _, text, rows in sets:
        vocabulary = set(analyzer.document_terms(text))
        corrector = SpellingCorrector.from_texts([text])
        for row in rows:
            if "english" in kinds(row):
                continue
            names = {n.casefold() for n in background.names_in(row["question"])}
            answerable = row["expected"] != "NONE"
            for word in dict.fromkeys(surface_words(row["question"])):
                terms = analyzer.query_terms(word)
                if word.isalpha() and terms and not set(terms) & vocabulary:
                    absent[answerable].append((word, word in names))
                    if not set(analyzer.query_terms(corrector.correct(word))) & vocabulary:
                        corrected[answerable].append((word, word in names))

    def telling(words: list[tuple[str, bool]], threshold: float) -> int:
        return sum(1 for w, name in words if name or background.zipf(w) < threshold)

    for threshold in (3.0, 3.5, 4.0, 4.5, 5.0):
        print(f"    Zipf < {threshold}: besvarlige {telling(absent[True], threshold)}/"
              f"{len(absent[True])} (efter stavekontrol {telling(corrected[True], threshold)}/"
              f"{len(corrected[True])}), ubesvarlige {telling(absent[False], threshold)}/"
              f"{len(absent[False])} (efter {telling(corrected[False], threshold)}/"
              f"{len(corrected[False])})")
    chosen = background.COMMON_ZIPF
    print(f"  Besvarlige spørgsmåls sigende ord ved {chosen} efter stavekontrol:",
          sorted({w for w, name in corrected[True] if name or background.zipf(w) < chosen}))
    print("  Ubesvarlige spørgsmåls ord, materialet mangler (zipf):",
          ", ".join(f"{w} {background.zipf(w):.1f}{' (navn)' if name else ''}"
                    for w, name in absent[False]))


# --- spelling -------------------------------------------------------------------------------------

def surface_vocabulary(size: int, rng: random.Random) -> Counter:
    """Danish words with their wordfreq counts, padded with compounds of them up to `size`."""
    base = {w: max(1, int(wordfreq.word_frequency(w, "da") * 1e7))
            for w in wordfreq.get_frequency_dict("da") if w.isalpha()}
    words = Counter(base)
    keys = list(base)
    while len(words) < size:
        words[rng.choice(keys) + rng.choice(keys)] += 1
    return words


def typo(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    letters = "abcdefghijklmnoprstuvyæøå"
    edit = rng.choice(("delete", "insert", "replace", "swap"))
    if edit == "delete":
        return word[:i] + word[i + 1:]
    if edit == "insert":
        return word[:i] + rng.choice(letters) + word[i:]
    if edit == "swap" and i < len(word) - 1:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    return word[:i] + rng.choice(letters) + word[i + 1:]


def build_and_look_up(counts: Counter, prefix: int, queries: list[str]) -> tuple[float, float, float]:
    """Build seconds, lookup seconds (all queries) and the build's memory in MB."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    corrector = SpellingCorrector(counts, prefix_length=prefix)
    build = time.perf_counter() - start
    took = timed(lambda: [corrector.suggest(q) for q in queries])
    return build, took, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024


def bench_spelling(sizes: list[int], lookups: int, sets) -> None:
    print("\n== Stavekontrol (symspellpy)")
    rng = random.Random(7)
    for size in sizes:
        counts = surface_vocabulary(size, rng)
        queries = [typo(w, rng) for w in rng.sample(sorted(counts), lookups)]
        for prefix in (5, 7):
            # Each in a fresh process, so its peak memory is its own.
            with ProcessPoolExecutor(max_workers=1) as pool:
                build, took, megabytes = pool.submit(build_and_look_up, counts, prefix,
                                                     queries).result()
            label = "vores" if prefix == 5 else "symspellpy-standard"
            print(f"  {len(counts):>7} ord, prefix {prefix} ({label}): bygning {build * 1000:,.0f} ms,"
                  f" opslag {took / lookups * 1e6:,.0f} µs, hukommelse {megabytes:,.0f} MB")
        # Baseline: compare a word with every vocabulary word (what SymSpell avoids).
        scan = EditDistance(DistanceAlgorithm.DAMERAU_OSA_FAST)
        keys = [ascii_fold(w) for w in counts]
        few = queries[:20]
        took = timed(lambda: [[scan.compare(q, k, 2) for k in keys] for q in few])
        print(f"  {len(counts):>7} ord, grundlinje (sammenlign med hvert ord): {took / len(few) * 1e6:,.0f} µs")
    # Quality: the 15,000 most frequent Danish words are "the material"; its typos should be
    # corrected, the rest of the Danish list (real words it lacks) left alone.
    top = wordfreq.top_n_list("da", 30000)
    material = [w for w in top[:15000] if w.isalpha() and len(w) >= 4]
    others = [w for w in top[15000:] if w.isalpha() and len(w) >= 4]
    counts = Counter({w: max(1, int(wordfreq.word_frequency(w, "da") * 1e7)) for w in material})
    corrector = SpellingCorrector(counts)
    sample = rng.sample(material, 2000)
    typos = [(typo(w, rng), w) for w in sample]
    typos = [(t, w) for t, w in typos if t not in counts]
    right = sum(1 for t, w in typos if corrector.correct(t) == w)
    wrong = sum(1 for t, w in typos if corrector.correct(t) not in (w, t))
    real = rng.sample(others, 2000)
    changed = [w for w in real if corrector.suggest(w)]
    print(f"  Kvalitet (materiale: 15.000 hyppigste ord): {len(typos)} tastefejl: rettet rigtigt "
          f"{right / len(typos):.1%}, forkert {wrong / len(typos):.1%}; {len(real)} virkelige ord, "
          f"materialet mangler: ændret {len(changed) / len(real):.1%}")
    no_rule = SpellingCorrector(counts, real_word_zipf=float("inf"))
    right = sum(1 for t, w in typos if no_rule.correct(t) == w)
    changed = [w for w in real if no_rule.suggest(w)]
    print(f"  Uden reglen om ord, wordfreq kender: rettet rigtigt {right / len(typos):.1%}; "
          f"virkelige ord ændret {len(changed) / len(real):.1%} (fx {', '.join(changed[:5])})")
    typo_known = sum(1 for t, _ in typos if background.zipf(t) >= 3.0)
    print(f"  Tastefejl, som wordfreq kender (ville blokeres af ordfrekvens-reglen): "
          f"{typo_known}/{len(typos)}")
    if sets:
        print("  Realistiske spørgsmål med tastefejl (ord, materialet mangler -> rettelse):")
        for _, text, rows in sets:
            material_corrector = SpellingCorrector.from_texts([text])
            for row in rows:
                if "typo" in kinds(row):
                    fixes = {w: material_corrector.correct(w) for w in surface_words(row["question"])
                             if w.isalpha() and w not in material_corrector}
                    print(f"    {row['question']!r}: {fixes}")


# --- thesaurus ------------------------------------------------------------------------------------

def bench_thesaurus() -> None:
    print("\n== Synonymordbog (mythes-da)")
    thesaurus.load.cache_clear()
    took = timed(thesaurus.load)
    th = thesaurus.load()
    if not len(th):
        print("  mythes-da mangler; intet at måle")
        return
    analyzer = default_analyzer()
    table_took = timed(thesaurus.term_table, analyzer)
    table = thesaurus.term_table(analyzer)
    print(f"  indlæst på {took * 1000:.0f} ms: {len(th)} opslagsord; termtabel {table_took * 1000:.0f} ms")

    def term(w: str) -> str:
        return analyzer.document_terms(w)[0]

    total = words = terms = 0
    for words_of_set in SYNONYM_SETS:
        pairs = [(a, b) for a, b in combinations(words_of_set, 2) if term(a) != term(b)]
        by_word = [p for p in pairs if p[1] in th.synonyms(p[0]) or p[0] in th.synonyms(p[1])]
        by_term = [p for p in pairs if term(p[1]) in table.get(term(p[0]), ())
                   or term(p[0]) in table.get(term(p[1]), ())]
        total, words, terms = total + len(pairs), words + len(by_word), terms + len(by_term)
        missing = [f"{a}~{b}" for a, b in pairs if (a, b) not in by_term]
        print(f"  {words_of_set[0]:<11} par {len(pairs):>3}: som ord {len(by_word):>3}, som termer "
              f"{len(by_term):>3}; mangler fx {', '.join(missing[:4]) or '-'}")
    print(f"  I alt {total} par i synonyms.SYNONYM_SETS: mythes-da giver {words} som ord "
          f"({words / total:.0%}), {terms} som termer ({terms / total:.0%})")


# --- english --------------------------------------------------------------------------------------

def bench_english(sets) -> None:
    print("\n== Engelske spørgsmål")
    rows = [(name, text, row) for name, text, rs in sets for row in rs]
    if not rows:
        print("  (ingen realistiske spørgsmål; bruger en egen liste om Om-siden)")
        text = material_text(MATERIALS["om"])
        rows = [("om", text, {"question": q, "kind": "english"}) for q in OWN_ENGLISH]
    took = timed(detect_language, "Who are the members?")
    print(f"  sproggenkendelse: første kald {took * 1000:.0f} ms (model indlæses), derefter "
          f"{timed(lambda: [detect_language(r['question']) for _, _, r in rows]) / len(rows) * 1e6:.0f} µs")
    wrong = [(r["question"], detect_language(r["question"])) for _, _, r in rows
             if (detect_language(r["question"]) == "en") != ("english" in kinds(r))]
    print(f"  {len(rows)} spørgsmål, {sum('english' in kinds(r) for _, _, r in rows)} engelske: "
          f"fejlgenkendt {len(wrong)}: {wrong}")
    bench_english_resources()
    shares: Counter = Counter()
    alone: Counter = Counter()
    unmapped: list[str] = []
    corrected: list[str] = []
    no_thing: Counter = Counter()
    mappers: dict[str, EnglishToDanish] = {}
    for name, text, row in rows:
        if "english" not in kinds(row):
            continue
        if name not in mappers:
            mappers[name] = EnglishToDanish(set(surface_words(text)))
        mapper = mappers[name]
        for t in mapper.translate(english_words(row["question"])):
            shares[t.source] += 1
            if " " not in t.english and not names_a_thing(t.english):
                no_thing[t.english] += 1
            if t.source in (ABSENT, UNMAPPED):
                unmapped.append(f"{t.english}->{t.danish[0]}")
            elif (" " not in t.english and (meant := english_correction(t.english))
                  and not mapper.lookup(t.english, english_forms(t.english))):
                corrected.append(f"{t.english}->{meant}")
            # What each source alone would map (the others switched off).
            for source in SOURCES:
                forms = [t.english] if " " in t.english else english_forms(t.english)
                if mapper.lookup(t.english, forms, (source,)):
                    alone[source] += 1
    counted = sum(shares.values())
    mapped = counted - shares[ABSENT] - shares[UNMAPPED]
    print(f"  {counted} engelske indholdsord; {mapped} ({mapped / max(counted, 1):.0%}) fundet i materialet:")
    for source in (*SOURCES, PHRASAL, ABSENT, UNMAPPED):
        print(f"    {source:<10} {shares[source]:>3} ({shares[source] / max(counted, 1):.0%})"
              + (f"   alene: {alone[source]}" if source in SOURCES else ""))
    print(f"  Stavefejl rettet til et engelsk ord, materialet har: {len(corrected)}: {', '.join(corrected)}")
    print(f"  Ikke fundet i materialet: {', '.join(unmapped)}")
    # english_things.py: words WordNet knows mainly as verbs or adverbs, and grammar words it lacks,
    # never decline an English question as a thing the material lacks.
    print(f"  Indholdsord, der ikke er en ting, der spørges om (WordNet): {sum(no_thing.values())} "
          f"({len(no_thing)} forskellige): {', '.join(w for w, _ in no_thing.most_common(25))}")


def bench_english_resources() -> None:
    """Load time and memory of the Norwegian and Swedish dictionaries and of WordNet (once a process)."""
    for label, load in (("engelsk-norsk og -svensk", default_neighbours), ("WordNet", wordnet.load)):
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        took = timed(load)
        grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        print(f"  {label}: indlæst på {took * 1000:.0f} ms, +{grown:.0f} MB (højeste RSS)")
    tables = default_neighbours()
    net = wordnet.load()
    print(f"  opslagsord: engelsk-norsk {len(tables['eng-nor'])}, engelsk-svensk med svensk-engelsk "
          f"baglæns {len(tables['eng-swe'])}, WordNet {len(net.index) if net else 0}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS)
    parser.add_argument("--sizes", type=int, nargs="+", default=[30_000, 300_000])
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--only", choices=("background", "spelling", "thesaurus", "english"))
    parser.add_argument("--split", default="dev",
                        help="which realistic sets: dev (default), another dev split, or alle-dev")
    args = parser.parse_args()
    sets = load_sets(args.questions, args.split) if args.questions.is_dir() else []
    if not sets:
        print(f"Ingen realistiske spørgsmål i {args.questions}")
    if args.only in (None, "background"):
        bench_background(sets)
    if args.only in (None, "spelling"):
        bench_spelling(args.sizes, args.lookups, sets)
    if args.only in (None, "thesaurus"):
        bench_thesaurus()
    if args.only in (None, "english"):
        bench_english(sets)


if __name__ == "__main__":
    main()
