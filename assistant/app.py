"""Composition root: one Flask app from a Config, holding the shared services and every channel."""
from __future__ import annotations

import logging

from flask import Flask

from .config import Config, from_env, load_env_file
from .errors import ConfigError
from .quality.log_writer import BackgroundLog
from .services import Services
from .slack.routes import create_slack_blueprint
from .web import init_web

log = logging.getLogger(__name__)


def create_app(config: Config | None = None, services: Services | None = None) -> Flask:
    """The assistant's web app; `config=None` reads .env and the environment (gunicorn's entry point).

    `services` is a seam for tests that need a prepared index or store; normally it is built here.
    """
    if config is None:
        try:
            load_env_file()
            config = from_env()
        except ConfigError as exc:
            # gunicorn's entry point, so the command's end: the Danish message, exit code 1.
            raise SystemExit(exc.message) from None
    services = services if services is not None else Services.from_config(config)
    # Requests queue their log rows; a writer thread stores them (quality/log_writer.py).
    services.store = BackgroundLog(services.store)
    services.prepare()
    app = Flask(__name__, static_folder=None)
    app.extensions["assistant"] = services
    # The web channel also installs the app-wide JSON errors and security headers.
    init_web(app, services)
    # Other channels register their blueprints below (assistant.web and assistant.slack never
    # import each other; only this composition layer knows both).
    if config.slack_enabled:
        app.register_blueprint(create_slack_blueprint(services))
    else:
        log.warning("Slack er slået fra: sæt SLACK_BOT_TOKEN og SLACK_SIGNING_SECRET "
                    "(eller SLACK_APP_TOKEN) for at slå det til.")
    return app
