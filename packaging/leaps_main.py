"""Entry point of the frozen app: the `leaps` command, which opens the window when given no command."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
