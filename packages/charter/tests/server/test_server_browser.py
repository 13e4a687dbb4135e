"""The review app in a real browser: Playwright driving Debian's Chromium headless.

An expert signs in, finds a trace in the queue, marks the answer wrong with the corrected one,
edits the step's prompt (a challenger), runs the challenger-vs-champion comparison and promotes.
Skips (with the reason) when /usr/bin/chromium or the `playwright` package is absent, except
under CI=true, where both are required.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from charter.agents.versions import AgentVersions
from charter.evals.datasets import Datasets
from charter.testing import unavailable
from server.conftest import give_evidence

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _require_browser() -> None:
    missing = None
    if not CHROMIUM.exists():
        missing = f"Chromium is not installed at {CHROMIUM} (apt-get install chromium)"
    else:
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError:
            missing = "the 'playwright' package is not installed (pip install -e 'packages/charter[server-test]')"
    if missing:
        unavailable(missing)


@pytest.mark.slow
def test_an_expert_corrects_edits_compares_and_promotes_in_the_browser(world, base_url) -> None:  # type: ignore[no-untyped-def]
    _require_browser()
    from playwright.sync_api import expect, sync_playwright

    cat = world.charter.catalog
    cat.create_principal("reviewers", "group")
    cat.add_member("reviewers", "ann")
    cat.grant("MANAGE", "agent:capital", "ann")
    import httpx

    trace_id = httpx.post(f"{base_url}/v1/agents/capital/invoke", json={"inputs": {"question": "Capital of Italy?"}},
                          headers=world.auth("ann")).json()["trace_id"]

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page()
            page.set_default_timeout(20_000)
            page.goto(f"{base_url}/review/login")
            page.fill("input[name=token]", world.tokens["ann"])
            page.get_by_role("button", name="Sign in").click()
            expect(page.locator("h1")).to_have_text("Review queue")
            page.goto(f"{base_url}/review?sample_rate=1")
            page.click(f"a[href='/review/traces/{trace_id}']")

            # the trace: question, answer and the step
            expect(page.locator("#question")).to_contain_text("Capital of Italy?")
            expect(page.locator("#answer")).to_contain_text("Paris")
            page.check("input[name=verdict][value=wrong]")
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

            # compare on the corrected golden set, then promote
            page.get_by_role("button", name="Evaluate challenger vs champion").click()
            expect(page.locator("#comparison")).to_contain_text("accuracy")
            expect(page.locator("body")).to_contain_text("1 paired items")
            give_evidence(world, "challenger")  # promotion needs a passing gate and a reviewer's sign-off
            page.get_by_role("button", name="Promote challenger").click()
            expect(page.locator("h1")).to_have_text("Agent capital")
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
