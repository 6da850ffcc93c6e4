"""Build and maintain the assistant's corpus and index: `python indexer.py build|crawl|add|update`."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import requests

from .. import __version__
from ..config import Config, from_env, load_env_file
from ..documents import corpus_files
from ..errors import AssistantError
from ..index.build import build_and_save, index_is_current
from ..ingest.crawl import crawl
from ..ingest.crawl_summary import CrawlSummary
from ..ingest.local_files import add_paths
from . import exits_on_bad_settings
from .danish_argparse import DanishParser, add_command, non_negative, positive_int


def _progress_bar(total: int | None, unit: str = "dok", desc: str = "Indekserer"):
    """A tqdm bar on a terminal; silent when output goes to a file or a pipe (cron)."""
    from tqdm import tqdm

    # disable=None is tqdm's own terminal check; a disabled bar still accepts update() and close().
    return tqdm(total=total, unit=unit, desc=desc, file=sys.stderr, disable=None)


def _build(config: Config) -> None:
    bar = _progress_bar(len(corpus_files(config.corpus_dir)))
    try:
        summary = build_and_save(config.corpus_dir, config.index_path,
                                 on_document=lambda _path: bar.update(1),
                                 keep_seconds=config.index_keep_seconds)
    finally:
        bar.close()
    print("\n".join(summary.lines()))


def _crawl(config: Config, urls: list[str]) -> CrawlSummary:
    bar = _progress_bar(None, unit="side", desc="Henter")
    try:
        with requests.Session() as session:
            summary = crawl(urls, config.corpus_dir, config, session,
                            progress=lambda _url: bar.update(1))
    finally:
        bar.close()
    print("\n".join(summary.lines()))
    return summary


def _crawl_config(args: argparse.Namespace) -> Config:
    return from_env(corpus_dir=args.corpus, crawl_max_pages=args.max_pages, crawl_delay=args.delay,
                    index_path=getattr(args, "index", None))


def cmd_build(args: argparse.Namespace) -> int:
    config = from_env(corpus_dir=args.corpus, index_path=args.index)
    if args.if_stale and index_is_current(config.corpus_dir, config.index_path):
        print(f"Indekset {config.index_path} er opdateret; intet at bygge.")
        return 0
    _build(config)
    return 0


def cmd_crawl(args: argparse.Namespace) -> int:
    config = _crawl_config(args)
    summary = _crawl(config, args.urls)
    if summary.changed:
        print("Kør `python indexer.py build` for at opdatere indekset.")
    return 0


def cmd_update(args: argparse.Namespace) -> int:
    config = _crawl_config(args)
    summary = _crawl(config, args.urls)
    if summary.changed or not Path(config.index_path).exists():
        _build(config)
    else:
        print(f"Intet er ændret; indekset {config.index_path} er uændret.")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    config = from_env(corpus_dir=args.corpus)
    bar = _progress_bar(None, unit="fil", desc="Læser")
    try:
        summary = add_paths(args.paths, config.corpus_dir, base_url=args.base_url,
                            progress=lambda _path: bar.update(1))
    finally:
        bar.close()
    print("\n".join(summary.lines()))
    return 0


def _corpus_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", metavar="MAPPE", help="Korpusmappe (standard: ASSISTANT_CORPUS eller corpus/).")


def _index_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--index", metavar="FIL", help="Indeksfil (standard: ASSISTANT_INDEX eller var/index.bm25).")


def _crawl_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="+", metavar="URL",
                        help="Startadresse(r), fx https://balance-danmark.dk/")
    _corpus_option(parser)
    parser.add_argument("--max-pages", type=positive_int, metavar="ANTAL",
                        help="Højst så mange sider (standard: ASSISTANT_CRAWL_MAX_PAGES eller 5000).")
    parser.add_argument("--delay", type=non_negative, metavar="SEKUNDER",
                        help="Sekunder mellem to forespørgsler til samme vært "
                             "(standard: ASSISTANT_CRAWL_DELAY eller 1).")


def build_parser() -> argparse.ArgumentParser:
    parser = DanishParser(
        prog="python indexer.py", version=__version__,
        description="Byg og vedligehold Balance-assistentens indeks. Det medfølgende korpus er kun "
                    "siden \"Om Balance Danmark\"; første rigtige skridt er at hente sitet.",
        epilog="Første gang:\n\n  python indexer.py update https://balance-danmark.dk/")
    commands = parser.add_subparsers(dest="command")
    build = add_command(
        commands, "build", "Byg indekset ud fra korpusmappen.",
        ["python indexer.py build", "python indexer.py build --if-stale"],
        "Læser alle dokumenter i korpusmappen og skriver et nyt indeks. En kørende server tager "
        "det nye indeks i brug af sig selv.")
    _corpus_option(build)
    _index_option(build)
    build.add_argument("--if-stale", action="store_true",
                       help="Byg kun, hvis indekset mangler, ikke kan læses, er ældre end korpusset "
                            "eller er bygget med en anden versions vægte i søgningen.")
    build.set_defaults(run=cmd_build)
    crawl_cmd = add_command(
        commands, "crawl", "Hent sitets sider og PDF'er ind i korpusset.",
        ["python indexer.py crawl https://balance-danmark.dk/"],
        "Henter sitet side for side (robots.txt og sitemaps følges) og gemmer nye og ændrede "
        "sider og PDF'er i korpusmappen. Kør bagefter build, eller brug update, der gør begge dele.")
    _crawl_options(crawl_cmd)
    crawl_cmd.set_defaults(run=cmd_crawl)
    update = add_command(
        commands, "update", "Hent sitet og byg indekset i ét trin (til cron eller systemd).",
        ["python indexer.py update https://balance-danmark.dk/"],
        "Som crawl efterfulgt af build, men indekset bygges kun, hvis noget er ændret. Det er "
        "kommandoen til den natlige opdatering.")
    _crawl_options(update)
    _index_option(update)
    update.set_defaults(run=cmd_update)
    add = add_command(
        commands, "add", "Tilføj lokale HTML-, PDF-, Markdown- og tekstfiler.",
        ["python indexer.py add referat.pdf",
         "python indexer.py add publikationer/ --base-url https://balance-danmark.dk/publikationer/"],
        "Læser filer, der ikke ligger på sitet, ind i korpusmappen; mapper gennemgås rekursivt. "
        "Kør bagefter build.")
    add.add_argument("paths", nargs="+", metavar="STI", help="Filer eller mapper (gennemgås rekursivt).")
    _corpus_option(add)
    add.add_argument("--base-url", metavar="URL", help="Adresse filerne citeres under, fx "
                                        "https://balance-danmark.dk/publikationer/ "
                                        "(standard: filens file://-adresse).")
    add.set_defaults(run=cmd_add)
    return parser


@exits_on_bad_settings
def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    load_env_file()
    # pypdf logs every repaired flaw of a PDF; the crawl summary already reports unreadable ones.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        return args.run(args)
    except AssistantError as exc:
        print(f"Fejl: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Afbrudt. Det tidligere indeks og korpus er urørt.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
