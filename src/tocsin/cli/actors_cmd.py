"""CLI commands: actors (registers on tocsin.cli.app.app)."""
