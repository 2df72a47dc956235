"""`python -m accredit_tracker.cli`: the `accredit` command."""

import sys

from accredit_tracker.cli import main

sys.exit(main())
