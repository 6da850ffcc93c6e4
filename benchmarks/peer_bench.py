"""Our BM25 index against its peers: rank_bm25, bm25s and tantivy, on the same tokens, in fresh processes.

tantivy runs twice: as it is (postings only) and as `tantivy-text`, storing every passage as our
file does (an engine that answers with passages must hold them); the disk target is judged on the
latter, and the figure without our passages is printed for the former.

Install the peers first (they are never used by the service):
    .venv/bin/pip install -r requirements-bench.txt
Usage:
    .venv/bin/python -m benchmarks.peer_bench [--sizes 10000 100000] [--rounds 3] [--queries 200]
    .venv/bin/python -m benchmarks.peer_bench --danish-only [--sizes 100000] [--rounds 5] [--one-process]

The corpus and the queries are index_bench.py's (a Zipf-distributed generated vocabulary, same seed).
Every engine indexes exactly the same tokens (title twice, heading, text, split on whitespace), so only
the engines differ. Each measurement runs in a fresh Python process, once to build and save and once
to load and query; figures are the medians of the rounds:
  build     seconds to index the token lists (ours: build_index; tantivy: one writer thread)
  disk      bytes the saved index takes (rank_bm25: its pickle)
  load      seconds to open the saved index, ready to answer
  top-10    median and p95 ms of the 10 best chunks per query, the first time after the load
            (rank_bm25: get_scores + partition)
  warm-up   (ours) what a server's warm-up does to an index after the load and before the
            queries (index/preload.py: the compiled loops built by scripts/setup imported, the
            term tables decoded, the most frequent terms' blocks and the postings' stored bytes
            read); printed apart, wall and CPU time (its memory counts in the RSS after load)
  RSS       resident memory of the process after load (MB; the process imports its engine and
            numpy, holds no corpus), and how much of it the load added
  again     the same queries a second time (what they need is read by then), and the RSS after
  CPU       the same two passes in the querying thread's CPU time: on shared cores a query that loses
            its core waits a scheduler tick (4 ms) in wall time, which decides a p95 more than the engine
Then the Danish build: our analyser vs tantivy's Danish Snowball stemmer over the same raw text,
each indexing and writing its index to disk. Its time is taken with the corpus already in memory
(so generating the text is not timed), as wall time and as CPU time (all threads, and our second
analysing process: on shared cores the CPU time is the steadier figure); its peak memory (ru_maxrss)
in a second fresh process that reads the chunks one at a time, as the indexer reads documents, so
the figure is the build's own and not the generated corpus's; beside it the largest sampled sum of
the build's and its second process's resident memory; for ours also the split between build_index
(analysis, passage records, postings) and save_index (block encoding, text compression, checksums,
write), wall and CPU time. With --one-process our build never starts the
second process, whatever the load: the figure for a busy machine, measured honestly on an idle one.
Ratios are ours / tantivy's; the load average before each round is printed with them. Last, a check that our top-10
scores equal rank_bm25.BM25Okapi's within 1e-9 (rank_bm25 is the reference; the others use other idf rules).
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

from benchmarks.index_bench import (
    WhitespaceAnalyzer,
    iter_chunks,
    make_chunks,
    make_queries,
    make_vocabulary,
)

ROOT = Path(__file__).resolve().parent.parent

# tantivy-text: tantivy that also stores each passage (its JSON record, as our file holds it) in a
# stored field, as an engine serving passages must; plain tantivy stores only postings.
ENGINES = ("ours", "rank_bm25", "bm25s", "tantivy", "tantivy-text")
SEED = 7
# Per-query figures, each (median ms, p95 ms): wall and CPU time, first pass and again.
TIMINGS = ("top_ms", "warm_ms", "top_cpu_ms", "warm_cpu_ms")


def rss_mb(field: str = "VmRSS") -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def corpus(size: int, n_queries: int):
    """The chunks and queries of index_bench.py for this size (same seed, same draw order)."""
    rng = np.random.default_rng(SEED)
    vocabulary = make_vocabulary(rng, 60000)
    chunks = make_chunks(size, rng, vocabulary)
    return chunks, make_queries(n_queries, rng, vocabulary)


def streamed_corpus(size: int):
    """corpus()'s chunks, generated one at a time and never held together."""
    rng = np.random.default_rng(SEED)
    return iter_chunks(size, rng, make_vocabulary(rng, 60000))


