"""docs/architecture.md's package map names every module of the package, and only those."""
from __future__ import annotations

import re

from assistant.config import REPO_ROOT
from tests.support.imports import PACKAGE, package_files

DOC = REPO_ROOT / "docs" / "architecture.md"


def mapped_modules() -> list[str]:
    """The module paths (relative to assistant/) listed under "## Package map", in order."""
    text = DOC.read_text(encoding="utf-8")
    section = text.split("\n## Package map\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^- `([\w/]+\.py)`: \S", section, flags=re.MULTILINE)


def test_the_package_map_lists_every_module_once_with_a_line_about_it():
    listed = mapped_modules()
    actual = sorted(str(p.relative_to(PACKAGE)) for p in package_files())
    assert len(listed) == len(set(listed))
    assert sorted(listed) == actual


def test_the_architecture_doc_names_the_rule_and_the_composition_root():
    text = DOC.read_text(encoding="utf-8")
    for heading in ("## The flow", "## The composition root", "## The import rule", "## Linting"):
        assert heading in text
    # Every package of the import rule's table exists.
    for package in re.findall(r"`(\w+)/`", text.split("## The import rule", 1)[1].split("## ", 1)[0]):
        assert package == "assistant" or (PACKAGE / package / "__init__.py").is_file(), package
