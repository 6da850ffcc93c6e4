"""Run a command of the project in a pseudo-terminal, as a person at a shell would."""
from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time

from assistant.config import REPO_ROOT


def run_in_terminal(*args: str, env: dict | None = None, timeout: float = 60.0) -> tuple[int, str]:
    """(exit code, everything the terminal showed) for `python ARGS` with a pty as stdin/out/err."""
    main, sub = pty.openpty()
    # A real terminal has a size; progress bars draw themselves to fit it.
    fcntl.ioctl(sub, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    proc = subprocess.Popen([sys.executable, *args], cwd=REPO_ROOT, stdin=sub, stdout=sub, stderr=sub,
                            env={**os.environ, **(env or {})}, close_fds=True)
    os.close(sub)
    shown = bytearray()
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 0.1)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                data = os.read(main, 65536)
            except OSError:  # EIO: the command has closed the terminal
                break
            if not data:
                break
            shown += data
        else:
            proc.kill()
        proc.wait(timeout=10)
    finally:
        os.close(main)
    return proc.returncode, shown.decode("utf-8", errors="replace")
