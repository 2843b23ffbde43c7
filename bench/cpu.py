"""CPU time a server spends, read from /proc/<pid>/stat, to say where a turn's
time goes: divided by the turns served, it is the work each turn costs that
process, whatever the queueing in front of it.
"""
from __future__ import annotations

import os
from pathlib import Path

from .memory import process_tree

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def _process_cpu_seconds(pid: int) -> float:
    try:
        stat = (Path("/proc") / str(pid) / "stat").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return 0.0
    # Fields after the command name, which is in parentheses and may hold spaces;
    # utime and stime are fields 14 and 15 of the whole line.
    fields = stat.rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def tree_cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of ``pid`` and its live children, all threads."""
    return sum(_process_cpu_seconds(member) for member in process_tree(pid))


def own_cpu_seconds() -> float:
    """CPU seconds of this process (the load generator)."""
    times = os.times()
    return times.user + times.system
