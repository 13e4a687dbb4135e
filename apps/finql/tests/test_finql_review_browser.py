"""Issue 23's check, in a real browser: a reviewer who has never seen the app finds a wrong FinQL answer
by its words, corrects it with a query that fails to parse and then one that works, previews the
result (run as the reviewer), saves it; the correction lands in the golden set with provenance, and
axe-core finds no serious or critical violation on the pages. Screenshots are kept under tmp_path."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from charter.evals.datasets import Datasets
from charter.mcp.tokens import TokenStore
from charter.server import create_app
from charter.testing import CHROMIUM, CHROMIUM_ARGS, axe_violations, require_browser
from finql.runtime import FinQLEnv

AXE = Path(__file__).resolve().parents[3] / "packages" / "charter" / "tests" / "server" / "axe" / "axe.min.js"
AGENT = "finql-decomposed"
QUESTION = "How much did Brightwater Resorts sell in fiscal 2023?"
WRONG = "FF_SALES(FY2021) FOR BRIR"
RIGHT = "FF_SALES(FY2023) FOR BRIR"


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(env: FinQLEnv) -> Iterator[tuple[str, str, str]]:
    """The served app on a loopback port, a reviewer's token, and the trace of a wrong answer."""
    charter = env.charter
    charter.catalog.create_principal("reviewers", "group", exist_ok=True)
    charter.catalog.add_member("reviewers", "analyst")
    token = TokenStore(charter.store, charter.catalog).issue("analyst")
    wrong = env.execute(WRONG)
    with charter.tracer.trace(f"agent:{AGENT}", principal="analyst", agent=AGENT,
                              inputs={"question": QUESTION}) as root:
        root.status = "review"
        root.set_attribute("review_reason", "the asker said the figure looks off")
        root.set_outputs({"question": QUESTION, "query": WRONG, "columns": wrong.columns,
                          "rows": [list(r) for r in wrong.rows]})
    charter.tracer.flush()
    port = _port()
    server = uvicorn.Server(uvicorn.Config(create_app(charter), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/review/login", timeout=1.0)
            break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}", token, root.trace_id
    server.should_exit = True
    thread.join(timeout=10)


@pytest.mark.slow
def test_a_reviewer_corrects_a_finql_answer_in_the_browser(site, env: FinQLEnv, tmp_path: Path) -> None:
    sync_api = require_browser()
    base, token, trace_id = site
    shots = tmp_path / "screenshots"
    shots.mkdir()

    def check(page, name: str) -> None:  # type: ignore[no-untyped-def]
        page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
        assert axe_violations(page, AXE) == [], name

    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.set_default_timeout(20_000)
            expect = sync_api.expect
            page.goto(f"{base}/review")  # not signed in yet: the sign-in page
            page.goto(f"{base}/review/login")
            page.get_by_label("API token").fill(token)
            page.get_by_role("button", name="Sign in").click()
            expect(page.locator("h1")).to_have_text("Review queue")

            page.get_by_label("Search questions").fill("Brightwater sell")  # find it by its words
            page.get_by_role("button", name="Filter").click()
            expect(page.locator("tr.queue-row")).to_have_count(1)
            check(page, "queue-searched")
            page.get_by_role("link", name=QUESTION).click()

            expect(page.locator("#answer code")).to_have_text(WRONG)
            expect(page.locator("#answer table")).to_be_visible()
            page.keyboard.press("w")
            editor = page.get_by_label("Corrected answer")
            expect(editor).to_be_focused()
            editor.fill("FF_SALES(FY2023 FOR BRIR")  # a query that does not parse
            expect(page.locator("#correction-check")).to_contain_text("column")
            editor.fill(RIGHT)
            expect(page.locator("#correction-check")).to_have_text("Looks right: it parses.")
            page.get_by_role("button", name="Preview the result").click()
            value = f"{env.execute(RIGHT).rows[0][1]:,.2f}"
            expect(page.locator("#preview table")).to_contain_text(value)
            check(page, "trace-with-preview")
            page.get_by_label("Note").fill("fiscal 2023, not 2021")
            page.get_by_label("Golden set").fill("finql-browser-golden")
            page.get_by_role("button", name="Save verdict").click()
            expect(page.locator("h1")).to_contain_text("Trace")
        finally:
            browser.close()

    (item,) = Datasets(env.charter.store).get("finql-browser-golden").items
    assert item.expectations == {"query": RIGHT} and item.inputs == {"question": QUESTION}
    assert item.metadata["reviewer"] == "analyst" and item.metadata["trace_id"] == trace_id
    assert item.metadata["note"] == "fiscal 2023, not 2021" and item.metadata["reviewed_at"]
