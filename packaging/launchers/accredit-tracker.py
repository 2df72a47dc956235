"""Entry script of the bundled desktop application (pyproject's gui-script accredit-tracker)."""

import sys

from accredit_tracker.app import main

if __name__ == "__main__":
    sys.exit(main())
