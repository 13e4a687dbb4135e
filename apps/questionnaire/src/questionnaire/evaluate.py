"""Evaluation of questionnaire answers with ``charter.evals``: judges, a citation check, a report.

Usage::

    from questionnaire.evaluate import evaluate
    report = evaluate("dev", "external-analyst", out="eval/")   # ingests the corpus if needed
    report.metrics["accuracy"], report.run_id                    # the run is in the eval store
    print(report.to_markdown())                                  # one row per question

Scorers (each a plain callable over ``inputs, outputs, expectations``; ``outputs`` is an
``Answer`` as a dict), registered under the ``charter.scorers`` entry-point group:

- ``questionnaire_citations`` (deterministic): every citation names a chunk that exists in the
  index, in the document it says, quotes text of that chunk, is visible to the asker, and its
  passage shares the claim's key terms (the claim is the answer text the footnote ``[n]``
  follows). Failing citations are named in the rationale. An answer (not left for review) with
  no citation fails.
- ``questionnaire_groundedness``: Charter's groundedness judge with the cited passages as context.
- ``questionnaire_correctness``: Charter's correctness judge against the golden reference.
- ``questionnaire_completeness``: a rubric judge: does the answer cover the reference's points
  (``yes`` 1.0, ``partial`` 0.5, ``no`` 0.0; only ``yes`` passes).

An answer left for review is not an answer given: correctness and completeness fail it without
asking a model (its reason is the rationale), groundedness does not judge it unless it carries
a cited draft.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from charter.errors import CharterError, InvalidInput
from charter.evals.judges import Judge, Rubric
from charter.evals.judges import correctness as _correctness_judge
from charter.evals.judges import groundedness as _groundedness_judge
from charter.evals.scorers import Score, Scorer
from charter.evals.targets import TargetResult
from questionnaire.text import key_terms, terms
from questionnaire.types import Answer, Chunk, Question

MIN_SHARED = 2          # key terms a cited passage must share with its claim (fewer if the claim has fewer)
_MARKER = re.compile(r"\s*\[(\d+)\]")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")

Lookup = Callable[[list[str]], Mapping[str, Chunk]]


# ----------------------------------------------------------------------------------- helpers
def as_answer(outputs: Any) -> dict[str, Any]:
    """An ``Answer`` (or its dict) as a dict with the contract's fields."""
    if isinstance(outputs, Answer):
        return outputs.to_dict()
    if not isinstance(outputs, Mapping) or "text" not in outputs:
        raise InvalidInput("the output is not a questionnaire Answer (no 'text' field)")
    out = dict(outputs)
    out["citations"] = [c if isinstance(c, Mapping) else c.__dict__ for c in out.get("citations") or []]
    out.setdefault("status", "answered")
    return out


def strip_markers(text: str) -> str:
    """The answer text without its footnote markers ``[n]``."""
    return _MARKER.sub("", text).strip()


def claims(text: str) -> dict[int, str]:
    """Footnote number -> the text it supports: the segments of ``text`` that ``[n]`` follows.

    ``"A is B. [1] C is D. [2][1]"`` gives ``{1: "A is B. C is D.", 2: "C is D."}``; a marker
    right after another one supports the same segment.
    """
    out: dict[int, list[str]] = {}
    last = ""
    pos = 0
    for m in _MARKER.finditer(text):
        segment = text[pos:m.start()].strip()
        if segment:
            last = segment
        if last:
            out.setdefault(int(m.group(1)), [])
            if last not in out[int(m.group(1))]:
                out[int(m.group(1))].append(last)
        pos = m.end()
    return {n: " ".join(parts) for n, parts in out.items()}


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def quotes_chunk(passage: str, chunk_text: str) -> bool:
    """The passage is text of the chunk: each part (parts joined by an ellipsis) appears in it, up
    to whitespace and case; failing that, nearly every term of the passage is a term of the chunk
    (Markdown markup the reader removed must not fail an honest quote)."""
    body = _norm(chunk_text)
    parts = [p for p in (_norm(x) for x in _ELLIPSIS.split(passage)) if p]
    if parts and all(p in body for p in parts):
        return True
    p_terms, c_terms = terms(passage), set(terms(chunk_text))
    return bool(p_terms) and sum(t in c_terms for t in p_terms) / len(p_terms) >= 0.9


