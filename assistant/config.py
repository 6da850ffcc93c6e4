"""The one configuration object: a frozen dataclass built from defaults, environment and CLI flags."""
from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dotenv import dotenv_values
from dotenv.parser import parse_stream

from .errors import ConfigError

REPO_ROOT = Path(__file__).resolve().parent.parent


def _setting(default: Any, env: str | None, help_text: str) -> Any:
    return field(default=default, metadata={"env": env, "help": help_text})


@dataclass(frozen=True)
class Config:
    """Every setting of the assistant; help texts are Danish: docs/configuration.md shows them."""

    env_file: Path = _setting(REPO_ROOT / ".env", "ASSISTANT_ENV_FILE",
                   "Fil med miljøvariabler, som kommandoerne og serveren læser ved start; "
                   "variabler sat i miljøet vinder. Virker kun sat i miljøet selv.")
    corpus_dir: Path = _setting(REPO_ROOT / "corpus", "ASSISTANT_CORPUS",
                   "Korpusmappen med én JSON-fil pr. dokument.")
    index_path: Path = _setting(REPO_ROOT / "var" / "index.bm25", "ASSISTANT_INDEX",
                   "Pegerfilen, som `python indexer.py build` skifter til hver ny indeksversion "
                   "(i mappen <navn>-versions ved siden af), og som alle serverprocesser følger.")
    table_cache: Path = _setting(REPO_ROOT / "var" / "table-cache", "ASSISTANT_TABLE_CACHE",
                   "Mappe til de sprogtabeller, hver proces ellers bygger ved start (synonymer, "
                   "stavning, almindelige ord, sproggenkendelse): bygges én gang pr. maskine og "
                   "genbruges, til en ressource, en pakke eller koden ændres. Kan mappen ikke "
                   "skrives, bygges de i hukommelsen (én linje i loggen).")
    db_path: Path = _setting(REPO_ROOT / "var" / "assistant.sqlite3", "ASSISTANT_DB",
                   "SQLite-fil til feedback, spørgsmålslog og Slack-kø.")
    contact_url: str = _setting("https://balance-danmark.dk/", "ASSISTANT_CONTACT_URL",
                   "Hvor et afvist svar henviser til sekretariatet.")
    host: str = _setting("127.0.0.1", "ASSISTANT_HOST",
                   "Adressen, `python server.py` lytter på.")
    port: int = _setting(8000, "ASSISTANT_PORT",
                   "Porten, `python server.py` lytter på.")
    allowed_origins: tuple[str, ...] = _setting((), "ASSISTANT_ALLOWED_ORIGINS",
                   "Hjemmesider (origins), der må kalde API'et fra en browser, "
                   "kommasepareret; tom: kun tjenestens egen.")
    public_url: str = _setting("", "ASSISTANT_PUBLIC_URL",
                   "Tjenestens offentlige adresse (i widgettens kodestump); tom: "
                   "http://ASSISTANT_HOST:ASSISTANT_PORT/ (aldrig forespørgslens Host).")
    suggestions: str = _setting("Hvad er Balance Danmarks vision?|Hvad kæmper Balance Danmark for?|"
                                "Hvordan startede Balance Danmark?|Hvem kan blive medlem?",
                                "ASSISTANT_SUGGESTIONS",
                   "Op til fire forslag til spørgsmål i widgetten, adskilt af |. Ved start "
                   "droppes (med en linje i loggen) de forslag, indekset ikke kan besvare.")
    rate_limit: str = _setting("30 per minute;300 per hour", "ASSISTANT_RATE_LIMIT",
                   "Spørgsmål pr. klientadresse (Flask-Limiter-syntaks).")
    rate_limit_storage: str = _setting("memory://", "ASSISTANT_RATE_LIMIT_STORAGE",
                   "Hvor rate limit-tællerne ligger: memory:// for én proces, "
                   "redis://vært:port for flere; med ASSISTANT_REDIS_URL sat bruges den.")
    redis_url: str = _setting("", "ASSISTANT_REDIS_URL",
                   "Redis til flere replikaer (fx redis://127.0.0.1:6379/0): delte rate "
                   "limit-tællere, Slack-dubletfilter og Slack-kø; tom: hukommelse og SQLite.")
    database_url: str = _setting("", "ASSISTANT_DATABASE_URL",
                   "PostgreSQL til flere replikaer (fx postgresql://bruger@vært/db): "
                   "spørgsmålslog og feedback; tom: SQLite-filen i ASSISTANT_DB.")
    feedback_wait_seconds: float = _setting(2.0, "ASSISTANT_FEEDBACK_WAIT_SECONDS",
                   "Sekunder en bedømmelse (👍/👎) venter på et svar, som en anden worker eller "
                   "replika endnu ikke har skrevet i spørgeloggen, før svaret kaldes ukendt.")
    proxy_hops: int = _setting(0, "ASSISTANT_PROXY_HOPS",
                   "Antal reverse proxies foran, hvis X-Forwarded-For/-Proto stoles på "
                   "(rate limit skal kende den besøgendes adresse); 0: ingen.")
    max_request_bytes: int = _setting(16 * 1024, "ASSISTANT_MAX_REQUEST_BYTES",
                   "Største JSON-krop i byte.")
    index_check_seconds: float = _setting(2.0, "ASSISTANT_INDEX_CHECK_SECONDS",
                   "Hvor tit (sekunder) en serverproces ser efter, om indeksfilen er "
                   "udskiftet.")
    answer_cache: int = _setting(1024, "ASSISTANT_ANSWER_CACHE",
                   "Svar, hver serverproces husker til spørgsmål, der stilles igen (glemmes, når "
                   "et nyt indeks tages i brug); 0: slået fra.")
    index_keep_seconds: float = _setting(3600.0, "ASSISTANT_INDEX_KEEP_SECONDS",
                   "Sekunder en afløst indeksversion bliver liggende, før en ny bygning sletter "
                   "den; den aktuelle og den forrige version slettes aldrig.")
    log_retention_days: int = _setting(180, "ASSISTANT_LOG_RETENTION_DAYS",
                   "Spørgsmålslog ældre end dette antal dage slettes.")
    admin_token: str = _setting("", "ASSISTANT_ADMIN_TOKEN",
                   "Bearer-token til /admin/report, mindst 32 tegn; tom: siden er slået fra.")
    admin_rate_limit: str = _setting("10 per minute;30 per hour", "ASSISTANT_ADMIN_RATE_LIMIT",
                   "Forkerte loginforsøg på /admin/report pr. klientadresse, før den må vente "
                   "(Flask-Limiter-syntaks).")
    slack_bot_token: str = _setting("", "SLACK_BOT_TOKEN",
                   "Slack-bottens token (xoxb-…).")
    slack_signing_secret: str = _setting("", "SLACK_SIGNING_SECRET",
                   "Slacks signeringsnøgle, som hver forespørgsel kontrolleres med.")
    slack_app_token: str = _setting("", "SLACK_APP_TOKEN",
                   "App-token (xapp-…) til Socket Mode.")
    slack_api_url: str = _setting("https://slack.com/api/", "SLACK_API_URL",
                   "Slacks Web API (i testene en lokal attrap).")
    slack_command: str = _setting("/spørg", "SLACK_COMMAND",
                   "Slash-kommandoens navn.")
    slack_colleague_channel: str = _setting("", "SLACK_COLLEAGUE_CHANNEL",
                   "Kanal, som \"Spørg en kollega\" sender spørgsmålet til; tom: knappen "
                   "vises ikke.")
    slack_worker_threads: int = _setting(8, "SLACK_WORKER_THREADS",
                   "Slack-svar, der sendes samtidig pr. serverproces.")
    slack_job_lease_seconds: float = _setting(600.0, "SLACK_JOB_LEASE_SECONDS",
                   "Sekunder en Slack-opgave er forbeholdt den proces, der tog den; derefter "
                   "overtager en anden (en replika, der er gået ned).")
    slack_digest_channel: str = _setting("", "SLACK_DIGEST_CHANNEL",
                   "Kanal til det ugentlige overblik.")
    user_agent: str = _setting("Balance-assistenten/1.0 (+https://balance-danmark.dk/)",
                               "ASSISTANT_USER_AGENT",
                   "Crawlerens User-Agent med navn og kontakt.")
    crawl_delay: float = _setting(1.0, "ASSISTANT_CRAWL_DELAY",
                   "Sekunder mellem to forespørgsler til samme vært.")
    crawl_max_pages: int = _setting(5000, "ASSISTANT_CRAWL_MAX_PAGES",
                   "Højst så mange sider pr. crawl.")
    crawl_max_pages_per_host: int = _setting(0, "ASSISTANT_CRAWL_MAX_PAGES_PER_HOST",
                   "Højst så mange sider pr. site (med eller uden www.); 0: "
                   "ASSISTANT_CRAWL_MAX_PAGES delt ligeligt mellem de sites, der crawles.")
    crawl_max_counter_pages: int = _setting(100, "ASSISTANT_CRAWL_MAX_COUNTER_PAGES",
                   "Højst så mange adresser, der kun adskiller sig ved tal (fx ?page=N i en "
                   "kalender); flere følges ikke.")
    crawl_timeout: float = _setting(20.0, "ASSISTANT_CRAWL_TIMEOUT",
                   "Sekunder en server har til at svare crawleren, alt i alt (forbindelse, "
                   "headere og indhold).")
    crawl_retries: int = _setting(2, "ASSISTANT_CRAWL_RETRIES",
                   "Ekstra forsøg efter timeout eller et 5xx-svar.")
    crawl_backoff: float = _setting(2.0, "ASSISTANT_CRAWL_BACKOFF",
                   "Sekunder før første nye forsøg; fordobles for hvert forsøg.")
    crawl_max_bytes: int = _setting(20 * 1024 * 1024, "ASSISTANT_CRAWL_MAX_BYTES",
                   "Største side eller PDF, crawleren henter, i byte.")

    def replace(self, **changes: Any) -> Config:
        """A copy with the given fields changed; None values (unset CLI flags) are ignored."""
        changes = {k: _coerce(self, k, v) for k, v in changes.items() if v is not None}
        return dataclasses.replace(self, **changes)

    @property
    def shared_rate_limit_storage(self) -> str:
        """Where the rate-limit counters live: an explicit storage wins, else the shared Redis."""
        if self.rate_limit_storage == "memory://" and self.redis_url:
            return self.redis_url
        return self.rate_limit_storage

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token and (self.slack_signing_secret or self.slack_app_token))


