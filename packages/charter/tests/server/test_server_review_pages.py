"""The review app's pages for people (issue 23): the queue with questions, answers, reasons, filters,
search, paging and counts; the trace page with the answer through the agent's view beside the
expected one and the failing step in words; the comparison item by item, changed items first."""

from __future__ import annotations

import re

from server.conftest import Browser
from server.test_server_queue import _eval_run, _reviewer


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr class="queue-row[^"]*"[^>]*>(.*?)</tr>', html, re.S)


def _live(world, client, question: str, who: str = "ann") -> str:  # type: ignore[no-untyped-def]
    r = client.post("/v1/agents/capital/invoke", json={"inputs": {"question": question}}, headers=world.auth(who))
    return r.json().get("trace_id") or ""


def test_the_queue_shows_questions_and_answers_with_filters_search_paging_and_counts(world, client) -> None:
    _reviewer(world)
    _eval_run(world)  # Italy fails exact (eval failure), France is judged low
    _live(world, client, "Capital of Spain?")
    _live(world, client, "Capital of Peru?", who="bob")  # refused: a failed trace
    browser = Browser(client, world.tokens["ann"])
    page = browser.get("/review", params={"sample_rate": 1.0})
    assert page.status_code == 200
    rows = _rows(page.text)
    assert len(rows) == 4
    first = rows[0]  # most useful first: the eval failure, with its question, answer, reason and agent
    assert "Capital of Italy?" in first and "Paris" in first and "eval failure" in first and "exact failed" in first
    assert '<a href="/review/agents/capital">capital</a>' in first and "ann" in first
    assert "<time" in first and "Capital of Peru?" in page.text and "bob" in page.text
    counts = re.search(r'<p id="counts".*?</p>', page.text, re.S).group(0)
    assert "4 traces to review" in counts
    for source, n in (("eval failure", 1), ("low judge score", 1), ("failed", 1), ("sampled", 1)):
        assert f"{source} <strong>{n}</strong>" in counts

    searched = _rows(browser.get("/review", params={"sample_rate": 1.0, "q": "italy"}).text)
    assert len(searched) == 1 and "Capital of Italy?" in searched[0]
    assert _rows(browser.get("/review", params={"q": "no such words"}).text) == []
    failed = _rows(browser.get("/review", params={"sample_rate": 1.0, "source": "failed"}).text)
    assert len(failed) == 1 and "Capital of Peru?" in failed[0]
    assert len(_rows(browser.get("/review", params={"sample_rate": 1.0, "agent": "nobody"}).text)) == 0
    assert len(_rows(browser.get("/review", params={"sample_rate": 1.0, "since": "1h"}).text)) == 4
    assert browser.get("/review", params={"since": "yesterday"}).status_code == 422
    assert browser.get("/review", params={"source": "gossip"}).status_code == 422
    as_the_form_sends = {"q": "italy", "agent": "", "source": "", "since": "", "reviewed": "no", "sample_rate": 1.0}
    assert len(_rows(browser.get("/review", params=as_the_form_sends).text)) == 1  # empty fields filter nothing

    first_page = browser.get("/review", params={"sample_rate": 1.0, "per_page": 3})
    second_page = browser.get("/review", params={"sample_rate": 1.0, "per_page": 3, "page": 2})
    assert len(_rows(first_page.text)) == 3 and len(_rows(second_page.text)) == 1
    assert "Page 1 of 2" in first_page.text and 'rel="next"' in first_page.text
    assert "Page 2 of 2" in second_page.text and 'rel="prev"' in second_page.text
    assert set(_rows(first_page.text)) | set(_rows(second_page.text)) == set(rows)

    italy = re.search(r'/review/traces/([0-9a-f]+)">Capital of Italy', page.text).group(1)
    done = browser.post(f"/review/traces/{italy}/verdict", follow_redirects=False,
                        data={"verdict": "wrong", "corrected": "Rome", "dataset": "capitals"})
    assert done.status_code == 303
    open_rows = _rows(browser.get("/review", params={"sample_rate": 1.0}).text)
    assert len(open_rows) == 3 and not any("Capital of Italy?" in r for r in open_rows)
    reviewed = _rows(browser.get("/review", params={"sample_rate": 1.0, "reviewed": "yes"}).text)
    assert len(reviewed) == 1 and "Capital of Italy?" in reviewed[0] and "reviewed" in reviewed[0]
    assert len(_rows(browser.get("/review", params={"sample_rate": 1.0, "reviewed": "all"}).text)) == 4


