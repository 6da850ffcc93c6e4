"""The command lines: `indexer.py`, `server.py` and `python -m assistant`, with Danish argparse texts."""
