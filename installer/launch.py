"""The frozen program's entry point: the same `main()` as the `akimdesk` command."""

import sys

from akimdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