@dataclass
class CitationCheck:
    """The outcome of checking one answer's citations."""

    checked: int = 0
    failures: list[str] = field(default_factory=list)   # "[n] chunk_id: why", one per failing citation
    note: str = ""                                        # why nothing was checked

    @property
    def valid(self) -> int:
        return self.checked - len(self.failures)

    def score(self) -> Score:
        if self.note and not self.checked:
            return Score(value=None, passed=None, rationale=self.note)
        if self.failures and not self.checked:  # an answer without citations
            return Score(value=0.0, passed=False, rationale="; ".join(self.failures))
        ok = not self.failures
        why = f"{self.valid}/{self.checked} citations valid"
        return Score(value=self.valid / self.checked, passed=ok,
                     rationale=why if ok else f"{why}; failing: " + "; ".join(self.failures))


def check_citations(answer: Any, lookup: Lookup, *, visible: Lookup | None = None,
                    min_shared: int = MIN_SHARED) -> CitationCheck:
    """Check every citation of one answer (see the module docstring); ``lookup`` reads chunks by id
    from the index, ``visible`` (optional) those the asker may see."""
    a = as_answer(answer)
    cites = a["citations"]
    if not cites:
        if a["status"] == "review":
            return CitationCheck(note="no citations: left for review")
        return CitationCheck(failures=[f"answered ({a['status']}) without any citation"])
    ids = [str(c.get("chunk_id", "")) for c in cites]
    found = lookup(ids)
    seen = visible(ids) if visible is not None else None
    supported = claims(a["text"])
    whole = strip_markers(a["text"])
    res = CitationCheck(checked=len(cites))
    for n, c in enumerate(cites, start=1):
        cid, passage = str(c.get("chunk_id", "")), str(c.get("passage", ""))
        chunk = found.get(cid)
        where = f"[{n}] {cid or '(no chunk id)'}"
        if chunk is None:
            res.failures.append(f"{where}: no such chunk in the index")
            continue
        if c.get("doc_id") and c["doc_id"] != chunk.doc_id:
            res.failures.append(f"{where}: cites document {c['doc_id']} but the chunk is in {chunk.doc_id}")
            continue
        if seen is not None and cid not in seen:
            res.failures.append(f"{where}: not visible to the asker ({chunk.classification} document {chunk.doc_id})")
            continue
        if not passage.strip() or not quotes_chunk(passage, chunk.text):
            res.failures.append(f"{where}: the passage is not text of the chunk")
            continue
        claim = supported.get(n, whole)
        wanted = key_terms(claim)
        shared = sorted(set(wanted) & set(terms(passage)))
        need = min(min_shared, len(wanted))
        if not wanted or len(shared) < max(1, need):
            detail = f"shares only {shared}" if shared else "shares no key terms"
            res.failures.append(f"{where}: the passage {detail} with its claim \"{claim[:80]}\"")
    return res


# ------------------------------------------------------------------------------ chunk lookups
def store_lookup(charter: Any) -> Lookup:
    """Chunks by id from the questionnaire's chunk store (definer rights: existence only)."""
    from questionnaire import store

    def lookup(ids: list[str]) -> dict[str, Chunk]:
        path = store.store_path(charter)
        if not path.exists() or not ids:
            return {}
        con = store.connect(path)
        try:
            cols = ", ".join(store.CHUNK_COLUMNS)
            marks = ", ".join("?" for _ in ids)
            cur = con.execute(f"SELECT {cols} FROM chunks WHERE chunk_id IN ({marks})", ids)
            return {r[0]: Chunk(*r) for r in cur.fetchall()}
        finally:
            con.close()

    return lookup


def visible_lookup(charter: Any, principal: str) -> Lookup:
    """Chunks by id that ``principal`` may see through the app's agent (governed SQL)."""
    from questionnaire import store

    return lambda ids: store.visible_chunks(charter, ids, principal=principal)


