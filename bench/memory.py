"""Resident memory of a server process and its children, read from /proc.

Rasa's memory is mostly TensorFlow and the loaded model, which grow on the first
inferences; so we sample while the load runs and keep the peak, rather than
trusting one reading before or after.
"""
from __future__ import annotations

import threading
from pathlib import Path

PROC = Path("/proc")


def _status_kib(pid: int, field: str) -> int:
    """A ``kB`` field of /proc/<pid>/status (0 when the process is gone)."""
    try:
        for line in (PROC / str(pid) / "status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return 0


def _children(pid: int) -> list[int]:
    children: list[int] = []
    for task in (PROC / str(pid) / "task").glob("*"):
        try:
            children.extend(int(child) for child in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return children


def process_tree(pid: int) -> list[int]:
    """``pid`` and every process below it."""
    tree, pending = [], [pid]
    while pending:
        current = pending.pop()
        tree.append(current)
        pending.extend(_children(current))
    return tree


def tree_rss_bytes(pid: int) -> int:
    """Resident set size of ``pid`` plus its children, in bytes."""
    return sum(_status_kib(member, "VmRSS") for member in process_tree(pid)) * 1024


def high_water_mark_bytes(pid: int) -> int:
    """The kernel's record of the process's own peak RSS (VmHWM), in bytes."""
    return _status_kib(pid, "VmHWM") * 1024


class PeakSampler:
    """Samples the RSS of some process trees in a background thread; keeps each peak.

    Use as a context manager around the load: ``with PeakSampler({"rasa": pid}) as s:``.
    """

    def __init__(self, pids: dict[str, int], interval_seconds: float = 0.2):
        self.pids = pids
        self.interval_seconds = interval_seconds
        self.peaks: dict[str, int] = {name: 0 for name in pids}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def sample(self) -> None:
        for name, pid in self.pids.items():
            self.peaks[name] = max(self.peaks[name], tree_rss_bytes(pid))

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval_seconds)

    def __enter__(self) -> "PeakSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stop.set()
        self._thread.join()
        self.sample()  # one last reading after the load, the state that stays resident
