"""CLI commands: code (registers on tocsin.cli.app.app)."""
