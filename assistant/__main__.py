"""`python -m assistant ask|evaluate|report|digest`: see assistant.cli.assistant."""
import sys

from .cli.assistant import main

if __name__ == "__main__":
    sys.exit(main())
