"""The web channel: JSON API, embeddable chat widget and the safety that a public endpoint needs."""
from __future__ import annotations

import logging

from flask import Flask

from ..answer.compose import ask
from ..errors import AssistantError
from ..services import Services
from .admin import create_admin_blueprint
from .api import create_api_blueprint
from .ask_path import ShortAskPath
from .security import install_proxy_fix, install_security, limiter_hooks_to
from .suggestions import answerable_suggestions, parse_suggestions
from .widget import create_widget_blueprint

log = logging.getLogger(__name__)


def checked_suggestions(services: Services) -> list[str]:
    """The configured suggestions the index can answer; unchecked while there is no index yet."""
    questions = parse_suggestions(services.config.suggestions)
    try:
        index = services.index.current()
    except AssistantError:
        log.warning("Widgettens forslag er ikke kontrolleret: der er intet indeks endnu.")
        return questions
    return answerable_suggestions(questions, index, ask)


def init_web(app: Flask, services: Services) -> None:
    """Install errors, headers, CORS and rate limits on the app, then the API, widget and admin routes,
    /api/ask's short path in front of them, and the proxy headers' reading in front of that."""
    limiter, policy = install_security(app, services.config)
    api, ask_desk = create_api_blueprint(services, limiter)
    app.register_blueprint(api)
    app.register_blueprint(create_widget_blueprint(services.config, checked_suggestions(services)))
    admin = create_admin_blueprint(services, limiter)
    limiter_hooks_to(limiter, app, admin)
    app.register_blueprint(admin)
    app.wsgi_app = ShortAskPath(app, ask_desk, policy, services.config)  # type: ignore[method-assign]
    install_proxy_fix(app, services.config)
