"""The review app: pages where domain experts review traces, correct answers and improve agents.

Who may review: members of the ``reviewers`` group, or a metastore admin. Who may edit or promote
an agent: holders of MANAGE on ``agent:<name>``. Every action (allowed or refused) is audited.
Pages are templates (``charter/server/templates``); signing in is ``signin.py``; the session and
CSRF are ``web.py``. How an agent's inputs, outputs and corrections read is its view
(``charter.agents.views``), so the platform shows a FinQL answer as a query and a table without
importing FinQL.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Body, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import BaseModel, ValidationError

from charter.agents.context import Cancellation
from charter.agents.versions import AgentVersions
from charter.agents.views import CorrectionCheck, Rendering, View, default_rendering
from charter.errors import InvalidInput, NotFound, PermissionDenied
from charter.evals.datasets import Dataset, Datasets, Item
from charter.monitor.release import REVIEWERS, Release
from charter.server.admin import require_manage
from charter.server.limits import on_worker
from charter.server.queue import (
    SOURCES,
    QueueItem,
    QueuePage,
    eval_context,
    queue_page,
    review_queue,
)
from charter.server.web import browser_principal, csrf_guard, render

if TYPE_CHECKING:
    from charter.agents.registry import AgentRegistry
    from charter.runtime import Charter


def require_reviewer(charter: Charter, who: str, what: str, securable: str | None = None) -> None:
    """PermissionDenied (audited) unless ``who`` is in the reviewers group or an admin; allowed is audited too."""
    cat = charter.catalog
    allowed = cat.principal(who).is_admin or cat.is_member(who, REVIEWERS)
    cat.audit(actor=who, action=what, securable=securable, allowed=allowed,
              reason="reviewer" if allowed else f"not a member of '{REVIEWERS}'")
    if not allowed:
        raise PermissionDenied(f"permission denied: {what} needs membership of the '{REVIEWERS}' group")


def require_run_as_reviewer(charter: Charter, who: str, agent: str, what: str) -> str:
    """The principal a run started from the review app acts as: the signed-in reviewer, who must be a
    reviewer (or admin) and hold EXECUTE on the agent (both audited); never a principal named in a
    golden set's data. Pass the result as ``Runs.run(run_as=...)``."""
    require_reviewer(charter, who, what, f"agent:{agent}")
    charter.catalog.authorize(who, "EXECUTE", f"agent:{agent}", action=what)  # PermissionDenied, audited
    return who


def _only_field(outputs: Any) -> str:
    return next(iter(outputs)) if isinstance(outputs, dict) and len(outputs) == 1 else "output"


def _message(error: Any) -> str:
    """An error stored on a trace or span, as one line of words."""
    if isinstance(error, dict):
        text = str(error.get("message") or error.get("type") or "it failed")
    else:
        text = str(error or "it failed")
    return (text.strip().splitlines() or ["it failed"])[0]


class Step(BaseModel):
    """One step of a trace as the trace page lists it."""

    name: str
    kind: str
    status: str
    duration_ms: float
    inputs: Any = None
    outputs: Any = None
    attributes: dict[str, Any] = {}
    failing: bool = False
    reason: str = ""


class CorrectionText(BaseModel):
    text: str


def _steps(trace: Any) -> tuple[list[Step], Step | None]:
    """The trace's steps, the one that went wrong marked (the deepest step with an error)."""
    steps = [Step(name=s.path or s.name, kind=s.kind, status=s.status, duration_ms=s.duration_ms, inputs=s.inputs,
                  outputs=s.outputs, attributes=s.attributes,
                  reason=f"step {s.name} failed: {_message(s.error)}" if s.error else "")
             for s in trace.spans]
    failed = [s for s in steps if s.reason]
    worst = max(failed, key=lambda s: s.name.count("/")) if failed else None
    if worst is not None:
        worst.failing = True
    return steps, worst


def _render(view: View, value: Any, how: str = "output") -> Rendering:
    if value in (None, {}, ""):
        return Rendering(summary="(nothing)")
    return view.render_expected(value) if how == "expected" else view.render(value)


