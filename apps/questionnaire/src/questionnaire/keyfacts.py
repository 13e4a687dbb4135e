"""Key-fact evaluation: retrieval recall@k per step, answers that cite the key fact, per drafting mode.

A key-fact questionnaire (``golden.keyed``: ``tune`` to tune on, ``heldout`` to report on) gives
each answerable question a regular expression its key fact matches and marks the questions
nothing in the corpus answers. On such a set this module measures

- retrieval: for each step (lexical, dense, fused, reranked), recall@k = the share of answerable
  questions with a passage holding the key fact among the first k;
- answering, for each drafting mode side by side (extraction; a model drafting from the
  passages): answerable questions answered with the key fact in a citation, answered without it
  (wrong), left for review; unanswerable questions answered (each one is a failure); time per
  question.

``calibrate`` fits the confidence model (``questionnaire.support``) on the tuning sets.

    from questionnaire.keyfacts import evaluate_keyed
    rep = evaluate_keyed(charter, "heldout", "external-analyst", models=[None, "local"])
    print(rep.to_markdown())
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from questionnaire import golden
from questionnaire.golden import KeyedItem
from questionnaire.types import Answer, Question

KS = (1, 3, 5, 10)
# What the shipped confidence is calibrated on: every key-fact tuning set (``tune`` .. ``tune7``) and the golden dev
# split, never a held-out one. Until round 7 it was tune, tune2, tune3 and dev (round 3's fit); a tuning set added
# later is in the next ``questionnaire calibrate`` without a change here.
TUNING = (*(k for k in golden.KEYED if k.startswith("tune") and k not in golden.HELDOUT), "dev")
# The precision the answer threshold must reach on the tuning drafts. 0.9 in round 1, 0.85 in round 2. Round 3
# (whole passages cited, chosen by retrieval rank; questions about the company itself sent to review) drafts
# right 73% of the time; at 0.85 the threshold answers about half the tuning drafts, at 0.80 about seven in
# eight, and in both cases none of the unanswerable tuning questions (their drafts stay under 0.45).
# Round 4 refitted on tune..tune5 with a gate weighing what the cited passages leave out (threshold 0.647): on the
# held-out sets it answered 2 of 20 right (round 3's fit: 6 and 9), so the shipped calibration.json stays round 3's
# (0.564) and tune4/tune5 stay in-sample checks; docs/questionnaire.md has both.
# docs/questionnaire.md has the reliability table.
TARGET_PRECISION = 0.80
STEPS = ("lexical", "dense", "fused", "reranked")


def cited_text(a: Answer) -> str:
    """What an answer's citations quote (and, for a reused answer, the past answer itself)."""
    return "\n".join(f"{c.heading}\n{c.passage}" for c in a.citations)


def verdict(item: KeyedItem, a: Answer) -> str:
    """``right`` (answered, a citation holds the key fact — or, for a golden item without a key, is from
    one of its sources), ``wrong`` (answered without it, or answered although nothing answers it),
    ``review`` (left for review), ``abstained`` (unanswerable, left for review)."""
    given = a.status in ("answered", "reused")
    if not item.answerable:
        return "wrong" if given else "abstained"
    if not given:
        return "review"
    return "right" if draft_right(item, a) else "wrong"


@dataclass
class ModeResult:
    """One drafting mode on one questionnaire."""

    mode: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> dict[str, Any]:
        ans = [r for r in self.rows if r["answerable"]]
        una = [r for r in self.rows if not r["answerable"]]
        n = len(self.rows) or 1
        return {"answerable": len(ans), "right": sum(r["verdict"] == "right" for r in ans),
                "wrong": sum(r["verdict"] == "wrong" for r in ans),
                "review": sum(r["verdict"] == "review" for r in ans),
                "unanswerable": len(una), "unanswerable_answered": sum(r["verdict"] == "wrong" for r in una),
                "precision": _ratio(sum(r["verdict"] == "right" for r in ans),
                                    sum(r["verdict"] in ("right", "wrong") for r in self.rows)),
                "seconds_per_question": round(self.seconds / n, 3)}


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


