"""A fresh user finds the two commands and every setting in the README, and CI runs the same tests."""
from __future__ import annotations

from assistant.config import REPO_ROOT, describe

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_gives_the_two_commands_and_ci_runs_the_test_command():
    assert "scripts/serve" in README and "scripts/test" in README
    ci = (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "exec scripts/test" in ci


def test_every_setting_is_in_the_readme_table_with_its_default_and_danish_help():
    for env, default, help_text in describe():
        # A | in a cell must be escaped, or the table splits there.
        default, help_text = default.replace("|", "\\|"), help_text.replace("|", "\\|")
        row = f"| `{env}` | `{default}` | {help_text} |" if default else f"| `{env}` | – | {help_text} |"
        assert row in README, f"README mangler rækken for {env}: {row}"
