"""The reranker: a weight per retrieval signal, fitted on the tuning sets' key-fact passages (round 32).

Retrieval (``questionnaire.retrieve``) scores every fused candidate by the weighted sum of its signals
(``retrieve.SIGNALS``: its fused, lexical and dense positions, BM25 score and cosine, the question's concept weight
the passage, its heading and its best claim name, whether it gives the quantity asked for, whether it is a past
answer). The weights are data (``reranker.json`` beside this module); ``questionnaire fit-reranker`` refits them:

1. ``record``: every answerable question of the tuning sets (``keyfacts.TUNING``: tune .. tune7 and the golden dev
   split, never a held-out one) is retrieved once, and each fused candidate's signals are kept with its label (the
   passage holds the question's key fact; a dev item, which has no key: it is from one of the reference's sources).
2. ``fit``: a pairwise logistic regression (scikit-learn, L2, no intercept): for each question, every pair of a
   key-fact passage and another candidate gives the difference of their signals, labelled by which one holds the fact
   (both orders, so the fit is symmetric), each question weighing the same however many pairs it has. The weights
   order the candidates of a question; their scale is of no consequence.
3. ``cross_validate``: leave one tuning set out, fit on the others, rank the left-out set's candidates: the honest
   recall@k, against the shipped weights on the same records.

The fit is deterministic (lbfgs on the same rows gives the same weights; the records are in set and file order).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

RERANKER_FILE = Path(__file__).with_name("reranker.json")
C = 1.0                  # inverse L2 strength of the fit (scikit-learn's default)
KS = (1, 3, 5, 10)

Record = dict[str, Any]  # {"set", "id", "candidates": [{"chunk_id", "relevant", "signals": {name: value}}]} in fused order


def shipped(path: str | Path = RERANKER_FILE) -> dict[str, float]:
    """The shipped reranker's weight per signal (``reranker.json``)."""
    from questionnaire.retrieve import reranker_weights

    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return reranker_weights(data["weights"])


def record(charter: Any, sets: Sequence[str] | None = None, principal: str = "external-analyst",
           progress: Callable[[int, int], None] | None = None) -> list[Record]:
    """Each answerable question of ``sets`` (default: the tuning sets) retrieved once: its fused candidates' signals
    and labels. Never a held-out set."""
    from questionnaire import golden
    from questionnaire.keyfacts import TUNING
    from questionnaire.retrieve import Retriever

    names = list(sets or TUNING)
    held = [n for n in names if n in golden.HELDOUT]
    if held:
        raise ValueError(f"the reranker is never fitted on a held-out set ({', '.join(held)})")
    retriever = Retriever(charter, principal)
    items = [(name, it) for name in names for it in golden.as_keyed(name) if it.answerable]
    out: list[Record] = []
    for i, (name, it) in enumerate(items, start=1):
        res = retriever.retrieve(it.question, 10)
        cands = []
        for cid in res.fused:
            c = res.chunks[cid]
            cands.append({"chunk_id": cid, "relevant": it.relevant(c.doc_id, f"{c.heading}\n{c.text}"),
                          "signals": dict(res.signals[cid])})
        out.append({"set": name, "id": it.id, "candidates": cands})
        if progress is not None:
            progress(i, len(items))
    return out


def read_records(path: str | Path) -> list[Record]:
    """Recorded retrievals written by ``questionnaire fit-reranker --records``; a file that is not one is an error
    naming it (``InvalidInput``)."""
    from charter.errors import InvalidInput
    from questionnaire.retrieve import SIGNALS

    try:
        recs = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(f"cannot read recorded retrievals from {path}: {type(exc).__name__}") from None
    ok = isinstance(recs, list) and recs and all(
        isinstance(r, dict) and isinstance(r.get("set"), str) and isinstance(r.get("candidates"), list) and all(
            isinstance(c, dict) and "relevant" in c and isinstance(c.get("signals"), dict)
            and set(SIGNALS) <= set(c["signals"])
            # (round 33, r33: a signal that is no number was a TypeError of the fit; round 34, r34: nor is JSON's
            # true, NaN or Infinity, which the fit took, or failed on with scikit-learn's many-line advice)
            and all(isinstance(c["signals"][s], int | float) and not isinstance(c["signals"][s], bool)
                    and math.isfinite(c["signals"][s]) for s in SIGNALS)
            for c in r["candidates"]) for r in recs)
    if not ok:
        raise InvalidInput(f"{path} holds no recorded retrievals (write them with `questionnaire fit-reranker "
                           f"--records {path}` on a fresh path)")
    return recs


