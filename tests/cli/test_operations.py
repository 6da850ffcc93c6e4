"""The part-time IT person installs the service from the operations guide's files, as they ship."""
from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from assistant.cli import assistant as assistant_cli
from assistant.cli import indexer
from assistant.config import REPO_ROOT
from assistant.index.build import build_and_save
from tests.support.corpus import BUNDLED_CORPUS
from tests.support.web import Gunicorn, free_port, wait_until

DEPLOY = REPO_ROOT / "docs" / "deploy"
GUIDE = (REPO_ROOT / "docs" / "operations.md").read_text(encoding="utf-8")
README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
INSTALLED_AT = "/srv/balance-assistenten"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
UNITS = sorted(p.name for p in DEPLOY.glob("*.service")) + sorted(p.name for p in DEPLOY.glob("*.timer"))


def nginx_conf(tmp_path: Path, site: str) -> Path:
    """A minimal nginx.conf that includes the site, with every path nginx writes inside tmp_path."""
    (tmp_path / "site.conf").write_text(site, encoding="utf-8")
    conf = tmp_path / "nginx.conf"
    temp = {name: tmp_path / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    # As root nginx hands its workers to "nobody", who cannot enter pytest's private temp folders.
    user = "user root;\n" if os.geteuid() == 0 else ""
    conf.write_text(f"""{user}daemon off;
pid {tmp_path}/nginx.pid;
error_log {tmp_path}/error.log;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {temp['body']};
    proxy_temp_path {temp['proxy']};
    fastcgi_temp_path {temp['fastcgi']};
    uwsgi_temp_path {temp['uwsgi']};
    scgi_temp_path {temp['scgi']};
    include {tmp_path}/site.conf;
}}
""", encoding="utf-8")
    return conf


def nginx(conf: Path, *args: str) -> list[str]:
    return [NGINX, "-p", str(conf.parent), "-e", str(conf.parent / "error.log"), "-c", str(conf), *args]


def require_nginx() -> None:
    if not Path(NGINX).exists():
        pytest.fail(f"{NGINX} mangler: installer nginx (scripts/setup test gør det).", pytrace=False)


CACHE_DIR = "/var/cache/nginx/balance-assistenten"


def shipped_site(tmp_path: Path) -> str:
    """The shipped site, with the widget cache (a folder the package makes) inside tmp_path."""
    site = (DEPLOY / "nginx-balance-assistenten.conf").read_text(encoding="utf-8")
    assert CACHE_DIR in site
    return site.replace(CACHE_DIR, str(tmp_path / "cache"))


def test_the_nginx_site_passes_nginx_t(tmp_path):
    require_nginx()
    checked = subprocess.run(nginx(nginx_conf(tmp_path, shipped_site(tmp_path)), "-t"), capture_output=True,
                             text=True, timeout=30)
    assert checked.returncode == 0, checked.stderr
    assert "test is successful" in checked.stderr


def test_nginx_serves_the_widget_with_caching_and_proxies_the_rest(tmp_path):
    require_nginx()
    index = tmp_path / "index.bm25"
    build_and_save(BUNDLED_CORPUS, index)
    app = Gunicorn({"ASSISTANT_INDEX": str(index), "ASSISTANT_DB": str(tmp_path / "log.sqlite3"),
                    "ASSISTANT_PROXY_HOPS": "1"}, workers=1)
    # On a busy machine the worker may take a while to load; nginx's wait below is for nginx alone.
    app.wait_ready(1)
    proc, port = start_nginx(tmp_path, app.url)
    try:
        base = f"http://127.0.0.1:{port}/"
        wait_until(lambda: nginx_running(proc) and _answers(base + "healthz"), timeout=15,
                   message="nginx startede ikke")
        with urllib.request.urlopen(base + "widget.js", timeout=5) as widget:
            body, headers = widget.read(), widget.headers
        # The service's own script (suggestions filled in), passed through nginx's cache.
        with urllib.request.urlopen(app.url + "widget.js", timeout=5) as direct:
            assert body == direct.read()
        assert b"var SUGGESTIONS = [];" not in body
        assert headers["Content-Type"].startswith("text/javascript")
        assert headers["Cache-Control"] == "public, max-age=300"
        assert headers["X-Content-Type-Options"] == "nosniff"
        again = urllib.request.Request(base + "widget.js", headers={"If-None-Match": headers["ETag"]})
        with pytest.raises(urllib.error.HTTPError) as not_modified:
            urllib.request.urlopen(again, timeout=5)
        not_modified.value.close()
        assert not_modified.value.code == 304
        with urllib.request.urlopen(base + "widget.js", timeout=5) as cached:
            assert cached.headers["X-Cache-Status"] == "HIT"
        with urllib.request.urlopen(base + "healthz", timeout=5) as health:
            assert b'"loaded":true' in health.read().replace(b" ", b"")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stderr.close()
        app.stop()


def start_nginx(tmp_path: Path, upstream: str, attempts: int = 3) -> tuple[subprocess.Popen, int]:
    """nginx with the shipped site on a free loopback port in front of `upstream`.

    free_port() only finds a port that was free a moment ago: another test run on the same machine may
    take it before nginx binds it, so a bind failure is retried on a new port.
    """
    for _ in range(attempts):
        port = free_port()
        # The shipped site, moved onto a free loopback port and this checkout.
        site = (shipped_site(tmp_path).replace("listen 80;", f"listen 127.0.0.1:{port};")
                .replace("listen [::]:80;", "")
                .replace("server 127.0.0.1:8000;", f"server {upstream[len('http://'):].rstrip('/')};")
                .replace(INSTALLED_AT, str(REPO_ROOT)))
        conf = nginx_conf(tmp_path, site)
        log = conf.parent / "error.log"
        log.unlink(missing_ok=True)
        proc = subprocess.Popen(nginx(conf), stderr=subprocess.PIPE, text=True)
        # nginx logs a failed bind at once, then retries for seconds before it gives up: read its log.
        deadline = time.monotonic() + 1.0
        while time.monotonic() < deadline and proc.poll() is None and "Address already in use" not in _read(log):
            time.sleep(0.02)
        if proc.poll() is None and "Address already in use" not in _read(log):
            return proc, port
        proc.kill()
        proc.wait(timeout=10)
        error = proc.stderr.read()
        proc.stderr.close()
        if "Address already in use" not in error + _read(log):
            raise AssertionError(f"nginx stoppede med kode {proc.returncode}:\n{error}")
    raise AssertionError(f"nginx fandt ingen ledig port efter {attempts} forsøg:\n{error}")


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def nginx_running(proc: subprocess.Popen) -> bool:
    """True while nginx runs; if it has stopped, fail at once with its own error rather than time out."""
    if proc.poll() is not None:
        raise AssertionError(f"nginx stoppede med kode {proc.returncode}:\n{proc.stderr.read()}")
    return True


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2):
            return True
    except (TimeoutError, urllib.error.URLError, ConnectionError):
        return False


