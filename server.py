"""Run Balance-assistenten's web app locally: `python server.py [--host HOST] [--port PORT] [--index PATH]`."""
import sys

from assistant.cli.server import main

if __name__ == "__main__":
    sys.exit(main())
