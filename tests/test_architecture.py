"""Data flows one way: ingest → statutes → index → answer → quality → channels, stated per package."""
from __future__ import annotations

import ast

from assistant.config import REPO_ROOT
from tests.support.imports import PACKAGE, imported_modules, module_name, package_files

# The modules directly in assistant/ that everything may lean on; they lean only on each other.
FOUNDATION = {"config", "errors", "documents", "json_input", "sqlite_db", "dependency", "shared_redis"}
EVERYTHING = {p.stem for p in PACKAGE.glob("*.py")} | {p.name for p in PACKAGE.iterdir() if p.is_dir()
                                                      and (p / "__init__.py").exists()}

# Which parts of the assistant package each part may import (a part: a subpackage or a module in
# assistant/). Reading down the list is reading the flow; the channels web and slack never meet.
MAY_IMPORT: dict[str, set[str]] = {
    "errors": set(), "json_input": set(), "sqlite_db": set(), "config": {"errors"},
    "documents": {"errors"}, "dependency": {"errors"}, "shared_redis": {"dependency", "errors"},
    "language": FOUNDATION,
    "ingest": FOUNDATION | {"language"},
    "statutes": FOUNDATION | {"language"},
    "index": FOUNDATION | {"language", "ingest", "statutes"},
    "answer": FOUNDATION | {"language", "statutes", "index"},
    "quality": FOUNDATION | {"language", "index", "answer"},
    "backends": FOUNDATION | {"quality"},
    "services": FOUNDATION | {"language", "index", "answer", "quality", "backends"},
    "__init__": {"answer", "index"},  # the package's public names: ask, Answer, Citation, load_index
    "web": FOUNDATION | {"__init__", "language", "index", "answer", "quality", "backends", "services"},
    "slack": FOUNDATION | {"answer", "quality", "services"},
    "app": FOUNDATION | {"services", "web", "slack", "quality"},  # the composition root
    "cli": EVERYTHING - {"__main__"},  # the entry points: may reach every part
    "__main__": {"cli"},
}
# Third-party web and Slack libraries stay in the channels, the composition root and the entry points.
CHANNEL_LIBRARIES = {"flask": {"web", "slack", "app"}, "werkzeug": {"web", "slack", "app"},
                     "flask_limiter": {"web"}, "slack_sdk": {"slack"}}


def part_of(module: str) -> str:
    """`assistant.answer.compose` -> `answer`; `assistant.config` -> `config`; `assistant` -> `__init__`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_part_of_the_package_has_a_rule():
    assert EVERYTHING == set(MAY_IMPORT)


def test_every_module_imports_only_what_its_package_may():
    wrong = []
    for path in package_files():
        me = part_of(module_name(path))
        for imported in imported_modules(path):
            if imported.split(".")[0] != "assistant":
                continue
            other = part_of(imported)
            if other != me and other not in MAY_IMPORT[me]:
                wrong.append(f"{module_name(path)} imports {imported}")
    assert wrong == []


def test_web_and_slack_libraries_stay_in_the_channels():
    wrong = []
    for path in package_files():
        me = part_of(module_name(path))
        for imported in imported_modules(path):
            library = imported.split(".")[0]
            if library in CHANNEL_LIBRARIES and me not in CHANNEL_LIBRARIES[library] | {"cli"}:
                wrong.append(f"{module_name(path)} imports {imported}")
    assert wrong == []


def test_in_the_slack_channel_only_the_routes_speak_flask():
    for path in package_files("slack"):
        if path.name != "routes.py":
            assert not {m.split(".")[0] for m in imported_modules(path)} & {"flask", "werkzeug"}, path


def test_the_scripts_only_hand_over_to_the_command_line_package():
    for script in ("indexer.py", "server.py", "assistant/__main__.py"):
        tree = ast.parse((REPO_ROOT / script).read_text(encoding="utf-8"))
        assert not [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))], script
        imports = imported_modules(REPO_ROOT / script) - {"sys"}
        assert imports and all(m.startswith(("assistant.cli", "assistant.__main__")) or m == "sys"
                               for m in imports), (script, imports)


def test_the_package_root_holds_at_most_twelve_modules():
    assert len(list(PACKAGE.glob("*.py"))) <= 12


def test_no_module_is_longer_than_three_hundred_lines():
    long = {str(p.relative_to(REPO_ROOT)): n for p in package_files()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 300}
    assert long == {}