def token_lists(chunks) -> list[list[str]]:
    from assistant.index.bm25 import chunk_terms
    analyzer = WhitespaceAnalyzer()
    return [chunk_terms(c, analyzer) for c in chunks]


def disk_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() \
        else path.stat().st_size


def our_parts(folder: Path) -> dict[str, int]:
    """Bytes of each table of our file: a small array's bytes, a blocked array's compressed blocks,
    its block tables (ends, checksums) and its text dictionary, if any."""
    path = folder / "index.bm25"
    if not path.exists():
        return {}
    from assistant.index.file_format import open_index_file
    arrays = open_index_file(path)[1]
    return {name: int(a.ends[-1]) + a.ends.nbytes + a.digests.nbytes + len(getattr(a, "zdict", None) or b"")
            if hasattr(a, "ends") and len(a.ends) else int(a.nbytes) for name, a in arrays.items()}


def passage_bytes(folder: Path) -> int:
    """Bytes of our file that hold the passages and their documents (plain tantivy stores none)."""
    parts = our_parts(folder)
    return sum(n for name, n in parts.items() if name.split("/")[0] in ("chunk_blob", "chunk_offsets", "documents"))


# --- one engine per function pair: build+save, then load (+ query) in another process ----------

def build(engine: str, chunks, folder: Path) -> None:
    if engine == "ours":
        from assistant.index.bm25 import build_index
        from assistant.index.storage import save_index
        save_index(build_index(chunks, WhitespaceAnalyzer()), folder / "index.bm25")
    elif engine == "rank_bm25":
        from rank_bm25 import BM25Okapi

        from assistant.index.bm25 import EPSILON, K1, B
        model = BM25Okapi(token_lists(chunks), k1=K1, b=B, epsilon=EPSILON)
        (folder / "index.pickle").write_bytes(pickle.dumps(model, protocol=pickle.HIGHEST_PROTOCOL))
    elif engine == "bm25s":
        import bm25s
        model = bm25s.BM25(k1=1.2, b=0.75)
        model.index(_bm25s_tokens(token_lists(chunks)), show_progress=False)
        model.save(str(folder / "bm25s"))
    elif engine in ("tantivy", "tantivy-text"):
        _tantivy_build(chunks, folder, danish=False, stored=engine == "tantivy-text")


def _bm25s_tokens(lists: list[list[str]]):
    import bm25s
    vocab: dict[str, int] = {}
    ids = [[vocab.setdefault(t, len(vocab)) for t in terms] for terms in lists]
    return bm25s.tokenization.Tokenized(ids=ids, vocab=vocab)


def _tantivy_schema(danish: bool, stored: bool = False):
    import tantivy
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=False, index_option="freq",
                           tokenizer_name="da_stem" if danish else "whitespace")
    if stored:
        builder.add_bytes_field("passage", stored=True)
    return builder.build()


def _passage_record(chunk, document: int) -> bytes:
    """A passage as our index stores it: its fields as compact JSON, the document by number."""
    record = {"d": document, **{k: getattr(chunk, k) for k in ("heading", "anchor", "text") if getattr(chunk, k)}}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _danish_analyzer():
    import tantivy
    return (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.lowercase()).filter(tantivy.Filter.stemmer("danish")).build())


def _tantivy_build(chunks, folder: Path, danish: bool, stored: bool = False) -> None:
    import tantivy
    (folder / "tantivy").mkdir()
    index = tantivy.Index(_tantivy_schema(danish, stored), path=str(folder / "tantivy"))
    if danish:
        index.register_tokenizer("da_stem", _danish_analyzer())
        texts = (" ".join([c.title] * 2 + ([c.heading] if c.heading and c.heading != c.title else [])
                          + [c.text]) for c in chunks)
    else:
        texts = [" ".join(terms) for terms in token_lists(chunks)]
    writer = index.writer(heap_size=256_000_000, num_threads=1)
    documents: dict[str, int] = {}
    for chunk, text in zip(chunks, texts):
        if stored:
            record = _passage_record(chunk, documents.setdefault(chunk.doc_url, len(documents)))
            writer.add_document(tantivy.Document(body=text, passage=record))
        else:
            writer.add_document(tantivy.Document(body=text))
    writer.commit()
    writer.wait_merging_threads()


