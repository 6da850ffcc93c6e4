"""Lists in the chosen sentences: the items a lead announces, and which sentence enumerates the most.

A list in a passage is split into sentences: "Foreningen opfylder sit formål ved at:" and then each
item ("plante træer …,", "give borgerne viden …,"), or "Publikationen bygger på tre kilder, …" and
then "1." "En spørgeskemaundersøgelse …" "2." …. The lead alone answers nothing of "Hvilke kilder …?"
or "Hvordan arbejder foreningen for sit formål?": the items are the answer, so they are quoted with
it. Grammar, not vocabulary: a colon, a list number, a lower-case start, the question's interrogative.
"""
from __future__ import annotations

import re

from ..index.bm25 import Index
from .fact_kinds import asked_types
from .retrieve import Hit
from .sentence_evidence import sentences
from .word_guard import guarded

# At most this many items are quoted with their lead (the longest list in the material has eight).
MAX_ITEMS = 8
_NUMBER_LABEL = re.compile(r"^\s*(\d{1,2})\.\s*$")
# An item after a colon: a bullet, or a lower-case start that goes on with the lead's sentence.
_ITEM = re.compile(r"^\s*(?:[-•*–]\s|[^\W\d_](?<=[a-zæøåéü]))")
# "Hvordan …?", "How …?", "På hvilken måde …?" ask for a way; "how many / much / long …" for a degree
# and "hvordan kan det være" / "how come" for a reason.
_ASKS_WAY = guarded(re.compile(r"\b(?:hvordan|how|på hvilken måde|paa hvilken maade|in what way)\b"
                       r"(?!\s+(?:many|much|long|far|often|old|big|large|soon|come|kan det være|kan det vaere))",
                       re.IGNORECASE))
# "Hvilken slags …?", "What kind of …?": the kinds asked for are named in a list as "hvilke …?" asks them.
# "What sources is the report built on?", "Hvad for nogle kilder …?": "what" before a plural noun and
# its verb asks "which ones" as well ("what is …", "what do …" ask for a thing), also with their count
# ("What three sources is the report built on?").
_ASKS_KINDS = re.compile(r"\b(?:hvilke[nt]? (?:slags|typer?|former?)|what (?:kinds?|sorts?|types?) of"
                         r"|hva?d? for nogle|what (?:other |two |three |four |five |six |seven |eight )?[^\W\d_]{3,}s"
                         r" (?:is|are|was|were|do|did|have|has))\b",
                         re.IGNORECASE)
# "Hvad handler jeres analyser om?", "What do your reports look into?": what something is about asks
# for its subjects, which a sentence names as a list ("analyser om udviklingstendenser, …, borgere og
# virksomheders vilkår") as it names the things "hvilke emner?" asks for.
_ASKS_SUBJECTS = re.compile(r"\bhva?d? (?:handler|skriver) (?:\w+ ){0,3}om\b|\bhva?d? (?:omhandler|dækker)\b"
                            r"|\bwhat (?:do|does|did) (?:\w+ ){1,3}(?:look into|cover|deal with|focus on|write about)\b"
                            r"|\bwhat (?:are|is|were|was) (?:\w+ ){1,3}about\b", re.IGNORECASE)
# A comma before these opens a clause ("…, som styrker hele landet"), not the next item of a list.
_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:som|der|at|hvor|hvis|når|men|så|fordi|mens|og|eller|which|that|"
                                 r"who|where|when|but|so|because|and|or)\b", re.IGNORECASE)
_ITEM_JOINS = re.compile(r",|\s(?:og|eller|and|or)\s", re.IGNORECASE)
# A relative clause without "som" set off by commas opens with its subject, a personal pronoun ("i de 24
# byer, vi har kortlagt, er faldet …"): an item of a list is a thing, not a pronoun and its verb.
_INSERTED_CLAUSE = re.compile(r",\s+(?:vi|de|jeg|du|han|hun|man|we|they|you)\s[^,.;:]*,", re.IGNORECASE)


def asks_way(question: str) -> bool:
    """Whether a question asks how something is done ("Hvordan hjælper I borgerne?")."""
    return bool(_ASKS_WAY.search(question))