# ------------------------------------------------------------------------------------ scorers
def citation_check(charter: Any = None, chunks: Mapping[str, Chunk] | None = None, min_shared: int = MIN_SHARED,
                   check_visibility: bool = True, principal: str | None = None) -> Callable[..., Score]:
    """Scorer factory: the deterministic citation check.

    ``chunks`` (a mapping chunk_id -> Chunk) replaces the chunk store; otherwise the store of
    ``charter`` (opened from CHARTER_HOME on first use) is read, and, with ``check_visibility``, a
    citation the asker (``inputs['principal']``, else ``principal``) may not see fails.
    """
    state: dict[str, Any] = {"charter": charter}

    def get_charter() -> Any:
        if state["charter"] is None:
            from charter.runtime import Charter

            state["charter"] = Charter.open()
        return state["charter"]

    def questionnaire_citations(*, inputs: Any = None, outputs: Any = None) -> Score:
        if chunks is not None:
            found: Lookup = lambda ids: {i: chunks[i] for i in ids if i in chunks}  # noqa: E731
            visible = None
        else:
            ch = get_charter()
            found = store_lookup(ch)
            asker = (inputs.get("principal") if isinstance(inputs, Mapping) else None) or principal
            visible = visible_lookup(ch, asker) if (check_visibility and asker) else None
        return check_citations(outputs, found, visible=visible, min_shared=min_shared).score()

    return questionnaire_citations


COMPLETENESS = Rubric(name="completeness", needs=["expected"], labels=["yes", "partial", "no"], pass_labels=["yes"],
                      instructions=(
                          "Does the RESPONSE cover every point of the REFERENCE answer that the REQUEST asks about? "
                          "Wording does not matter and extra correct detail does not matter; a missing point does. "
                          "Answer 'yes' when every point is covered, 'partial' when some are, 'no' when the main "
                          "point is missing."))
_PARTIAL = {"yes": 1.0, "partial": 0.5, "no": 0.0}


class CompletenessJudge(Judge):
    """The completeness rubric; ``partial`` scores 0.5 (and does not pass)."""

    def grade(self, prompt: str) -> Score:
        label, why = self.ask(prompt)
        return Score(value=_PARTIAL.get(label, 0.0), passed=label in self.rubric.pass_labels,
                     rationale=f"[{self.rubric.name}@{self.rubric.version}] {label}: {why}")


def _gateway(gateway: Any, charter: Any) -> Any:
    if gateway is None and charter is not None:
        return charter.gateway
    if gateway is None:
        from charter.runtime import Charter

        return Charter.open().gateway
    return gateway


def _not_given(a: dict[str, Any]) -> Score | None:
    """A failing score for an answer left for review (no model is asked), else None."""
    if a["status"] == "review":
        return Score(value=0.0, passed=False, rationale=f"left for review: {a.get('reason') or 'no reason given'}")
    if not strip_markers(a["text"]):
        return Score(value=0.0, passed=False, rationale="empty answer")
    return None


def _question(inputs: Any, a: dict[str, Any]) -> dict[str, Any]:
    base = dict(inputs) if isinstance(inputs, Mapping) else {}
    base.setdefault("question", a.get("question", ""))
    return base


def groundedness(gateway: Any = None, model: str | None = None, charter: Any = None) -> Callable[..., Score]:
    """Scorer factory: Charter's groundedness judge over the answer, with its cited passages as context."""
    judge = _groundedness_judge(gateway=_gateway(gateway, charter), model=model, output_field="text",
                                input_field="question", context_field="context")

    def questionnaire_groundedness(*, inputs: Any = None, outputs: Any = None, expectations: Any = None) -> Score:
        a = as_answer(outputs)
        if not a["citations"]:
            if a["status"] == "review":
                return Score(value=None, passed=None, rationale="not judged: left for review with no cited draft")
            return Score(value=0.0, passed=False, rationale="nothing cited: an answer without sources is not grounded")
        context = "\n".join(f"[{n}] {c.get('doc_id', '')} > {c.get('heading', '')}: {c.get('passage', '')}"
                            for n, c in enumerate(a["citations"], start=1))
        return judge(inputs={**_question(inputs, a), "context": context},
                     outputs={"text": strip_markers(a["text"])}, expectations=expectations or {})

    return questionnaire_groundedness


