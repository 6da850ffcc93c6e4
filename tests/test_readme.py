"""A newcomer finds the two commands in a short README, every setting in docs/configuration.md,
every link in the docs leads somewhere, and CI runs the same tests."""
from __future__ import annotations

import re
from pathlib import Path

from assistant.config import REPO_ROOT, describe

README_PATH = REPO_ROOT / "README.md"
README = README_PATH.read_text(encoding="utf-8")
DOCS = REPO_ROOT / "docs"
CONFIGURATION = (DOCS / "configuration.md").read_text(encoding="utf-8")
README_MAX_LINES = 300

# [text](target) and ![alt](target), with an optional "title"; autolinks <https://…> are not relative.
_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_FENCE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
_CODE_SPAN = re.compile(r"`[^`\n]*`")
# A path into the project's own folders, in prose, code spans or command examples alike.
_PROJECT_PATH = re.compile(r"(?<![\w/.:-])((?:assistant|tests|benchmarks|scripts|docs)/[\w./-]*[\w/])")


def markdown_pages() -> list[Path]:
    return [README_PATH, *sorted(DOCS.rglob("*.md"))]


def relative_links(text: str) -> list[str]:
    """Link targets outside code that point into the repository or the page itself (no scheme)."""
    prose = _CODE_SPAN.sub("", _FENCE.sub("", text))
    targets = (m.group(1) for m in _LINK.finditer(prose))
    return [t for t in targets if not re.match(r"[a-z][a-z0-9+.-]*:", t, re.I)]


def anchors(text: str) -> set[str]:
    """The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as -,
    and -1, -2 … after a heading that comes again."""
    found, times = set(), {}
    for heading in re.findall(r"^#{1,6} +(.+?) *#*$", _FENCE.sub("", text), re.MULTILINE):
        slug = re.sub(r"[^\w\- ]", "", heading.lower()).replace(" ", "-")
        found.add(f"{slug}-{times[slug]}" if slug in times else slug)
        times[slug] = times.get(slug, 0) + 1
    return found


def broken_links(page: Path) -> list[str]:
    """The relative links of a Markdown page to a file that does not exist or a heading it lacks."""
    broken = []
    for target in relative_links(page.read_text(encoding="utf-8")):
        path, _, anchor = target.partition("#")
        file = (page.parent / path.split("?", 1)[0]) if path else page
        if not file.exists():
            broken.append(target)
        elif anchor and file.suffix == ".md" and anchor not in anchors(file.read_text(encoding="utf-8")):
            broken.append(target)
    return broken


def test_the_readme_gives_the_two_commands_and_ci_runs_the_test_command():
    assert "scripts/serve" in README and "scripts/test" in README
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "exec scripts/test" in ci


def test_the_test_command_runs_the_files_in_two_processes_with_the_plugin_it_installs():
    # The suite stays within its time on two cores only when both are busy (docs/development.md).
    command = (REPO_ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert re.search(r"pytest -n 2 --dist loadfile \"\$@\"", command)
    pins = (REPO_ROOT / "requirements-dev.txt").read_text(encoding="utf-8")
    assert re.search(r"^pytest-xdist==", pins, re.MULTILINE)
    assert "to processer" in (REPO_ROOT / "docs" / "development.md").read_text(encoding="utf-8")


def test_the_readme_is_short_enough_to_read_before_starting():
    lines = README.count("\n") + (not README.endswith("\n"))
    assert lines <= README_MAX_LINES, f"README har {lines} linjer; højst {README_MAX_LINES} – flyt detaljer til docs/"


def test_the_readme_has_a_quick_start_for_every_channel():
    for heading in ("API", "Chatwidget", "Slack", "Vedtægter", "Hent sitet"):
        assert re.search(rf"^### .*{heading}", README, re.MULTILINE), f"README mangler en hurtigstart: {heading}"


def test_every_setting_is_in_the_configuration_table_with_its_default_and_danish_help():
    for env, default, help_text in describe():
        # A | in a cell must be escaped, or the table splits there.
        default, help_text = default.replace("|", "\\|"), help_text.replace("|", "\\|")
        row = f"| `{env}` | `{default}` | {help_text} |" if default else f"| `{env}` | – | {help_text} |"
        assert row in CONFIGURATION, f"docs/configuration.md mangler rækken for {env}: {row}"


def test_every_relative_link_in_the_readme_and_docs_leads_to_a_file_that_exists():
    broken = {str(p.relative_to(REPO_ROOT)): broken_links(p) for p in markdown_pages()}
    assert not {page: links for page, links in broken.items() if links}, broken
    # The check looked at real links, not at nothing.
    assert len(relative_links(README)) >= 10


def test_every_project_file_the_docs_name_exists():
    named = {(page.relative_to(REPO_ROOT), path) for page in markdown_pages()
             for path in _PROJECT_PATH.findall(page.read_text(encoding="utf-8"))}
    missing = sorted(f"{page}: {path}" for page, path in named if not (REPO_ROOT / path).exists())
    assert not missing, "Dokumentationen nævner filer, der ikke findes:\n" + "\n".join(missing)
    assert len(named) >= 50


def test_the_path_check_sees_paths_in_prose_code_and_commands_but_not_in_addresses():
    text = ("Se `assistant/index.py` og tests/data/statutes/.\n"
            "```sh\n.venv/bin/python benchmarks/index_bench.py --sizes 1000\n```\n"
            "https://balance-danmark.dk/docs/x og var/index.bm25")
    assert _PROJECT_PATH.findall(text) == ["assistant/index.py", "tests/data/statutes/", "benchmarks/index_bench.py"]


def test_every_page_in_docs_can_be_found_from_the_readme():
    linked = {(README_PATH.parent / t.partition("#")[0]).resolve() for t in relative_links(README)}
    for page in sorted(DOCS.glob("*.md")):
        assert page.resolve() in linked, f"README linker ikke til {page.relative_to(REPO_ROOT)}"


def test_the_link_check_finds_a_missing_file_or_heading_but_not_links_in_code_or_to_the_web(tmp_path):
    (tmp_path / "there.md").write_text("# Hent sitet (første gang)\n## Svar: § og stk.\n", encoding="utf-8")
    page = tmp_path / "page.md"
    page.write_text(
        "## Afsnit her\n"
        "Se [her](there.md#hent-sitet-første-gang), [paragraf](there.md#svar--og-stk), [væk](gone.md),\n"
        "[forkert anker](there.md#findes-ikke), ![billede](missing.png \"titel\"), [anker](#afsnit-her),\n"
        "[dødt anker](#intet), [nettet](https://balance-danmark.dk/), <https://example.org/> og `[kode](nej.md)`.\n"
        "```\n[i en kodeblok](heller-ikke.md)\n# ikke en overskrift\n```\n",
        encoding="utf-8")
    assert broken_links(page) == ["gone.md", "there.md#findes-ikke", "missing.png", "#intet"]


def test_every_module_the_docs_run_with_python_m_exists():
    """`python -m benchmarks.x` is how the docs run benchmarks and scripts: each must be a module."""
    named = {(page.relative_to(REPO_ROOT), f"{package}/{name}.py") for page in markdown_pages()
             for package, name in re.findall(r"python -m (benchmarks|scripts)\.([a-z_]+)\b",
                                               page.read_text(encoding="utf-8"))}
    missing = sorted(f"{page}: {path}" for page, path in named if not (REPO_ROOT / path).exists())
    assert not missing, "Dokumentationen kører moduler, der ikke findes:\n" + "\n".join(missing)
    assert len(named) >= 10
