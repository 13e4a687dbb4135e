"""Production monitoring: online evaluation of live traces, metrics over time, alerts, drift and cost.

The layer above ``evals`` (its scorers and judges run on live traces) and below the server and the
runtime that start it. See docs/monitoring.md.

Per-version metrics with confidence intervals (what promoting a challenger reads)::

    from charter.monitor import compare_versions, version_metrics
    version_metrics(store, "finql", "quality", since=..., versions=["3f2a", "9c1d"])  # -> [VersionMetric]
    compare_versions(store, "finql", "error_rate", a="3f2a", b="9c1d", since=...)    # -> VersionComparison
"""

from charter.monitor.alerts import Alert, Delivery, Verdict, judge, sign, verify
from charter.monitor.config import (
    DRIFT_METRICS,
    METRICS,
    TRAFFIC_METRICS,
    MonitorConfig,
    parse_duration,
)
from charter.monitor.cost import BudgetForecast, CostRow
from charter.monitor.drift import DriftReport
from charter.monitor.metrics import (
    Measurement,
    SeriesPoint,
    VersionComparison,
    VersionMetric,
    Window,
    compare_versions,
    measure,
    samples,
    series,
    version_metrics,
)
from charter.monitor.online import Feedback, OnlineEvaluator
from charter.monitor.service import Monitor, MonitorStatus, ReviewOffer

__all__ = [
    "DRIFT_METRICS",
    "METRICS",
    "TRAFFIC_METRICS",
    "Alert",
    "BudgetForecast",
    "CostRow",
    "Delivery",
    "DriftReport",
    "Feedback",
    "Measurement",
    "Monitor",
    "MonitorConfig",
    "MonitorStatus",
    "OnlineEvaluator",
    "ReviewOffer",
    "SeriesPoint",
    "Verdict",
    "VersionComparison",
    "VersionMetric",
    "Window",
    "compare_versions",
    "judge",
    "measure",
    "parse_duration",
    "samples",
    "series",
    "sign",
    "verify",
    "version_metrics",
]
