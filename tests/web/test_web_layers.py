"""The web channel keeps to its layer: it never imports Slack, and the core never imports Flask."""
from __future__ import annotations

import ast
from pathlib import Path

from assistant.config import REPO_ROOT

PACKAGE = REPO_ROOT / "assistant"


def imported_modules(path: Path) -> set[str]:
    """Absolute names of the modules a file imports (relative imports resolved)."""
    package = ".".join(path.relative_to(REPO_ROOT).with_suffix("").parts[:-1])
    modules = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[:len(package.split(".")) - node.level + 1] if node.level else []
            modules.add(".".join([*base, node.module] if node.module else base))
    return modules


def test_the_web_channel_never_imports_the_slack_channel():
    for path in (PACKAGE / "web").glob("*.py"):
        modules = imported_modules(path)
        assert not any(m.startswith(("assistant.slack", "slack_sdk")) for m in modules), path.name
        assert "assistant.app" not in modules, path.name


def test_the_core_never_imports_flask_or_a_channel():
    for path in PACKAGE.glob("*.py"):
        if path.name in ("app.py", "__main__.py"):
            continue  # the composition root and the command line are the places that know channels
        modules = imported_modules(path)
        for forbidden in ("flask", "werkzeug", "flask_limiter", "assistant.web", "assistant.slack"):
            assert not any(m == forbidden or m.startswith(forbidden + ".") for m in modules), (
                path.name, forbidden)


def test_the_app_factory_creates_nothing_at_import_time():
    source = (PACKAGE / "app.py").read_text(encoding="utf-8")
    tree = ast.parse(source)
    top_level_calls = [node for node in tree.body if isinstance(node, (ast.Expr, ast.Assign))
                       and isinstance(getattr(node, "value", None), ast.Call)]
    assert [ast.unparse(n) for n in top_level_calls
            if "getLogger" not in ast.unparse(n)] == []
