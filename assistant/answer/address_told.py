"""Whether a question asks for an address, and whether a text gives one.

"Hvilken adresse har Balance Danmark?" was answered with the Om page's members, "Hvad er adressen på
sekretariatet i Vejle?" with "Foreningens hjemsted er Vejle Kommune" and "Hvilken adresse skal udmeldelsen
sendes til?" with "Udmeldelse sker skriftligt til kassereren": each passage holds the question's other
words, and a town, a body or a recipient is where something is, or who gets it, not its address. An address
is a thing written in a form of its own: a street and a house number, a postcode before a town, a post
box, an e-mail address or a web address. A text that gives none of these gives no address.

The question asks for one where "hvilken"/"which" stands right before the word "adresse"/"address" (or a
compound ending in it: "mailadresse"), or "hvad"/"what" with at most a few words between ("Hvad er jeres
adresse?", "Til hvilken adresse …?", "What's the treasurer's email address?"); "Skal jeg oplyse min
adresse?" asks whether, "Hvilken kommune har foreningen adresse i?" which municipality. The street words
are the heads Danish and English street names end in, a closed class no resource at hand lists (each is
tested in tests/answer/test_asked_kind_in_less_usual_forms.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .word_guard import guarded

_ASKS_ADDRESS = guarded(re.compile(
    r"\b(?:(?:hvilken|which)|(?:hva[d]?|what)(?:'s|\s+(?:er|var|is|was))?(?:\s+[^\W\d_]+(?:'s)?){0,3}?)"
    r"\s+(?:[^\W\d_]+-)*[^\W\d_]*(?:adresse|adressen|adresser|address|addresses)\b"
    # The street asked for: "which street", "hvilken gade", "på hvilken vej", "hvilken vej ligger … på?"
    # ("hvilken vej" alone is the way to go: "Hvilken vej skal vandet løbe?").
    r"|\b(?:hvilken|which|what)\s+(?:gade|street|road)\b|\b(?:på|paa) hvilken vej\b"
    r"|\bhvilken vej\b[^?.!]*\b(?:på|paa)(?:\s+i\s+[^\W\d_]+)?\s*[?.!]?\s*$",
    re.IGNORECASE))
# The heads of street names: "Vestergade 12", "Byparken 3" is no street, "Kongens Nytorv 5", "Main Street 4".
_STREET_HEADS = ("vej|vejen|gade|gaden|allé|alle|plads|pladsen|torv|torvet|stræde|strædet|vænge|boulevard"
                 "|street|road|avenue|lane|square")
_ADDRESS = re.compile(
    rf"\b(?-i:[A-ZÆØÅ])[^\W\d_]*\s?(?:{_STREET_HEADS})\s+\d{{1,4}}[A-Za-z]?\b"  # a street and a house number
    r"|\b[1-9]\d{3}\s+(?-i:[A-ZÆØÅ][a-zæøå]+)\b"  # a Danish postcode before a town: "7100 Vejle"
    r"|\b(?:postboks|post office box|p\.?\s?o\.? box)\s*\d+"
    r"|[\w.+-]+@[\w-]+\.[\w.-]+"  # an e-mail address
    r"|\bhttps?://\S+|\bwww\.[\w-]+\.\S+",  # a web address
    re.IGNORECASE)


@lru_cache(maxsize=32)  # asked of one question once per weighed passage; no store of questions
def asks_address(question: str) -> bool:
    """Whether a question asks which address something has or goes to."""
    return bool(_ASKS_ADDRESS.search(question))


def tells_address(text: str) -> bool:
    """Whether a text gives an address: a street and number, a postcode and town, a post box, an e-mail
    or a web address."""
    return bool(_ADDRESS.search(text))
