"""One way to run the CLI in a test: exit code, stdout and stderr."""

from __future__ import annotations

import pytest

from prensa import cli


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``prensa ARGV...`` in this process, as (exit code, stdout, stderr)."""
    try:
        code = cli.main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err
