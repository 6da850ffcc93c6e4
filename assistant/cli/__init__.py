"""The command lines: `indexer.py`, `server.py` and `python -m assistant`, with Danish argparse texts."""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable

from ..errors import ConfigError


def exits_on_bad_settings(main: Callable[[list[str] | None], int]) -> Callable[[list[str] | None], int]:
    """A command's main that prints a refused setting's Danish message and exits with 1, nothing else."""
    @functools.wraps(main)
    def run(argv: list[str] | None = None) -> int:
        try:
            return main(argv)
        except ConfigError as exc:
            print(exc.message, file=sys.stderr)
            return 1
    return run
