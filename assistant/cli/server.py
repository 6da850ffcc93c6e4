"""Run Balance-assistenten's web app locally: `python server.py [--host HOST] [--port PORT] [--index PATH]`."""
from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..app import create_app
from ..config import from_env, load_env_file
from ..errors import AssistantError
from ..slack.socket_mode import run_socket_mode
from . import exits_on_bad_settings
from .danish_argparse import DanishParser, whole_number

PRODUCTION_COMMAND = "gunicorn -w 4 -c gunicorn.conf.py"


def build_parser() -> argparse.ArgumentParser:
    parser = DanishParser(
        prog="python server.py", version=__version__,
        description="Start Balance-assistentens webserver (API, chatwidget og Slack, hvis sat op) "
                    f"til lokal brug. Til drift: {PRODUCTION_COMMAND}",
        epilog="Eksempler:\n\n  python server.py\n  python server.py --port 8080 --index var/index.bm25")
    parser.add_argument("--host", metavar="ADRESSE", help="Adresse (standard: ASSISTANT_HOST eller 127.0.0.1).")
    parser.add_argument("--port", type=whole_number, metavar="PORT",
                        help="Port (standard: ASSISTANT_PORT eller 8000; 0 = en ledig).")
    parser.add_argument("--index", metavar="FIL", help="Indeksfil (standard: ASSISTANT_INDEX eller var/index.bm25).")
    parser.add_argument("--slack-socket-mode", action="store_true",
                        help="Forbind til Slack via Socket Mode (SLACK_APP_TOKEN) i stedet for at "
                             "starte webserveren; til installationer uden offentlig adresse.")
    return parser


@exits_on_bad_settings
def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    load_env_file()
    config = from_env(host=args.host, port=args.port, index_path=args.index)
    if args.slack_socket_mode:
        return run_socket_mode(config)
    try:
        app = create_app(config)
    except AssistantError as exc:  # a setting the server refuses to start with
        print(f"Fejl: {exc.message}", file=sys.stderr)
        return 1
    print(f"Balance-assistenten starter på http://{config.host}:{config.port}/ "
          f"(indeks: {config.index_path})", flush=True)
    try:
        app.extensions["assistant"].index.current()
    except AssistantError as exc:
        # Start anyway: the server picks the index up as soon as `python indexer.py build` writes it.
        print(f"Advarsel: {exc.message}", flush=True)
    if config.slack_enabled:
        print("Slack er slået til.", flush=True)
    # When Slack is off, create_app has already said so (a warning on stderr).
    print(f"Til drift med flere processer: {PRODUCTION_COMMAND}", flush=True)
    app.run(host=config.host, port=config.port, threaded=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
