"""A visitor asks the Om page "Is membership open to regular citizens as well?". No Danish dictionary
holds "membership" and the page says only "Balance Danmarks medlemmer består af ... privatpersoner":
the unknown English word was taken for a thing the page never mentions, and the question declined.
A "-ship" noun is its person's Danish "-skab" noun where the material has one, else the person's word."""
from __future__ import annotations

from assistant.language.english import EnglishToDanish

DAN_ENG = {"medlem": ["member"], "ejer": ["owner"]}


def _mapper(vocabulary) -> EnglishToDanish:
    return EnglishToDanish(vocabulary, glossary={}, eng_dan={}, dan_eng=DAN_ENG, neighbours={}, synonyms=None)


OM_PAGE = {"balance", "danmarks", "medlemmer", "består", "af", "kommuner", "og", "privatpersoner"}


def test_membership_asks_the_om_page_about_its_members():
    assert _mapper(OM_PAGE).to_danish(["membership"]) == ["medlemmer"]


def test_membership_is_the_statutes_medlemskab_where_they_have_it():
    statutes = {"medlemskabet", "gælder", "fra", "den", "dag", "medlemmer"}
    assert _mapper(statutes).to_danish(["membership"]) == ["medlemskabet"]


def test_a_ship_noun_whose_person_the_material_lacks_stays_unknown():
    assert _mapper(OM_PAGE).to_danish(["ownership"]) != ["medlemmer"]
    assert _mapper(OM_PAGE).to_danish(["ship"]) == ["ship"]
