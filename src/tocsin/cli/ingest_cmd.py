"""CLI commands: ingest (registers on tocsin.cli.app.app)."""
