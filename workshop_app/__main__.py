"""`python -m workshop_app` runs the command line (the GUI by default)."""

import sys

from workshop_app.cli import main

sys.exit(main())