def order(weights: Mapping[str, float], candidates: Sequence[Mapping[str, Any]]) -> list[int]:
    """The candidates' indexes, best first, as retrieval ranks them (ties keep the fused order)."""
    from questionnaire.retrieve import rerank_score

    scores = [rerank_score(weights, c["signals"]) for c in candidates]
    return sorted(range(len(candidates)), key=lambda i: -scores[i])


def recall(records: Sequence[Record], weights: Mapping[str, float], ks: Sequence[int] = KS) -> dict[int, float]:
    """Recall@k of the key-fact passage over ``records`` ranked by ``weights``."""
    hits = dict.fromkeys(ks, 0)
    for rec in records:
        cands = rec["candidates"]
        first = next((r for r, i in enumerate(order(weights, cands), start=1) if cands[i]["relevant"]), None)
        for k in ks:
            hits[k] += first is not None and first <= k
    n = len(records) or 1
    return {k: round(v / n, 3) for k, v in hits.items()}


def fit(records: Sequence[Record], c: float = C, signals: Sequence[str] | None = None) -> dict[str, float]:
    """Pairwise logistic weights over ``records`` (see the module's docstring); a signal outside ``signals`` weighs
    nothing."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    from questionnaire.retrieve import SIGNALS

    names = list(signals or SIGNALS)
    xs: list[list[float]] = []
    ws: list[float] = []
    for rec in records:
        vec = [[cand["signals"][s] for s in names] for cand in rec["candidates"]]
        pos = [i for i, cand in enumerate(rec["candidates"]) if cand["relevant"]]
        neg = [i for i, cand in enumerate(rec["candidates"]) if not cand["relevant"]]
        if not pos or not neg:
            continue
        w = 1.0 / (len(pos) * len(neg))
        for p in pos:
            for q in neg:
                xs.append([a - b for a, b in zip(vec[p], vec[q], strict=True)])
                ws.append(w)
    if not xs:
        raise ValueError("no question has both a key-fact passage and another candidate to fit on")
    x = np.asarray(xs, dtype=np.float64)
    y = np.concatenate([np.ones(len(x)), np.zeros(len(x))])
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=5000)
    model.fit(np.vstack([x, -x]), y, sample_weight=np.concatenate([ws, ws]))
    coef = model.coef_[0]
    top = float(np.max(np.abs(coef))) or 1.0
    fitted = {s: round(float(v) / top, 4) for s, v in zip(names, coef, strict=True)}
    return {s: fitted.get(s, 0.0) for s in SIGNALS}


def cross_validate(records: Sequence[Record], c: float = C, signals: Sequence[str] | None = None,
                   baseline: Mapping[str, float] | None = None) -> dict[str, Any]:
    """Leave one set out: fit on the others' records, rank the left-out set's. Per set and in all, the recall@k of
    the out-of-fold weights and of ``baseline`` (default: the shipped weights) on the same records."""
    base = dict(baseline) if baseline is not None else shipped()
    sets = list(dict.fromkeys(r["set"] for r in records))
    if len(sets) < 2:  # (round 33, r33: one set left nothing to fit on, and the error said so obscurely)
        raise ValueError(f"leaving one set out needs the records of two sets or more (got {', '.join(sets) or 'none'})")
    folds: dict[str, Any] = {}
    hits: dict[str, dict[int, float]] = {"fitted": dict.fromkeys(KS, 0.0), "baseline": dict.fromkeys(KS, 0.0)}
    for name in sets:
        inside = [r for r in records if r["set"] == name]
        weights = fit([r for r in records if r["set"] != name], c, signals)
        folds[name] = {"n": len(inside), "fitted": recall(inside, weights), "baseline": recall(inside, base),
                       "weights": weights}
        for k in KS:
            hits["fitted"][k] += folds[name]["fitted"][k] * len(inside)
            hits["baseline"][k] += folds[name]["baseline"][k] * len(inside)
    n = len(records) or 1
    total = {m: {k: round(v / n, 3) for k, v in h.items()} for m, h in hits.items()}
    return {"folds": folds, "all": {"n": len(records), **total}}


def save(weights: Mapping[str, float], note: str, path: str | Path = RERANKER_FILE) -> None:
    """Write the reranker's weights (and how they were obtained) as ``reranker.json``, whole or not at all."""
    from questionnaire.answer import atomic_write

    atomic_write(Path(path), (json.dumps({"weights": dict(weights), "note": note}, indent=2) + "\n").encode("utf-8"))
