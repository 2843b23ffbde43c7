"""Figures from a load run, the machine they were measured on, and the comparison
table printed in Markdown so it can be pasted into docs/benchmarks.md as is.
"""
from __future__ import annotations

import datetime
import os
import platform
import shlex
import sys
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Optional, Sequence

from .load import LoadResult

P95_TARGET = 1.5   # our p95 within 1.5x of the bare assistant's
RSS_TARGET = 1.2   # our Rasa server's memory within 1.2x of the bare one's
MIB = 1024 * 1024


def percentile(values: Sequence[float], fraction: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = (len(ordered) - 1) * fraction
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass
class Measurement:
    """One assistant under load: latencies in seconds, memory in bytes."""

    name: str
    load: LoadResult
    rasa_rss: int
    action_rss: Optional[int] = None
    cpu_seconds: dict[str, float] = field(default_factory=dict)  # process -> CPU during load

    def cpu_per_turn(self, process: str) -> Optional[float]:
        """CPU seconds ``process`` spent per turn served, None if not measured."""
        if process not in self.cpu_seconds or not self.load.turns:
            return None
        return self.cpu_seconds[process] / self.load.turns

    @property
    def p50(self) -> float:
        return percentile(self.load.latencies, 0.50)

    @property
    def p95(self) -> float:
        return percentile(self.load.latencies, 0.95)

    @property
    def worst(self) -> float:
        return max(self.load.latencies, default=0.0)


def _ratio(ours: float, bare: float) -> Optional[float]:
    """ours / bare to two decimals: the verdict is taken on the figure that is printed."""
    return round(ours / bare, 2) if bare else None


def verdict(ratio: Optional[float], target: float) -> str:
    if ratio is None:
        return "n/a"
    return "PASS" if ratio <= target else "MISS"


def comparison_table(ours: Optional[Measurement], bare: Optional[Measurement]) -> str:
    """Both assistants side by side, with the two ratios the targets are about."""
    columns = [m for m in (ours, bare) if m is not None]
    both = ours is not None and bare is not None
    header = ["", *(m.name for m in columns)]
    if both:
        header += ["ours / bare", "target", "verdict"]
    rows: list[list[str]] = []

    def row(label, value_of, fmt, *, compare=True, target=None):
        values = [value_of(m) for m in columns]
        cells = [label] + ["-" if value is None else fmt.format(value) for value in values]
        if both:
            ratio = _ratio(*values) if compare and None not in values else None
            cells.append("-" if ratio is None else f"{ratio:.2f}x")
            cells.append(f"<= {target}x" if target else "")
            cells.append(verdict(ratio, target) if target else "")
        rows.append(cells)

    def cpu_ms(process):
        return lambda m: None if m.cpu_per_turn(process) is None else m.cpu_per_turn(process) * 1000

    row("turn latency p50 (ms)", lambda m: m.p50 * 1000, "{:.0f}")
    row("turn latency p95 (ms)", lambda m: m.p95 * 1000, "{:.0f}", target=P95_TARGET)
    row("turn latency max (ms)", lambda m: m.worst * 1000, "{:.0f}")
    row("throughput (turns/s)", lambda m: m.load.throughput, "{:.1f}")
    row("Rasa server peak RSS (MiB)", lambda m: m.rasa_rss / MIB, "{:.0f}", target=RSS_TARGET)
    row("action server peak RSS (MiB)",
        lambda m: None if m.action_rss is None else m.action_rss / MIB, "{:.0f}")
    row("Rasa server CPU per turn (ms)", cpu_ms("rasa"), "{:.1f}")
    row("action server CPU per turn (ms)", cpu_ms("actions"), "{:.1f}")
    row("load generator CPU per turn (ms)", cpu_ms("client"), "{:.1f}")
    row("turns measured", lambda m: m.load.turns, "{}", compare=False)
    row("failed turns", lambda m: len(m.load.errors), "{}", compare=False)
    row("empty replies", lambda m: m.load.empty_replies, "{}", compare=False)
    return _markdown([header, *rows])


def per_position_table(measurement: Measurement, messages: Sequence[str]) -> str:
    """p50/p95 of each turn of the script: shows which kind of turn is slow."""
    rows = [["turn", "message", "p50 (ms)", "p95 (ms)"]]
    for position, text in enumerate(messages):
        values = measurement.load.by_position.get(position, [])
        rows.append([str(position + 1), text, f"{percentile(values, 0.5) * 1000:.0f}",
                     f"{percentile(values, 0.95) * 1000:.0f}"])
    return _markdown(rows)


def _markdown(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |"
             for row in rows]
    lines.insert(1, "|" + "|".join("-" * (width + 2) for width in widths) + "|")
    return "\n".join(lines)


def command_line(argv: Sequence[str]) -> str:
    """The command as the reader would type it again."""
    arguments = shlex.join(argv[1:])
    if os.environ.get("MAKELEVEL"):
        return "make bench" + (f" BENCH_ARGS={shlex.quote(arguments)}" if arguments else "")
    return ".venv/bin/python -m bench.rest_load" + (f" {arguments}" if arguments else "")


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return 0.0


def machine_facts(load_before: Sequence[float]) -> list[str]:
    """Where and when the figures were taken; ``load_before`` is os.getloadavg() at start."""
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        f"date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"machine: {usable} usable cores of {os.cpu_count()} ({_cpu_model()}), "
        f"{_memory_gib():.1f} GiB RAM, {platform.system()} {platform.release()}",
        "load average (1/5/15 min) before the run: "
        + "/".join(f"{value:.2f}" for value in load_before)
        + " (other work on the machine skews the figures)",
        f"python: {sys.version.split()[0]}, rasa {metadata.version('rasa')}, "
        f"rasa-sdk {metadata.version('rasa-sdk')}, tensorflow {metadata.version('tensorflow')}",
    ]


def markdown_table(rows: list[list[str]]) -> str:
    """``rows`` (the first one the header) as a Markdown table, columns padded."""
    return _markdown(rows)
