"""``python -m prensa``: the ``prensa`` command, where no script is on PATH."""

import sys

from prensa.cli import main

sys.exit(main())