def test_the_queue_page_has_keyboard_navigation_without_a_build_step(world, client) -> None:
    _reviewer(world)
    _live(world, client, "Capital of Spain?")
    page = Browser(client, world.tokens["ann"]).get("/review", params={"sample_rate": 1.0})
    assert '<script src="/review/static/review.js" defer></script>' in page.text
    script = client.get("/review/static/review.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    for key in ('e.key === "j"', 'e.key === "k"', 'choose("right")', 'choose("wrong")', "X-CSRF-Token"):
        assert key in script.text
    css = client.get("/review/static/pico.min.css")
    assert css.status_code == 200 and "Pico CSS" in css.text


def test_the_trace_page_reads_as_the_view_with_the_expected_answer_and_the_failing_step(world, client) -> None:
    _reviewer(world)
    _eval_run(world)
    browser = Browser(client, world.tokens["ann"])
    queue = browser.get("/review", params={"sample_rate": 0}).text
    italy = re.search(r'/review/traces/([0-9a-f]+)">Capital of Italy', queue).group(1)
    page = browser.get(f"/review/traces/{italy}").text
    answer = re.search(r'<div id="answer">(.*?)</div>', page, re.S).group(1)
    expected = re.search(r'<div id="expected">(.*?)</div>', page, re.S).group(1)
    assert answer.strip() == "<p>Paris</p>" and expected.strip() == "<p>Rome</p>"  # text, not JSON
    reasons = re.search(r'<section[^>]*id="reasons">(.*?)</section>', page, re.S).group(1)
    assert "exact failed" in reasons
    assert "<details><summary>Raw question, answer and error (JSON)</summary>" in page
    assert '"answer": "Paris"' not in page.split("<details>")[0].replace("&#34;", '"')  # raw JSON only in details

    tracer = world.charter.tracer
    with tracer.trace("agent:capital", principal="ann", agent="capital", inputs={"question": "Capital of Chad?"}):
        try:
            with tracer.trace("lookup", kind="step", inputs={"country": "Chad"}):
                raise LookupError("no row for Chad in the capitals table")
        except LookupError:
            pass
    tracer.flush()
    (failed,) = [t for t in tracer.list(limit=20) if t.trace_id != italy and "lookup" in
                 {s.name for s in tracer.get(t.trace_id).spans}]
    page = browser.get(f"/review/traces/{failed.trace_id}").text
    row = re.search(r'<tr class="failing" id="failing-step">(.*?)</tr>', page, re.S).group(1)
    assert "step lookup failed: no row for Chad in the capitals table" in row
    assert page.count('class="failing"') == 1


def test_compare_shows_changed_items_first_with_deltas_and_intervals(world, client) -> None:
    _reviewer(world)
    c = world.charter
    from charter.evals.datasets import Dataset, Datasets, Item

    Datasets(c.store).add(Dataset(name="capital-golden", items=[
        Item(id="a-it", inputs={"question": "Capital of Italy?"}, expectations={"answer": "Rome"}),
        Item(id="b-fr", inputs={"question": "Capital of France?"}, expectations={"answer": "Paris"})]))
    admin = Browser(client, world.tokens["admin"])
    assert admin.post("/review/agents/capital/steps/answer", data={"prompt": "City: {question}"},
                      follow_redirects=False).status_code == 303
    # the scripted model answers Paris for the champion and Rome for the challenger
    from charter.models.providers.scripted import ScriptedStep

    script = [ScriptedStep.model_validate({"json": {"answer": a}}) for a in ("Paris", "Paris", "Rome", "Rome")]
    c.gateway.provider("fake")._steps = iter(script)  # the double's script for this comparison
    page = admin.post("/review/agents/capital/compare", data={"dataset": "capital-golden"})
    assert page.status_code == 200, page.text
    metrics = re.search(r'<table id="comparison">(.*?)</table>', page.text, re.S).group(1)
    assert re.search(r"<td>accuracy</td><td class=\"num\">0.500</td><td class=\"num\">0.500</td>"
                     r"<td class=\"num\">\+0.000</td><td>\[[-+]\d\.\d{3}, [-+]\d\.\d{3}\]</td>", metrics)
    items = re.findall(r'<tr class="(changed|same)">(.*?)</tr>', page.text, re.S)
    assert [k for k, _ in items] == ["changed", "changed"]
    assert "Capital of Italy?" in items[0][1] and "wrong: " in items[0][1] and "right: " in items[0][1]


def test_the_shared_template_environment_renders_the_same_from_eight_threads() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from charter.agents.views import Fact, Paragraph, Rendering
    from charter.server.web import TEMPLATES

    def page(n: int) -> str:  # each thread renders its own value; the environment's cache is shared
        rendering = Rendering(summary=f"s{n}", blocks=[Paragraph(text=f"<b>{n}</b> **{n}**"),
                                                       Fact(label="Query", value=f"Q{n}", code=True)])
        return TEMPLATES.env.get_template("_preview.html").render(rendering=rendering, csrf="x", me=None, title="")

    expected = {n: page(n) for n in range(64)}
    with ThreadPoolExecutor(8) as pool:
        for _ in range(5):
            TEMPLATES.env.cache.clear()  # the threads race to compile and cache the templates
            assert dict(zip(range(64), pool.map(page, range(64)), strict=True)) == expected
    assert "&lt;b&gt;7&lt;/b&gt; <strong>7</strong>" in expected[7] and "<code>Q7</code>" in expected[7]
