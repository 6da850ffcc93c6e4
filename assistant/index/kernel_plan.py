"""The search's compiled planning of a first use: which stored blocks hold a question's new terms.

Part of the compiled loops (kernel.py exports it; the built module is named after this file too).
first_use.py planned each term's blocks in Python, ~1.5 us a term and array (a dozen attribute and
`item` lookups, a row of seven numbers, a checksum and a read to note), the largest part of a rare
term's first use after decoding it (docs/benchmarks.md, runde tyve). Here the rows for all of a
question's new terms are written in one call, with each row's expected checksum beside it and a
note of whether all of their bytes are already read (raw_postings.py), so the caller only reads what
is missing and checks each block against its checksum.
"""
from __future__ import annotations

from .gather_plan import COUNTS_ROW, IDS_ROW, PLAN_AT, PLAN_BEGIN, PLAN_COUNT, PLAN_END, PLAN_KIND, PLAN_SKIP, PLAN_TAKE
from .kernel_scoring import BAD

# `layout`'s entries: per array (chunk ids, then counts) its values per block, its number of values
# and where its stored blocks begin in the kept bytes; last, the kept bytes' region size.
LAYOUT_IDS, LAYOUT_COUNTS, LAYOUT_REGION = 0, 3, 6
LAYOUT_SIZE = 7


def plan_terms(spans, ids_ends, ids_digests, counts_ends, counts_digests, layout, regions, plan, expected):
    """Rows of `plan` for the terms in `spans` (a row per term: its postings' start and end in the
    arrays and where its values go in the question's arrays), the chunk ids' blocks and the counts'
    blocks of each term in turn, with each block's stored checksum in `expected`. `ends`: each
    array's block ends; `regions`: 1 for each region of the kept bytes already read. The number of
    rows written, negated (minus one) if a row's bytes lie in a region not read yet; BAD if a span
    lies outside its array or the plan has no room."""
    n = 0
    missing = False
    region_bytes = layout[LAYOUT_REGION]
    for term in range(spans.shape[0]):
        start, end, at = spans[term, 0], spans[term, 1], spans[term, 2]
        for kind in (IDS_ROW, COUNTS_ROW):
            at_layout = LAYOUT_IDS if kind == IDS_ROW else LAYOUT_COUNTS
            per, length, base = layout[at_layout], layout[at_layout + 1], layout[at_layout + 2]
            ends = ids_ends if kind == IDS_ROW else counts_ends
            digests = ids_digests if kind == IDS_ROW else counts_digests
            if start < 0 or end <= start or end > length or per <= 0:
                return BAD
            low, high = start // per, (end - 1) // per
            if high >= len(ends) or high >= len(digests):
                return BAD
            block_begin = base + (ends[low - 1] if low else 0)
            written = at
            for b in range(low, high + 1):
                if n >= plan.shape[0]:
                    return BAD
                first = b * per
                block_end = base + ends[b]
                skip = max(start - first, 0)
                take = min(end - first, per) - skip
                plan[n, PLAN_KIND], plan[n, PLAN_BEGIN], plan[n, PLAN_END] = kind, block_begin, block_end
                plan[n, PLAN_COUNT] = min(per, length - first)
                plan[n, PLAN_SKIP], plan[n, PLAN_TAKE], plan[n, PLAN_AT] = skip, take, written
                expected[n] = digests[b]
                if block_end > block_begin:
                    for region in range(block_begin // region_bytes, (block_end - 1) // region_bytes + 1):
                        if region >= len(regions) or regions[region] == 0:
                            missing = True
                written += take
                block_begin = block_end
                n += 1
    return -1 - n if missing else n


def plan_rows_bound(n_terms: int, n_values: int, smallest_per: int) -> int:
    """Rows enough for `n_terms` terms of `n_values` postings in all: a term's values in an array
    of blocks of `per` span at most n // per + 2 blocks."""
    return 2 * (2 * n_terms + n_values // max(1, smallest_per))
