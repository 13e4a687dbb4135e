"""``--executor ray``: items as Ray tasks (a local Ray unless RAY_ADDRESS names a cluster).

The target and the scorers are shipped to the workers by Ray's pickler; results come back to the
driver, which stores them exactly as the local executor does. Scorers that need a trace get none
on a worker (the tracer's store handle stays in the driver), and say so in their recorded error.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

from charter.errors import ConfigError
from charter.evals.datasets import Item


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise ConfigError("the ray executor needs Ray: pip install 'charter[ray]'") from None
    return ray


def _run_chunk(target: Any, items: list[Item], scorers: Sequence[Any], principal: str) -> list[str]:
    from charter.evals.runs import score_item

    out = []
    for it in items:
        res = target.run(it.inputs, principal=it.principal or principal)
        out.append(score_item(it, res, scorers, None).model_dump_json())
    return out


def run_items(target: Any, items: list[Item], scorers: Sequence[Any], *, principal: str,
              concurrency: int = 4, chunk: int = 16) -> list[Any]:
    """Run and score items as Ray tasks; results in item order."""
    from charter.evals.runs import ItemResult

    if not items:
        return []
    ray = _ray()
    if not ray.is_initialized():
        # a local Ray's workers import what the driver can: the driver's path goes with them
        path = os.pathsep.join(p for p in sys.path if p)
        ray.init(num_cpus=concurrency, include_dashboard=False, ignore_reinit_error=True, log_to_driver=False,
                 configure_logging=False, runtime_env={"env_vars": {"PYTHONPATH": path}})
    task = ray.remote(_run_chunk)
    t_ref, s_ref = ray.put(target), ray.put(list(scorers))
    refs = [task.remote(t_ref, items[i:i + chunk], s_ref, principal) for i in range(0, len(items), chunk)]
    return [ItemResult.model_validate_json(b) for part in ray.get(refs) for b in part]
