"""The one import parser of the import-graph tests: which modules a source file imports."""
from __future__ import annotations

import ast
from pathlib import Path

from assistant.config import REPO_ROOT

PACKAGE = REPO_ROOT / "assistant"


def module_name(path: Path) -> str:
    """`assistant/answer/compose.py` -> `assistant.answer.compose`; a package's `__init__.py` -> the package."""
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> set[str]:
    """Absolute names of what a file imports, relative imports resolved against its own package.

    `from package import x` yields `package.x` too when x is a module of ours.
    """
    parts = path.relative_to(REPO_ROOT).with_suffix("").parts
    package = list(parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found.add(target)
            found |= {f"{target}.{alias.name}" for alias in node.names
                      if _is_our_module(f"{target}.{alias.name}")}
    return found


def package_files(*folders: str) -> list[Path]:
    """Every source file of the assistant package, or of the given subpackages."""
    roots = [PACKAGE / folder for folder in folders] or [PACKAGE]
    return sorted(p for root in roots for p in root.rglob("*.py"))


def _is_our_module(name: str) -> bool:
    path = REPO_ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()
