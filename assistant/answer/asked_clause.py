"""The clauses of a question that set the scene rather than ask: a condition ("hvis …") and the
asker's own situation before the question ("Jeg skriver en opgave i samfundsfag: hvem stod bag …?").

"Hæfter jeg personligt, hvis foreningen går fallit?" asks whether a member is liable; the
bankruptcy is the situation the question is asked in, and the statutes answer it (§ 11: "Medlemmerne
hæfter ikke personligt") without ever saying "fallit". A word of the condition is therefore not a
thing the material must mention for a passage to answer (`asked_thing`); the answerability model
still weighs it like every other word of the question. The conditional conjunction "hvis" is a
closed class of Danish grammar; its clause runs to the next comma, colon or semicolon, or to the end.
A clause of time, "når …" ("Hvad foreslår I, når det regner voldsomt?"), sets the scene the same way.
An English question's "if" clause is read the same way ("If the association goes bust, do I have to
cover its debts?" asks about the debts, which § 11 names; it never says "bust").

A message may open with what the asker is doing or is ("Jeg sidder og skriver en opgave om regional
udvikling …, hvilke sager har I haft held med at påvirke?", "Jeg er byplanlægger - hvor mange …"):
a statement with a first-person subject before the question word, or before a yes/no question that
opens with its verb and subject ("Jeg er flyttet til Aarhus, kan jeg stadig stemme …?"). It tells why they ask, not what
about, and the material that answers never names the school essay. Not when the question word's
clause is the complement of a preposition that ends the statement ("Jeg leder efter reglerne for,
hvor mange gange …": what is sought is the rules), nor when the statement asks something itself.

A subordinate clause puts its verb after its subject, and may end with it: "Hvad står der som det
andet punkt, når årsmødets dagsorden gennemgås?". Where the clause's last word follows a noun
directly and is a verb by the lemmatiser's forms (word_class), it is the clause's verb, no thing
asked about; after an article or a preposition ("hvis man har et tag") the last word is a noun.

A question for a place may describe the thing it asks about by where that thing goes or comes
from, in a relative clause: "Hvor i landet bliver de varer lavet, som vi sælger til udlandet?",
"Hvor ligger den produktion, der erstatter varer, vi ellers skulle købe i udlandet?". The place
of that clause is not the place asked, and the material says the movement in a word of its own
("eksport", "importere") that never names it. A relative clause opens, after a comma, with "som",
"der" or a subject pronoun (Danish drops "som" before one: "det, vi sælger"); the place is the
noun phrase after a preposition in it. A name there ("til Tyskland") stays a thing asked.
"""
from __future__ import annotations

import re

from ..language.analysis import DANISH_STOPWORDS
from ..language.english_forms import english_words
from ..language.folding import danish_spelling
from .word_class import ACT, THING, word_class

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Where a clause ends inside a question.
_CLAUSE_END = re.compile(r"[,;:]")
_CONDITION = "hvis"
# "når" opening a clause inside a question is a condition in time ("…, når det regner voldsomt"): the
# situation the question is asked in, as a "hvis" clause is.
_WHENEVER = "når"
_ENGLISH_CONDITION = "if"
# Conjunctions _question_start counts as question words that open a subordinate clause, not a question.
_SUBORDINATE = frozenset((_CONDITION, "når"))
# First-person subjects: a statement about the asker opens with one (a closed class).
_ASKER = frozenset(("jeg", "vi"))
# Conjunctions that open a subordinate clause with its subject first (a closed class of the grammar);
# "da", "før" and "inden" are left out, as they are as often an adverb or a preposition.
_CLAUSE_OPENERS = frozenset("hvis når fordi mens medmindre selvom".split())
# Subject pronouns after a yes/no question's finite verb ("kan jeg", "må vi", "har I").
_YES_NO_SUBJECTS = frozenset("jeg vi man i du de".split())
# What opens a relative clause after a comma: the relative pronouns "som" and "der", or the clause's
# subject pronoun where Danish leaves "som" out ("det, vi sælger til udlandet"): closed classes.
_RELATIVE_OPENERS = frozenset(("som", "der")) | frozenset("jeg vi man du de".split())
# The noun of the place follows its preposition after at most an article and an adjective.
_PLACE_REACH = 3


