"""The Twilio benchmark's table: our channel next to Rasa's built-in one, in Markdown."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

from .report import markdown_table, percentile
from .twilio_traffic import TwilioLoadResult


@dataclass
class ChannelMeasurement:
    """One channel under load: latencies in seconds, CPU seconds by process."""

    name: str
    load: TwilioLoadResult = field(default_factory=TwilioLoadResult)
    cpu_seconds: dict[str, float] = field(default_factory=dict)

    def cpu_ms_per_turn(self, process: str) -> Optional[float]:
        """CPU milliseconds ``process`` spent per message answered, None if not measured."""
        if process not in self.cpu_seconds or not self.load.turns:
            return None
        return self.cpu_seconds[process] / self.load.turns * 1000

    @property
    def messages_per_turn(self) -> Optional[float]:
        return self.load.messages_out / self.load.turns if self.load.turns else None


def _ms(values_of: Callable[[ChannelMeasurement], Sequence[float]],
        fraction: Optional[float]) -> Callable[[ChannelMeasurement], Optional[float]]:
    """Milliseconds at ``fraction`` of the values (None: their maximum)."""
    def value(measurement: ChannelMeasurement) -> Optional[float]:
        values = values_of(measurement)
        if not values:
            return None
        seconds = max(values) if fraction is None else percentile(values, fraction)
        return seconds * 1000
    return value


def ratio(ours: Optional[float], theirs: Optional[float]) -> Optional[float]:
    """ours / theirs to two decimals; None when either is missing or theirs is 0."""
    if ours is None or not theirs:
        return None
    return round(ours / theirs, 2)


def channel_comparison_table(measurements: Sequence[ChannelMeasurement]) -> str:
    """Each channel in a column; with two, a third column gives first / second."""
    both = len(measurements) == 2
    header = ["", *(m.name for m in measurements)]
    if both:
        header.append(f"{measurements[0].name} / {measurements[1].name}")
    rows = [header]

    def row(label: str, value_of, fmt: str, compare: bool = True) -> None:
        values = [value_of(m) for m in measurements]
        cells = [label] + ["-" if v is None else fmt.format(v) for v in values]
        if both:
            quotient = ratio(*values) if compare else None
            cells.append("-" if quotient is None else f"{quotient:.2f}x")
        rows.append(cells)

    acks = lambda m: m.load.acks                    # noqa: E731 - short selectors
    firsts = lambda m: m.load.first_replies          # noqa: E731
    lasts = lambda m: m.load.last_replies            # noqa: E731
    row("webhook acknowledgement p50 (ms)", _ms(acks, 0.50), "{:.0f}")
    row("webhook acknowledgement p95 (ms)", _ms(acks, 0.95), "{:.0f}")
    row("webhook acknowledgement max (ms)", _ms(acks, None), "{:.0f}")
    row("reply, first message p50 (ms)", _ms(firsts, 0.50), "{:.0f}")
    row("reply, first message p95 (ms)", _ms(firsts, 0.95), "{:.0f}")
    row("reply, first message max (ms)", _ms(firsts, None), "{:.0f}")
    row("reply, last message p50 (ms)", _ms(lasts, 0.50), "{:.0f}")
    row("reply, last message p95 (ms)", _ms(lasts, 0.95), "{:.0f}")
    row("messages sent per turn", lambda m: m.messages_per_turn, "{:.2f}")
    row("Rasa server CPU per turn (ms)", lambda m: m.cpu_ms_per_turn("rasa"), "{:.1f}")
    row("action server CPU per turn (ms)", lambda m: m.cpu_ms_per_turn("actions"), "{:.1f}")
    row("turns measured", lambda m: m.load.turns, "{}", compare=False)
    row("failed turns", lambda m: len(m.load.errors), "{}", compare=False)
    return markdown_table(rows)
