"""The widget suggests only questions the index in use can answer; the rest are dropped with a log line."""
from __future__ import annotations

import json
import re

from assistant.answer.compose import ask
from assistant.app import create_app
from assistant.config import Config
from assistant.web.suggestions import answerable_suggestions, parse_suggestions

DECLINED = "Hvad står der i vedtægterne?"


def served_suggestions(app) -> list[str]:
    script = app.test_client().get("/widget.js").get_data(as_text=True)
    return json.loads(re.search(r"var SUGGESTIONS = (\[.*?\]);", script).group(1))


def test_the_default_suggestions_are_all_answered_on_the_bundled_corpus(bundled_index):
    defaults = parse_suggestions(Config().suggestions)
    assert len(defaults) == 4
    assert answerable_suggestions(defaults, bundled_index, ask) == defaults
    for topic in ("vision", "kæmper", "startede", "medlem"):
        assert any(topic in q for q in defaults), topic


def test_a_suggestion_the_index_declines_is_dropped_with_a_log_line(bundled_index, caplog):
    with caplog.at_level("WARNING", logger="assistant.web.suggestions"):
        kept = answerable_suggestions(["Hvem kan blive medlem?", DECLINED], bundled_index, ask)
    assert kept == ["Hvem kan blive medlem?"]
    assert [r.getMessage() for r in caplog.records] == [
        f"Forslaget »{DECLINED}« vises ikke i widgetten: indekset kan ikke besvare det. "
        "Ret ASSISTANT_SUGGESTIONS, eller crawl sitet, så svaret findes."]


def test_the_setting_is_split_on_bars_trimmed_and_kept_to_four():
    assert parse_suggestions(" Hvem kan blive medlem? | |Hvad er  jeres vision?|a|b|c") == [
        "Hvem kan blive medlem?", "Hvad er jeres vision?", "a", "b"]
    assert parse_suggestions("") == []


def test_the_served_widget_offers_the_checked_suggestions(test_config, caplog):
    app = create_app(test_config.replace(suggestions=f"Hvem kan blive medlem?|{DECLINED}"))
    assert served_suggestions(app) == ["Hvem kan blive medlem?"]
    assert any(DECLINED in r.getMessage() for r in caplog.records)


def test_without_an_index_yet_the_suggestions_are_served_unchecked(test_config, tmp_path, caplog):
    app = create_app(test_config.replace(index_path=tmp_path / "mangler.bm25"))
    assert served_suggestions(app) == parse_suggestions(Config().suggestions)
    assert any("ikke kontrolleret" in r.getMessage() for r in caplog.records)
