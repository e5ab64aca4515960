"""CLI commands: events (registers on tocsin.cli.app.app)."""
