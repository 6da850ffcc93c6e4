"""The compiled search loops (kernel.py), imported on first use with a clear error without numba.

Only searching needs them: importing numba and reading the compiled loops from its cache takes
about a second, which the command line's other commands and every test that never searches should
not pay. A server imports them in its warm-up (preload.py), before it serves.
"""
from __future__ import annotations

import importlib
from types import ModuleType

from ..errors import ConfigError

_loaded: list[ModuleType] = []


class KernelUnavailableError(ConfigError):
    """numba (or its llvmlite) is missing or broken: the index cannot be searched."""


def kernel() -> ModuleType:
    """The module of compiled loops, imported (and compiled or read from the cache) the first time."""
    if _loaded:
        return _loaded[0]
    try:
        compiled = importlib.import_module(f"{__package__}.kernel")
    except ImportError as exc:
        raise KernelUnavailableError(
            f"Søgningen kræver pakken numba, men den kan ikke indlæses ({exc}). "
            "Installér pakkerne med scripts/setup.") from exc
    _loaded.append(compiled)
    return compiled
