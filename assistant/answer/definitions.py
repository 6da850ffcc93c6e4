"""Definitional questions ("Hvad er X?", "Hvad står X for?", "Er X en …?", "Hvad tæller som X?"): the
sentence that defines X.

BM25 ranks the passage that mentions X most densely, which for an organisation's own name is any
passage at all ("Hvad er Balance Danmark?" was answered with the members). What the asker wants is
the sentence whose subject is X and whose verb is "er": "Balance Danmark er en partipolitisk
uafhængig organisation, …". The patterns are Danish grammar (and its English counterparts), not
knowledge of any material.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..index.bm25 import Index
from ..language.english_forms import FILLER_ADVERBS
from .fact_kinds import question_sentence
from .one_space import one_space
from .retrieve import Hit
from .self_definition import document_definitions
from .sentence_evidence import sentences
from .wrappers import unwrap

_SUBJECT = r"(?P<x>[^?]+?)"
# "Er I en …?" is a yes/no question self_definition.py weighs word by word, and "Who are you?" may
# be put to the assistant; "Hvad står I for?" asks what the definition says (_NOT_ADDRESSED).
_IS_ONE = re.compile(rf"^er\s+{_SUBJECT}\s+(?:en|et)\s+\w+(?:\s+\w+)?\s*\??$", re.IGNORECASE)
_WHAT_IS = re.compile(rf"^(?:what|who)\s+(?:is|are|was)\s+{_SUBJECT}\s*\??$", re.IGNORECASE)
_IS_AN = re.compile(rf"^is\s+{_SUBJECT}\s+an?\s+\w+(?:\s+\w+)?\s*\??$", re.IGNORECASE)
_NOT_ADDRESSED = (_IS_ONE, _WHAT_IS, _IS_AN)
_QUESTIONS = tuple(re.compile(p, re.IGNORECASE) if isinstance(p, str) else p for p in (
    rf"^(?:hvad|hvem)\s+(?:er|var)\s+{_SUBJECT}(?:\s+for\s+(?:en|et|noget|nogen)(?:\s+\w+)?)?\s*\??$",
    # "Hvad slags organisation er X?", "What kind of organisation is X?": the kind asked is what the
    # defining sentence names ("X er en … organisation").
    rf"^(?:hvad|hvilken|hvilket)\s+(?:slags|type|form\s+for)\s+\w+\s+(?:er|var)\s+{_SUBJECT}\s*\??$",
    rf"^what\s+(?:kind|sort|type)\s+of\s+\w+\s+(?:is|was)\s+{_SUBJECT}\s*\??$",
    rf"^hvad\s+(?:står|staar|star)\s+{_SUBJECT}\s+for\s*\??$",
    rf"^hvad\s+(?:går|gaar)\s+{_SUBJECT}\s+ud\s+på\s*\??$",
    _IS_ONE,
    _WHAT_IS,
    rf"^what\s+does\s+{_SUBJECT}\s+(?:stand\s+for|do)\s*\??$",
    _IS_AN,
))
# What X fights or works for, what X is about: the definition says it ("… en organisation, der kæmper
# for …"). Read before the patterns above, whose "hvad er X" would take "det, I slås for" as X.
_PURPOSE_QUESTIONS = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"^hvad\s+er\s+det,?\s+{_SUBJECT}\s+(?:kæmper|kaemper|slås|slaas|arbejder|står|staar)\s+for\s*\??$",
    rf"^hvad\s+(?:kæmper|kaemper|slås|slaas|arbejder)\s+{_SUBJECT}\s+for\s*\??$",
    rf"^what\s+(?:are|do|does)\s+{_SUBJECT}\s+(?:fighting|working|standing|fight|work|stand)\s+(?:up\s+)?for\s*\??$",
    rf"^what\s+do\s+{_SUBJECT}\s+do\s*\??$",
))
# "What's X all about?" asks X's definition also for a named X (the others only when put to "I"/"you").
_ALL_ABOUT = re.compile(rf"^what(?:'s|\s+is|\s+are)\s+{_SUBJECT}\s+all\s+about\s*\??$", re.IGNORECASE)
# A subject that only points back ("det", "I") defines nothing by itself.
_POINTERS = frozenset("det den de dem i jer du man it they you this that".split())
# The organisation addressed ("Hvad står I for?", "What do you guys do?"): the subject is the one the
# material's own title names, defined by the sentence self_definition.py finds.
_ADDRESSEE = frozenset({"i", "jer", "you", "you guys", "you all", "y'all"})
ADDRESSED = "\x00addressee"
# What may stand between the subject and its verb: nothing, or a parenthesis such as "(BD)".
_VERB = r"(?:\s*\([^)]{0,40}\))?\s+(?:er|var|is|was)\s+"



def _plain_question(question: str) -> str:
    """The question without its chat wrapping and the spoken language's filler adverbs."""
    return " ".join(w for w in unwrap(question).split() if w.casefold() not in FILLER_ADVERBS)


