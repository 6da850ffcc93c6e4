"""Debian's language packages: tests that read them skip without them, except in CI, where they fail."""
from __future__ import annotations

import os
from pathlib import Path

import pytest


def require_debian_file(path: Path, package: str) -> Path:
    """The path, or a skip (a failure in CI, where scripts/setup must have installed the package)."""
    if not path.exists():
        message = f"{path} mangler: installér Debian-pakken {package} (scripts/setup gør det)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path
