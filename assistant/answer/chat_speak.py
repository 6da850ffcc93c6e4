"""English typed as a chat: texting spellings written out, and the sounds and tags that fill a message.

"ok so um, wat does … actualy do??", "whats ur stance on parties tbh? r u tied to one?": the English
reading translates each word, and a texting spelling ("wat", "u", "r") is no English headword of the
dictionaries, while a filler ("um", "tbh", "lol") is translated into nothing the material says or
counted as a thing the question asks about that the material never names. The spellings are the
commonest of English texting, a closed class of chat writing that no dictionary here lists (wordfreq
counts them as words but says nothing of what they stand for); each is tested. Those that are Danish
words too ("ur", the clock) are written out only where English grammar puts them ("whats ur …").
"""
from __future__ import annotations

import re

from .word_guard import guarded

# Texting spelling -> the English words meant.
_SPELLINGS = {"wat": "what", "whats": "what's", "wats": "what's", "u": "you", "im": "I'm", "wanna": "want to",
              "gonna": "going to", "gotta": "have to", "pls": "please", "plz": "please", "idk": "I don't know",
              "dunno": "don't know", "cuz": "because", "coz": "because", "thru": "through"}
_SPELLING = re.compile(rf"(?<![\w'-])(?:{'|'.join(_SPELLINGS)})(?![\w'-])", re.IGNORECASE)
# "ur" and "r" are Danish and English words of their own elsewhere: written out after a word that
# English puts before "your" ("whats ur", "in ur report") or before "you" ("r u").
_YOUR = guarded(re.compile(r"\b(what's|whats|is|in|of|on|for|about|to|from|with)\s+ur(?![\w'-])", re.IGNORECASE))
_ARE = re.compile(r"(?<![\w'-])r(?=\s+(?:u|you)\b)", re.IGNORECASE)
# Sounds and tags that fill a chat message, never a topic: hesitation ("um", "uh", "erm", "hmm", and
# the Danish "øh", "æhm", "ehm"), "tbh", "lol", "haha", and "ok so" / "so like" opening it.
# Lower case, or capitalised first: "UM" in capitals is a name.
_FILLERS = re.compile(r"(?<![\w'-])(?:[Uu]u*m+|[Uu]u*h+|[Ee]e*r+m+|[Hh]h*m+|[EeÆæØø]h+m*|tbh|lol|[Hh]aha(?:ha)*)"
                      r"(?![\w'-])[\s,]*"
                      r"|^\s*(?i:(?:ok(?:ay)?|hey)[\s,]+so(?:,?\s+like)?|so,?\s+like)\b[\s,]*(?=\w)")


def written_out(message: str) -> str:
    """The message with its texting spellings written out and its chat fillers taken out."""
    text = _FILLERS.sub("", message)
    text = _YOUR.sub(r"\1 your", _ARE.sub("are", text))
    return _SPELLING.sub(lambda m: _SPELLINGS[m.group().casefold()], text).strip()
