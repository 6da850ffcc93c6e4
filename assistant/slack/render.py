"""Answer → Slack Block Kit message: escaped text, source links, buttons, within Slack's limits (pure)."""
from __future__ import annotations

import json
import re
from urllib.parse import quote

from ..answer.plain_text import citation_label
from ..answer.result import Answer
from ..answer.text_fragment import fragment_url

# Slack's Block Kit limits (api.slack.com/reference/block-kit/blocks).
MAX_TEXT_CHARS = 3000          # per section / context text object
MAX_BLOCKS = 50                # per message
MAX_BUTTON_VALUE_CHARS = 2000  # per button value
MAX_FALLBACK_CHARS = 3000      # the notification text shown where blocks are not
MAX_LABEL_CHARS = 200          # keeps one source line readable
SHORTENED_NOTE = "… _(svaret er forkortet)_"

ACTION_HELPFUL = "feedback_helpful"
ACTION_UNHELPFUL = "feedback_unhelpful"
ACTION_SHARE = "share_answer"
ACTION_COLLEAGUE = "ask_colleague"

_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# A URL inside <url|label> may not hold the characters that end or split the link.
_URL_UNSAFE = re.compile(r"[<>|\s]")


def escape(text: str) -> str:
    """Text made literal for Slack mrkdwn: &, < and > escaped (Slack's three control characters)."""
    return re.sub(r"[&<>]", lambda m: _ESCAPES[m.group()], text)


def link(url: str, label: str) -> str:
    """A Slack link `<url|label>`; the label is escaped and the URL cannot break out of the link."""
    safe_url = _URL_UNSAFE.sub(lambda m: quote(m.group()), url).replace("&", "&amp;")
    return f"<{safe_url}|{escape(shorten(label, MAX_LABEL_CHARS))}>"


def shorten(text: str, limit: int) -> str:
    """The text cut at a word boundary to at most `limit` characters, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1].rsplit(" ", 1)[0] or text[:limit - 1]
    return cut + "…"


def split_text(text: str, limit: int = MAX_TEXT_CHARS) -> list[str]:
    """Escaped mrkdwn split into pieces of at most `limit` characters, between words if possible.

    A cut never falls inside an escape such as `&amp;`, which Slack would show broken.
    """
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
            amp = rest.rfind("&", max(0, cut - 4), cut)
            if amp > 0 and ";" not in rest[amp:cut]:
                cut = amp
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def section(mrkdwn: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn}}


def context(mrkdwn: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": mrkdwn}]}


def button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    element = {"type": "button", "text": {"type": "plain_text", "text": text, "emoji": True},
               "action_id": action_id, "value": value[:MAX_BUTTON_VALUE_CHARS]}
    if style:
        element["style"] = style
    return element


def answer_ref(answer: Answer) -> str:
    """A button value naming the answer and its question, so a click can re-create or forward it."""
    question = answer.question
    value = json.dumps({"id": answer.id, "q": question}, ensure_ascii=False)
    while len(value) > MAX_BUTTON_VALUE_CHARS:
        question = question[:len(question) - (len(value) - MAX_BUTTON_VALUE_CHARS) - 1]
        value = json.dumps({"id": answer.id, "q": question}, ensure_ascii=False)
    return value


def source_line(answer: Answer, i: int) -> str:
    """`[n] <url|Title › Section>` and the cited passage, within one text object's limit."""
    c = answer.citations[i]
    line = f"*[{c.n}]* {link(fragment_url(c.url, c.quoted), citation_label(c))}"
    if len(line) > MAX_TEXT_CHARS:
        # Only an absurdly long URL gets here; the source is still named, without the link.
        line = f"*[{c.n}]* {escape(shorten(citation_label(c), MAX_LABEL_CHARS))}"
    snippet = escape(c.snippet)
    if snippet and len(line) + 1 + len(snippet) <= MAX_TEXT_CHARS:
        line += f"\n{snippet}"
    return line


def actions(answer: Answer, *, share: bool, colleague: bool) -> dict:
    """👍/👎, and when wanted "Del i kanalen" and "Spørg en kollega"."""
    elements = [button("👍 Hjælpsomt", ACTION_HELPFUL, answer.id),
                button("👎 Ikke hjælpsomt", ACTION_UNHELPFUL, answer.id)]
    if share:
        elements.append(button("Del i kanalen", ACTION_SHARE, answer_ref(answer), style="primary"))
    if colleague:
        elements.append(button("Spørg en kollega", ACTION_COLLEAGUE, answer_ref(answer)))
    return {"type": "actions", "block_id": f"answer-{answer.id}", "elements": elements}


def answer_message(answer: Answer, *, share: bool = False, colleague: bool = False) -> dict:
    """`{"text", "blocks"}` for chat.postMessage or a response_url: answer, sources, buttons."""
    sources = [context(source_line(answer, i)) for i in range(len(answer.citations))]
    if sources:
        heading = "Kilder:" if answer.answered else "Måske relevant:"
        sources.insert(0, context(f"*{heading}*"))
    tail = sources + [actions(answer, share=share, colleague=colleague)]
    room = MAX_BLOCKS - len(tail)
    pieces = split_text(escape(answer.answer))
    if len(pieces) > room:
        pieces = pieces[:room]
        pieces[-1] = shorten(pieces[-1], MAX_TEXT_CHARS - len(SHORTENED_NOTE)) + SHORTENED_NOTE
    blocks = [section(p) for p in pieces] + tail
    return {"text": fallback_text(answer.answer), "blocks": blocks}


def fallback_text(text: str) -> str:
    return escape(shorten(text, MAX_FALLBACK_CHARS))


def notice_message(text: str) -> dict:
    """A short message of our own (Danish help, thanks, errors): escaped, one section."""
    blocks = [section(p) for p in split_text(escape(text))]
    return {"text": fallback_text(text), "blocks": blocks[:MAX_BLOCKS]}


def colleague_message(question: str, answer_text: str, asker: str, origin_channel: str) -> dict:
    """The question forwarded to the colleague channel, with who asked where and what the assistant said."""
    who = f"<@{asker}>" if re.fullmatch(r"[UW][A-Z0-9]+", asker or "") else "En kollega"
    where = f" i <#{origin_channel}>" if re.fullmatch(r"[CDG][A-Z0-9]+", origin_channel or "") else ""
    blocks = [section(f"*Spørgsmål til en kollega* fra {who}{where}:\n>{escape(shorten(question, 2000))}"),
              context("Assistentens svar: " + escape(shorten(answer_text, 2000))),
              context("Svar gerne i tråden her eller direkte til spørgeren.")]
    return {"text": fallback_text(f"Spørgsmål til en kollega: {question}"), "blocks": blocks}