@dataclass
class KeyedReport:
    name: str
    principal: str
    recall: dict[str, dict[int, float]]             # step -> k -> recall
    modes: list[ModeResult]

    def to_dict(self) -> dict[str, Any]:
        return {"questionnaire": self.name, "principal": self.principal,
                "recall": {s: {str(k): v for k, v in r.items()} for s, r in self.recall.items()},
                "modes": {m.mode: {"summary": m.summary(), "questions": m.rows} for m in self.modes}}

    def to_markdown(self) -> str:
        lines = [f"## Questionnaire `{self.name}`, as {self.principal}", "",
                 "Right = answered with a citation that holds the key fact (golden dev/test items, which have "
                 "no key: a citation from one of the reference's sources).", ""]
        if self.recall:
            ks = sorted(next(iter(self.recall.values())))
            lines += ["| retrieval step | " + " | ".join(f"recall@{k}" for k in ks) + " |",
                      "| --- |" + " --- |" * len(ks)]
            lines += [f"| {s} | " + " | ".join(f"{r[k]:.2f}" for k in ks) + " |" for s, r in self.recall.items()]
            lines.append("")
        sums = [(m.mode, m.summary()) for m in self.modes]
        if sums:
            lines += ["| measure | " + " | ".join(m for m, _ in sums) + " |", "| --- |" + " --- |" * len(sums)]
            for key, label in (("right", "answered, key fact cited"), ("wrong", "answered, key fact missing"),
                               ("review", "left for review"), ("unanswerable_answered", "unanswerable answered"),
                               ("precision", "precision of answers given"),
                               ("seconds_per_question", "seconds per question")):
                cells = []
                for _m, s in sums:
                    v = s[key]
                    of = s["answerable"] if key in ("right", "wrong", "review") else \
                        s["unanswerable"] if key == "unanswerable_answered" else None
                    cells.append(f"{v} of {of}" if of is not None else ("-" if v is None else str(v)))
                lines.append(f"| {label} | " + " | ".join(cells) + " |")
            lines.append("")
            for m in self.modes:
                bad = [f"{r['id']} ({r['verdict']}, {r['confidence']:.2f})" for r in m.rows
                       if r["verdict"] in ("wrong", "review")]
                lines.append(f"{m.mode}: not right: {', '.join(bad) or 'none'}")
        return "\n".join(lines) + "\n"


def recall_at_k(charter: Any, items: Sequence[KeyedItem], principal: str, *, ks: Sequence[int] = KS,
                retriever: Any = None) -> dict[str, dict[int, float]]:
    """Per retrieval step, the share of answerable items with a key-fact passage among the first k."""
    from questionnaire.retrieve import Retriever

    r = retriever or Retriever(charter, principal)
    answerable = [it for it in items if it.answerable]
    hits: dict[str, dict[int, int]] = {s: dict.fromkeys(ks, 0) for s in STEPS}
    for it in answerable:
        res = r.retrieve(it.question, max(ks))
        for step, ranking in res.steps().items():
            holds = [it.relevant(res.chunks[c].doc_id, f"{res.chunks[c].heading}\n{res.chunks[c].text}")
                     for c in ranking]
            for k in ks:
                hits[step][k] += any(holds[:k])
    n = len(answerable) or 1
    return {s: {k: round(v / n, 3) for k, v in h.items()} for s, h in hits.items()}


def answer_items(answerer: Any, items: Sequence[KeyedItem], mode: str,
                 progress: Callable[[int, int], None] | None = None) -> ModeResult:
    """Answer every item with ``answerer`` and judge each answer against its key fact."""
    res = ModeResult(mode)
    t0 = time.perf_counter()
    for i, it in enumerate(items, start=1):
        a = answerer.answer(Question(it.id, it.question))
        res.rows.append({"id": it.id, "question": it.question, "answerable": it.answerable,
                         "status": a.status, "confidence": a.confidence, "verdict": verdict(it, a),
                         "reason": a.reason, "answer": a.text, "features": getattr(a, "features", {}),
                         "citations": [c.chunk_id for c in a.citations], "latency_s": a.latency_s})
        if progress is not None:
            progress(i, len(items))
    res.seconds = time.perf_counter() - t0
    return res


