"""``python -m prensa.cli``: the ``prensa`` command."""

import sys

from prensa.cli import main

sys.exit(main())
