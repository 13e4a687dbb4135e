"""Subprocess body for the kill-and-resume test: a slow run that a test kills with SIGKILL."""

from __future__ import annotations

import sys
import time

from eval_doubles import adder_double

from charter.evals import CallableTarget, Runs, ScorerRegistry, load_file
from charter.store import Store


def slow_adder(inputs):
    """The adder double, slowed so the run is still going when it is killed."""
    time.sleep(float(sys.argv[4]))
    return adder_double(inputs)


if __name__ == "__main__":
    url, path, run_id = sys.argv[1], sys.argv[2], sys.argv[3]
    runs = Runs(Store(url))
    ds = load_file(path, expect=["expected"])
    target = CallableTarget(slow_adder, name="adder", version="v1")
    scorers = [ScorerRegistry().build("exact:field=expected"), ScorerRegistry().build("numeric:field=expected,abs_tol=1")]
    res = runs.run(target, ds, scorers, concurrency=2, resume=run_id if run_id != "-" else None, use_cache=False,
                   flush_every=1)
    print(res.run_id)
