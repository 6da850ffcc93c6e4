"""`python -m assistant ask|evaluate|report|digest`: the assistant and its quality tools in a terminal."""
from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from .. import __version__
from ..answer.conversation import ask
from ..answer.plain_text import answer_text
from ..backends import open_store
from ..config import Config, from_env, load_env_file
from ..errors import AssistantError
from ..index.storage import load_index
from ..language import table_cache
from ..language.analysis import default_analyzer
from ..quality.evaluation import Thresholds, evaluate, report_lines
from ..quality.gap_report import GapReport, build_report
from ..quality.gap_report import report_lines as gap_report_lines
from ..quality.question_file import read_question_file
from ..quality.question_log import QuestionLog
from . import exits_on_bad_settings
from .danish_argparse import DanishParser, add_command, number, whole_number
from .terminal import ControlFreeOutput

INDEX_HELP = "Indeksfil (standard: ASSISTANT_INDEX eller var/index.bm25)."


def _ask(args: argparse.Namespace) -> int:
    config = from_env(index_path=args.index)
    # One question from a terminal: the language tables come from the machine's table cache
    # (seconds saved on every call after the first), as in the servers.
    table_cache.configure(config.table_cache)
    answer = ask(args.question, load_index(config.index_path), contact_url=config.contact_url)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
    else:
        print(answer_text(answer))
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    config = from_env(index_path=args.index)
    table_cache.configure(config.table_cache)
    thresholds = Thresholds(hit1=args.min_hit1, hit3=args.min_hit3, mrr=args.min_mrr,
                            declined_right=args.min_declined, fact_in_answer=args.min_fact)
    report = evaluate(load_index(config.index_path), read_question_file(Path(args.questions)))
    failures = thresholds.failures(report)
    if args.json:
        print(json.dumps({**report.to_json(), "failures": failures}, ensure_ascii=False, indent=2))
    else:
        print("\n".join(report_lines(report)))
        for failure in failures:
            print(f"KVALITETSKRAV IKKE OPFYLDT: {failure}", file=sys.stderr)
    return 1 if failures else 0


def _logged_report(config: Config, since_days: int) -> GapReport:
    """The report over the question log the servers write (SQLite file or PostgreSQL)."""
    if config.database_url:
        return build_report(open_store(config), default_analyzer(), since_days)
    return _sqlite_report(config.db_path, config.log_retention_days, since_days)


def _sqlite_report(db_path: Path, retention_days: int, since_days: int) -> GapReport:
    """The report over an existing question log, after applying the retention period to it."""
    # A wrong ASSISTANT_DB would otherwise create an empty log and report "no questions".
    if not db_path.is_file():
        raise AssistantError(f"Spørgsmålsloggen {db_path} findes ikke. Sæt ASSISTANT_DB (eller --db) "
                             "til den fil, serveren skriver i.", 400)
    try:
        return build_report(QuestionLog(db_path, retention_days=retention_days), default_analyzer(),
                            since_days)
    except sqlite3.Error as exc:
        raise AssistantError(f"Spørgsmålsloggen {db_path} kan ikke læses ({exc}).", 500) from exc


def _report(args: argparse.Namespace) -> int:
    if args.since < 1:
        raise AssistantError("--since skal være mindst 1 dag.", 400)
    config = from_env(db_path=args.db)
    report = _logged_report(config, args.since)
    print("\n".join(gap_report_lines(report)))
    return 0


def _digest(args: argparse.Namespace) -> int:
    from ..slack.digest import DIGEST_DAYS, post_digest  # Slack only for the command that posts

    config = from_env(db_path=args.db)
    post_digest(config, _logged_report(config, DIGEST_DAYS))
    print(f"Overblikket er sendt til {config.slack_digest_channel}.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = DanishParser(prog="python -m assistant", version=__version__,
                          description="Balance-assistenten på kommandolinjen: stil spørgsmål, mål "
                                      "svarkvaliteten og se, hvad medlemmerne spørger om.")
    commands = parser.add_subparsers(dest="command")
    ask_cmd = add_command(
        commands, "ask", "Stil et spørgsmål og få et svar med kilder.",
        ["python -m assistant ask \"Hvornår blev Balance Danmark stiftet?\""],
        "Svarer som API'et og widgetten: citerede afsnit med kilder, eller en afvisning, hvis "
        "materialet ikke rummer svaret.")
    ask_cmd.add_argument("question", metavar="SPØRGSMÅL", help="Spørgsmålet, fx \"Hvad er jeres vision?\"")
    ask_cmd.add_argument("--index", metavar="FIL", help=INDEX_HELP)
    ask_cmd.add_argument("--json", action="store_true", help="Skriv svaret som JSON.")
    ask_cmd.set_defaults(run=_ask)

    ev = add_command(
        commands, "evaluate", "Mål svarkvaliteten på en fil med spørgsmål og kilder.",
        ["python -m assistant evaluate spoergsmaal.tsv --min-hit1 0.8"],
        "Stiller hvert spørgsmål i filen og måler, om den forventede kilde kommer først (hit@1), "
        "blandt de tre første (hit@3), om svaret rummer det forventede faktum, og om spørgsmål "
        "uden svar afvises.")
    ev.add_argument("questions", metavar="FIL", help="TSV-fil: spørgsmål<TAB>forventet kilde (url, "
                                                     "url#anker, url § N) eller NONE, evt. "
                                                     "<TAB>faktum i svaret<TAB>typer (fx english,typo).")
    ev.add_argument("--index", metavar="FIL", help=INDEX_HELP)
    ev.add_argument("--json", action="store_true", help="Skriv resultatet som JSON.")
    for name, label in (("hit1", "hit@1"), ("hit3", "hit@3"), ("mrr", "MRR"),
                        ("declined", "andelen korrekt afviste"),
                        ("fact", "andelen af svar med det forventede faktum")):
        ev.add_argument(f"--min-{name}", type=number, default=0.0, metavar="ANDEL",
                        help=f"Afslut med fejl, hvis {label} er under denne grænse.")
    ev.set_defaults(run=_evaluate)

    rep = add_command(
        commands, "report", "Rapport over spørgsmål uden svar, 👎, kilder og svartid.",
        ["python -m assistant report --since 7"],
        "Læser spørgsmålsloggen og viser, hvad der mangler i materialet.")
    rep.add_argument("--since", type=whole_number, default=30, metavar="DAGE",
                     help="Antal dage tilbage (standard 30).")
    rep.add_argument("--db", metavar="FIL", help="Databasefil (standard: ASSISTANT_DB).")
    rep.set_defaults(run=_report)

    dig = add_command(
        commands, "digest", "Send ugens overblik til SLACK_DIGEST_CHANNEL.",
        ["python -m assistant digest"],
        "Sender den seneste uges rapport til Slack-kanalen i SLACK_DIGEST_CHANNEL (til cron eller "
        "en systemd-timer en gang om ugen).")
    dig.add_argument("--db", metavar="FIL", help="Databasefil (standard: ASSISTANT_DB).")
    dig.set_defaults(run=_digest)
    return parser


@exits_on_bad_settings
def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    load_env_file()
    # Answers and reports quote crawled text: no escape sequence of a page reaches the terminal.
    with redirect_stdout(ControlFreeOutput(sys.stdout)), redirect_stderr(ControlFreeOutput(sys.stderr)):
        try:
            return args.run(args)
        except AssistantError as exc:
            print(f"Fejl: {exc.message}", file=sys.stderr)
            return 1


if __name__ == "__main__":
    sys.exit(main())
