"""Whether a "hvor"/"where" question asks where something goes or comes from, not where it is.

"Hvor går pengene hen?" asks where to: a receiver or a purpose, which need not be a name. English asks it
with a verb of motion after "where" ("Where does its money end up?", "Where should rainwater go?"), Danish
with "hen" or a verb of ending up, "havne" or "ende", or "blive af" ("Hvor havner formuen?", "hvor bliver
pengene af?": answered "går foreningens formue til et formål", round thirty-six). Where from, by a verb of
coming and "fra" ("Hvor skal pengene komme fra?", "Where did the map data come from?"), asks a source, which
a body, a fund or a kind of town tells as often as a name ("Folketinget bør afsætte", "finansieret af
Fonden for Bynatur", "i Danmarks mellemstore byer"). fact_kinds.asked_types reads such a question as no
place asked, so the place gate (place_told) does not ask the answer for a named place. The verbs are a
closed class: the particles of direction ("hen", "fra", "af") are Danish grammar, and the verbs that take
them for a destination or a source are few.
"""
from __future__ import annotations

import re

_ASKS_DIRECTION = re.compile(r"\bhvor\b[^?.!]*\bhen\b|\bhvorhen\b"
                             r"|\bhvor\b[^?.!]*\b(?:havner|havne|havnede|havnet|ender|ende|endte|endt)\b"
                             r"|\bhvor (?:bliver|blev|blive) (?:[^\W\d_]+ ){1,3}af\b"
                             r"|\bhvor\b[^?.!]*\b(?:kommer|komme|kom|kommet|stammer|stamme|stammede)\b[^?.!]*\bfra\b"
                             r"|\bwhere\b[^?.!]*\b(?:go|goes|went|gone|end up|ends up|ended up|sent|led)\b"
                             r"|\bwhere\b[^?.!]*\b(?:come|comes|came|coming) from\b")


def asks_direction(question: str) -> bool:
    """Whether a (case-folded) question asks where something goes or comes from: a receiver, a purpose
    or a source, not a named place."""
    return bool(_ASKS_DIRECTION.search(question))
