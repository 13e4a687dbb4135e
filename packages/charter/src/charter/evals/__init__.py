"""Evaluation: golden sets, scorers, LLM judges, runs, comparisons, reports, gates, hill climbing."""

from charter.evals.compare import (
    Comparison,
    GateResult,
    bootstrap_ci,
    by_step,
    by_tag,
    compare,
    gate,
    summarize,
)
from charter.evals.datasets import Dataset, Datasets, Item, from_traces, load_file, to_csv, to_jsonl
from charter.evals.executors import Executor, ItemJob, LocalExecutor, RayExecutor
from charter.evals.judges import Calibration, Judge, JudgeParseError, Rubric, calibrate, cohen_kappa
from charter.evals.runs import ItemResult, RunInfo, RunResult, Runs
from charter.evals.scorers import (
    GROUP,
    MissingField,
    Score,
    Scorer,
    ScorerRegistry,
)
from charter.evals.targets import AgentTarget, CallableTarget, Target, TargetResult, resolve_agent

__all__ = [
    "GROUP", "AgentTarget", "Calibration", "CallableTarget", "Comparison", "Dataset", "Datasets", "Executor", "GateResult",
    "Item", "ItemJob", "ItemResult", "Judge", "JudgeParseError", "LocalExecutor", "MissingField", "RayExecutor", "Rubric", "RunInfo", "RunResult", "Runs",
    "Score", "Scorer", "ScorerRegistry", "Target", "TargetResult", "bootstrap_ci", "by_step", "by_tag",
    "calibrate", "cohen_kappa", "compare", "from_traces", "gate", "load_file", "resolve_agent",
    "summarize", "to_csv", "to_jsonl",
]