def load(engine: str, folder: Path):
    """The loaded engine and a function query(terms) -> top-10 [(doc, score)]."""
    if engine == "ours":
        from assistant.index.storage import load_index
        index = load_index(folder / "index.bm25", WhitespaceAnalyzer())
        return index, lambda terms: index.top(terms, 10)
    if engine == "rank_bm25":
        model = pickle.loads((folder / "index.pickle").read_bytes())

        def query(terms):
            scores = model.get_scores(terms)
            best = np.argpartition(-scores, 10)[:10]
            return sorted(zip(best.tolist(), scores[best].tolist()), key=lambda p: -p[1])
        return model, query
    if engine == "bm25s":
        import bm25s
        model = bm25s.BM25.load(str(folder / "bm25s"), mmap=True)
        vocab = model.vocab_dict

        def query(terms):
            ids = [vocab[t] for t in terms if t in vocab]
            if not ids:
                return []
            scores = model.get_scores(ids)
            best = np.argpartition(-scores, 10)[:10]
            return sorted(zip(best.tolist(), scores[best].tolist()), key=lambda p: -p[1])
        return model, query
    import tantivy
    index = tantivy.Index.open(str(folder / "tantivy"))
    searcher = index.searcher()
    schema = _tantivy_schema(False)

    def query(terms):
        q = tantivy.Query.boolean_query(
            [(tantivy.Occur.Should, tantivy.Query.term_query(schema, "body", t)) for t in terms])
        return [(addr.doc, score) for score, addr in searcher.search(q, 10).hits]
    return index, query


class TogetherPeak:
    """The largest resident memory of this process and its children together, sampled every 20 ms.

    Not the children's ru_maxrss: Linux carries a child's pre-exec high-water mark (this process's
    own, as it was at the fork) into it, so a second process would seem as large as its parent.
    """

    def __init__(self):
        self.peak, self._stop = 0.0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak

    def _sample(self) -> None:
        me = os.getpid()
        while not self._stop.is_set():
            try:
                children = Path(f"/proc/{me}/task/{me}/children").read_text().split()
            except OSError:
                children = []
            self.peak = max(self.peak, rss_mb() + sum(_rss_of(int(pid)) for pid in children))
            self._stop.wait(0.02)


