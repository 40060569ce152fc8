"""``python -m scheduler_app`` is the ``scheduler-app`` command."""

import sys

from scheduler_app.cli import main

sys.exit(main())
