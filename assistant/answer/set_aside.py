"""What a question sets aside as known, and the sentences that tell what else there is.

"Ud over at skrive analyser, hvad laver I så ellers?", "hvilke firmaer var med udover banken",
"Apart from the bank, who else backed the launch?": the words after "ud over" / "besides" name what
the asker already has, so the sentence sharing them is not the answer. What else there is stands
beside it: in the same sentence when the thing set aside is one of a coordination ("… Danske
Andelskassers Bank, Jøp, Ove & Myrthu …"), in the list items after it ("plante træer …," / "give
borgerne viden …," / "samle lokale grupper …"), or in the sentence after it ("Vi producerer analyser
…" / "Vi igangsætter konkrete udviklingsprojekter …").

"Ud over" is also "across" ("spredt ud over landet") and "at the expense of" ("går ud over
naturen"); it sets a thing aside only at the head of a clause or with a word asking for more
("ellers", "andre", "også"). "Besides", "apart from", "aside from", "bortset fra" and "foruden" always do.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..index.bm25 import Index
from .reading import danish_terms_of_english
from .retrieve import Query
from .sentence_evidence import sentences
from .sentence_neighbours import MAX_ANSWER_SENTENCES, Candidate, stk_of
from .word_guard import guarded

_ALWAYS = r"udover|bortset\s+fra|foruden|besides|apart\s+from|aside\s+from|in\s+addition\s+to"
_FRAME = guarded(re.compile(rf"\b(?:(?P<always>{_ALWAYS})|(?P<ud>ud\s+over))\s+(?=\w)", re.IGNORECASE))
# Words asking for more than the thing set aside.
_MORE = re.compile(r"\b(?:ellers|andre|andet|anden|også|ogsaa|else|other|also)\b", re.IGNORECASE)
# What ends the phrase set aside: a clause's punctuation, a question word or a word asking for more.
_PHRASE_END = re.compile(r"[,.!?;:–]|\s-\s|\b(?:hvad|hvem|hvilke|hvilken|hvilket|hvor|hvordan|hvorfor|hvornår"
                         r"|hvornaar|ellers|så|saa|what|who|whom|which|where|how|when|why|do|does|did|is|are"
                         r"|can|could|else)\b", re.IGNORECASE)
# Head of a clause: the start, or after punctuation (a greeting or a story may come first).
_CLAUSE_HEAD = re.compile(r"(?:^|[,.!?;:–]\s*|\s-\s)$")
_WORD = re.compile(r"\w+|[,&]")
_COORDINATORS = frozenset({",", "&", "og", "samt", "eller"})
# A coordinator this many words before the word set aside still joins its phrase ("og en række kommuner").
COORDINATION_REACH = 3
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
# A phrase set aside longer than this is no noun phrase but the rest of a sentence.
MAX_PHRASE_WORDS = 8


def _set_aside(question: str) -> tuple[re.Match, int] | None:
    """The frame ("ud over", "besides") of the question's phrase set aside, and where the phrase ends."""
    for m in _FRAME.finditer(question):
        if m.group("ud") and not (_CLAUSE_HEAD.search(question[:m.start()]) or _MORE.search(question)):
            continue
        end = _PHRASE_END.search(question, m.end())
        stop = end.start() if end else len(question)
        if 0 < len(question[m.end():stop].split()) <= MAX_PHRASE_WORDS:
            return m, stop
    return None


def set_aside_span(question: str) -> tuple[int, int] | None:
    """The span of the question's "ud over X" / "besides X" (frame and phrase), or None."""
    found = _set_aside(question)
    return (found[0].start(), found[1]) if found else None


def frame_positions(question: str, words: Sequence[str]) -> set[int]:
    """The positions in `words` (the question's words, case-folded, in order) of the frame that sets a
    thing aside: "bortset fra" and "foruden" are a complex preposition, no thing asked about, though
    "bortset" is a rare word that stands as a noun would (asked_thing.asked_things reads it so)."""
    found = _set_aside(question)
    if found is None:
        return set()
    frame = found[0].group().casefold().split()
    return next((set(range(i, i + len(frame))) for i in range(len(words) - len(frame) + 1)
                 if list(words[i:i + len(frame)]) == frame), set())


