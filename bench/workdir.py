"""A benchmark's temporary folder: made, handed to the measurement, removed after,
unless asked to keep it or something failed (the server logs in it explain why)."""
from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Callable, Optional, Sequence, TypeVar

from bot.cli.stack import StackError

from .servers import BenchSetupError

M = TypeVar("M")


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measured_in_temp_dir(prefix: str, keep_temp: bool,
                         measure: Callable[[Path], Sequence[M]],
                         failed: Callable[[Sequence[M]], bool]) -> Optional[Sequence[M]]:
    """Run ``measure`` in a fresh folder; None (after saying why) when set-up failed."""
    work_dir = Path(tempfile.mkdtemp(prefix=prefix))
    keep = keep_temp
    measurements: Sequence[M] = []
    try:
        measurements = measure(work_dir)
        return measurements
    except (BenchSetupError, StackError) as error:
        say(f"bench: {error}")
        keep = True
        return None
    finally:
        keep = keep or failed(measurements)
        if keep:
            say(f"temporary files (databases, server logs) kept in {work_dir}")
        else:
            shutil.rmtree(work_dir, ignore_errors=True)
