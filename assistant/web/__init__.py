"""The web channel: JSON API, embeddable chat widget and the safety that a public endpoint needs."""
from __future__ import annotations

from flask import Flask

from ..services import Services
from .admin import create_admin_blueprint
from .api import create_api_blueprint
from .security import install_security
from .widget import create_widget_blueprint


def init_web(app: Flask, services: Services) -> None:
    """Install errors, headers, CORS and rate limits on the app, then the API, widget and admin routes."""
    limiter = install_security(app, services.config)
    app.register_blueprint(create_api_blueprint(services, limiter))
    app.register_blueprint(create_widget_blueprint(services.config))
    app.register_blueprint(create_admin_blueprint(services, limiter))
