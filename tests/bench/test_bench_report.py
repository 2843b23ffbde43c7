"""The benchmark's arithmetic: percentiles and the verdicts printed against targets."""
from __future__ import annotations

import numpy as np
import pytest

from bench.load import LoadResult
from bench.report import Measurement, comparison_table, percentile, verdict


@pytest.mark.parametrize("fraction", [0.0, 0.5, 0.95, 1.0])
def test_percentile_matches_numpy(fraction):
    values = [0.9, 0.1, 0.5, 0.3, 0.7, 1.1, 0.2]
    assert percentile(values, fraction) == pytest.approx(np.percentile(values, fraction * 100))


def test_percentile_of_nothing_is_zero():
    assert percentile([], 0.95) == 0.0


@pytest.mark.parametrize("ratio,target,expected", [(1.49, 1.5, "PASS"), (1.5, 1.5, "PASS"),
                                                   (1.51, 1.5, "MISS"), (None, 1.5, "n/a")])
def test_verdict(ratio, target, expected):
    assert verdict(ratio, target) == expected


def test_comparison_table_shows_both_ratios_and_verdicts():
    ours = Measurement("ours", LoadResult(), rasa_rss=600 * 1024 * 1024)
    bare = Measurement("bare", LoadResult(), rasa_rss=1000 * 1024 * 1024)
    for latency in (0.2, 0.3, 0.4):
        ours.load.latencies.append(latency)
        bare.load.latencies.append(latency / 2)
    table = comparison_table(ours, bare)
    assert "2.00x" in table or "2.0x" in table
    assert "MISS" in table and "PASS" in table
