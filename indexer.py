"""Build and maintain the assistant's corpus and index: `python indexer.py build|crawl|add|update`."""
import sys

from assistant.cli.indexer import main

if __name__ == "__main__":
    sys.exit(main())