def correctness(gateway: Any = None, model: str | None = None, charter: Any = None) -> Callable[..., Score]:
    """Scorer factory: Charter's correctness judge against the golden reference answer."""
    judge = _correctness_judge(gateway=_gateway(gateway, charter), model=model, output_field="text",
                               expected_field="reference", input_field="question")
    return _against_reference("questionnaire_correctness", judge)


def completeness(gateway: Any = None, model: str | None = None, charter: Any = None) -> Callable[..., Score]:
    """Scorer factory: does the answer cover the reference's points (yes / partial / no)."""
    judge = CompletenessJudge(COMPLETENESS, _gateway(gateway, charter), model=model, output_field="text",
                              expected_field="reference", input_field="question")
    return _against_reference("questionnaire_completeness", judge)


def _against_reference(name: str, judge: Callable[..., Score]) -> Callable[..., Score]:
    """A scorer asking ``judge`` about an answer's text (citation markers stripped) and the reference."""

    def score(*, inputs: Any = None, outputs: Any = None, expectations: Any = None) -> Score:
        a = as_answer(outputs)
        skip = _not_given(a)
        if skip is not None:
            return skip
        return judge(inputs=_question(inputs, a), outputs={"text": strip_markers(a["text"])},
                     expectations=expectations or {})

    score.__name__ = score.__qualname__ = name
    return score


def scorers(charter: Any, *, judges: bool = True, judge_model: str | None = None,
            principal: str | None = None) -> list[Scorer]:
    """The questionnaire's scorers as named ``charter.evals`` Scorers (citations first)."""
    out = [Scorer("citations", citation_check(charter=charter, principal=principal))]
    if judges:
        gw = charter.gateway
        out += [Scorer("groundedness", groundedness(gw, judge_model)),
                Scorer("correctness", correctness(gw, judge_model)),
                Scorer("completeness", completeness(gw, judge_model))]
    return out


# ------------------------------------------------------------------------------------ target
_CODE = ("answer.py", "retrieve.py", "expand.py", "support.py", "calibration.json", "text.py", "store.py", "ingest.py",
         "readers.py")


class AnswererTarget:
    """The questionnaire Answerer as a ``charter.evals`` target.

    Its version hashes the answering code, the answerer's settings and the ingested documents'
    content hashes, so the run cache never serves answers drawn from another corpus or code.
    """

    name = "questionnaire"

    def __init__(self, charter: Any, answerer: Any, *, make: Callable[[str], Any] | None = None) -> None:
        self.charter = charter
        self.answerers = {getattr(answerer, "principal", ""): answerer}
        self.make = make
        self.version = self._version(answerer)

    def _version(self, answerer: Any) -> str:
        h = hashlib.sha256()
        here = Path(__file__).parent
        for name in _CODE:
            p = here / name
            if p.exists():
                h.update(p.read_bytes())
        conf = {k: getattr(answerer, k, None) for k in ("model", "k", "answer_threshold", "reuse_threshold", "agent",
                                                         "calibration")}
        h.update(json.dumps({"class": type(answerer).__qualname__, **conf}, sort_keys=True, default=str).encode())
        try:
            from questionnaire import store

            docs = store.stored_documents(self.charter)
            h.update(json.dumps(sorted((d.doc_id, d.content_hash, d.classification) for d in docs.values())).encode())
        except Exception:  # noqa: BLE001 - no store (a test double answerer): the code and config decide
            pass
        return h.hexdigest()

    def _answerer(self, principal: str) -> Any:
        if principal not in self.answerers:
            if self.make is None:
                raise InvalidInput(f"this evaluation answers as {', '.join(self.answerers)}, not '{principal}'")
            self.answerers[principal] = self.make(principal)
        return self.answerers[principal]

    def run(self, inputs: dict[str, Any], *, principal: str) -> TargetResult:
        t0 = time.perf_counter()
        try:
            q = Question(str(inputs.get("qid", "")), str(inputs["question"]), str(inputs.get("section", "")))
            ans = self._answerer(principal).answer(q)
        except CharterError as exc:
            return TargetResult(error={**exc.to_dict(), "type": type(exc).__name__},
                                latency_s=time.perf_counter() - t0)
        except Exception as exc:  # noqa: BLE001 - the answerer's bug is that item's error, the run goes on
            return TargetResult(error={"code": "execution_error", "type": type(exc).__name__, "message": str(exc)},
                                latency_s=time.perf_counter() - t0)
        return TargetResult(output=ans.to_dict(), trace_id=ans.trace_id, latency_s=time.perf_counter() - t0)