def evaluate_keyed(charter: Any, name: str = "heldout", principal: str = "external-analyst", *,
                   models: Sequence[str | None] = (None,), ks: Sequence[int] = KS, recall: bool = True,
                   progress: Callable[[str, int, int], None] | None = None) -> KeyedReport:
    """Recall@k per retrieval step and, per drafting mode (None: extraction; a model name: that model
    drafts too), how the questionnaire ``name`` is answered as ``principal``."""
    from questionnaire.answer import Answerer

    items = golden.as_keyed(name)
    rec = recall_at_k(charter, items, principal, ks=ks) if recall else {}
    modes = []
    for m in models:
        label = "extraction" if m is None else f"model {m}"
        cb = (lambda d, t, label=label: progress(label, d, t)) if progress is not None else None
        modes.append(answer_items(Answerer(charter, principal, model=m), items, label, cb))
    return KeyedReport(name, principal, rec, modes)


# --------------------------------------------------------------------------------- calibration
def calibration_rows(charter: Any, principal: str = "external-analyst") -> list[tuple[Any, bool]]:
    """(features, draft was right) for every drafted tuning question (``TUNING``: right = a citation holds the
    key fact; an unanswerable question's draft is never right; a golden ``dev`` item, which has no key: a
    citation is in one of the reference's source documents). Never a held-out set.

    A draft one of the gates sent to review (a named thing no passage names, the citation gate, a question
    about the company itself: ``Answer.gate``) is left out: the gates decide it whatever its confidence, so
    it is never answered and the threshold's precision is over the drafts that reach it. (Until round 4 such
    drafts entered the fit labelled wrong even when they held the key fact.)"""
    from questionnaire.answer import Answerer
    from questionnaire.support import FEATURES, Calibration, Features

    # Only the features matter here: a neutral calibration, so none need exist yet for this embedder.
    neutral = Calibration(coef=[0.0] * len(FEATURES), intercept=0.0, threshold=0.0)
    answerer = Answerer(charter, principal, calibration=neutral)
    rows: list[tuple[Any, bool]] = []
    for it in [item for name in TUNING for item in golden.as_keyed(name)]:
        a = answerer.answer(Question(it.id, it.question))
        # A golden dev item has no key: its label is "cites one of the reference's sources", which cannot
        # judge a draft citing only curated past answers, so such a draft is left out.
        unjudgeable = it.key is None and all(c.doc_id == "corpus/past_answers.csv" for c in a.citations)
        if a.features and not unjudgeable and not a.gate:
            rows.append((Features(**a.features), draft_right(it, a)))
    return rows


def draft_right(item: KeyedItem, a: Answer) -> bool:
    """Whether a draft is right, whatever its status: the item is answerable and a citation holds its key fact
    (a golden item without a key: a citation is from one of its sources)."""
    return item.answerable and any(item.relevant(c.doc_id, f"{c.heading}\n{c.passage}") for c in a.citations)


def calibrate(charter: Any, out: str | Path | None = None, *, principal: str = "external-analyst",
              target_precision: float = TARGET_PRECISION) -> Any:
    """Fit the confidence model on the tuning sets for the embedder ``charter`` uses and write it (default:
    into the packaged calibration.json, beside the other embedders' calibrations)."""
    from questionnaire.support import CALIBRATION_FILE, fit, save

    rows = calibration_rows(charter, principal)
    cal = fit(rows, target_precision=target_precision, names=list(TUNING))
    cal.note = (f"fitted on {len(rows)} drafts of the {', '.join(TUNING)} questions as {principal}; threshold = lowest "
                f"confidence whose drafts at or above it were right >= {target_precision:.0%} of the time; drafts a gate "
                "sent to review left out (never answered, whatever their confidence); dev drafts citing only past "
                "answers left out (their label, a cited source document, cannot apply)")
    save(cal, charter.settings.embeddings.provider, out or CALIBRATION_FILE)
    return cal


def write_report(rep: KeyedReport, out: str | Path) -> tuple[Path, Path]:
    """``questionnaire-keyed-<name>.json`` and ``.md`` under the folder ``out``."""
    d = Path(out)
    d.mkdir(parents=True, exist_ok=True)
    j, md = d / f"questionnaire-keyed-{rep.name}.json", d / f"questionnaire-keyed-{rep.name}.md"
    j.write_text(json.dumps(rep.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    md.write_text(rep.to_markdown(), encoding="utf-8")
    return j, md
