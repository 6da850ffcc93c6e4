"""The layout of a gather plan: the rows a question's first use hands the compiled loops (kernel.py).

first_use.py writes a plan, kernel.py's `gather` reads it; the built module is named after this
file too (kernel_loader.py), so a changed layout is never read by a build of the old one.
"""
from __future__ import annotations

# A row's columns: which array the block belongs to, its bytes' begin and end in the raw buffer,
# its number of values, and its values skip..skip+take-1 written from position `at` on.
PLAN_KIND, PLAN_BEGIN, PLAN_END, PLAN_COUNT, PLAN_SKIP, PLAN_TAKE, PLAN_AT = range(7)
PLAN_COLUMNS = 7
# PLAN_KIND: a block of chunk ids (delta-narrow) or of counts.
IDS_ROW, COUNTS_ROW = 0, 1
# What `gather` returns for a block of a form only Python reads (counts deflated, format 5 and older).
UNREAD = -2