def answer_one(inputs: dict[str, Any], principal: str = "external-analyst") -> dict[str, Any]:
    """One golden question answered as ``principal`` (for ``charter eval run --python``): the Answer as a dict.

    Each call opens Charter from CHARTER_HOME and builds its own Answerer: nothing is kept between
    calls (no process-wide state), which costs about a second per question. ``questionnaire
    evaluate`` (or ``evaluate()``) builds one Answerer per run and passes it down instead.
    """
    from charter.runtime import Charter
    from questionnaire.answer import Answerer

    charter = Charter.open()
    try:
        q = Question(str(inputs.get("qid", "")), str(inputs["question"]), str(inputs.get("section", "")))
        return Answerer(charter, principal).answer(q).to_dict()
    finally:
        charter.data.close()


# ------------------------------------------------------------------------------------ report
@dataclass
class EvaluationReport:
    """One evaluation: the run id in the eval store, summary metrics, one row per question."""

    run_id: str
    split: str
    principal: str
    dataset_version: str
    metrics: dict[str, float]
    rows: list[dict[str, Any]]

    def to_dict(self) -> dict[str, Any]:
        return {"run_id": self.run_id, "split": self.split, "principal": self.principal,
                "dataset_version": self.dataset_version, "metrics": self.metrics, "questions": self.rows}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False, default=str)

    def to_markdown(self) -> str:
        m = self.metrics
        lines = [f"# Questionnaire evaluation: {self.split} split, as {self.principal}", "",
                 f"Run `{self.run_id}` (dataset version `{self.dataset_version[:12]}`), {len(self.rows)} questions.", "",
                 "| metric | value |", "| --- | --- |"]
        lines += [f"| {k} | {v:.3g} |" if isinstance(v, float) else f"| {k} | {v} |" for k, v in m.items()]
        lines += ["", "| id | question | status | conf. | cites | citations | grounded | correct | complete | notes |",
                  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
        for r in self.rows:
            notes = "; ".join(r["errors"]) or "; ".join(
                f"{k}: {r['rationales'][k]}" for k in ("citations", "correctness", "completeness")
                if r["verdicts"].get(k) is False and r["rationales"].get(k))
            lines.append("| " + " | ".join([
                r["id"], _cell(r["question"], 70), r["status"] or "error", f"{r['confidence']:.2f}" if r["confidence"] is not None else "",
                str(r["citations"]), *(_mark(r["verdicts"].get(k)) for k in ("citations", "groundedness",
                                                                              "correctness", "completeness")),
                _cell(notes, 160)]) + " |")
        return "\n".join(lines) + "\n"

    def write(self, out: str | Path) -> tuple[Path, Path]:
        """Write ``questionnaire-eval-<split>.json`` and ``.md`` under the folder ``out``."""
        d = Path(out)
        d.mkdir(parents=True, exist_ok=True)
        j, md = d / f"questionnaire-eval-{self.split}.json", d / f"questionnaire-eval-{self.split}.md"
        j.write_text(self.to_json() + "\n", encoding="utf-8")
        md.write_text(self.to_markdown(), encoding="utf-8")
        return j, md


def _mark(v: bool | None) -> str:
    return {True: "pass", False: "FAIL", None: "-"}[v]


def _cell(text: str, n: int) -> str:
    text = " ".join(str(text).split()).replace("|", "\\|")
    return text if len(text) <= n else text[: n - 1] + "…"


def report_rows(run: Any, questions: Mapping[str, str]) -> list[dict[str, Any]]:
    """One row per item of a run: status, confidence, each scorer's verdict, value and rationale."""
    rows = []
    for it in run.items:
        out = it.output if isinstance(it.output, Mapping) else {}
        rows.append({
            "id": it.item_id, "question": questions.get(it.item_id, out.get("question", "")),
            "status": out.get("status"), "confidence": out.get("confidence"),
            "citations": len(out.get("citations") or []), "answer": out.get("text", ""),
            "reason": out.get("reason", ""), "trace_id": it.trace_id, "passed": it.passed,
            "verdicts": {k: s.passed for k, s in it.scores.items()},
            "values": {k: s.value for k, s in it.scores.items()},
            "rationales": {k: s.error or s.rationale for k, s in it.scores.items()},
            "errors": it.errors, "latency_s": round(it.latency_s, 4)})
    return rows


def summary(run: Any) -> dict[str, float]:
    """The run's metrics plus the questionnaire's shares: answered, reused, review, cited."""
    m = dict(run.metrics())
    outs = [it.output for it in run.items if isinstance(it.output, Mapping)]
    n = len(run.items) or 1
    for s in ("answered", "reused", "review"):
        m[f"share_{s}"] = round(sum(o.get("status") == s for o in outs) / n, 4)
    m["share_cited"] = round(sum(bool(o.get("citations")) and o.get("status") != "review" for o in outs) / n, 4)
    return m


# -------------------------------------------------------------------------------- evaluate()
def evaluate(split: str = "dev", principal: str = "external-analyst", *, charter: Any = None, answerer: Any = None,
             model: str | None = None, judges: bool = True, judge_model: str | None = None, ingest: bool = True,
             limit: int | None = None, concurrency: int = 1, out: str | Path | None = None,
             progress: bool = False) -> EvaluationReport:
    """Answer the golden questions of ``split`` as ``principal`` and score them in a charter.evals run.

    ``ingest``: bring the reference corpus up to date first (unchanged documents are skipped).
    ``answerer``: any object with ``answer(Question) -> Answer`` (default: the app's Answerer with
    ``model``). ``judges=False`` runs the citation check only (no model calls). ``out``: a folder
    for the JSON and Markdown reports. The run, its items and scores land in the eval store.
    """
    from charter.evals import Dataset, Datasets, Runs
    from questionnaire import golden

    if split not in golden.SPLITS:
        raise InvalidInput(f"unknown golden split '{split}'; use one of {', '.join(golden.SPLITS)}")
    if limit is not None and limit < 1:
        raise InvalidInput("limit must be at least 1")
    if charter is None:
        from charter.runtime import Charter

        charter = Charter.open()
    if ingest:
        from questionnaire.ingest import ingest_corpus

        ingest_corpus(charter)
    if answerer is None:
        from questionnaire.answer import Answerer

        answerer = Answerer(charter, principal, model=model)

        def make(p: str) -> Any:
            return Answerer(charter, p, model=model)
    else:
        make = None  # type: ignore[assignment]
    ds = golden.dataset()
    if limit is not None:  # the first `limit` items of the split (a smaller dataset version)
        keep = {it.id for it in ds.split(split).items[:limit]}
        ds = Dataset(name=ds.name, items=[it for it in ds.items if it.id in keep], source=ds.source)
    Datasets(charter.store).add(ds, note=f"questionnaire golden set ({len(ds.items)} items)")
    target = AnswererTarget(charter, answerer, make=make)
    run = Runs(charter.store, tracer=charter.tracer).run(
        target, ds, scorers(charter, judges=judges, judge_model=judge_model, principal=principal), split=split,
        concurrency=concurrency, principal=principal, progress=progress)
    questions = {it.id: it.inputs["question"] for it in ds.items}
    rep = EvaluationReport(run_id=run.run_id, split=split, principal=principal, dataset_version=ds.version,
                           metrics=summary(run), rows=report_rows(run, questions))
    if out is not None:
        rep.write(out)
    return rep


def failing_citations(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Question id -> the citation check's rationale, for the rows whose citations failed."""
    return {r["id"]: r["rationales"].get("citations", "") for r in rows if r["verdicts"].get("citations") is False}
