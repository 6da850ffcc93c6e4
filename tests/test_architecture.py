"""Data flows one way: crawl → extract → chunk → analyse → index → retrieve → answer → channels."""
from __future__ import annotations

import ast
from pathlib import Path

from assistant.config import REPO_ROOT

PACKAGE = REPO_ROOT / "assistant"

# Each module's stage; a module may import only from earlier stages, so data flows one way.
STAGES: dict[str, int] = {
    "config": 0, "errors": 0, "json_input": 0, "run_lock": 0.5, "terminal": 0, "urls": 0,
    "crawl_summary": 0, "extract.dates": 0, "snippets": 0, "text_fragment": 0, "suggestions": 0,
    "extract.sniff": 0, "cli_text": 0, "sqlite_retry": 0, "dependency": 1, "shared_redis": 2,
    "documents": 1,
    "analysis": 2, "index_file": 2, "staging": 2, "index_versions": 2.5, "statute_markers": 2, "fetch": 2,
    "extract": 2, "extract.blocks": 3, "extract.text": 3,
    "language": 2.5, "language.background": 3, "language.thesaurus": 3, "language.dictd": 3,
    "language.cognates": 3, "language.spelling": 3.5, "language.english": 3.5,
    "synonyms": 3, "statute_refs": 3, "sitemaps": 3, "crawl_state": 3,
    "extract.html": 4, "extract.pdf": 4, "statutes": 4,
    "chunking": 5, "crawl": 5, "local_files": 5,
    "index": 6, "sentences": 6.5,
    "build": 7, "retrieve": 7,
    "wrappers": 0, "reading": 7, "statute_answer": 8, "answerability": 8, "definitions": 8,
    "answer": 9, "small_talk": 9.5, "conversation": 9.8, "evaluation": 10,
    "render_text": 10, "store": 10, "pg_store": 10.2, "backends": 10.5, "__init__": 10,
    "services": 11,
    "report": 12, "digest": 12,
    "__main__": 16,  # an entry point, like server.py: may reach every channel
    "web": 14, "slack": 14,
    "app": 15,
}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def stage(name: str) -> int:
    """A module's stage; web/* and slack/* are channels, one stage for each package."""
    top = name.split(".")[0]
    if top in ("web", "slack"):
        return STAGES[top]
    assert name in STAGES, f"assistant/{name}: give the new module its stage in STAGES"
    return STAGES[name]


def package_imports(path: Path) -> set[str]:
    """Modules of the assistant package that a file imports, as names relative to the package."""
    package = list(path.relative_to(PACKAGE).parts[:-1])  # the folder the file is in
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = package[:len(package) - (node.level - 1)]
            target = [*base, *(node.module.split(".") if node.module else [])]
            found.add(".".join(target) or "__init__")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("assistant."):
            found.add(node.module.removeprefix("assistant."))
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("assistant.") for a in node.names
                      if a.name.startswith("assistant.")}
    return found


def test_every_module_imports_only_from_earlier_stages():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        me = module_name(path)
        for imported in package_imports(path):
            same_channel = imported.split(".")[0] == me.split(".")[0] in ("web", "slack", "extract")
            if not same_channel and stage(imported) >= stage(me):
                wrong.append(f"{me} (stage {stage(me)}) imports {imported} (stage {stage(imported)})")
    assert wrong == []


def test_the_channels_never_import_each_other():
    for channel, other in (("web", "slack"), ("slack", "web")):
        for path in (PACKAGE / channel).rglob("*.py"):
            assert not any(m.split(".")[0] == other for m in package_imports(path)), path


def test_the_scripts_stay_thin():
    for script in ("indexer.py", "server.py"):
        tree = ast.parse((REPO_ROOT / script).read_text(encoding="utf-8"))
        functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
        assert len((REPO_ROOT / script).read_text(encoding="utf-8").splitlines()) < 250, script
        assert all(len(f.body) < 40 for f in functions), script
