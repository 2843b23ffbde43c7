"""``make bench``: N simulated applicants through the REST channel, against our
assistant and, in the same run, against a bare ``rasa init`` assistant.

Prints per-turn p50/p95/max latency, throughput, the Rasa server's peak memory and
each server's CPU time per turn for both, and the ratios the targets are about
(p95 within 1.5x, memory within 1.2x of the bare assistant at 20 concurrent
conversations). Both assistants run side by side and the load alternates between
them in rounds, so other work on the machine weighs on both alike. The verdicts
are information: the exit code is 0 unless something crashed, because wall-clock
figures depend on the machine and are compared, never asserted.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from bot.cli.stack import latest_model

from .cpu import own_cpu_seconds, tree_cpu_seconds
from .load import BARE_SCRIPT, INTAKE_SCRIPT, LoadResult, conversation, run_load, warm_up
from .memory import PeakSampler
from .report import (Measurement, command_line, comparison_table, machine_facts,
                     per_position_table)
from .workdir import measured_in_temp_dir, say
from .servers import (BareAssistant, BenchSetupError, action_server_pid, rasa_server_pid,
                      start_our_stack)

MAX_ERRORS_SHOWN = 5


def parse_arguments(argv: Optional[Sequence[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.rest_load", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--senders", type=int, default=20,
                        help="simulated applicants talking at the same time (default 20)")
    parser.add_argument("--turns", type=int, default=12,
                        help="messages each applicant sends (default 12)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="loads per assistant, alternating ours and bare; the figures "
                             "pool every round (default 3)")
    parser.add_argument("--our-model", type=Path, default=None,
                        help="our trained model (default: $INTAKE_MODEL, else the newest "
                             "in models/)")
    parser.add_argument("--skip-baseline", action="store_true",
                        help="load only our assistant")
    parser.add_argument("--skip-ours", action="store_true",
                        help="load only the bare assistant (to check the harness)")
    parser.add_argument("--baseline-dir", type=Path, default=None,
                        help="a `rasa init` project to reuse (created and trained there "
                             "if it holds no model); default: a fresh temporary folder")
    parser.add_argument("--per-turn", action="store_true",
                        help="also print p50/p95 for each turn of our script")
    parser.add_argument("--keep-temp", action="store_true",
                        help="keep the temporary folder (databases, server logs)")
    arguments = parser.parse_args(argv)
    if min(arguments.senders, arguments.turns, arguments.rounds) < 1:
        parser.error("--senders, --turns and --rounds must be at least 1")
    if arguments.skip_baseline and arguments.skip_ours:
        parser.error("--skip-baseline and --skip-ours leave nothing to measure")
    return arguments


def our_model(arguments: argparse.Namespace) -> Path:
    model = arguments.our_model
    if model is None and os.environ.get("INTAKE_MODEL"):
        model = Path(os.environ["INTAKE_MODEL"])
    model = model or latest_model()
    if model is None or not model.exists():
        raise BenchSetupError(f"no trained model ({model or 'models/ is empty'}): "
                              "run `make model`, or pass --our-model")
    return model.resolve()


@dataclass
class Target:
    """One running assistant and what we send it; accumulates its rounds."""

    name: str
    url: str
    script: Sequence[str]
    pids: dict[str, int]          # "rasa" (and "actions" for ours) -> process id
    measurement: Measurement = field(init=False)

    def __post_init__(self) -> None:
        self.measurement = Measurement(name=self.name, load=LoadResult(), rasa_rss=0,
                                       action_rss=0 if "actions" in self.pids else None,
                                       cpu_seconds={})

    def warm_up(self) -> None:
        say(f"[{self.name}] warming up ...")
        warm_up(self.url, self.script)

    def run_round(self, number: int, arguments: argparse.Namespace) -> None:
        """One measured load, with the servers' memory sampled and CPU time counted."""
        cpu_before = {process: tree_cpu_seconds(pid) for process, pid in self.pids.items()}
        client_before = own_cpu_seconds()
        with PeakSampler(self.pids) as sampler:
            load = run_load(self.url, self.script, arguments.senders, arguments.turns,
                            prefix=f"{self.name}{number}")
        cpu = {process: tree_cpu_seconds(pid) - cpu_before[process]
               for process, pid in self.pids.items()}
        cpu["client"] = own_cpu_seconds() - client_before
        measurement = self.measurement
        measurement.load.add(load)
        for process, seconds in cpu.items():
            measurement.cpu_seconds[process] = measurement.cpu_seconds.get(process, 0.0) + seconds
        measurement.rasa_rss = max(measurement.rasa_rss, sampler.peaks["rasa"])
        if "actions" in sampler.peaks:
            measurement.action_rss = max(measurement.action_rss or 0, sampler.peaks["actions"])
        say(f"[{self.name}] round {number}: {load.turns} turns in {load.wall_seconds:.1f} s "
            f"({load.throughput:.1f}/s), {len(load.errors)} failed")
        for error in load.errors[:MAX_ERRORS_SHOWN]:
            say(f"[{self.name}]   {error}")


