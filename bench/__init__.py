"""Load benchmarks of the assistant; they print figures next to a baseline
measured in the same run, and never assert wall-clock times (they are not tests).

``python -m bench.rest_load`` (``make bench``) is the entry point;
``python -m bench.turn_profile`` times the parts of one turn in process. The
results and how to read them are in ``docs/benchmarks.md``.
"""
