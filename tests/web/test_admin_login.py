"""Guessing the admin token is hopeless: a short token is refused at startup, wrong tries are limited."""
from __future__ import annotations

import pytest

from assistant.app import create_app
from assistant.cli import server
from assistant.web.admin import AdminTokenTooShort

GOOD_TOKEN = "Jx3v9Q-lange-tilfaeldige-tegn-0123456789"


def test_a_short_admin_token_stops_the_app_with_a_danish_recipe_for_a_good_one(test_config):
    with pytest.raises(AdminTokenTooShort) as refused:
        create_app(test_config.replace(admin_token="hemmelig"))
    assert "mindst 32 tegn" in refused.value.message and "(8 tegn)" in refused.value.message
    assert "secrets.token_urlsafe(32)" in refused.value.message


def test_server_py_refuses_to_start_with_a_short_admin_token(monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("ASSISTANT_ADMIN_TOKEN", "a" * 31)
    monkeypatch.setenv("ASSISTANT_DB", str(tmp_path / "db.sqlite3"))
    assert server.main(["--port", "0"]) == 1
    assert "ASSISTANT_ADMIN_TOKEN er for kort (31 tegn)" in capsys.readouterr().err


def test_wrong_tokens_are_limited_per_client_and_the_right_one_never_counts(test_config):
    client = create_app(test_config.replace(admin_token=GOOD_TOKEN,
                                            admin_rate_limit="5 per minute")).test_client()
    right = {"Authorization": f"Bearer {GOOD_TOKEN}"}
    for _ in range(8):
        assert client.get("/admin/report", headers=right).status_code == 200
    statuses = [client.get("/admin/report", headers={"Authorization": f"Bearer gæt{n}"}).status_code
                for n in range(200)]
    assert statuses[:5] == [401] * 5
    assert set(statuses[5:]) == {429}
    limited = client.get("/admin/report", headers=right)
    assert limited.status_code == 429 and "Retry-After" in limited.headers
    # The admin hears about wrong tokens, not about "many questions" as a visitor would.
    assert "forkerte adgangsnøgler" in limited.get_json()["error"]