def review_router(charter: Charter, registry: AgentRegistry) -> APIRouter:
    """The review app's pages and its JSON queue (mounted by ``create_app``)."""
    router = APIRouter(dependencies=[Depends(csrf_guard)])
    datasets = Datasets(charter.store)
    versions = AgentVersions(charter.store)
    who = Depends(browser_principal)

    def view_of(request: Request, agent: str | None) -> View:
        return request.app.state.runner.view(agent) if agent else View()

    @router.get("/v1/review/queue", response_model=list[QueueItem], tags=["review"])
    def queue_json(limit: int = 50, sample_rate: float = 0.25, judge_threshold: float = 0.5,
                   agent: str | None = None, include_reviewed: bool = False, me: str = who) -> list[QueueItem]:
        """Traces to review: eval failures, low judge scores, failed and sampled live traffic (reviewers)."""
        require_reviewer(charter, me, "open review queue")
        return review_queue(charter, limit=max(1, min(limit, 500)), sample_rate=min(max(sample_rate, 0.0), 1.0),
                            judge_threshold=judge_threshold, agent=agent, include_reviewed=include_reviewed)

    @router.get("/review", response_class=HTMLResponse, tags=["review"])
    def queue(request: Request, sample_rate: float = 0.25, agent: str | None = None, source: str | None = None,
              since: str | None = None, reviewed: str = Query("no", pattern="^(no|yes|all)$"),
              q: str = "", page: int = Query(1, ge=1), per_page: int = Query(25, ge=1, le=200),
              include_reviewed: bool = False, me: str = who) -> HTMLResponse:
        """The review queue as a page: filters, search, paging and counts per source."""
        require_reviewer(charter, me, "open review queue")
        if include_reviewed:
            reviewed = "all"
        if source and source not in SOURCES:  # an empty field (the form's "any reason") is no filter
            raise InvalidInput(f"source: unknown source '{source}'; one of {', '.join(SOURCES)}", field="source")
        result: QueuePage = queue_page(charter, sample_rate=min(max(sample_rate, 0.0), 1.0), agent=agent or None,
                                       source=source or None, since=since or None, reviewed=reviewed,
                                       search=q.strip(), page=page, per_page=per_page,
                                       summarize=lambda a, out: view_of(request, a).summary(out))
        filters = {"agent": agent or "", "source": source or "", "since": since or "", "reviewed": reviewed,
                   "q": q, "per_page": per_page, "sample_rate": sample_rate}
        return render(request, "queue.html", title="Review queue", me=me, page=result, filters=filters,
                      sources=SOURCES)

    @router.get("/review/traces/{trace_id}", response_class=HTMLResponse, tags=["review"])
    def trace_page(trace_id: str, request: Request, me: str = who) -> HTMLResponse:
        """A trace for people: the question, the answer through the agent's view beside the expected
        one, the step that went wrong, the verdict and correction form; raw JSON behind details."""
        require_reviewer(charter, me, "review trace", f"trace:{trace_id}")
        t = charter.tracer.get(trace_id)
        ev = eval_context(charter.store, t.trace_id)
        view = view_of(request, t.agent)
        steps, failing = _steps(t)
        reasons = []
        if ev is not None:
            reasons += [f"{name} failed: {s.get('rationale') or 'the answer does not match the expected one'}"
                        for name, s in ev.scores.items() if s.get("passed") is False]
            reasons += [f"{name} could not score: {s['error']}" for name, s in ev.scores.items() if s.get("error")]
            if ev.error:
                reasons.append(f"the run failed: {_message(ev.error)}")
        if failing is not None:
            reasons.insert(0, failing.reason)
        elif t.error:
            reasons.insert(0, f"the run failed: {_message(t.error)}")
        root = t.spans[0] if t.spans else None
        edits = []
        if t.agent and t.agent in registry.names():
            agent = request.app.state.runner.agent(t.agent)  # edits start from the served (champion) version
            for name, cfg in agent.step_configs().items():
                if "prompt" in cfg:
                    edits.append({"step": name, "prompt": cfg["prompt"], "has_examples": "examples" in cfg,
                                  "examples": json.dumps(cfg.get("examples", []), ensure_ascii=False, indent=1)})
        dataset = ev.dataset if ev is not None else charter.monitor.golden_name(t.agent) if t.agent else "golden"
        start = ev.expectations if ev is not None and ev.expectations else t.outputs
        return render(
            request, "trace.html", title=f"Trace {t.trace_id[:12]}", me=me, trace=t, ev=ev,
            version=(root.attributes.get("version") if root is not None else None),
            review_reason=(root.attributes.get("review_reason") if root is not None else None),
            question=default_rendering(t.inputs), answer=_render(view, t.outputs),
            expected=_render(view, ev.expectations, "expected") if ev is not None and ev.expectations else None,
            reasons=reasons, steps=steps, feedback=charter.monitor.feedback(t.trace_id), edits=edits,
            dataset=dataset, correction_kind=view.correction_kind, correction_text=view.correction_text(start))

    @router.post("/review/traces/{trace_id}/correction/check", response_model=CorrectionCheck, tags=["review"])
    def check_correction(trace_id: str, request: Request, body: CorrectionText = Body(...),
                         me: str = who) -> CorrectionCheck:
        """Whether a corrected answer can be saved: the app's parser's error and its position (JSON)."""
        require_reviewer(charter, me, "check correction", f"trace:{trace_id}")
        return view_of(request, charter.tracer.get(trace_id).agent).check_correction(body.text)

    @router.post("/review/traces/{trace_id}/correction/preview", response_class=HTMLResponse, tags=["review"])
    def preview_correction(trace_id: str, request: Request, body: CorrectionText = Body(...),
                           me: str = who) -> HTMLResponse:
        """The correction answered as the reviewer, through governance (an HTML fragment)."""
        require_reviewer(charter, me, "preview correction", f"trace:{trace_id}")
        view = view_of(request, charter.tracer.get(trace_id).agent)
        rendering = view.preview_correction(body.text, principal=me, extensions=charter.extensions)
        return render(request, "_preview.html", rendering=rendering)

    @router.post("/review/traces/{trace_id}/verdict", tags=["review"])
    def verdict(trace_id: str, request: Request, verdict: str = Form(..., pattern="^(right|wrong)$"),
                corrected: str = Form(""), note: str = Form(""), dataset: str = Form(..., min_length=1),
                me: str = who) -> Any:
        """Record a verdict; the trace lands in the golden set with provenance (a correction when it was wrong).

        A trace made by an evaluation run, saved to that run's golden set, corrects the item it was
        made for (the expectations become the agent's answer when right, the corrected answer when wrong).
        """
        require_reviewer(charter, me, f"mark trace {verdict}", f"trace:{trace_id}")
        t = charter.tracer.get(trace_id)
        if verdict == "wrong" and not corrected.strip():
            raise InvalidInput("corrected: a wrong answer needs the corrected answer", field="corrected")
        view = view_of(request, t.agent)
        if verdict == "wrong":
            expected = view.correction(corrected, _only_field(t.outputs))
        else:
            expected = t.outputs if isinstance(t.outputs, dict) else {_only_field(t.outputs): t.outputs}
        # The agent's app keeps the verdict its own way first (the questionnaire app: a past answer), so a
        # refusal there (a reviewer without the clearance) leaves nothing half saved.
        view.reviewed(charter, t, verdict=verdict, corrected=corrected, reviewer=me)
        ev = eval_context(charter.store, t.trace_id)
        item_id = ev.item_id if ev is not None and ev.dataset == dataset else f"trace-{t.trace_id[:12]}"
        root = t.spans[0] if t.spans else None
        provenance = {"trace_id": t.trace_id, "reviewer": me, "verdict": verdict, "note": note, "agent": t.agent,
                      "agent_version": root.attributes.get("version") if root is not None else None,
                      "reviewed_at": datetime.now(UTC).isoformat(timespec="seconds")}
        try:
            current = datasets.get(dataset)
        except NotFound:
            current = None
        if current is not None and any(i.id == item_id for i in current.items):
            datasets.correct(dataset, item_id, author=me, expectations=expected,
                             reason=f"{verdict}: {note}".strip(": "), trace_id=t.trace_id)
        else:
            item = Item(id=item_id, inputs=t.inputs if isinstance(t.inputs, dict) else {"input": t.inputs},
                        expectations=expected, tags=[verdict], principal=t.principal, metadata=provenance)
            items = [*(current.items if current else []), item]
            datasets.add(Dataset(name=dataset, items=items, source=current.source if current else "review"),
                         actor=me, note=f"review of trace {t.trace_id[:12]}: {verdict} {note}".strip())
        charter.catalog.audit(actor=me, action="save review", securable=f"trace:{t.trace_id}", allowed=True,
                              reason=verdict, details={"dataset": dataset, "item": item_id, "note": note})
        return RedirectResponse(f"/review/traces/{t.trace_id}", status_code=303)

    @router.post("/review/agents/{name}/steps/{step}", tags=["review"])
    def edit_step(name: str, step: str, request: Request, prompt: str = Form(..., min_length=1),
                  examples: str = Form(""), me: str = who) -> Any:
        """Save a new agent version with this step's prompt (and examples) changed, under `challenger`."""
        runner = request.app.state.runner
        served = runner.agent(name)
        require_manage(charter, me, f"agent:{name}", f"edit step {step}")
        change: dict[str, Any] = {"prompt": prompt}
        if examples.strip():
            try:
                change["examples"] = json.loads(examples)
            except json.JSONDecodeError as exc:
                raise InvalidInput(f"examples: not JSON ({exc.msg})", field="examples") from None
        try:
            edited = served.with_step_config(step, change)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise InvalidInput(f"{where or 'step'}: {first['msg']}", field=where.split(".")[0] or "prompt") from None
        champion = versions.save(served, actor=me, note="champion (as served)")
        if "champion" not in versions.aliases(name):
            versions.set_alias(name, "champion", champion.content_hash, actor=me)
        challenger = versions.save(edited, actor=me, note=f"review edit of step {step}")
        versions.set_alias(name, "challenger", challenger.content_hash, actor=me)
        charter.catalog.audit(actor=me, action="save challenger", securable=f"agent:{name}", allowed=True,
                              reason=f"edit of step {step}", details={"version": challenger.content_hash})
        return RedirectResponse(f"/review/agents/{name}", status_code=303)

    @router.get("/review/agents/{name}", response_class=HTMLResponse, tags=["review"])
    def agent_page(name: str, request: Request, me: str = who) -> HTMLResponse:
        """An agent's versions and aliases, its recent evaluation runs, the compare and promote buttons."""
        from charter.evals.runs import Runs

        require_reviewer(charter, me, "view agent versions", f"agent:{name}")
        registry.create(name)
        store = Runs(charter.store)
        runs = [(r, store.get(r.run_id).metrics().get("accuracy", 0.0)) for r in store.list(limit=10, agent=name)]
        aliases = versions.aliases(name)
        return render(request, "agent.html", title=f"Agent {name}", me=me, name=name, versions=versions.list(name),
                      aliases=aliases, runs=runs, release=release_box(Release(charter, registry), name, aliases, me))

    @router.post("/review/agents/{name}/compare", response_class=HTMLResponse, tags=["review"])
    async def compare_page(name: str, request: Request, dataset: str = Form(..., min_length=1),
                           me: str = who) -> HTMLResponse:
        """Evaluate champion and challenger on a golden set (exact match) as the reviewer, and show them
        side by side: the metric deltas with their intervals, then item by item, changed items first.

        On a worker thread the request abandons at ``[server] request_timeout_s`` (answered 504): the
        evaluation runs are cancelled, the agent run in flight stops before its next step."""
        cancellation = request.scope.get("state", {}).get("charter_cancel")
        return await on_worker(lambda: compare_versions(name, request, dataset, me, cancellation))

    def compare_versions(name: str, request: Request, dataset: str, me: str,
                         cancellation: Cancellation | None) -> HTMLResponse:
        from charter.evals.compare import compare
        from charter.evals.runs import Runs
        from charter.evals.scorers import ScorerRegistry
        from charter.evals.targets import AgentTarget

        base = registry.create(name)
        run_as = require_run_as_reviewer(charter, me, name, "evaluate challenger")
        runner = request.app.state.runner
        golden = datasets.get(dataset)
        runs, scorer = Runs(charter.store, tracer=charter.tracer), ScorerRegistry().build("exact")
        results = {alias: runs.run(AgentTarget(versions.load(base, alias), cancellation=cancellation,
                                               **runner.handles()),
                                   golden, [scorer], run_as=run_as, actor=me, concurrency=1, cancellation=cancellation)
                   for alias in ("champion", "challenger")}
        cmp = compare(results["champion"], results["challenger"], resamples=500)
        charter.catalog.audit(actor=me, action="compare challenger", securable=f"agent:{name}", allowed=True,
                              reason=f"on {dataset}", details={a: r.run_id for a, r in results.items()})
        view = view_of(request, name)
        questions = {i.id: default_rendering(i.inputs).summary for i in golden.items}
        champion = {i.item_id: i for i in results["champion"].items}
        items = []
        for b in results["challenger"].items:
            a = champion.get(b.item_id)
            if a is None:
                continue

            def passed(it: Any) -> bool:
                return not it.error and all(s.passed is not False for s in it.scores.values())

            def said(it: Any) -> str:
                return f"error: {_message(it.error)}" if it.error else view.summary(it.output)

            row = {"item_id": b.item_id, "question": questions.get(b.item_id, b.item_id),
                   "champion": said(a), "challenger": said(b), "champion_ok": passed(a), "challenger_ok": passed(b),
                   "champion_trace": a.trace_id, "challenger_trace": b.trace_id}
            row["changed"] = row["champion_ok"] != row["challenger_ok"] or a.output != b.output
            items.append(row)
        items.sort(key=lambda r: (not r["changed"], r["item_id"]))
        return render(request, "compare.html", title=f"Challenger vs champion: {name} on {dataset}", me=me,
                      name=name, cmp=cmp, items=items, runs={a: r.run_id for a, r in results.items()})

    @router.post("/review/agents/{name}/signoff", tags=["review"])
    def signoff(name: str, note: str = Form(""), me: str = who) -> Any:
        """The signed-in reviewer signs the current challenger off (audited; refused for non-reviewers)."""
        Release(charter, registry).signoff(name, "challenger", reviewer=me, note=note)
        return RedirectResponse(f"/review/agents/{name}", status_code=303)

    @router.post("/review/agents/{name}/promote", tags=["review"])
    def promote(name: str, request: Request, me: str = who) -> Any:
        """Point `champion` at the current challenger; needs MANAGE on agent:<name>, and the challenger's
        passing gate and a reviewer's sign-off (refused, naming what is missing, otherwise)."""
        registry.create(name)
        require_manage(charter, me, f"agent:{name}", "promote challenger")
        Release(charter, registry).promote(name, "challenger", actor=me)  # gate and sign-off, audited
        request.app.state.runner.forget(name)
        return RedirectResponse(f"/review/agents/{name}", status_code=303)

    return router


def release_box(release: Release, name: str, aliases: dict[str, str], me: str) -> dict[str, Any] | None:
    """What the agent page shows of the challenger's release: its rollout, and what promoting it (by the
    signed-in reviewer ``me``) would rest on (or what is missing)."""
    if "challenger" not in aliases:
        return None
    rollout = release.rollouts.get(name)
    ev = release.evidence(name, "challenger", promoter=me)
    if ev.sufficient and ev.gate is not None:
        status = (f"ready to promote: gate passed (run {ev.gate.run_id[:12]}), signed off by "
                  f"{', '.join(sorted({s.reviewer for s in ev.signoffs}))}")
    else:
        status = "not ready to promote: " + "; ".join(ev.problems)
    return {"challenger": aliases["challenger"][:12], "status": status, "ready": ev.sufficient,
            "rollout": rollout.describe() if rollout else "no live traffic (`charter agent rollout` gives it some)"}
