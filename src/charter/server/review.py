"""The review app: server-rendered pages where domain experts review traces and improve agents.

Who may review: members of the ``reviewers`` group, or a metastore admin. Who may promote or edit
an agent: holders of MANAGE on ``agent:<name>``. Every action (allowed or refused) is audited.
The browser authenticates with the same bearer token, kept in an HTTP-only cookie after /review/login.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable
from typing import Any

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from charter.agents.versions import AgentVersions
from charter.errors import NotFound, PermissionDenied
from charter.evals.datasets import Dataset, Datasets, Item
from charter.server.admin import require_manage

REVIEWERS = "reviewers"
COOKIE = "charter_token"
_CSS = ("body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}"
        "pre{white-space:pre-wrap;margin:0;font-size:.85rem}.err{color:#b00}")


def _e(value: Any) -> str:
    return html.escape(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str,
                                                                        indent=1))


def _page(title: str, body: str) -> HTMLResponse:
    return HTMLResponse(f"<!doctype html><html><head><meta charset='utf-8'><title>{_e(title)}</title>"
                        f"<style>{_CSS}</style></head><body><nav><a href='/review'>queue</a></nav>"
                        f"<h1>{_e(title)}</h1>{body}</body></html>")


def require_reviewer(charter: Any, who: str, what: str, securable: str | None = None) -> None:
    """PermissionDenied (audited) unless ``who`` is in the reviewers group or an admin; allowed is audited too."""
    cat = charter.catalog
    allowed = cat.principal(who).is_admin or cat.is_member(who, REVIEWERS)
    cat.audit(actor=who, action=what, securable=securable, allowed=allowed,
              reason="reviewer" if allowed else f"not a member of '{REVIEWERS}'")
    if not allowed:
        raise PermissionDenied(f"permission denied: {what} needs membership of the '{REVIEWERS}' group")


def add_review_routes(app: FastAPI, charter: Any, registry: Any, bearer: Callable[[Request], str]) -> None:
    """Mount /review."""
    datasets = Datasets(charter.store)
    versions = AgentVersions(charter.store)

    def who(request: Request) -> str:
        token = request.cookies.get(COOKIE)
        if token:
            return app.state.tokens.principal_for(token)
        return bearer(request)

    @app.get("/review/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form() -> HTMLResponse:
        return _page("Sign in", "<form method='post' action='/review/login'><label>API token "
                     "<input name='token' type='password' required></label> <button>Sign in</button></form>")

    @app.post("/review/login", include_in_schema=False)
    def login(token: str = Form(...)) -> RedirectResponse:
        app.state.tokens.principal_for(token)  # 401 for a wrong token
        resp = RedirectResponse("/review", status_code=303)
        resp.set_cookie(COOKIE, token, httponly=True, samesite="strict")
        return resp

    @app.get("/review", response_class=HTMLResponse, tags=["review"])
    def queue(request: Request, limit: int = 50) -> HTMLResponse:
        """Traces to review: failures first, then sampled recent traffic."""
        me = _me(request)
        require_reviewer(charter, me, "open review queue")
        failed = charter.tracer.list(limit=limit, status="error")
        recent = [t for t in charter.tracer.list(limit=limit) if t.status != "error"]
        rows = "".join(
            f"<tr><td><a href='/review/traces/{_e(t.trace_id)}'>{_e(t.trace_id[:12])}</a></td><td>{_e(t.agent or '')}"
            f"</td><td>{_e(t.principal or '')}</td><td class='{'err' if t.status == 'error' else ''}'>{_e(t.status)}"
            f"</td><td>{_e(why)}</td></tr>"
            for why, ts in (("failed", failed), ("sampled", recent)) for t in ts)
        return _page("Review queue", f"<p>signed in as {_e(me)}</p><table><tr><th>trace</th><th>agent</th>"
                     f"<th>principal</th><th>status</th><th>why</th></tr>{rows}</table>")

    _me = who
    from charter.server.dashboards import add_dashboard_routes

    add_dashboard_routes(app, charter, who)

    @app.get("/review/traces/{trace_id}", response_class=HTMLResponse, tags=["review"])
    def trace_page(trace_id: str, request: Request) -> HTMLResponse:
        """A trace's question, answer and every step's inputs and outputs, with the verdict form."""
        me = _me(request)
        require_reviewer(charter, me, "review trace", f"trace:{trace_id}")
        t = charter.tracer.get(trace_id)
        steps = "".join(f"<tr><td>{_e(s.path or s.name)}</td><td>{_e(s.kind)}</td><td><pre>{_e(s.inputs)}</pre></td>"
                        f"<td><pre>{_e(s.outputs)}</pre></td><td>{_e(s.error or '')}</td></tr>" for s in t.spans)
        edit = ""
        if t.agent and t.agent in registry.names():
            agent = registry.create(t.agent)
            for name, cfg in agent.step_configs().items():
                if "prompt" in cfg:
                    edit += (f"<form method='post' action='/review/agents/{_e(t.agent)}/steps/{_e(name)}'>"
                             f"<h3>step {_e(name)}</h3><textarea name='prompt' rows='3' cols='80'>{_e(cfg['prompt'])}"
                             "</textarea><br><button>Save as challenger</button></form>")
        body = (f"<h2>Question</h2><pre>{_e(t.inputs)}</pre><h2>Answer</h2><pre>{_e(t.outputs)}</pre>"
                f"{f'<p class=err>{_e(t.error)}</p>' if t.error else ''}"
                f"<h2>Steps</h2><table><tr><th>step</th><th>kind</th><th>inputs</th><th>outputs</th><th>error</th></tr>"
                f"{steps}</table><h2>Verdict</h2><form method='post' action='/review/traces/{_e(t.trace_id)}/verdict'>"
                "<label><input type='radio' name='verdict' value='right' required> right</label> "
                "<label><input type='radio' name='verdict' value='wrong'> wrong</label><br>"
                "<label>corrected answer (JSON or text)<br><textarea name='corrected' rows='3' cols='80'></textarea>"
                "</label><br><label>note <input name='note' size='60'></label><br><label>golden set "
                f"<input name='dataset' value='{_e((t.agent or 'agent') + '-golden')}'></label> "
                f"<button>Save</button></form>{edit}")
        return _page(f"Trace {t.trace_id[:12]} ({t.agent})", body)

    @app.post("/review/traces/{trace_id}/verdict", tags=["review"])
    def verdict(trace_id: str, request: Request, verdict: str = Form(..., pattern="^(right|wrong)$"),
                corrected: str = Form(""), note: str = Form(""), dataset: str = Form(..., min_length=1)) -> Any:
        """Record a verdict; the trace lands in the golden set with provenance (a correction when it was wrong)."""
        me = _me(request)
        require_reviewer(charter, me, f"mark trace {verdict}", f"trace:{trace_id}")
        t = charter.tracer.get(trace_id)
        expected = t.outputs
        if verdict == "wrong" and corrected.strip():
            try:
                expected = json.loads(corrected)
            except json.JSONDecodeError:
                expected = corrected
            if not isinstance(expected, dict):
                expected = {_only_field(t.outputs): expected}
        item_id = f"trace-{t.trace_id[:12]}"
        provenance = {"trace_id": t.trace_id, "reviewer": me, "verdict": verdict, "note": note,
                      "agent": t.agent, "agent_version": getattr(t, "version", None)}
        try:
            current = datasets.get(dataset)
        except NotFound:
            current = None
        if current is not None and any(i.id == item_id for i in current.items):
            datasets.correct(dataset, item_id, author=me, expectations=expected, reason=note, trace_id=t.trace_id)
        else:
            item = Item(id=item_id, inputs=t.inputs if isinstance(t.inputs, dict) else {"input": t.inputs},
                        expectations=expected if isinstance(expected, dict) else {"output": expected},
                        tags=[verdict], principal=t.principal, metadata=provenance)
            items = [*(current.items if current else []), item]
            datasets.add(Dataset(name=dataset, items=items, source=current.source if current else "review"),
                         actor=me, note=f"review of trace {t.trace_id[:12]}: {verdict} {note}".strip())
        charter.catalog.audit(actor=me, action="save review", securable=f"trace:{t.trace_id}", allowed=True,
                              reason=verdict, details={"dataset": dataset, "item": item_id})
        return RedirectResponse(f"/review/traces/{t.trace_id}", status_code=303)

    @app.post("/review/agents/{name}/steps/{step}", tags=["review"])
    def edit_step(name: str, step: str, request: Request, prompt: str = Form(..., min_length=1)) -> Any:
        """Save a new agent version with this step's prompt changed, under the alias `challenger`."""
        me = _me(request)
        agent = registry.create(name)
        require_manage(charter, me, f"agent:{name}", f"edit step {step}")
        champion = versions.save(agent, actor=me, note="champion (code)")
        if "champion" not in versions.aliases(name):
            versions.set_alias(name, "champion", champion.content_hash, actor=me)
        challenger = versions.save(agent.with_step_config(step, {"prompt": prompt}), actor=me,
                                   note=f"review edit of step {step}")
        versions.set_alias(name, "challenger", challenger.content_hash, actor=me)
        return RedirectResponse(f"/review/agents/{name}", status_code=303)

    @app.get("/review/agents/{name}", response_class=HTMLResponse, tags=["review"])
    def agent_page(name: str, request: Request) -> HTMLResponse:
        """An agent's versions and aliases, with the promote button."""
        me = _me(request)
        require_reviewer(charter, me, "view agent versions", f"agent:{name}")
        registry.create(name)
        rows = "".join(f"<tr><td>{_e(v.content_hash[:12])}</td><td>{_e(', '.join(v.aliases))}</td>"
                       f"<td>{_e(v.created_by)}</td><td>{_e(v.note)}</td><td><pre>{_e(v.config)}</pre></td></tr>"
                       for v in versions.list(name))
        promote = (f"<form method='post' action='/review/agents/{_e(name)}/compare'><label>golden set "
                   f"<input name='dataset' value='{_e(name)}-golden'></label> <button>Evaluate challenger vs "
                   "champion</button></form>" if "challenger" in versions.aliases(name) else "")
        promote += ("<form method='post' action='/review/agents/" + _e(name) + "/promote'>"
                   "<button>Promote challenger to champion</button></form>"
                   if "challenger" in versions.aliases(name) else "")
        return _page(f"Agent {name}", f"<table><tr><th>version</th><th>aliases</th><th>by</th><th>note</th>"
                     f"<th>config</th></tr>{rows}</table>{promote}")

    @app.post("/review/agents/{name}/compare", response_class=HTMLResponse, tags=["review"])
    def compare_page(name: str, request: Request, dataset: str = Form(..., min_length=1)) -> HTMLResponse:
        """Evaluate champion and challenger on a golden set (exact match) and show the comparison."""
        from charter.evals.compare import compare
        from charter.evals.runs import Runs
        from charter.evals.scorers import default_registry
        from charter.evals.targets import AgentTarget

        me = _me(request)
        require_reviewer(charter, me, "evaluate challenger", f"agent:{name}")
        base, golden = registry.create(name), datasets.get(dataset)
        runs, scorer = Runs(charter.store, tracer=charter.tracer), default_registry().build("exact")
        handles = {"gateway": charter.gateway, "catalog": charter.catalog, "tracer": charter.tracer}
        results = {alias: runs.run(AgentTarget(versions.load(base, alias), **handles), golden, [scorer],
                                   principal=me, actor=me, concurrency=1)
                   for alias in ("champion", "challenger")}
        cmp = compare(results["champion"], results["challenger"], resamples=500)
        rows = "".join(f"<tr><td>{_e(m.metric)}</td><td>{m.a:.3f}</td><td>{m.b:.3f}</td><td>{m.delta:+.3f}</td>"
                       f"<td>[{m.low:+.3f}, {m.high:+.3f}]</td></tr>" for m in cmp.metrics)
        return _page(f"Challenger vs champion: {name} on {dataset}",
                     f"<p>{cmp.paired} paired items; improved: {_e(', '.join(cmp.improved) or '-')}; regressed: "
                     f"{_e(', '.join(cmp.regressed) or '-')}</p><table><tr><th>metric</th><th>champion</th>"
                     f"<th>challenger</th><th>delta</th><th>95% CI</th></tr>{rows}</table>"
                     f"<form method='post' action='/review/agents/{_e(name)}/promote'><button>Promote challenger"
                     "</button></form>")

    @app.post("/review/agents/{name}/promote", tags=["review"])
    def promote(name: str, request: Request) -> Any:
        """Point `champion` at the current challenger; needs MANAGE on agent:<name>."""
        me = _me(request)
        registry.create(name)
        require_manage(charter, me, f"agent:{name}", "promote challenger")
        versions.set_alias(name, "champion", "challenger", actor=me)
        return RedirectResponse(f"/review/agents/{name}", status_code=303)


def _only_field(outputs: Any) -> str:
    return next(iter(outputs)) if isinstance(outputs, dict) and len(outputs) == 1 else "output"