def _rss_of(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass  # it ended between listing and reading
    return 0.0


def cpu_seconds() -> float:
    """CPU time of this process (all its threads) and of its children that ended (a second process)."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                 resource.getrusage(resource.RUSAGE_CHILDREN)))


def ms_stats(seconds: list[float]) -> tuple[float, float]:
    ms = sorted(s * 1000 for s in seconds)
    return statistics.median(ms), ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]


def worker(args) -> dict:
    folder = Path(args.folder)
    if args.step in ("build", "stream"):
        chunks = streamed_corpus(args.size) if args.step == "stream" else corpus(args.size, 0)[0]
        base = rss_mb("VmHWM")
        cpu_before = cpu_seconds()
        together = TogetherPeak()
        if args.engine == "ours-danish":
            from assistant.index import parallel_analysis
            from assistant.index.bm25 import build_index
            if args.one_process:  # the load gate's answer on a busy machine, without waiting for one
                parallel_analysis.PARALLEL_FROM = sys.maxsize
            from assistant.index.storage import save_index
            from assistant.language.analysis import default_analyzer
            started, cpu_started = time.perf_counter(), time.process_time()
            index = build_index(chunks, default_analyzer())
            built_at, built_cpu = time.perf_counter(), time.process_time()
            save_index(index, folder / "index.bm25")
            # The phase split (this process's threads only; a second process's CPU is not in it).
            phases = {"build_index_s": built_at - started, "build_index_cpu_s": built_cpu - cpu_started,
                      "save_s": time.perf_counter() - built_at, "save_cpu_s": time.process_time() - built_cpu}
        elif args.engine == "tantivy-danish":
            started = time.perf_counter()
            _tantivy_build(chunks, folder, danish=True)
        else:
            started = time.perf_counter()
            build(args.engine, chunks, folder)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return {**(phases if args.engine == "ours-danish" else {}),
                "build_s": seconds, "cpu_s": cpu_seconds() - cpu_before, "disk": disk_bytes(folder),
                "peak_mb": peak, "peak_over_corpus_mb": peak - base, "passages": passage_bytes(folder),
                "together_peak_mb": together.stop(), "parts": our_parts(folder)}
    # The queries come from a file, so the process holds no corpus: its RSS is the engine's.
    queries = json.loads((folder.parent / "queries.json").read_text())
    __import__({"ours": "assistant.index.bm25", "tantivy-text": "tantivy"}.get(args.engine, args.engine))
    if args.engine == "rank_bm25":
        queries = queries[:max(20, len(queries) * 10000 // max(args.size, 10000) // 2)]
    bare = rss_mb()
    started = time.perf_counter()
    engine, query = load(args.engine, folder)
    load_s = time.perf_counter() - started
    warm_up_s = warm_up_cpu_s = 0.0
    if args.engine == "ours":
        # What a server's warm-up does to an index before it serves it (index/preload.py): the
        # compiled search loops imported, the term tables decoded, the most frequent terms' blocks
        # and the postings' stored bytes read. Timed apart, and not in the first queries.
        from assistant.index.preload import preload
        started, cpu_started = time.perf_counter(), time.thread_time()
        preload(engine)
        warm_up_s, warm_up_cpu_s = time.perf_counter() - started, time.thread_time() - cpu_started
    rss = rss_mb()  # with what the warm-up read, which a serving process holds
    rounds, cpu_rounds = [], []
    # The first pass is the one that counts (the first questions after a load); the second shows
    # the same questions once everything they need has been read.
    for _ in range(2):
        times, cpu_times = [], []
        for terms in queries:
            cpu_started, started = time.thread_time(), time.perf_counter()
            query(terms)
            times.append(time.perf_counter() - started)
            cpu_times.append(time.thread_time() - cpu_started)
        rounds.append(ms_stats(times))
        cpu_rounds.append(ms_stats(cpu_times))
    return {"load_s": load_s, "warm_up_s": warm_up_s, "warm_up_cpu_s": warm_up_cpu_s, "rss_mb": rss,
            "rss_added_mb": rss - bare, "top_ms": rounds[0],
            "warm_ms": rounds[1], "top_cpu_ms": cpu_rounds[0], "warm_cpu_ms": cpu_rounds[1],
            "rss_after_mb": rss_mb()}


def parity(size: int, n_queries: int) -> float:
    """Largest |our top-10 score - rank_bm25's score for the same chunk| over the queries."""
    from rank_bm25 import BM25Okapi

    from assistant.index.bm25 import EPSILON, K1, B, build_index
    chunks, queries = corpus(size, n_queries)
    ours = build_index(chunks, WhitespaceAnalyzer())
    theirs = BM25Okapi(token_lists(chunks), k1=K1, b=B, epsilon=EPSILON)
    worst = 0.0
    for terms in queries[:50]:
        reference = theirs.get_scores(terms)
        top = ours.top(terms, 10)
        worst = max([worst] + [abs(score - reference[doc]) for doc, score in top])
        # The same 10 chunks as the reference (ties broken by chunk order).
        expected = sorted(range(len(reference)), key=lambda d: (-reference[d], d))[:len(top)]
        if [d for d, _ in top] != [d for d in expected if reference[d] > 0][:len(top)]:
            worst = max(worst, float("inf"))
    return worst


def run_worker(engine: str, step: str, size: int, folder: Path, queries: int, one_process: bool = False) -> dict:
    out = subprocess.run([sys.executable, "-m", "benchmarks.peer_bench", "--worker", engine, "--step", step,
                          "--size", str(size), "--folder", str(folder), "--queries", str(queries)]
                         + (["--one-process"] if one_process else []),
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(engine: str, size: int, rounds: int, queries: list[list[str]], one_process: bool = False) -> dict:
    results = []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            (Path(tmp) / "queries.json").write_text(json.dumps(queries))
            (Path(tmp) / "engine").mkdir()
            built = run_worker(engine, "build", size, Path(tmp) / "engine", len(queries), one_process)
            if engine.endswith("-danish"):
                (Path(tmp) / "streamed").mkdir()
                streamed = run_worker(engine, "stream", size, Path(tmp) / "streamed", len(queries), one_process)
                built["streamed_peak_mb"] = streamed["peak_mb"]
                built["together_peak_mb"] = streamed["together_peak_mb"]
            else:
                built.update(run_worker(engine, "load", size, Path(tmp) / "engine", len(queries)))
            results.append(built)
    med = {key: statistics.median(r[key] for r in results) for key in results[0]
           if key not in TIMINGS and key != "parts"}
    med["parts"] = results[0].get("parts", {})  # the same file every round
    for key in TIMINGS:
        if key in results[0]:
            med[key] = (statistics.median(r[key][0] for r in results),
                        statistics.median(r[key][1] for r in results))
    return med


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--engines", nargs="+", default=list(ENGINES))
    parser.add_argument("--no-danish", action="store_true")
    parser.add_argument("--danish-only", action="store_true", help="only the Danish build")
    parser.add_argument("--one-process", action="store_true",
                        help="our Danish build without the second process, whatever the load")
    parser.add_argument("--worker"), parser.add_argument("--step"), parser.add_argument("--size", type=int)
    parser.add_argument("--folder")
    args = parser.parse_args()
    if args.worker:
        args.engine = args.worker
        print(json.dumps(worker(args)))
        return 0
    for size in args.sizes:
        print(f"\n{size} chunks, medians of {args.rounds} fresh-process rounds")
        queries = corpus(size, args.queries)[1]
        if not args.danish_only:
            engine_table(size, args.rounds, queries, args.engines)
        if not args.no_danish:
            danish_build(size, args.rounds, args.one_process)
        if not args.danish_only:
            print(f"max |our top-10 score - rank_bm25| over 50 queries: {parity(size, args.queries):.1e}",
                  flush=True)
    return 0


def engine_table(size: int, rounds: int, queries: list[list[str]], engines: list[str]) -> None:
    print(f"{'engine':<12} {'build s':>8} {'disk MB':>8} {'load ms':>9} {'top-10 ms med / p95':>20}"
          f" {'RSS MB':>7} {'(+load)':>7} {'again: med / p95':>18} {'RSS MB':>7}")
    rows = {engine: measure(engine, size, rounds, queries) for engine in engines}
    for engine, r in rows.items():
        print(f"{engine:<12} {r['build_s']:8.2f} {r['disk'] / 1e6:8.1f} {r['load_s'] * 1000:9.2f}"
              f" {r['top_ms'][0]:9.3f} / {r['top_ms'][1]:7.3f} {r['rss_mb']:7.0f} {r['rss_added_mb']:+7.0f}"
              f" {r['warm_ms'][0]:8.3f} / {r['warm_ms'][1]:7.3f} {r['rss_after_mb']:7.0f}", flush=True)
    if rows.get("ours", {}).get("warm_up_s"):
        print(f"ours: the server's warm-up after the load (index/preload.py: compiled loops, term tables,"
              f" frequent terms' blocks, the postings' stored bytes): {rows['ours']['warm_up_s'] * 1000:.2f} ms,"
              f" CPU {rows['ours']['warm_up_cpu_s'] * 1000:.2f} ms")
    if rows.get("ours", {}).get("parts"):
        print("ours on disk by table, MB: " + ", ".join(
            f"{name} {n / 1e6:.2f}" for name, n in sorted(rows["ours"]["parts"].items(), key=lambda p: -p[1])))
    if "ours" in rows and "tantivy-text" in rows:
        o, t = rows["ours"], rows["tantivy-text"]
        print(f"ours/tantivy storing the passages too: disk {o['disk'] / t['disk']:.2f}x,"
              f" load {o['load_s'] / t['load_s']:.1f}x, RSS {o['rss_mb'] / t['rss_mb']:.2f}x")
    if "ours" in rows and "tantivy" in rows:
        o, t = rows["ours"], rows["tantivy"]
        print(f"ours without the passages' text: {(o['disk'] - o['passages']) / 1e6:.1f} MB on disk"
              f" = {(o['disk'] - o['passages']) / t['disk']:.2f}x tantivy's")
        print(f"ours/tantivy: build {o['build_s'] / t['build_s']:.2f}x, disk {o['disk'] / t['disk']:.2f}x,"
              f" load {o['load_s'] / t['load_s']:.1f}x, top-10 median {o['top_ms'][0] / t['top_ms'][0]:.2f}x"
              f" p95 {o['top_ms'][1] / t['top_ms'][1]:.2f}x, RSS {o['rss_mb'] / t['rss_mb']:.2f}x"
              f" (added by the load {o['rss_added_mb'] / max(t['rss_added_mb'], 0.1):.1f}x)")
        print(f"ours/tantivy again: median {o['warm_ms'][0] / t['warm_ms'][0]:.2f}x"
              f" p95 {o['warm_ms'][1] / t['warm_ms'][1]:.2f}x")
        for label, key in (("first", "top_cpu_ms"), ("again", "warm_cpu_ms")):
            print(f"CPU time per query, {label}: ours {o[key][0]:.3f} / {o[key][1]:.3f} ms,"
                  f" tantivy {t[key][0]:.3f} / {t[key][1]:.3f} ms (median / p95)"
                  f" = {o[key][0] / t[key][0]:.2f}x / {o[key][1] / t[key][1]:.2f}x")


def danish_build(size: int, rounds: int, one_process: bool = False) -> None:
    """Our Danish analyser against tantivy's Danish stemmer: build + write, time and peak memory."""
    # Rounds alternate between the engines, so a busy spell on the shared machine hits both.
    # The load average (1 min) before each round: on shared cores it decides the wall times.
    engines = ("ours-danish", "tantivy-danish")
    runs, loads = [], []
    for _ in range(rounds):
        loads.append(os.getloadavg()[0])
        runs.append({engine: measure(engine, size, 1, [], one_process) for engine in engines})
    # "parts" (our file's tables) is the same in every round and no figure to take a median of.
    d = {engine: {key: statistics.median(run[engine][key] for run in runs) for key in runs[0][engine]
                  if key != "parts"}
         for engine in engines}
    ratios = [run["ours-danish"]["build_s"] / run["tantivy-danish"]["build_s"] for run in runs]
    cpu_ratios = [run["ours-danish"]["cpu_s"] / run["tantivy-danish"]["cpu_s"] for run in runs]
    print(f"Danish build + write, {size} chunks, medians of {rounds} alternating rounds"
          f"{' (ours in one process)' if one_process else ''}:")
    print(f"{'engine':<15} {'build s':>8} {'CPU s':>6} {'disk MB':>8} {'peak MB':>8} {'(corpus in memory)':>19}"
          f" {'with 2nd process MB':>20}")
    for engine, r in d.items():
        print(f"{engine:<15} {r['build_s']:8.2f} {r['cpu_s']:6.2f} {r['disk'] / 1e6:8.1f}"
              f" {r['streamed_peak_mb']:8.0f} {r['peak_mb']:19.0f} {r['together_peak_mb']:20.0f}")
    o, t = d["ours-danish"], d["tantivy-danish"]
    print(f"ours by phase: build_index (analysis, passage records, postings) {o['build_index_s']:.2f} s"
          f" / {o['build_index_cpu_s']:.2f} s CPU; save_index (block encoding, text compression, checksums,"
          f" write) {o['save_s']:.2f} s / {o['save_cpu_s']:.2f} s CPU")
    print(f"load average before each round: {', '.join(f'{load:.1f}' for load in loads)}"
          f" (after: {os.getloadavg()[0]:.1f})")
    # The median of the rounds' ratios pairs each of our builds with tantivy's beside it; the ratio
    # of the medians can pair a quiet round of one with a busy round of the other.
    print(f"time ratio per round: {', '.join(f'{r:.2f}' for r in ratios)}"
          f" (median {statistics.median(ratios):.2f})")
    print(f"CPU time ratio per round: {', '.join(f'{r:.2f}' for r in cpu_ratios)}"
          f" (median {statistics.median(cpu_ratios):.2f})")
    print(f"Danish build ours/tantivy: time {o['build_s'] / t['build_s']:.2f}x (target <= 2),"
          f" CPU {o['cpu_s'] / t['cpu_s']:.2f}x,"
          f" peak {o['streamed_peak_mb']:.0f} MB = {o['streamed_peak_mb'] / t['streamed_peak_mb']:.2f}x"
          f" tantivy's (target <= 400 MB); with the second process {o['together_peak_mb']:.0f} MB", flush=True)


if __name__ == "__main__":
    sys.exit(main())
