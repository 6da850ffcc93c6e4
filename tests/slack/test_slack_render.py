"""Slack rendering: an answer becomes Block Kit that Slack shows as written, within its limits."""
from __future__ import annotations

import json

import pytest

from assistant.answer.result import Answer, Citation
from assistant.slack import render


def citation(n=1, title="Foreningen Grønne Byer", heading="Vedtægter",
             url="https://gronnebyer.test/vedtaegter/#s4",
             snippet="Kontingentet fastsættes af generalforsamlingen."):
    return Citation(n=n, title=title, heading=heading, url=url, snippet=snippet, score=3.2)


def answer(text="Kontingentet fastsættes af generalforsamlingen [1].", citations=(citation(),),
           answered=True, question="Hvad koster det at være medlem?"):
    return Answer(question=question, answered=answered, answer=text, citations=tuple(citations),
                  id="0123456789abcdef0123456789abcdef")


def all_text(message: dict) -> str:
    parts = []
    for block in message["blocks"]:
        if "text" in block:
            parts.append(block["text"]["text"])
        for element in block.get("elements", []):
            parts.append(element["text"] if isinstance(element["text"], str) else element["text"]["text"])
    return "\n".join(parts)


@pytest.mark.parametrize("raw, shown", [
    ("Grøn & Blå", "Grøn &amp; Blå"),
    ("a < b > c", "a &lt; b &gt; c"),
    ("<!channel> se her", "&lt;!channel&gt; se her"),
    ("<https://evil.test|klik>", "&lt;https://evil.test|klik&gt;"),
    ("&amp; er allerede escaped", "&amp;amp; er allerede escaped"),
    ("*fed* og _kursiv_ bliver stående", "*fed* og _kursiv_ bliver stående"),
])
def test_corpus_text_is_shown_literally_not_as_slack_markup(raw, shown):
    assert render.escape(raw) == shown
    message = render.answer_message(answer(text=raw, citations=()))
    assert message["blocks"][0]["text"]["text"] == shown
    assert message["text"] == shown


@pytest.mark.parametrize("url, title, heading, expected", [
    ("https://gronnebyer.test/om/#historie", "Om os", "Historie",
     "<https://gronnebyer.test/om/#historie|Om os › Historie>"),
    ("https://gronnebyer.test/om/", "Om os", "", "<https://gronnebyer.test/om/|Om os>"),
    ("https://gronnebyer.test/s?a=1&b=2", "Søg", "Grøn & Blå",
     "<https://gronnebyer.test/s?a=1&amp;b=2|Søg › Grøn &amp; Blå>"),
    ("https://gronnebyer.test/a|b c>", "Titel", "Afsnit",
     "<https://gronnebyer.test/a%7Cb%20c%3E|Titel › Afsnit>"),
])
def test_each_source_is_a_link_named_title_and_section(url, title, heading, expected):
    message = render.answer_message(answer(citations=[citation(url=url, title=title, heading=heading)]))
    context_texts = [b["elements"][0]["text"] for b in message["blocks"] if b["type"] == "context"]
    assert any(t.startswith(f"*[1]* {expected}") for t in context_texts), context_texts


def test_the_answer_keeps_its_citation_markers_and_sources_follow_in_order():
    two = answer(text="Første [1]. Anden [2].", citations=[citation(1), citation(2, heading="§ 5")])
    message = render.answer_message(two)
    kinds = [b["type"] for b in message["blocks"]]
    assert kinds == ["section", "context", "context", "context", "actions"]
    assert "Første [1]. Anden [2]." in all_text(message)
    assert all_text(message).index("*[1]*") < all_text(message).index("*[2]*")


@pytest.mark.parametrize("length", [2999, 3000, 3001, 9000, 200_000])
def test_long_answers_are_split_into_blocks_slack_accepts(length):
    words = ("kontingent " * (length // 11 + 1))[:length]
    message = render.answer_message(answer(text=words))
    assert len(message["blocks"]) <= render.MAX_BLOCKS
    for block in message["blocks"]:
        texts = [block["text"]] if "text" in block else block.get("elements", [])
        for t in texts:
            text = t["text"] if isinstance(t["text"], str) else t["text"]["text"]
            assert len(text) <= render.MAX_TEXT_CHARS
    sections = "".join(b["text"]["text"] for b in message["blocks"] if b["type"] == "section")
    if length <= 40 * render.MAX_TEXT_CHARS:
        assert sections.replace(" ", "") == words.replace(" ", "")
    else:
        assert sections.endswith(render.SHORTENED_NOTE)


def test_a_split_never_cuts_an_escape_in_half():
    text = "&" * 2000  # becomes 10,000 characters of &amp; with no space to split at
    pieces = render.split_text(render.escape(text))
    assert all(len(p) <= render.MAX_TEXT_CHARS for p in pieces)
    assert all(p.replace("&amp;", "") == "" for p in pieces)
    assert "".join(pieces) == render.escape(text)


def test_buttons_for_feedback_always_and_share_or_colleague_when_asked():
    plain = render.answer_message(answer())["blocks"][-1]
    assert [e["action_id"] for e in plain["elements"]] == [render.ACTION_HELPFUL, render.ACTION_UNHELPFUL]
    assert {e["value"] for e in plain["elements"]} == {"0123456789abcdef0123456789abcdef"}
    full = render.answer_message(answer(), share=True, colleague=True)["blocks"][-1]
    labels = [e["text"]["text"] for e in full["elements"]]
    assert labels[2:] == ["Del i kanalen", "Spørg en kollega"]
    assert json.loads(full["elements"][2]["value"]) == {"id": "0123456789abcdef0123456789abcdef",
                                                        "q": "Hvad koster det at være medlem?"}


def test_a_button_value_stays_within_slacks_limit_even_for_a_long_question():
    long_question = "ø\"" * 499
    value = render.answer_ref(answer(question=long_question))
    assert len(value) <= render.MAX_BUTTON_VALUE_CHARS
    assert json.loads(value)["id"] == "0123456789abcdef0123456789abcdef"


def test_a_declined_answer_says_so_and_offers_passages_only_as_maybe_relevant():
    declined = answer(text="Det kan jeg desværre ikke finde et svar på.", answered=False)
    text = all_text(render.answer_message(declined, colleague=True))
    assert "Måske relevant:" in text and "Kilder:" not in text
    assert "Spørg en kollega" in text


def test_a_forwarded_question_names_the_asker_and_escapes_their_words():
    message = render.colleague_message("Må vi bruge <logo> & navn?", "Ingen svar.", "UMEDLEM", "CGRONNE")
    text = all_text(message)
    assert "<@UMEDLEM>" in text and "<#CGRONNE>" in text
    assert "Må vi bruge &lt;logo&gt; &amp; navn?" in text


def test_a_forwarded_question_with_no_valid_ids_does_not_inject_mentions():
    text = all_text(render.colleague_message("Hej", "svar", "<!channel>", "x|y"))
    assert "<!channel>" not in text and "En kollega" in text


def test_a_source_link_opens_the_page_at_the_quoted_sentence():
    quoted = citation(url="https://gronnebyer.test/om/#historie", title="Om os", heading="Historie")
    quoted = Citation(**{**quoted.__dict__, "quoted": "Foreningen blev stiftet i 2009."})
    line = render.source_line(answer(citations=[quoted]), 0)
    assert line.startswith("*[1]* <https://gronnebyer.test/om/#historie:~:text="
                           "Foreningen%20blev%20stiftet%20i%202009|Om os › Historie>")
