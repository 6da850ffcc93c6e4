"""The command lines in Danish: one argparse parser class with argparse's own texts translated.

argparse looks its texts up through gettext at the moment it uses them, so the parser swaps in a
Danish catalogue only while it builds, parses or formats, and other argparse users in the same
process keep theirs. A text missing from the catalogue (a newer Python's) stays English.
"""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

PRODUCT = "Balance-assistenten"

CATALOG = {
    "usage: ": "brug: ",
    "positional arguments": "argumenter",
    "options": "tilvalg",
    "show this help message and exit": "vis denne hjælp og afslut",
    "show program's version number and exit": "vis versionsnummeret og afslut",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fejl: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "ukendte argumenter: %s",
    "the following arguments are required: %s": "skal angives: %s",
    "one of the arguments %s is required": "et af argumenterne %s skal angives",
    "not allowed with argument %s": "kan ikke bruges sammen med %s",
    "ignored explicit argument %r": "tager ingen værdi (fik %r)",
    "expected one argument": "mangler en værdi",
    "expected at most one argument": "tager højst én værdi",
    "expected at least one argument": "mangler mindst én værdi",
    "ambiguous option: %(option)s could match %(matches)s":
        "tvetydigt tilvalg: %(option)s kan betyde %(matches)s",
    "unexpected option string: %s": "uventet tilvalg: %s",
    "invalid %(type)s value: %(value)r": "ugyldig værdi: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "ukendt valg: %(value)r (vælg mellem %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "ukendt kommando %(parser_name)r (vælg mellem %(choices)s)",
}
PLURALS = {"expected %s argument": ("mangler %s værdi", "mangler %s værdier")}


def danish(message: str) -> str:
    return CATALOG.get(message, message)


def danish_plural(singular: str, plural: str, n: int) -> str:
    if singular not in PLURALS:
        return singular if n == 1 else plural
    one, many = PLURALS[singular]
    return one if n == 1 else many


@contextmanager
def _in_danish() -> Iterator[None]:
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = danish, danish_plural
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved


class _Formatter(argparse.HelpFormatter):
    """Paragraphs are wrapped to the terminal; indented lines (the examples) stay as written."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        blocks = []
        for block in text.split("\n\n"):
            if block.startswith(" "):
                blocks.append("\n".join(indent + line for line in block.splitlines()))
            else:
                blocks.append(super()._fill_text(block, width, indent))
        return "\n\n".join(blocks)


class DanishParser(argparse.ArgumentParser):
    """An ArgumentParser whose every text is Danish; `version` adds --version."""

    def __init__(self, *args, version: str | None = None, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        with _in_danish():
            super().__init__(*args, **kwargs)
        if version:
            self.add_argument("--version", action="version", version=f"{PRODUCT} {version}",
                              help=danish("show program's version number and exit"))

    def parse_args(self, args=None, namespace=None):
        with _in_danish():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with _in_danish():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with _in_danish():
            return super().format_usage()

    def format_help(self) -> str:
        with _in_danish():
            return super().format_help()

    def add_subparsers(self, **kwargs):
        kwargs.setdefault("title", "kommandoer")
        kwargs.setdefault("metavar", "KOMMANDO")
        kwargs.setdefault("required", True)
        return super().add_subparsers(**kwargs)


def add_command(commands, name: str, summary: str, examples: list[str],
                description: str = "") -> DanishParser:
    """A subcommand with a one-line summary (in the overview) and a description with examples."""
    lines = "\n".join(f"  {example}" for example in examples)
    heading = "Eksempel:" if len(examples) == 1 else "Eksempler:"
    return commands.add_parser(name, help=summary, description=description or summary,
                               epilog=f"{heading}\n\n{lines}")


def non_negative(text: str) -> float:
    """A number of 0 or more (seconds, thresholds)."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"skal være et tal på 0 eller mere, ikke {text!r}")
    return value


def positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"skal være et helt tal på 1 eller mere, ikke {text!r}")
    return int(text)


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"skal være et helt tal, ikke {text!r}") from None


def number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"skal være et tal, ikke {text!r}") from None
