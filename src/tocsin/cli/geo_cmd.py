"""CLI commands: geo (registers on tocsin.cli.app.app)."""
