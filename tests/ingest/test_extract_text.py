"""Markdown notes and plain-text files become Documents like web pages do."""
from __future__ import annotations

import pytest

from assistant.ingest.extract.text import extract_text, markdown_inline

MD = """---
title: "Referat af generalforsamlingen 2024"
date: 2024-03-14
---
Generalforsamlingen blev holdt i **Træby Medborgerhus** med 42 fremmødte.

## Valg til bestyrelsen {#valg}
Birte Kastanje blev genvalgt som formand.
Holger Hyld blev valgt som kasserer.

- Dirigent: Anna Ask
- Referent: Bo Bøg
  (suppleant)
1. Godkendt uden bemærkninger

Kontingent
----------
| Type | Pris |
|------|------|
| Voksen | 300 |

### § 7 Generalforsamling
Stk. 1. Generalforsamlingen afholdes i marts.

Stk. 2. Indkaldelse sker med tre ugers varsel.

```
kode   bevares
```
"""


def test_markdown_headings_become_sections_and_front_matter_gives_title_and_date():
    doc = extract_text(MD.encode("utf-8"), "file:///noter/referat.md", markdown=True)
    assert doc.title == "Referat af generalforsamlingen 2024"
    assert doc.published == "2024-03-14"
    assert [(s.heading, s.anchor, s.level) for s in doc.sections] == [
        ("", "", 1), ("Valg til bestyrelsen", "valg", 2), ("Kontingent", "kontingent", 2),
        ("§ 7 Generalforsamling", "paragraf-7-generalforsamling", 3)]
    intro, valg, fee, statute = (s.text for s in doc.sections)
    assert intro == "Generalforsamlingen blev holdt i Træby Medborgerhus med 42 fremmødte."
    assert valg == ("Birte Kastanje blev genvalgt som formand. Holger Hyld blev valgt som kasserer.\n\n"
                    "Dirigent: Anna Ask\nReferent: Bo Bøg (suppleant)\nGodkendt uden bemærkninger")
    assert fee == "Type | Pris\nVoksen | 300"
    assert statute == ("Stk. 1. Generalforsamlingen afholdes i marts.\n\n"
                       "Stk. 2. Indkaldelse sker med tre ugers varsel.\n\nkode bevares")


@pytest.mark.parametrize("markup, plain", [
    ("**fed** og __fed__", "fed og fed"),
    ("*kursiv* og _kursiv_ men snake_case_navn", "kursiv og kursiv men snake_case_navn"),
    ("[vedtægterne](https://x.dk/v/) og ![logo](logo.png)", "vedtægterne og"),
    ("`kode` og <b>html</b> og ~~slettet~~", "kode og html og slettet"),
    ("5 \\* 3 og <https://x.dk>", "5 * 3 og https://x.dk"),
])
def test_markdown_inline_markup_is_flattened(markup, plain):
    assert markdown_inline(markup) == plain


def test_a_markdown_file_without_title_is_named_after_its_file():
    doc = extract_text("Bare tekst.", "https://groennebyer.example/noter/plante-guide.md", markdown=True)
    assert doc.title == "plante guide"


def test_plain_text_reflows_hard_wrapped_lines_and_keeps_list_items():
    text = ("Referat af bestyrelsesmøde\n\nBestyrelsen drøftede budgettet og besluttede at hæve\n"
            "kontingentet for alle medlemmer, der ikke er studerende eller\npensionister. "
            "Forslaget sendes til generalforsam-\nlingen.\n- punkt et\n- punkt to\n")
    doc = extract_text(text.encode("windows-1252"), "file:///noter/referat.txt", markdown=False)
    assert doc.title == "Referat af bestyrelsesmøde"
    assert doc.sections[0].text.split("\n\n") == [
        "Referat af bestyrelsesmøde",
        "Bestyrelsen drøftede budgettet og besluttede at hæve kontingentet for alle medlemmer, der ikke "
        "er studerende eller pensionister. Forslaget sendes til generalforsamlingen.\n- punkt et\n- punkt to"]


def test_an_empty_text_file_has_no_sections():
    assert extract_text(b"  \n\n", "file:///tom.txt", markdown=False).sections == ()
