"""Entry script of the bundled command-line tool (pyproject's console script accredit)."""

import sys

from accredit_tracker.cli import main

if __name__ == "__main__":
    sys.exit(main())
