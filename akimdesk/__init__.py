"""AkimDesk: akims' meetings with the population, planned, held and accounted for."""

import gc as _gc
import sys as _sys

__version__ = "0.1.0"


def _program_start() -> bool:
    """Whether this process is the `akimdesk` program starting (the window or a command), not a test or a
    script importing the package."""
    argv = list(getattr(_sys, "orig_argv", _sys.argv))
    if getattr(_sys, "frozen", False):
        return True
    if "-m" in argv[:-1]:
        return argv[argv.index("-m") + 1] in ("akimdesk", "akimdesk.cli")
    script = (_sys.argv[0] if _sys.argv else "").replace("\\", "/").rsplit("/", 1)[-1].lower()
    return script in ("akimdesk", "akimdesk.exe", "akimdesk-script.py")


# The program's start imports and builds some 100,000 long-lived objects and no garbage cycles: collecting
# during it costs about a tenth of the window's start and finds nothing. Collection is back on (with the
# start's objects frozen out of its sight) in `cli.main` for a command and after the window's first paint.
if _program_start():
    _gc.disable()