def subject(question: str) -> str | None:
    """The X a definitional question asks about, or None for other questions.

    The spoken language's particles ("egentlig", "actually") colour the question and are read past:
    "What does Balance Danmark actually do?" asks what "What does Balance Danmark do?" asks.
    """
    text = _plain_question(question)
    # A dash left where a greeting or a story was taken off ("jeg er ny her – hvad er det I arbejder
    # for?") opens the question.
    text = text.rsplit(" – ", 1)[-1]
    for pattern in (*_PURPOSE_QUESTIONS, _ALL_ABOUT, *_QUESTIONS):
        m = pattern.match(text)
        if m:
            x = m["x"].strip(" ,.'\"«»”“")
            words = x.casefold().split()
            if " ".join(words) in _ADDRESSEE and pattern not in _NOT_ADDRESSED:
                return ADDRESSED
            # A named subject's fight or work ("Hvad kæmper Balance Danmark for?") is told where the
            # material says it in those words ("Vores kamp"); only "What's X all about?" asks its definition.
            if pattern in _PURPOSE_QUESTIONS:
                continue
            if words and not (len(words) == 1 and words[0] in _POINTERS):
                return x
    return None


# "What does X do?" asks for X's work: the definition says what X is, the sentence after it what
# X does ("Vi bidrager … ved at udarbejde løsningsorienterede analyser …").
_ACTIVITY = re.compile(r"^what\s+do(?:es)?\s+.+\s+do\s*\??$", re.IGNORECASE)


def asks_activity(question: str) -> bool:
    """Whether a definitional question asks what its subject does rather than what it is."""
    return bool(_ACTIVITY.match(_plain_question(question)))


_OPENING = re.compile(r"\W*")
_PLAIN = re.compile(r"[\x00-\x7fæøåÆØÅéÉèÈüÜöÖäÄ]*")


def defines(sentence: str, x: str) -> bool:
    """Whether the sentence opens with X (or its genitive) followed by a form of "be"."""
    if not _may_open_with(sentence, x):
        return False
    end = _opening_end(sentence, x.split())
    if end is not None:
        return end >= 0 and _AFTER_SUBJECT.match(sentence, end) is not None
    words = [re.escape(w) for w in x.split()]
    pattern = r"^\W*" + r"\s+".join(words) + r"s?" + _VERB
    return re.match(pattern, sentence, re.IGNORECASE) is not None


