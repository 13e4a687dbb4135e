"""The review app: server-rendered pages where domain experts review traces and improve agents.

Who may review: members of the ``reviewers`` group, or a metastore admin. Who may edit or promote
an agent: holders of MANAGE on ``agent:<name>``. Every action (allowed or refused) is audited.
The browser authenticates with the same bearer token, kept in an HTTP-only cookie after /review/login.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import ValidationError

from charter.agents.versions import AgentVersions
from charter.errors import InvalidInput, NotFound, PermissionDenied
from charter.evals.datasets import Dataset, Datasets, Item
from charter.server.admin import require_manage
from charter.server.queue import QueueItem, eval_context, review_queue

REVIEWERS = "reviewers"
COOKIE = "charter_token"
_CSS = ("body{font-family:system-ui,sans-serif;margin:2rem;max-width:75rem}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}"
        "pre{white-space:pre-wrap;margin:0;font-size:.85rem}.err{color:#b00}nav a{margin-right:1rem}"
        "form{margin:.8rem 0}")


def _e(value: Any) -> str:
    return html.escape(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str,
                                                                        indent=1))


def csrf_token(token: str) -> str:
    """The CSRF token of a signed-in browser: derived from its bearer token, which a cross-site page
    cannot read (the cookie is HTTP-only), so it cannot forge the form field."""
    return hashlib.sha256(f"charter-review-csrf:{token}".encode()).hexdigest()[:32]


def _page(title: str, body: str, request: Request | None = None) -> HTMLResponse:
    token = request.cookies.get(COOKIE) if request is not None else None
    if token:  # every form posting back carries the CSRF field
        field = f"<input type='hidden' name='csrf' value='{csrf_token(token)}'>"
        body = re.sub(r"(<form method='post'[^>]*>)", lambda m: m.group(1) + field, body)
    return HTMLResponse(f"<!doctype html><html><head><meta charset='utf-8'><title>{_e(title)}</title>"
                        f"<style>{_CSS}</style></head><body><nav><a href='/review'>queue</a>"
                        f"<a href='/dashboards'>dashboards</a></nav><h1>{_e(title)}</h1>{body}</body></html>")


def require_reviewer(charter: Any, who: str, what: str, securable: str | None = None) -> None:
    """PermissionDenied (audited) unless ``who`` is in the reviewers group or an admin; allowed is audited too."""
    cat = charter.catalog
    allowed = cat.principal(who).is_admin or cat.is_member(who, REVIEWERS)
    cat.audit(actor=who, action=what, securable=securable, allowed=allowed,
              reason="reviewer" if allowed else f"not a member of '{REVIEWERS}'")
    if not allowed:
        raise PermissionDenied(f"permission denied: {what} needs membership of the '{REVIEWERS}' group")


def _parse_answer(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def add_review_routes(app: FastAPI, charter: Any, registry: Any, bearer: Callable[[Request], str]) -> None:
    """Mount /review (and the queue as JSON under /v1/review/queue)."""
    datasets = Datasets(charter.store)
    versions = AgentVersions(charter.store)
    runner = app.state.runner

    def who(request: Request) -> str:
        token = request.cookies.get(COOKIE)
        if token and not request.headers.get("authorization"):
            return app.state.authenticate(token)
        return bearer(request)

    def who_posting(request: Request, csrf: str) -> str:
        """``who``, and for a browser signed in by cookie, the form's CSRF field must match (audited if not)."""
        me = who(request)
        token = request.cookies.get(COOKIE)
        if token and not request.headers.get("authorization") and csrf != csrf_token(token):
            charter.catalog.audit(actor=me, action=f"post {request.url.path}", securable=None, allowed=False,
                                  reason="missing or wrong CSRF field")
            raise PermissionDenied("permission denied: the form's CSRF field is missing or wrong; reload the page")
        return me

    @app.get("/review/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form() -> HTMLResponse:
        links = "".join(f"<p><a id='signin-{_e(n)}' href='/review/oidc/{_e(n)}/login'>Sign in with {_e(n)}</a></p>"
                        for n in getattr(app.state, "signin_issuers", []))  # server/signin.py
        return _page("Sign in", links + "<form method='post' action='/review/login'><label>API token "
                     "<input name='token' type='password' required></label> <button>Sign in</button></form>")

    @app.post("/review/login", include_in_schema=False)
    def login(token: str = Form(...)) -> RedirectResponse:
        app.state.tokens.principal_for(token)  # 401 for a wrong token
        resp = RedirectResponse("/review", status_code=303)
        resp.set_cookie(COOKIE, token, httponly=True, samesite="strict")
        return resp

    @app.get("/v1/review/queue", response_model=list[QueueItem], tags=["review"])
    def queue_json(request: Request, limit: int = 50, sample_rate: float = 0.25, judge_threshold: float = 0.5,
                   agent: str | None = None, include_reviewed: bool = False) -> list[QueueItem]:
        """Traces to review: eval failures, low judge scores, failed and sampled live traffic (reviewers)."""
        me = who(request)
        require_reviewer(charter, me, "open review queue")
        return review_queue(charter, limit=max(1, min(limit, 500)), sample_rate=min(max(sample_rate, 0.0), 1.0),
                            judge_threshold=judge_threshold, agent=agent, include_reviewed=include_reviewed)

    @app.get("/review", response_class=HTMLResponse, tags=["review"])
    def queue(request: Request, limit: int = 50, sample_rate: float = 0.25, agent: str | None = None,
              include_reviewed: bool = False) -> HTMLResponse:
        """The review queue as a page."""
        me = who(request)
        require_reviewer(charter, me, "open review queue")
        items = review_queue(charter, limit=max(1, min(limit, 500)), sample_rate=min(max(sample_rate, 0.0), 1.0),
                             agent=agent, include_reviewed=include_reviewed)
        rows = "".join(
            f"<tr><td><a href='/review/traces/{_e(q.trace_id)}'>{_e(q.trace_id[:12])}</a></td><td>"
            + (f"<a href='/review/agents/{_e(q.agent)}'>{_e(q.agent)}</a>" if q.agent else "")
            + f"</td><td>{_e(q.principal or '')}</td><td class='{'err' if q.status == 'error' else ''}'>{_e(q.status)}"
            f"</td><td>{_e(q.source)}</td><td>{_e(q.reason)}</td></tr>" for q in items)
        return _page("Review queue", f"<p>signed in as {_e(me)}; {len(items)} traces to review</p><table><tr>"
                     "<th>trace</th><th>agent</th><th>principal</th><th>status</th><th>source</th><th>why</th></tr>"
                     f"{rows}</table>", request)

    from charter.server.dashboards import add_dashboard_routes

    add_dashboard_routes(app, charter, who)

    @app.get("/review/traces/{trace_id}", response_class=HTMLResponse, tags=["review"])
    def trace_page(trace_id: str, request: Request) -> HTMLResponse:
        """A trace's question, answer and every step's inputs and outputs, with the verdict form."""
        me = who(request)
        require_reviewer(charter, me, "review trace", f"trace:{trace_id}")
        t = charter.tracer.get(trace_id)
        ev = eval_context(charter.store, t.trace_id)
        steps = "".join(f"<tr><td>{_e(s.path or s.name)}</td><td>{_e(s.kind)}</td><td><pre>{_e(s.inputs)}</pre></td>"
                        f"<td><pre>{_e(s.outputs)}</pre></td><td>{_e(s.error or '')}</td></tr>" for s in t.spans)
        evaluated = ""
        if ev is not None:
            scores = "".join(f"<tr><td>{_e(k)}</td><td>{_e(v.get('value'))}</td><td>{_e(v.get('passed'))}</td>"
                             f"<td>{_e(v.get('rationale') or v.get('error') or '')}</td></tr>" for k, v in ev.scores.items())
            evaluated = (f"<h2>Evaluation</h2><p>run {_e(ev.run_id[:12])}, golden set {_e(ev.dataset)}, item "
                         f"{_e(ev.item_id)}</p><h3>Expected</h3><pre>{_e(ev.expectations)}</pre><table><tr><th>metric"
                         f"</th><th>value</th><th>passed</th><th>why</th></tr>{scores}</table>")
        edit = ""
        if t.agent and t.agent in registry.names():
            agent = runner.agent(t.agent)  # edits start from the served (champion) version
            for name, cfg in agent.step_configs().items():
                if "prompt" not in cfg:
                    continue
                examples = json.dumps(cfg.get("examples", []), ensure_ascii=False, indent=1)
                edit += (f"<form method='post' action='/review/agents/{_e(t.agent)}/steps/{_e(name)}'>"
                         f"<h3>step {_e(name)}</h3><label>prompt<br><textarea name='prompt' rows='3' cols='90'>"
                         f"{_e(cfg['prompt'])}</textarea></label><br>"
                         + ("<label>examples (JSON list of {\"input\": {...}, \"output\": {...}})<br>"
                            f"<textarea name='examples' rows='3' cols='90'>{_e(examples)}</textarea></label><br>"
                            if "examples" in cfg else "")
                         + "<button>Save as challenger</button></form>")
        live = charter.monitor.feedback(t.trace_id)
        if live:  # what online evaluation found on this live trace
            evaluated += ("<h2>Live checks</h2><table id='feedback'><tr><th>check</th><th>source</th><th>value</th>"
                          "<th>passed</th><th>why</th></tr>" + "".join(
                              f"<tr><td>{_e(f.name)}</td><td>{_e(f.source)}</td><td>{_e(f.value)}</td><td>"
                              f"{_e(f.passed if f.measurable else 'not measurable')}</td><td>{_e(f.rationale)}</td></tr>"
                              for f in live) + "</table>")
        dataset = ev.dataset if ev is not None else charter.monitor.golden_name(t.agent) if t.agent else "golden"
        body = (f"<h2>Question</h2><pre id='question'>{_e(t.inputs)}</pre><h2>Answer</h2><pre id='answer'>"
                f"{_e(t.outputs)}</pre>{f'<p class=err>{_e(t.error)}</p>' if t.error else ''}{evaluated}"
                f"<h2>Steps</h2><table><tr><th>step</th><th>kind</th><th>inputs</th><th>outputs</th><th>error</th></tr>"
                f"{steps}</table><h2>Verdict</h2><form method='post' action='/review/traces/{_e(t.trace_id)}/verdict'>"
                "<label><input type='radio' name='verdict' value='right' required> right</label> "
                "<label><input type='radio' name='verdict' value='wrong'> wrong</label><br>"
                "<label>corrected answer (JSON or text; needed when wrong)<br><textarea name='corrected' rows='3' "
                "cols='90'></textarea></label><br><label>note <input name='note' size='60'></label><br><label>golden "
                f"set <input name='dataset' value='{_e(dataset)}'></label> <button>Save verdict</button></form>"
                + (f"<h2>Improve agent <a href='/review/agents/{_e(t.agent)}'>{_e(t.agent)}</a></h2>{edit}" if edit else ""))
        return _page(f"Trace {t.trace_id[:12]} ({t.agent})", body, request)

    @app.post("/review/traces/{trace_id}/verdict", tags=["review"])
    def verdict(trace_id: str, request: Request, verdict: str = Form(..., pattern="^(right|wrong)$"),
                corrected: str = Form(""), note: str = Form(""), dataset: str = Form(..., min_length=1),
                csrf: str = Form("")) -> Any:
        """Record a verdict; the trace lands in the golden set with provenance (a correction when it was wrong).

        A trace made by an evaluation run, saved to that run's golden set, corrects the item it was
        made for (the expectations become the agent's answer when right, the corrected answer when wrong).
        """
        me = who_posting(request, csrf)
        require_reviewer(charter, me, f"mark trace {verdict}", f"trace:{trace_id}")
        t = charter.tracer.get(trace_id)
        if verdict == "wrong" and not corrected.strip():
            raise InvalidInput("corrected: a wrong answer needs the corrected answer", field="corrected")
        expected = _parse_answer(corrected) if verdict == "wrong" else t.outputs
        if not isinstance(expected, dict):
            expected = {_only_field(t.outputs): expected}
        ev = eval_context(charter.store, t.trace_id)
        item_id = ev.item_id if ev is not None and ev.dataset == dataset else f"trace-{t.trace_id[:12]}"
        root = t.spans[0] if t.spans else None
        provenance = {"trace_id": t.trace_id, "reviewer": me, "verdict": verdict, "note": note, "agent": t.agent,
                      "agent_version": root.attributes.get("version") if root is not None else None}
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

    @app.post("/review/agents/{name}/steps/{step}", tags=["review"])
    def edit_step(name: str, step: str, request: Request, prompt: str = Form(..., min_length=1),
                  examples: str = Form(""), csrf: str = Form("")) -> Any:
        """Save a new agent version with this step's prompt (and examples) changed, under `challenger`."""
        me = who_posting(request, csrf)
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

    @app.get("/review/agents/{name}", response_class=HTMLResponse, tags=["review"])
    def agent_page(name: str, request: Request) -> HTMLResponse:
        """An agent's versions and aliases, its recent evaluation runs, the compare and promote buttons."""
        from charter.evals.runs import Runs

        me = who(request)
        require_reviewer(charter, me, "view agent versions", f"agent:{name}")
        registry.create(name)
        rows = "".join(f"<tr><td>{_e(v.content_hash[:12])}</td><td class='aliases'>{_e(', '.join(v.aliases))}</td>"
                       f"<td>{_e(v.created_by)}</td><td>{_e(v.note)}</td><td><pre>{_e(v.config)}</pre></td></tr>"
                       for v in versions.list(name))
        aliases = versions.aliases(name)
        store = Runs(charter.store)
        runs = "".join(f"<tr><td>{_e(r.run_id[:12])}</td><td>{_e(r.agent_version[:12])}</td><td>{_e(r.dataset)}</td>"
                       f"<td>{_e(r.status)}</td><td>{store.get(r.run_id).metrics().get('accuracy', 0.0):.3f}</td>"
                       f"<td>{_e(r.created_at)}</td></tr>" for r in store.list(limit=10, agent=name))
        actions = ""
        if "challenger" in aliases:
            actions = (f"<form method='post' action='/review/agents/{_e(name)}/compare'><label>golden set "
                       f"<input name='dataset' value='{_e(name)}-golden'></label> <button>Evaluate challenger vs "
                       f"champion</button></form><form method='post' action='/review/agents/{_e(name)}/promote'>"
                       "<button>Promote challenger to champion</button></form>")
        return _page(f"Agent {name}", f"<p><a href='/review/agents/{_e(name)}/access'>What {_e(name)} can reach</a>"
                     "</p><table><tr><th>version</th><th>aliases</th><th>by</th><th>note</th>"
                     f"<th>config</th></tr>{rows}</table>{actions}<h2>Recent evaluation runs</h2><table><tr><th>run"
                     f"</th><th>version</th><th>golden set</th><th>status</th><th>accuracy</th><th>when</th></tr>{runs}"
                     "</table>", request)

    @app.post("/review/agents/{name}/compare", response_class=HTMLResponse, tags=["review"])
    def compare_page(name: str, request: Request, dataset: str = Form(..., min_length=1),
                     csrf: str = Form("")) -> HTMLResponse:
        """Evaluate champion and challenger on a golden set (exact match) and show the comparison."""
        from charter.evals.compare import compare
        from charter.evals.runs import Runs
        from charter.evals.scorers import ScorerRegistry
        from charter.evals.targets import AgentTarget

        me = who_posting(request, csrf)
        require_reviewer(charter, me, "evaluate challenger", f"agent:{name}")
        base, golden = registry.create(name), datasets.get(dataset)
        runs, scorer = Runs(charter.store, tracer=charter.tracer), ScorerRegistry().build("exact")
        results = {alias: runs.run(AgentTarget(versions.load(base, alias), **runner.handles()), golden, [scorer],
                                   principal=me, actor=me, concurrency=1)
                   for alias in ("champion", "challenger")}
        cmp = compare(results["champion"], results["challenger"], resamples=500)
        charter.catalog.audit(actor=me, action="compare challenger", securable=f"agent:{name}", allowed=True,
                              reason=f"on {dataset}", details={a: r.run_id for a, r in results.items()})
        rows = "".join(f"<tr><td>{_e(m.metric)}</td><td>{m.a:.3f}</td><td>{m.b:.3f}</td><td>{m.delta:+.3f}</td>"
                       f"<td>[{m.low:+.3f}, {m.high:+.3f}]</td></tr>" for m in cmp.metrics)
        return _page(f"Challenger vs champion: {name} on {dataset}",
                     f"<p>{cmp.paired} paired items; improved: {_e(', '.join(cmp.improved) or '-')}; regressed: "
                     f"{_e(', '.join(cmp.regressed) or '-')}</p><table id='comparison'><tr><th>metric</th>"
                     f"<th>champion</th><th>challenger</th><th>delta</th><th>95% CI</th></tr>{rows}</table>"
                     f"<form method='post' action='/review/agents/{_e(name)}/promote'><button>Promote challenger"
                     "</button></form>", request)

    @app.post("/review/agents/{name}/promote", tags=["review"])
    def promote(name: str, request: Request, csrf: str = Form("")) -> Any:
        """Point `champion` at the current challenger; needs MANAGE on agent:<name>."""
        me = who_posting(request, csrf)
        registry.create(name)
        require_manage(charter, me, f"agent:{name}", "promote challenger")
        before = versions.aliases(name).get("champion")
        after = versions.set_alias(name, "champion", "challenger", actor=me)
        runner.forget(name)
        charter.catalog.audit(actor=me, action="set champion", securable=f"agent:{name}", allowed=True,
                              reason="promoted the challenger", details={"from": before, "to": after.content_hash})
        return RedirectResponse(f"/review/agents/{name}", status_code=303)


def _only_field(outputs: Any) -> str:
    return next(iter(outputs)) if isinstance(outputs, dict) and len(outputs) == 1 else "output"
