"""The weekly digest: the week's figures and top unanswered questions, posted to a Slack channel."""
from __future__ import annotations

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from ..config import Config
from ..errors import AssistantError
from ..quality.gap_report import GapReport
from .render import context, escape, section
from .worker import web_client

DIGEST_DAYS = 7
DIGEST_GAPS = 5
# How much of a question one digest line shows (a display cut, not the limit on what may be asked).
DIGEST_QUESTION_CHARS = 200


def channel_totals(report: GapReport) -> dict[str, tuple[int, int]]:
    """Questions and answered questions per channel over the whole period, busiest channel first."""
    totals: dict[str, list[int]] = {}
    for share in report.shares:
        cell = totals.setdefault(share.channel, [0, 0])
        cell[0] += share.questions
        cell[1] += share.answered
    return {c: (n, a) for c, (n, a) in sorted(totals.items(), key=lambda kv: (-kv[1][0], kv[0]))}


def digest_blocks(report: GapReport) -> tuple[str, list[dict]]:
    """Fallback text and Block Kit blocks for the digest (pure; logged text escaped for Slack)."""
    share = report.answered / report.total if report.total else 0.0
    summary = (f"Balance-assistenten, de seneste {report.since_days} dage: {report.total} spørgsmål, "
               f"{report.answered} besvaret ({share:.0%}), {report.declined} uden svar.")
    if report.latency_ms:
        summary += f" Svartid p95: {report.latency_ms['p95']:.0f} ms."
    blocks = [section(escape(summary))]
    channels = channel_totals(report)
    if channels:
        blocks.append(context(" · ".join(f"{escape(c)}: {n} spørgsmål, {a / n:.0%} besvaret"
                                         for c, (n, a) in channels.items())))
    if report.unanswered:
        lines = [f"• {g.count} × {escape(g.example[:DIGEST_QUESTION_CHARS])}"
                 for g in report.unanswered[:DIGEST_GAPS]]
        blocks.append(section("*Spørgsmål uden svar (skriv gerne det manglende indhold):*\n"
                              + "\n".join(lines)))
    else:
        blocks.append(section("Alle spørgsmål fik et svar i perioden."))
    if report.disliked:
        lines = [f"• {d.thumbs_down} 👎 {escape(d.question[:DIGEST_QUESTION_CHARS])}"
                 for d in report.disliked[:DIGEST_GAPS]]
        blocks.append(section("*Svar med flest 👎:*\n" + "\n".join(lines)))
    blocks.append(context("Hele rapporten: `python -m assistant report` eller /admin/report"))
    return summary, blocks


def post_digest(config: Config, report: GapReport, client: WebClient | None = None) -> str:
    """Post the digest to SLACK_DIGEST_CHANNEL; returns the message ts. Errors are Danish."""
    if not config.slack_bot_token or not config.slack_digest_channel:
        raise AssistantError("Sæt SLACK_BOT_TOKEN og SLACK_DIGEST_CHANNEL for at sende overblikket.", 400)
    client = client or web_client(config)
    text, blocks = digest_blocks(report)
    try:
        response = client.chat_postMessage(channel=config.slack_digest_channel, text=text,
                                           blocks=blocks, unfurl_links=False)
    except SlackApiError as exc:
        error = exc.response.get("error", "ukendt fejl")
        raise AssistantError(f"Slack afviste overblikket ({error}).", 502) from exc
    except (SlackClientError, OSError) as exc:
        # slack_sdk lets urllib's errors (refused, DNS, timeout; all OSError) through as they are.
        raise AssistantError(f"Slack kunne ikke nås på {config.slack_api_url} ({exc}).", 502) from exc
    return str(response.get("ts", ""))
