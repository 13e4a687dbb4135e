"""A FinQL answer in the review app (issue 23): the trace page shows the query and a result table, and
a correction is edited as a query — checked by FinQL's parser as the reviewer types (with the error's
position), previewed as the reviewer through governance, then saved into the golden set with
provenance. All through FinQL's view plugin: the platform never imports FinQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from charter.evals.datasets import Datasets
from charter.mcp.tokens import TokenStore
from charter.server import create_app
from charter.server.web import COOKIE, csrf_token
from finql.runtime import FinQLEnv

AGENT = "finql-decomposed"
WRONG = "FF_SALES(FY2022) FOR APXM"
RIGHT = "FF_SALES(FY2023) FOR APXM"


@pytest.fixture(scope="module")
def review(env: FinQLEnv) -> Iterator[tuple[TestClient, dict[str, str], str]]:
    """The served app, a reviewer's and a basic reviewer's tokens, and a trace of a wrong answer."""
    charter = env.charter
    cat = charter.catalog
    cat.create_principal("reviewers", "group", exist_ok=True)
    for who in ("analyst", "analyst-basic"):
        cat.add_member("reviewers", who)
    tokens = TokenStore(charter.store, cat)
    who = {p: tokens.issue(p) for p in ("analyst", "analyst-basic")}
    wrong = env.execute(WRONG)
    question = "What were Apex Materials' sales in fiscal 2023?"
    with charter.tracer.trace(f"agent:{AGENT}", principal="analyst", agent=AGENT,
                              inputs={"question": question}) as root:  # the answer as the agent gave it
        root.set_outputs({"question": question, "query": WRONG, "columns": wrong.columns,
                          "rows": [list(r) for r in wrong.rows]})
    charter.tracer.flush()
    with TestClient(create_app(charter), raise_server_exceptions=False) as client:
        yield client, who, root.trace_id


def _as(client: TestClient, token: str) -> dict[str, str]:
    client.cookies.set(COOKIE, token)
    return {"X-CSRF-Token": csrf_token(token)}


def test_the_trace_page_shows_the_query_and_a_result_table(review, env: FinQLEnv) -> None:
    client, who, trace_id = review
    _as(client, who["analyst"])
    page = client.get(f"/review/traces/{trace_id}")
    assert page.status_code == 200, page.text
    answer = page.text.split('<div id="answer">')[1].split("</div>\n</section>")[0]
    value = f"{env.execute(WRONG).rows[0][1]:,.2f}"
    assert f"<code>{WRONG}</code>" in answer and "<table" in answer and value in answer
    assert '"rows"' not in answer and "Apex Materials (APXM)" in answer  # a table for people, not JSON
    assert f"<strong>{value} million EUR</strong>" in answer and "**" not in answer
    assert 'data-kind="query"' in page.text and f">{WRONG}</textarea>" in page.text  # edit the query as written


def test_a_correction_is_checked_previewed_as_the_reviewer_and_saved_with_provenance(review, env: FinQLEnv) -> None:
    client, who, trace_id = review
    headers = _as(client, who["analyst"])
    base = f"/review/traces/{trace_id}/correction"
    bad = client.post(f"{base}/check", json={"text": "FF_SALES(FY2023 FOR APXM"}, headers=headers).json()
    assert bad["ok"] is False and bad["line"] == 1 and bad["column"] is not None and "column" in bad["message"]
    assert client.post(f"{base}/check", json={"text": RIGHT}, headers=headers).json() == {
        "ok": True, "message": "", "line": None, "column": None}

    preview = client.post(f"{base}/preview", json={"text": RIGHT}, headers=headers)
    assert preview.status_code == 200 and f"{env.execute(RIGHT).rows[0][1]:,.2f}" in preview.text
    assert "<table" in preview.text
    estimates = "FE_EPS(FY2025) FOR APXM"
    assert "<table" in client.post(f"{base}/preview", json={"text": estimates}, headers=headers).text
    basic = _as(client, who["analyst-basic"])  # the preview runs as the reviewer: no estimates licence
    refused = client.post(f"{base}/preview", json={"text": estimates}, headers=basic)
    assert refused.status_code == 200 and "not licensed for the estimates data set" in refused.text
    assert "<table" not in refused.text
    denials = [e for e in env.charter.catalog.audit_log(principal="analyst-basic", limit=50) if not e.allowed]
    assert denials, "the refused preview is audited as the reviewer"

    headers = _as(client, who["analyst"])
    form = {"verdict": "wrong", "dataset": "finql-review-golden", "note": "fiscal 2023, not 2022",
            "csrf": headers["X-CSRF-Token"]}
    unparsable = client.post(f"/review/traces/{trace_id}/verdict", data={**form, "corrected": "FF_SALES(FY2023"})
    assert unparsable.status_code == 422 and unparsable.json()["error"]["field"] == "corrected"
    saved = client.post(f"/review/traces/{trace_id}/verdict", data={**form, "corrected": RIGHT},
                        follow_redirects=False)
    assert saved.status_code == 303, saved.text
    (item,) = Datasets(env.charter.store).get("finql-review-golden").items
    assert item.expectations == {"query": RIGHT} and item.inputs["question"].startswith("What were Apex")
    assert item.metadata["reviewer"] == "analyst" and item.metadata["trace_id"] == trace_id
    assert item.metadata["reviewed_at"] and item.metadata["agent"] == AGENT
