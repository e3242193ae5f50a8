"""One module per command that does more than a few lines of work (as pipx does)."""