def _coerce(config: Config, name: str, value: Any) -> Any:
    kind = type(getattr(config, name))
    if isinstance(value, kind):
        return value
    if kind is tuple:
        return tuple(part.strip() for part in str(value).split(",") if part.strip())
    if issubclass(kind, Path):
        return Path(value)
    return kind(value)


def from_env(environ: Mapping[str, str] | None = None, **overrides: Any) -> Config:
    """Build a Config from environment variables, then CLI overrides (the only reader of os.environ)."""
    environ = os.environ if environ is None else environ
    base = Config()
    values: dict[str, Any] = {}
    for f in dataclasses.fields(Config):
        env = f.metadata.get("env")
        if env and environ.get(env, "") != "":
            try:
                values[f.name] = _coerce(base, f.name, environ[env])
            except ValueError as exc:
                raise ConfigError(f"Ugyldig værdi i {env}: {environ[env]!r} ({exc})") from None
    config = base.replace(**values).replace(**overrides)
    _check_shared_state(config)
    return config


# Schemes each shared-state URL may have: anything else would fail later, in English, at first use.
SHARED_URL_SCHEMES = {"redis_url": ("redis://", "rediss://", "unix://"),
                      "database_url": ("postgresql://", "postgres://")}
MIN_JOB_LEASE_SECONDS = 1.0