def described_places(question: str, prepositions: frozenset[str]) -> set[str]:
    """The (case-folded) words after a preposition (`prepositions`) in the relative clauses of a
    question for a place ("hvor …?"), written in lower case: where the thing asked about goes or
    comes from, which describes it. Empty for a question of another kind (`asks_place`: the caller
    reads the kind)."""
    out: set[str] = set()
    clauses = _CLAUSE_END.split(question)
    for clause in clauses[1:]:
        raw = _WORD.findall(clause)
        words = [w.casefold() for w in raw]
        if not words or words[0] not in _RELATIVE_OPENERS:
            continue
        for i in range(1, len(words) - 1):
            if words[i] in prepositions:
                out.update(words[j] for j in range(i + 1, min(i + 1 + _PLACE_REACH, len(words)))
                           if raw[j].islower() and words[j] not in prepositions)
    return out


def condition_positions(question: str) -> set[int]:
    """The positions (in the question's words, as `asked_thing` reads them) of the words of its
    conditional clauses, "hvis" itself included."""
    positions: set[int] = set()
    at = 0
    clauses = _CLAUSE_END.split(question)
    for n, clause in enumerate(clauses):
        # A word typed without Danish letters is read in its Danish spelling ("naar" as "når").
        words = [danish_spelling(w.casefold()) for w in _WORD.findall(clause)]
        if _CONDITION in words:
            positions.update(range(at + words.index(_CONDITION), at + len(words)))
        elif _WHENEVER in words:
            start = words.index(_WHENEVER)
            # "Når …?" opening a question with no clause after it asks when (Norwegian's question word).
            if at + start or n + 1 < len(clauses):
                positions.update(range(at + start, at + len(words)))
        at += len(words)
    return positions


def clause_final_verbs(question: str) -> set[int]:
    """The positions (in the question's words, as `asked_thing` reads them) of the verbs that end a
    subordinate clause after its subject: "gennemgås" in "…, når årsmødets dagsorden gennemgås?"."""
    positions: set[int] = set()
    at = 0
    for clause in _CLAUSE_END.split(question):
        words = [danish_spelling(w.casefold()) for w in _WORD.findall(clause)]
        opener = next((k for k, w in enumerate(words) if w in _CLAUSE_OPENERS), None)
        last = len(words) - 1
        if opener is not None and last - opener >= 2 and words[last - 1] not in DANISH_STOPWORDS \
                and word_class(words[last - 1]) == THING and word_class(words[last]) == ACT:
            positions.add(at + last)
        at += len(words)
    return positions


def english_condition_positions(question: str) -> set[int]:
    """The positions (in `english_words(question)`, as asked_thing_english reads them) of the words
    of an English question's conditional clauses, "if" itself included: "If the association goes
    bankrupt, do I have to pay its debts?" asks about the debts; the bankruptcy sets the scene."""
    positions: set[int] = set()
    at = 0
    for clause in _CLAUSE_END.split(question):
        words = [w.casefold() for w in english_words(clause)]
        if _ENGLISH_CONDITION in words:
            positions.update(range(at + words.index(_ENGLISH_CONDITION), at + len(words)))
        at += len(words)
    return positions


def situation_positions(question: str, words: list[str], start: int, prepositions: frozenset[str]) -> set[int]:
    """The positions of the asker's situation in a question's (case-folded) `words`: those before the
    question word at `start`, when they open with a first-person subject, hold no question of their
    own ("?") and do not end in a preposition (`prepositions`) whose complement the question is."""
    if start == 0 and words and words[0] in _ASKER:
        return _before_yes_no(question, words)
    if not 0 < start < len(words) or words[0] not in _ASKER or words[start - 1] in prepositions \
            or words[start] in _SUBORDINATE:
        return set()
    # The statement's text: up to the question word's first occurrence as a word.
    before = re.split(rf"(?<![\w-]){re.escape(words[start])}(?![\w-])", question, maxsplit=1, flags=re.IGNORECASE)[0]
    return set() if "?" in before else set(range(start))


def _before_yes_no(question: str, words: list[str]) -> set[int]:
    """The positions of a first-person statement before a yes/no question, set off by a comma or a
    full stop: "Jeg er flyttet til Aarhus, kan jeg stadig stemme …?" The question after it opens with
    its finite verb and then its subject pronoun (Danish V1 word order), which a statement never does."""
    found = re.search(r"[,.:;]", question)
    if not found:
        return set()
    statement = len(_WORD.findall(question[:found.start()]))
    after = words[statement:statement + 2]
    if len(after) == 2 and after[1] in _YES_NO_SUBJECTS and "?" not in question[:found.start()]:
        return set(range(statement))
    return set()

