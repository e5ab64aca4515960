"""CLI commands: eval (registers on tocsin.cli.app.app)."""