def asks_which_ones(question: str) -> bool:
    """Whether a question asks to have things named: "hvilke X?", "which X?", "hvilken slags X?", what
    something is about ("Hvad handler analyserne om?"); not "which year?" (a time), "hvilken by?" (a
    place) or "hvilken person?" (a who), each a kind of its own."""
    asks = asked_types(question)
    named = asks.named or _ASKS_KINDS.search(question) or _ASKS_SUBJECTS.search(question)
    return bool(named) and not (asks.time or asks.place or asks.person or asks.quantity)


def asks_what(question: str) -> bool:
    """Whether a question asks for a thing ("Hvad bygger publikationen på?", "What data is the study based
    on?"), not a time, place, person, amount or count: a numbered list after the sentence found names
    the things ("Publikationen bygger på tre kilder, …" then "1." "En spørgeskemaundersøgelse …")."""
    asks = asked_types(question)
    return bool(_WHAT.search(question)) and not (asks.time or asks.place or asks.person or asks.quantity
                                                 or asks.price)


# The interrogative of a thing.
_WHAT = re.compile(r"\b(?:hvad|hva|what)\b", re.IGNORECASE)


def listed_items(sentence: str) -> int:
    """How many things a sentence enumerates: its items joined by commas, "og" and "eller", not counting
    a comma that opens a clause ("analyser om vækst og udviklingsmuligheder, som styrker …": two) or sets
    one off without "som" ("i de 24 byer, vi har kortlagt, er faldet …": one)."""
    return len(_ITEM_JOINS.findall(_CLAUSE_AFTER_COMMA.sub(" ", _INSERTED_CLAUSE.sub(" ", sentence)))) + 1


def list_items(told: list[str], pos: int) -> list[str]:
    """The items that follow the sentence at `pos` as its list ([] when it leads none): numbered ones
    ("1." "En spørgeskemaundersøgelse …" "2." …) or, after a colon, those that continue it in lower case
    or after a bullet."""
    out: list[str] = []
    at = pos + 1
    if at < len(told) and (first := _NUMBER_LABEL.match(told[at])) and first[1] == "1":
        number = 1
        while at + 1 < len(told) and len(out) < 2 * MAX_ITEMS and (label := _NUMBER_LABEL.match(told[at])) \
                and int(label[1]) == number:
            out += [told[at], told[at + 1]]
            at, number = at + 2, number + 1
        return out
    if not told[pos].rstrip().endswith(":"):
        return []
    while at < len(told) and len(out) < MAX_ITEMS and _ITEM.match(told[at]):
        out.append(told[at])
        if told[at].rstrip().endswith("."):
            break
        at += 1
    return out


def with_list(told: list[str], pos: int, question: str) -> tuple[str, int]:
    """The sentence at `pos` with the list it leads, when it ends in a colon (cut there, it says nothing)
    or the question asks which ones or how (the items are the answer); and the position of its last item."""
    items = list_items(told, pos)
    if not items or not (told[pos].rstrip().endswith(":") or asks_which_ones(question) or asks_way(question)
                         or (_NUMBER_LABEL.match(items[0]) and asks_what(question))):
        return told[pos], pos
    return " ".join([told[pos], *items]), pos + len(items)


def way_lead_after(told: list[str], pos: int) -> int | None:
    """The position of the sentence after `pos` when it leads a list ("Foreningen opfylder sit formål
    ved at:"): the aim a how-question finds is followed by how it is pursued."""
    after = pos + 1
    return after if after < len(told) and told[after].rstrip().endswith(":") and list_items(told, after) else None


def with_lists(index: Index, chosen: list[tuple[Hit, str, int]], question: str) -> list[tuple[Hit, str, int]]:
    """The chosen sentences (in passage order), each lead among them joined by the items of its list
    (with_list; in a further passage only a lead ending in a colon); an item also chosen by itself is
    then quoted once, with its lead."""
    out: list[tuple[Hit, str, int]] = []
    taken: set[tuple[int, int]] = set()
    lead = chosen[0][0] if chosen else None
    for hit, sentence, pos in chosen:
        if (hit.chunk_id, pos) in taken:
            continue
        told = [text for text, _terms in sentences(index, hit.chunk_id)]
        # A statute's lead is quoted from the § itself, items and all (quotes.py), by its own words.
        if not hit.chunk.paragraph and pos < len(told) and told[pos] == sentence:
            # Another passage's sentence is told beside the answer: its list only when a colon cuts it.
            sentence, last = with_list(told, pos, question if hit is lead else "")
            taken.update((hit.chunk_id, at) for at in range(pos + 1, last + 1))
        out.append((hit, sentence, pos))
    return out
