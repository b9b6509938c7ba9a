"""Write docs/cli.md, the CLI reference, from the commands' own --help (run after changing cli.py):

    python docs/generate_cli_reference.py
"""
from __future__ import annotations

from pathlib import Path

import click
from click.testing import CliRunner

from tdkt.cli import main

OUT = Path(__file__).resolve().parent / "cli.md"


def reference() -> str:
    runner = CliRunner()
    parts = ["# tdkt command reference", "", "Generated from `--help` by `docs/generate_cli_reference.py`; do not edit by hand.", ""]
    commands = [("tdkt", [])] + [(f"tdkt {name}", [name]) for name in sorted(main.commands)]
    for title, args in commands:
        result = runner.invoke(main, [*args, "--help"], terminal_width=100, prog_name="tdkt")
        parts += [f"## {title}", "", "```", result.output.rstrip(), "```", ""]
    return "\n".join(parts)


if __name__ == "__main__":
    OUT.write_text(reference(), encoding="utf-8")
    click.echo(f"wrote {OUT}")
