"""The index terms of the verbs a passage writes with a particle after them, read once per passage.

query_words.written_apart asks whether the material writes a question's verb with a particle after
it ("Et medlem kan melde sig ud"), reading the first passages of the verb's postings. Postings are
in passage order, so a common verb's first passages are most other common verbs' first passages too:
at 10,000 passages each new verb read up to 200 passages afresh (22-29 ms in one question, runde
treogtredive, docs/benchmarks.md). Each passage's particle verbs, as their query terms, are kept with
the index (its memo: a new index starts afresh), so a passage is read once for every verb asked.
"""
from __future__ import annotations

import numpy as np

from ..language.particle_verbs import particle_verb_forms

_MEMO = "particle_verb_terms"
_NONE: frozenset[str] = frozenset()


def particle_verb_terms(index, chunk_id: int) -> frozenset[str]:
    """The query terms of the verbs passage `chunk_id` writes with a particle after them."""
    read: dict[int, frozenset[str]] = index.memo.setdefault(_MEMO, {})
    found = read.get(chunk_id)
    if found is None:
        analyzer = index.analyzer
        found = read[chunk_id] = frozenset(
            term for verb, _ in particle_verb_forms(index.chunk(chunk_id).text)
            for term in analyzer.query_terms(verb)) or _NONE
    return found


# The terms written_apart finds, kept with the index by the warm-up (query_words.written_apart).
APART_TABLE = "verbs_written_apart"


def prepare_written_apart(index, scan: int) -> frozenset[str]:
    """The query terms of the verbs one of their first `scan` passages writes with a particle after
    them: what written_apart finds for each term, read from every passage once at load (~0.35 s CPU at
    10,000 passages), so a process's first new verb reads no passages inside a visitor's question
    (up to 200, ~15 ms at 10,000, runde femogtredive). A passage's particle verbs are not kept."""
    analyzer, found = index.analyzer, set()
    for chunk_id in range(index.n_chunks):
        for verb, _ in particle_verb_forms(index.chunk(chunk_id).text):
            for term in analyzer.query_terms(verb):
                t = index.term_ids.get(term)
                if t is None or term in found:
                    continue
                docs = index.postings(t)[0]
                at = int(np.searchsorted(docs, chunk_id))
                if at < min(scan, len(docs)) and docs[at] == chunk_id:
                    found.add(term)
    table = index.memo[APART_TABLE] = frozenset(found)
    return table