# What follows X in a defining sentence, compiled once (see _opening_end).
_AFTER_SUBJECT = re.compile(r"s?" + _VERB, re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_WORD_CHARACTER = re.compile(r"\w")


def _opening_end(sentence: str, words: list[str]) -> int | None:
    r"""Where X's words end when the sentence opens with them as defines' pattern reads them, -1
    when it does not; None when only the pattern can tell (a letter outside _PLAIN, or X starting
    with a non-word character).

    A first "Hvad er X?" compiled X's pattern (~0.1-0.15 ms). Among _PLAIN letters IGNORECASE is
    lower() letter for letter (_may_open_with), and the pattern has one way to match X: after
    ^\W* a word character can start X only where the non-word characters end, and \s+ must take
    every space before the next word. So the words are compared here, and only what follows X
    (s? and the verb) is a pattern, compiled once.
    """
    if not words or _WORD_CHARACTER.match(words[0]) is None or \
            any(_PLAIN.fullmatch(w) is None for w in words):
        return None
    at = _OPENING.match(sentence).end()
    for i, word in enumerate(words):
        if i:
            spaces = _SPACES.match(sentence, at)
            if spaces is None:
                return -1
            at = spaces.end()
        end = at + len(word)
        if _PLAIN.fullmatch(sentence, at, end) is None:
            return None
        if end > len(sentence) or sentence[at:end].lower() != word.lower():
            return -1
        at = end
    return at


def _may_open_with(sentence: str, x: str) -> bool:
    """False only when no opening of the sentence can be X's first word in any letter case.

    Compiling the pattern for X cost a first question ~0.2 ms; most sentences are ruled out
    before it. Among ASCII and the Danish and common Latin letters, IGNORECASE equates exactly the
    letters lower() does, one for one; a sentence or word with any other letter (dotless ı, long ſ,
    the Kelvin sign, which IGNORECASE also equates) goes to the pattern itself.
    """
    words = x.split()
    if not words:
        return True
    first = words[0]
    opening = _OPENING.match(sentence).end()
    if _PLAIN.fullmatch(first) is None or _PLAIN.match(sentence).end() < min(len(sentence), opening + len(first)):
        return True
    first = first.lower()
    return any(sentence[start:start + len(first)].lower() == first for start in range(opening + 1))


# "What counts as green space?", "Hvad forstår I ved grønt areal?": what a term covers is asked, and a
# text that sets it out says so by "Ved grønt areal forstår vi parker, haver, træer …" -- not by the
# sentence of what "tæller ikke med", which answers the question negated.
# "Which kinds of places count as green area?" asks the same by its interrogative of kind.
_ASKS_WHAT_COUNTS = re.compile(r"\b(?:what|which|hvad|hvilke|hvilken|hvilket)\b[^?]*?\b(?:counts?|tæller|taeller|"
                               r"regner|regnes|forstår|forstaar|forstås|means?|menes)\b", re.IGNORECASE)
# The yes/no form: the verb of counting first (Danish) or after the auxiliary (English), then the thing,
# then "som"/"as" and the term; "tæller" alone ("Hvem tæller stemmerne?") asks no such thing. The
# particle "med" without "som" says it too ("Tæller grønne tage med, når I gør det grønne areal op?"),
# and so does English "counted in/towards" the figures ("Is a roof covered in plants counted in …?").
_ASKS_IF_COUNTED = re.compile(r"^\W*(?:(?:tæller|taeller|regnes|regner\s+i)\s+[^?]*?\b(?:med\s+)?som\b"
                              r"|(?:tæller|taeller|regnes)\s+[^?,]*?\bmed\b"
                              r"|(?:does|do|would|will|is|are)\s+[^?]*?\b(?:count|counted|classed|considered)"
                              r"\s+(?:as|in|towards?)\b)",
                              re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:ikke|not|n't|don't|doesn't)\b", re.IGNORECASE)
_SETS_OUT = re.compile(r"^\W*(?:ved|med)\s+[^.,;]{1,60}?\s+(?:forstår|forstås|menes|mener)\b", re.IGNORECASE)


def asks_what_counts(question: str) -> bool:
    """Whether a question asks what a term covers ("What counts as …?", "Hvad forstår I ved …?"), also
    as whether one thing is covered ("Does a green roof count as green space?", "Regnes en have med
    som grønt areal?"): the sentence that sets out what the term covers answers yes or no by naming
    the thing or not, where the thing's own words may stand in a sentence of what does not count."""
    # Only the asking sentence's negation asks what does not count: "What do you count as green
    # space? My husband says plants on roofs don't count." asks what does.
    return bool(_ASKS_WHAT_COUNTS.search(question) or _ASKS_IF_COUNTED.search(question)) \
        and not _NEGATED.search(question_sentence(question))


def sets_out(sentence: str) -> bool:
    """Whether a sentence says what a term covers: "Ved X forstår vi …", "Med X menes …"."""
    return bool(_SETS_OUT.match(sentence))


# A yes/no question about what X is ("Er Balance Danmark tilknyttet et parti?", "Is it tied to a
# party?"): the verb "be" first, then X and what is asked of it. Which words are X shows only in the
# material: the longest opening that a sentence there defines.
_YES_NO = re.compile(r"^(?:er|is)\s+(?P<rest>[^?]+?)\s*\??$", re.IGNORECASE)
MAX_SUBJECT_WORDS = 4


def definition_first(index: Index, question: str, hits: list[Hit]) -> tuple[list[Hit], str | None]:
    """Hits with the passage that defines the question's subject first, and the defining sentence."""
    text = one_space(question).strip()
    x = subject(text)
    if x == ADDRESSED:
        return _self_defined_first(index, hits)
    if x is not None:
        found = _defined_first(index, x, hits)
        if found[1] is not None:
            return found
    yes_no = _YES_NO.match(text)
    if yes_no is None:
        return hits, None
    words = yes_no["rest"].split()
    for n in range(min(MAX_SUBJECT_WORDS, len(words) - 1), 0, -1):
        x = " ".join(words[:n])
        if x[:1].isupper() and x.casefold() not in _POINTERS:
            found = _defined_first(index, x, hits)
            if found[1] is not None:
                return found
    return hits, None


def _titled(sentence: str, x: str) -> bool:
    """Whether the sentence defines X under a title of one or two capitalised words before its
    name: "Foreningen Grønne Byer er en landsforening …" defines "Grønne Byer"."""
    words = r"\s+".join(re.escape(w) for w in x.split())
    return re.match(r"^\W*(?:[A-ZÆØÅ][\w-]*\s+){1,2}" + words + _VERB, sentence, re.IGNORECASE) is not None


def _defined_first(index: Index, x: str, hits: list[Hit]) -> tuple[list[Hit], str | None]:
    for i, hit in enumerate(hits):
        for sentence, _terms in sentences(index, hit.chunk_id):
            if defines(sentence, x) or (x[:1].isupper() and _titled(sentence, x)):
                first = replace(hit, score=max(hit.score, hits[0].score))
                return [first, *hits[:i], *hits[i + 1:]], sentence
    return hits, None


# What a definition says its subject is for: a relative clause with a verb and "for" ("…, der kæmper
# for et Danmark i bedre balance"). A definition that only says whom it gathers ("en landsforening for
# borgere …, der vil have mere natur") does not say what the organisation stands or fights for.
_PURPOSE = re.compile(r"\b(?:der|som|that|which|who)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+\s+for\b", re.IGNORECASE)


def _self_defined_first(index: Index, hits: list[Hit]) -> tuple[list[Hit], str | None]:
    """Hits with the passage whose sentence defines the subject the document's title names first, and
    that sentence, for a question put to the organisation itself; else the hits unchanged."""
    if not hits:
        return hits, None
    found = [(chunk_id, sentence) for chunk_id, sentence, *_ in document_definitions(index, hits[0].chunk_id)
             if _PURPOSE.search(sentence)]
    if not found:
        return hits, None
    chunk_id, sentence = found[0]
    i = next((i for i, hit in enumerate(hits) if hit.chunk_id == chunk_id), None)
    if i is None:
        # The question's other words ("står" → "stod") may find any passage but the definition's: it
        # stands in for the best one, as the subject the question is put to.
        return [replace(hits[0], chunk_id=chunk_id, chunk=index.chunk(chunk_id)), *hits], sentence
    first = replace(hits[i], score=max(hits[i].score, hits[0].score))
    return [first, *hits[:i], *hits[i + 1:]], sentence
