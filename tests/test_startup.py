"""Start-up stays cheap: the CLI answers ``--help`` without importing spaCy.

Timing is measured by ``benchmarks/bench_startup.py``, not here; what a test
can check on any machine is that the heavy modules are not imported at all.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = (
    "spacy",
    "thinc",
    "pandas",
    "pyarrow",
    "matplotlib",
    "trafilatura",
    "networkx",
    "py3langid",
)


def imported_after(code: str) -> dict[str, bool]:
    probe = (
        f"{code}\nimport json, sys\nprint(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    result: dict[str, bool] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize(
    "code",
    [
        "import prensa",
        "import prensa.cli",
        "from prensa import Quote, Analysis",
        "from prensa.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass",
        "from prensa.cli import main\ntry:\n    main(['analyze', '--help'])\nexcept SystemExit:\n"
        "    pass",
    ],
)
def test_startup_imports_nothing_heavy(code: str) -> None:
    heavy = [name for name, loaded in imported_after(code).items() if loaded]
    assert not heavy, f"{code!r} imports {heavy}"


def test_startup_analyze_is_still_reached_lazily() -> None:
    import prensa

    assert callable(prensa.analyze) and callable(prensa.load)
    assert prensa.__version__
    with pytest.raises(AttributeError):
        _ = prensa.no_such_name
    assert "analyze" in dir(prensa)
