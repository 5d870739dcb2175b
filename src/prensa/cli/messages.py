"""What the ``prensa`` command tells its user: exit codes and one-line messages."""

from __future__ import annotations

import sys

from prensa import io

OK, FAILED, USAGE, INTERRUPTED = 0, 1, 2, 130


def say(message: str) -> None:
    """One line on stderr: a newline or other control character in a file name
    or an id is shown escaped (``\\n``), never written."""
    shown = "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in io.clean(message)
    )
    print(f"prensa: {shown}", file=sys.stderr, flush=True)
