"""Voting from phones over the room's own network: a small HTTP server that
hands every ballot to the one writer (see `server.py` and `desk.py`)."""
