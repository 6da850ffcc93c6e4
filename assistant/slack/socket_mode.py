"""Socket Mode: the same Slack handlers over a WebSocket that the app opens to Slack (no public URL).

Run with `python server.py --slack-socket-mode`; it needs SLACK_APP_TOKEN (xapp-…) and SLACK_BOT_TOKEN.
Requests arrive already authenticated by the connection, so no signature check; everything else
(de-duplication, queue, worker) is shared with the HTTP routes.
"""
from __future__ import annotations

import logging
import sys
import threading

from slack_sdk.socket_mode import SocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from ..config import Config
from ..errors import AssistantError
from ..services import Services
from .runtime import SlackRuntime
from .worker import web_client

log = logging.getLogger(__name__)


class SocketModeRunner:
    """Connects to Slack over Socket Mode and feeds every envelope to the shared inbox."""

    def __init__(self, services: Services, runtime: SlackRuntime | None = None):
        config = services.config
        if not config.slack_app_token or not config.slack_bot_token:
            raise AssistantError("Socket Mode kræver både SLACK_APP_TOKEN (xapp-…) og SLACK_BOT_TOKEN "
                                 "(xoxb-…).", status=503)
        self.runtime = runtime or SlackRuntime.build(services)
        # apps.connections.open goes to SLACK_API_URL too, with the app-level token.
        self.client = SocketModeClient(app_token=config.slack_app_token, web_client=web_client(config))
        self.client.socket_mode_request_listeners.append(self.handle)

    def handle(self, client: SocketModeClient, req: SocketModeRequest) -> None:
        """Acknowledge one envelope (with a reply body where Slack shows one) after queueing its work."""
        inbox = self.runtime.inbox
        body = None
        try:
            if req.type == "events_api":
                body = inbox.event(req.payload)
            elif req.type == "slash_commands":
                body = inbox.command(req.payload)
            elif req.type == "interactive":
                body = inbox.interaction(req.payload)
        except AssistantError as exc:
            log.warning("Slack-besked (%s) afvist: %s", req.type, exc.message)
            # Only a slash command's acknowledgement is shown to the user.
            if req.type == "slash_commands":
                body = {"response_type": "ephemeral", "text": exc.message}
        client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id, payload=body))

    def start(self) -> None:
        self.runtime.worker.ensure_running()
        self.client.connect()

    def stop(self) -> None:
        self.client.close()
        self.runtime.stop()


def run_socket_mode(config: Config, stop: threading.Event | None = None) -> int:
    """Serve Slack over Socket Mode until `stop` is set or Ctrl-C; returns an exit code."""
    stop = stop or threading.Event()
    try:
        services = Services.from_config(config)
        runner = SocketModeRunner(services)
    except AssistantError as exc:
        print(f"Fejl: {exc.message}", file=sys.stderr)
        return 2
    # As the web servers do before serving: the language tables (from the machine's table cache)
    # and the index are ready before Slack's first question, not built while it waits.
    services.prepare()
    runner.start()
    try:
        # Inside the try: a Ctrl-C the moment the line shows is handled as any later one.
        print("Balance-assistenten lytter på Slack via Socket Mode. Stop med Ctrl-C.", flush=True)
        stop.wait()
    except KeyboardInterrupt:
        pass
    finally:
        runner.stop()
    return 0