def _check_shared_state(config: Config) -> None:
    """Refuse, in Danish and before anything starts, settings of several replicas that cannot work."""
    env = {f.name: f.metadata["env"] for f in dataclasses.fields(Config)}
    for name, schemes in SHARED_URL_SCHEMES.items():
        value = getattr(config, name)
        if value and not value.startswith(schemes):
            raise ConfigError(f"Ugyldig værdi i {env[name]}: den skal begynde med "
                             f"{' eller '.join(schemes)}.")
    if config.slack_job_lease_seconds < MIN_JOB_LEASE_SECONDS:
        # A lease shorter than a Slack call would hand the same job to a second replica.
        raise ConfigError(f"Ugyldig værdi i SLACK_JOB_LEASE_SECONDS: {config.slack_job_lease_seconds:g} "
                         f"(mindst {MIN_JOB_LEASE_SECONDS:g} sekund; standard 600).")


def load_env_file(environ: MutableMapping[str, str] | None = None) -> Path | None:
    """Add the settings of the .env file to the environment at startup; what is set already wins.

    The file is ASSISTANT_ENV_FILE or .env beside the README; a missing default file is no error
    (the environment alone configures everything). Returns the file read, if any.
    """
    environ = os.environ if environ is None else environ
    chosen = environ.get("ASSISTANT_ENV_FILE", "")
    path = Path(chosen) if chosen else Config.env_file
    if not chosen and not path.exists():
        return None
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigError(f"Miljøfilen {path} kan ikke læses ({reason}). Ret ASSISTANT_ENV_FILE "
                         f"eller filen; intet er startet.") from None
    broken = [binding.original for binding in parse_stream(io.StringIO(text)) if binding.error]
    if broken:
        first = broken[0]
        raise ConfigError(f"Miljøfilen {path} har en linje, der ikke kan læses (linje {first.line}: "
                         f"{first.string.strip()!r}). Skriv NAVN=værdi på hver linje; intet er "
                         f"startet.")
    for name, value in dotenv_values(stream=io.StringIO(text)).items():
        # Empty counts as unset, as in from_env: the file may fill it in.
        if value is not None and environ.get(name, "") == "":
            environ[name] = value
    return path


def describe() -> list[tuple[str, str, str]]:
    """(environment variable, default, help) for every setting, for docs/configuration.md and --help."""
    rows = []
    for f in dataclasses.fields(Config):
        default = f.default
        if isinstance(default, Path):
            default = default.relative_to(REPO_ROOT) if default.is_relative_to(REPO_ROOT) else default
        if isinstance(default, tuple):
            default = ",".join(default)
        rows.append((f.metadata.get("env") or "", str(default), f.metadata["help"]))
    return rows