def start_ours(model: Path, work_dir: Path, stack: contextlib.ExitStack) -> Target:
    say(f"[ours] starting the action server and the Rasa server with {model.name} ...")
    ours = start_our_stack(model, work_dir / "ours")
    stack.callback(ours.stop)
    return Target("ours", ours.rest_url, INTAKE_SCRIPT,
                  {"rasa": rasa_server_pid(ours), "actions": action_server_pid(ours)})


def start_bare(work_dir: Path, arguments: argparse.Namespace,
               stack: contextlib.ExitStack) -> Target:
    project = arguments.baseline_dir or work_dir / "bare" / "project"
    bare = BareAssistant(project.resolve())
    if bare.model() is None:
        say(f"[bare] `rasa init --no-prompt` in {bare.project_dir} (trains its model; "
            "about 2 minutes on 2 cores) ...")
    else:
        say(f"[bare] starting the bare assistant in {bare.project_dir} ...")
    bare.start()
    stack.callback(bare.stop)
    return Target("bare", bare.rest_url, BARE_SCRIPT, {"rasa": bare.process.pid})


def measure(model: Optional[Path], work_dir: Path,
            arguments: argparse.Namespace) -> list[Measurement]:
    """Start the assistants, warm them up, then alternate measured rounds between them."""
    with contextlib.ExitStack() as stack:
        targets: list[Target] = []
        # The baseline first: `rasa init` trains for minutes, and nothing else should
        # compete for the CPU while our servers are loaded.
        if not arguments.skip_baseline:
            targets.append(start_bare(work_dir, arguments, stack))
        if model is not None:
            targets.insert(0, start_ours(model, work_dir, stack))
        for target in targets:
            target.warm_up()
        say(f"measuring: {arguments.rounds} round(s) of {arguments.senders} senders x "
            f"{arguments.turns} turns per assistant ...")
        for number in range(1, arguments.rounds + 1):
            for target in targets:
                target.run_round(number, arguments)
        return [target.measurement for target in targets]


def print_results(measurements: Sequence[Measurement], arguments: argparse.Namespace,
                  argv: Sequence[str], load_before: Sequence[float]) -> None:
    by_name = {m.name: m for m in measurements}
    ours, bare = by_name.get("ours"), by_name.get("bare")
    print()
    print(f"command: {command_line(argv)}")
    for fact in machine_facts(load_before):
        print(fact)
    print(f"load: {arguments.senders} concurrent senders x {arguments.turns} turns each, "
          f"{arguments.rounds} round(s) per assistant alternating, REST channel, "
          "after a warm-up")
    print()
    print(comparison_table(ours, bare))
    if ours is not None and arguments.per_turn:
        print()
        print(per_position_table(ours, conversation(INTAKE_SCRIPT, arguments.turns)))


def run(arguments: argparse.Namespace, argv: Sequence[str]) -> int:
    load_before = os.getloadavg()
    try:
        model = None if arguments.skip_ours else our_model(arguments)
    except BenchSetupError as error:
        say(f"bench: {error}")
        return 1
    measurements = measured_in_temp_dir(
        "intake-bench-", arguments.keep_temp,
        lambda work_dir: measure(model, work_dir, arguments),
        lambda done: any(m.load.errors for m in done))
    if measurements is None:
        return 1
    print_results(measurements, arguments, argv, load_before)
    broken = [m.name for m in measurements
              if m.load.turns == 0 or m.load.empty_replies == m.load.turns]
    if broken:
        # A Rasa server that could not load its model still answers, with nothing.
        say(f"bench: {', '.join(broken)}: no turn got a reply; the figures mean nothing")
        return 1
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    return run(parse_arguments(argv[1:]), argv)


if __name__ == "__main__":
    sys.exit(main())
