"""The review app in a real browser: Playwright driving Debian's Chromium headless.

An expert signs in, finds a trace in the queue, marks the answer wrong with the corrected one,
edits the step's prompt (a challenger), runs the challenger-vs-champion comparison and promotes.
Every page passes axe-core (no serious or critical violation), fits a laptop's and a tablet's width,
and is saved as a screenshot under the test's tmp dir. Skips (with the reason) when
/usr/bin/chromium or the `playwright` package is absent, except under CI=true, where both are required.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from charter.agents.versions import AgentVersions
from charter.evals.datasets import Datasets
from charter.testing import CHROMIUM, CHROMIUM_ARGS, axe_violations, require_browser
from server.conftest import give_evidence

AXE = Path(__file__).parent / "axe" / "axe.min.js"
VIEWPORTS = {"laptop": {"width": 1366, "height": 800}, "tablet": {"width": 820, "height": 1180}}


def check_page(page, name: str, shots: Path) -> None:  # type: ignore[no-untyped-def]
    """axe-core finds no serious or critical violation; a screenshot per viewport is kept."""
    for viewport, size in VIEWPORTS.items():
        page.set_viewport_size(size)
        page.screenshot(path=str(shots / f"{name}-{viewport}.png"), full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= size["width"] + 1, f"{name} scrolls sideways on a {viewport} ({width}px)"
    violations = axe_violations(page, AXE)
    assert violations == [], f"{name}: {violations}"


@pytest.mark.slow
def test_an_expert_corrects_edits_compares_and_promotes_in_the_browser(world, base_url, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sync_api = require_browser()
    expect, sync_playwright = sync_api.expect, sync_api.sync_playwright
    shots = tmp_path / "screenshots"  # the pages as a reviewer saw them (test artifacts)
    shots.mkdir()

    cat = world.charter.catalog
    cat.create_principal("reviewers", "group")
    cat.add_member("reviewers", "ann")
    cat.grant("MANAGE", "agent:capital", "ann")
    import httpx

    trace_id = httpx.post(f"{base_url}/v1/agents/capital/invoke", json={"inputs": {"question": "Capital of Italy?"}},
                          headers=world.auth("ann")).json()["trace_id"]

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.set_default_timeout(20_000)
            page.goto(f"{base_url}/review/login")
            check_page(page, "sign-in", shots)
            page.fill("input[name=token]", world.tokens["ann"])
            page.get_by_role("button", name="Sign in").click()
            expect(page.locator("h1")).to_have_text("Review queue")
            page.goto(f"{base_url}/review?sample_rate=1")
            check_page(page, "queue", shots)
            page.keyboard.press("j")  # the keyboard: select the first row and open it
            page.keyboard.press("Enter")
            expect(page).to_have_url(f"{base_url}/review/traces/{trace_id}")
            check_page(page, "trace", shots)

            # the trace: question, answer and the step
            expect(page.locator("#question")).to_contain_text("Capital of Italy?")
            expect(page.locator("#answer")).to_contain_text("Paris")
            page.keyboard.press("w")  # wrong: the cursor goes to the correction
            expect(page.locator("input[name=verdict][value=wrong]")).to_be_checked()
            page.fill("textarea[name=corrected]", "Rome")
            page.fill("input[name=note]", "Paris is France's capital")
            page.get_by_role("button", name="Save verdict").click()
            expect(page.locator("h1")).to_contain_text("Trace")

            # edit the prompt: a challenger
            page.fill("form[action='/review/agents/capital/steps/answer'] textarea[name=prompt]",
                      "Answer with the city only: {question}")
            page.get_by_role("button", name="Save as challenger").click()
            expect(page.locator("h1")).to_have_text("Agent capital")
            expect(page.locator("td.aliases", has_text="challenger")).to_have_count(1)
            check_page(page, "agent", shots)

            # compare on the corrected golden set, then promote
            page.get_by_role("button", name="Evaluate challenger vs champion").click()
            expect(page.locator("#comparison")).to_contain_text("accuracy")
            expect(page.locator("body")).to_contain_text("1 paired items")
            check_page(page, "compare", shots)
            give_evidence(world, "challenger")  # promotion needs a passing gate and a reviewer's sign-off
            page.get_by_role("button", name="Promote challenger").click()
            expect(page.locator("h1")).to_have_text("Agent capital")

            admin = browser.new_page()  # the dashboards, as a metastore admin
            admin.goto(f"{base_url}/review/login")
            admin.fill("input[name=token]", world.tokens["admin"])
            admin.get_by_role("button", name="Sign in").click()
            admin.goto(f"{base_url}/dashboards")
            expect(admin.locator("h1")).to_have_text("Dashboards")
            check_page(admin, "dashboards", shots)
        finally:
            browser.close()

    (item,) = Datasets(world.charter.store).get("capital-golden").items
    assert item.expectations == {"answer": "Rome"} and item.metadata["reviewer"] == "ann"
    versions = AgentVersions(world.charter.store)
    champion = versions.get("capital", "champion")
    assert champion.content_hash == versions.get("capital", "challenger").content_hash
    assert "city only" in str(champion.config)
    actions = {e.action for e in cat.audit_log(principal="ann") if e.allowed}
    assert {"save review", "save challenger", "compare challenger", "set champion"} <= actions
