"""`python -m assistant ask "spørgsmål"`: answer a question from the index on the command line."""
from __future__ import annotations

import argparse
import json
import sys

from .answer import ask
from .config import from_env
from .errors import AssistantError
from .index import load_index
from .render_text import answer_text


def _ask(args: argparse.Namespace) -> int:
    config = from_env(index_path=args.index)
    answer = ask(args.question, load_index(config.index_path), contact_url=config.contact_url)
    if args.json:
        print(json.dumps(answer.to_json(), ensure_ascii=False, indent=2))
    else:
        print(answer_text(answer))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assistant",
                                     description="Balance-assistenten på kommandolinjen.")
    commands = parser.add_subparsers(dest="command", required=True)
    ask_cmd = commands.add_parser("ask", help="Stil et spørgsmål og få et svar med kilder.")
    ask_cmd.add_argument("question", help="Spørgsmålet, fx \"Hvad er jeres vision?\"")
    ask_cmd.add_argument("--index", help="Indeksfil (standard: ASSISTANT_INDEX eller var/index.bm25).")
    ask_cmd.add_argument("--json", action="store_true", help="Skriv svaret som JSON.")
    ask_cmd.set_defaults(run=_ask)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except AssistantError as exc:
        print(f"Fejl: {exc.message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