def installed_here(name: str) -> str:
    """A unit as it would be installed in this checkout (systemd checks that ExecStart exists)."""
    text = (DEPLOY / name).read_text(encoding="utf-8").replace(INSTALLED_AT, str(REPO_ROOT))
    return text.replace(f"{REPO_ROOT}/.venv/bin/python", sys.executable).replace(
        f"{REPO_ROOT}/.venv/bin/gunicorn", str(Path(sys.executable).parent / "gunicorn"))


def test_the_systemd_units_pass_systemd_analyze_verify(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze findes ikke på denne maskine (ingen systemd)")
    for name in UNITS:
        (tmp_path / name).write_text(installed_here(name), encoding="utf-8")
    verified = subprocess.run([analyze, "verify", "--man=no", *(str(tmp_path / n) for n in UNITS)],
                              capture_output=True, text=True, timeout=60)
    ours = [line for line in (verified.stdout + verified.stderr).splitlines()
            if any(name in line for name in UNITS)]
    assert verified.returncode == 0 and ours == [], verified.stdout + verified.stderr


def exec_start(name: str) -> list[str]:
    line = next(line for line in (DEPLOY / name).read_text(encoding="utf-8").splitlines()
                if line.startswith("ExecStart="))
    return shlex.split(line.removeprefix("ExecStart="))


def test_the_units_run_commands_that_exist_with_valid_arguments():
    update = exec_start("balance-assistenten-update.service")
    assert update[:2] == [f"{INSTALLED_AT}/.venv/bin/python", "indexer.py"]
    assert indexer.build_parser().parse_args(update[2:]).command == "update"
    digest = exec_start("balance-assistenten-digest.service")
    assert digest[1:3] == ["-m", "assistant"]
    assert assistant_cli.build_parser().parse_args(digest[3:]).command == "digest"
    web = exec_start("balance-assistenten.service")
    assert web[0] == f"{INSTALLED_AT}/.venv/bin/gunicorn" and web[-1] == "assistant.app:create_app()"
    for timer in ("balance-assistenten-update.timer", "balance-assistenten-digest.timer"):
        assert (DEPLOY / timer.replace(".timer", ".service")).is_file()


def test_the_readme_links_the_guide_and_the_guide_shows_every_shipped_file():
    assert "(docs/operations.md)" in README
    for path in DEPLOY.iterdir():
        assert f"deploy/{path.name}" in GUIDE, path.name
    for part in ("systemd", "nginx", "TLS", "Backup", "Gendan", "Opdatering af koden", "Fejlsøgning"):
        assert part in GUIDE, part


@pytest.mark.parametrize("symptom", [
    "TypeError: bool() undefined",                  # progress bar of older versions
    "kan ikke nå sitet",                            # no network
    "robots.txt kunne ikke læses",
    "binært indhold",                               # binary junk served as a page
    "Assistenten kan ikke nås lige nu",             # origin missing from ASSISTANT_ALLOWED_ORIGINS
    "OPTIONS /api/ask 403",
    "data-position=\"left\"",                       # phone layout of older widgets
    "Hvad står der i vedtægterne?",                 # a suggestion declined on the bundled corpus
    "gentager svaret",                              # snippet repeating the answer
    "👍/👎",
    "Miljøfilen",                                   # a broken .env
    "502 Bad Gateway",
    "429",
])
def test_the_troubleshooting_table_covers_each_known_case(symptom):
    table = GUIDE.split("## Fejlsøgning", 1)[1]
    rows = [line for line in table.splitlines() if line.startswith("| ") and symptom in line]
    assert rows, f"ingen række i fejlsøgningstabellen om {symptom!r}"
    assert all(line.count(" | ") >= 2 for line in rows)  # symptom | cause | fix


def test_the_quick_start_says_what_the_bundled_corpus_covers_and_that_the_crawl_comes_first():
    quick_start = " ".join(README.split("## Kom i gang", 1)[1].split("\n## ", 1)[0].split())
    assert "kun Balance Danmarks Om-side" in quick_start
    assert "python indexer.py crawl https://balance-danmark.dk/" in quick_start
    assert "python indexer.py update https://balance-danmark.dk/" in quick_start
    assert re.search(r"afvises, indtil sitet er hentet", quick_start)


def test_a_mistyped_setup_mode_is_refused_in_danish_before_anything_is_installed(tmp_path):
    """`scripts/setup bench` adds the benchmarks' own packages; a typo must not fall back to another mode."""
    run = subprocess.run(["bash", str(REPO_ROOT / "scripts" / "setup"), "bnech"], capture_output=True,
                         text=True, env={**os.environ, "PYTHON": str(tmp_path / "no-python-here")}, timeout=30)
    assert run.returncode == 2
    assert "Ukendt tilstand: bnech (brug runtime, test eller bench)." in run.stderr
    assert "Installerer" not in run.stdout + run.stderr
