"""An operator runs `python server.py` on a laptop: it says what it serves and whether Slack is on."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import urllib.error
import urllib.request

from assistant.config import REPO_ROOT
from assistant.index.build import build_and_save
from tests.support.corpus import BUNDLED_CORPUS
from tests.support.web import wait_until


def health(url: str) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(url + "healthz", timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_the_server_starts_before_the_index_exists_and_serves_it_once_built(tmp_path):
    index_path = tmp_path / "index.bm25"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "ASSISTANT_"))}
    env.update(ASSISTANT_DB=str(tmp_path / "assistant.sqlite3"), ASSISTANT_INDEX_CHECK_SECONDS="0.1",
               PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "server.py", "--port", "0", "--index", str(index_path)],
                            cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    output: list[str] = []
    reader = threading.Thread(target=lambda: output.extend(proc.stdout), daemon=True)
    reader.start()
    try:
        found = wait_until(lambda: re.search(r"Running on (http://127\.0\.0\.1:\d+)", "".join(output)),
                           timeout=60, message="server.py startede ikke")
        url = found.group(1) + "/"
        text = "".join(output)
        assert "Slack er slået fra" in text
        assert ("Hjemmesider, der må bruge widgetten og API'et (ASSISTANT_ALLOWED_ORIGINS): "
                "ingen – kun tjenestens egen adresse") in text
        assert "Advarsel: Indeksfilen" in text and "python indexer.py build" in text
        assert "gunicorn -w 4" in text
        assert health(url)[0] == 503

        build_and_save(BUNDLED_CORPUS, index_path)
        status, body = wait_until(lambda: (lambda r: r if r[0] == 200 else None)(health(url)),
                                  timeout=60, message="serveren tog ikke det nye indeks i brug")
        assert body["index"]["loaded"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        reader.join(timeout=5)
        proc.stdout.close()


def test_env_example_names_every_setting_and_parses_into_a_config():
    from assistant.config import describe, from_env

    lines = (REPO_ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    pairs = dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))
    # ASSISTANT_ENV_FILE names the file itself, so it can only be set outside it.
    missing = [env for env, _default, _help in describe()
               if env and env not in pairs and env != "ASSISTANT_ENV_FILE"]
    assert missing == [], f"tilføj {missing} til .env.example"
    config = from_env(pairs)
    assert config.allowed_origins == ("https://balance-danmark.dk", "https://www.balance-danmark.dk")
    assert not config.slack_enabled
