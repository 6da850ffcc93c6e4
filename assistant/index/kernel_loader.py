"""The search's compiled loops (kernel.py, built ahead of time), imported with a clear error when missing.

`scripts/setup` compiles kernel.py into an extension module beside it, named after the source's
checksum: a module built from another version of the source is never imported by mistake, and a
checkout whose source changed asks for the build again instead of computing with old loops.
"""
from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path
from types import ModuleType

import xxhash

from ..errors import ConfigError

SOURCE = Path(__file__).with_name("kernel.py")
# The modules kernel.py compiles besides its own loops: a change in one needs a new build too.
PARTS = tuple(SOURCE.with_name(name) for name in ("kernel_counts.py", "kernel_scoring.py", "kernel_plan.py",
                                                      "gather_plan.py"))
PREFIX = "_kernel_"


class KernelUnavailableError(ConfigError):
    """The compiled loops are not built (or were built from another source): nothing can be searched."""


def module_name() -> str:
    """The built module's name for kernel.py (and its parts) as they are now."""
    sources = [SOURCE.read_bytes()] + [part.read_bytes() for part in PARTS]
    return PREFIX + xxhash.xxh3_64_hexdigest(b"".join(sources))


def built_files(folder: Path) -> list[Path]:
    """The built modules (of any source version) in `folder`."""
    return sorted(folder.glob(PREFIX + "*.so"))


@cache
def kernel() -> ModuleType:
    """The compiled loops' module, imported the first time (a failed import is tried again)."""
    name = module_name()
    try:
        return importlib.import_module(f"{__package__}.{name}")
    except ImportError as exc:
        raise KernelUnavailableError(
            f"Søgningens kompilerede løkker ({SOURCE.parent.name}/{name}) er ikke bygget til denne "
            f"version af {SOURCE.name}. Byg dem med scripts/setup (kræver en C-compiler).") from exc
