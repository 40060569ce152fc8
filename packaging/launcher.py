"""Entry point of the frozen planner: the same `scheduler-app` command as the installed one."""

import sys

from scheduler_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
