"""One module per CLI command; each prints and returns an exit code."""