def set_aside_terms(index: Index, query: Query, asked: str) -> frozenset[str]:
    """The query terms only the phrase set aside holds: the rest of the question does not ask them."""
    put = query.put or asked
    span = set_aside_span(put)
    if span is None:
        return frozenset()
    phrase, rest = put[span[0]:span[1]], put[:span[0]] + " " + put[span[1]:]
    def terms_of(text: str) -> set[str]:
        if query.put:
            return {t for w in re.findall(r"[a-z]+", text.casefold()) for t in danish_terms_of_english(index, w)}
        return set(index.analyzer.query_terms(text))
    own = terms_of(phrase) - terms_of(rest)
    return frozenset(g.term for g in query.groups if own.intersection(g.members) or g.term in own)


def _coordinated(index: Index, sentence: str, members: frozenset[str]) -> bool:
    """Whether a word of the thing set aside is one of a coordination ("Bank, Jøp, Ove & Myrthu og …",
    "… og en række kommuner"): a coordinator right after it or among the words of its phrase before it."""
    words = _WORD.findall(sentence)
    for i, word in enumerate(words):
        if word not in _COORDINATORS and members.intersection(index.analyzer.document_terms(word)):
            if {w.casefold() for w in words[max(i - COORDINATION_REACH, 0):i] + words[i + 1:i + 2]} & _COORDINATORS:
                return True
    return False


def _tells_more(told: Sequence[str], naming: Candidate, terms: frozenset[str]) -> bool:
    """Whether the sentence naming the thing set aside holds another word of the question in its own form
    (not a thesaurus stand-in: "laver" found as "producerer" is the act set aside), one that asks (a year only
    sets the time: "hvem kom ellers med i 2018 udover navneskiftet"): "Til gengæld sparer kommunerne penge
    …, og flere grønne arealer giver bedre sundhed …" answers "Apart from saving money, what health
    benefits …?" itself."""
    return any(not _YEAR.fullmatch(t) and any(w.startswith(t) or t.startswith(w) for w in told)
               for t in naming.own - terms)


def told_besides(index: Index, query: Query, best: Candidate, candidates: Sequence[Candidate],
                 picks: list[Candidate], asked: str) -> list[Candidate]:
    """`picks` with the sentences of the best passage that tell what else there is beside the thing set
    aside: the list items after the last sentence naming it, that sentence when it is one of a coordination, or the
    sentence after it. They take the place of further picks, as they answer where those only share words."""
    terms = set_aside_terms(index, query, asked)
    if not terms:
        return picks
    members = frozenset(m for g in query.groups if g.term in terms for m in (g.term, *g.members))
    # A statute's stk. is a rule of its own: what else it tells stands in the best sentence's stk.
    lead = stk_of(best.hit, best.sentence)
    naming = [c for c in candidates if c.hit is best.hit and c.own & terms and stk_of(c.hit, c.sentence) == lead]
    if not naming:
        return picks
    last = max(naming, key=lambda c: c.pos)
    told = sentences(index, best.hit.chunk_id)
    if last.sentence.rstrip().endswith((",", ":")):
        # A list item (or a list's lead): its fellow items are what else there is.
        wanted = [pos for pos in range(last.pos + 1, len(told)) if not members.intersection(told[pos][1])]
    elif _coordinated(index, last.sentence, members) or _tells_more(told[last.pos][1], last, terms):
        wanted = [last.pos]
    else:
        after = last.pos + 1
        wanted = [after] if after < len(told) and not members.intersection(told[after][1]) \
            and stk_of(best.hit, told[after][0]) == lead else []
    have = {c.pos for c in picks if c.hit is best.hit}
    added = [Candidate(best.rank, pos, best.hit, told[pos][0], frozenset(), 0.0) for pos in wanted if pos not in have]
    if not added:
        return picks
    kept = [best] + [c for c in picks if c is not best][:max(MAX_ANSWER_SENTENCES - 1 - len(added), 0)]
    return (kept + added)[:MAX_ANSWER_SENTENCES]
