"""Views: how an output reads to a person (Markdown and HTML), the registry, chat inputs."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, Field

from charter.agents.views import (
    DEFAULT_VIEW,
    Code,
    Fact,
    Paragraph,
    Rendering,
    Table,
    Turn,
    View,
    ViewRegistry,
    format_number,
    to_html,
    to_markdown,
)
from charter.errors import ConfigError, InvalidInput


class Answer(BaseModel):
    answer: str


class Source(BaseModel):
    doc_id: str
    heading: str
    passage: str


class Drafted(BaseModel):
    text: str
    confidence: float
    citations: list[Source]


class Result(BaseModel):
    question: str
    columns: list[str]
    rows: list[list[float | str | None]]
    row_count: int


def test_a_single_text_field_is_that_text_and_nothing_else() -> None:
    assert DEFAULT_VIEW.text(Answer(answer="Paris"), trace_id="abc123") == "Paris"
    assert DEFAULT_VIEW.summary(Answer(answer="Line one.\nLine two.")) == "Line one. Line two."


def test_other_outputs_read_as_text_a_table_and_facts_never_as_json() -> None:
    out = Result(question="Sales?", columns=["ticker", "sales"], rows=[["APXM", 75326.6934], ["BPE", None]],
                 row_count=2)
    text = DEFAULT_VIEW.text(out, trace_id="abc123")
    assert "| ticker | sales |\n| --- | ---: |\n| APXM | 75,326.69 |\n| BPE | n/a |" in text
    assert "**Question:** Sales?" in text and "**Row count:** 2" in text and "**Trace:** `abc123`" in text
    assert "{" not in text and '"' not in text and "row_count" not in text


def test_citations_are_a_numbered_list_of_sources_with_their_passages() -> None:
    out = Drafted(text="Charter audits every refusal.", confidence=0.91,
                  citations=[Source(doc_id="docs/catalog.md", heading="Audit", passage="Every refusal is audited.")])
    text = DEFAULT_VIEW.text(out)
    assert text.startswith("Charter audits every refusal.")
    assert "1. docs/catalog.md › Audit — “Every refusal is audited.”" in text
    assert "**Confidence:** 0.91" in text
    assert DEFAULT_VIEW.summary(out) == "Charter audits every refusal."


def test_markdown_quotes_what_would_break_it() -> None:
    r = Rendering(summary="s", blocks=[Table(columns=["a|b"], rows=[["x\ny"]]), Code(text="``` inside", language="sql"),
                                       Fact(label="Query", value="a `b` c", code=True)])
    md = to_markdown(r)
    assert "| a\\|b |" in md and "| x y |" in md
    assert "````sql\n``` inside\n````" in md
    assert "**Query:** ``a `b` c``" in md


def test_html_escapes_every_value() -> None:
    evil = "<script>alert(1)</script>"
    r = Rendering(summary=evil, blocks=[Paragraph(text=evil), Table(columns=[evil], rows=[[evil]], align=["right"]),
                                        Code(text=evil), Fact(label=evil, value=evil, code=True)])
    out = to_html(r)
    assert "<script>" not in out and out.count("&lt;script&gt;") == 6
    assert '<th scope="col" class="num">' in out


@pytest.mark.parametrize(("value", "text"), [(75326.6934, "75,326.69"), (1234567, "1,234,567"), (None, "n/a"),
                                             (float("nan"), "n/a"), (7.533e4, "75,330.00"), (0.000123, "0.000123"),
                                             (-2.5, "-2.50")])
def test_numbers_read_with_separators_and_never_an_exponent(value: object, text: str) -> None:
    assert format_number(value) == text


class Shout(View):
    def render(self, output, *, trace_id=None):  # type: ignore[no-untyped-def]
        return Rendering(summary=output.answer.upper(), blocks=[Paragraph(text=output.answer.upper() + "!")])


def test_a_registered_view_is_used_and_others_get_the_default() -> None:
    views = ViewRegistry(load_entry_points=False)
    views.register("shouter", Shout())
    assert views.for_agent("shouter").text(Answer(answer="hi")) == "HI!"
    assert views.for_agent("shouter").html(Answer(answer="hi")) == "<p>HI!</p>"
    assert views.for_agent("other") is DEFAULT_VIEW
    views.register("by-class", Shout)
    assert views.for_agent("by-class").summary(Answer(answer="hi")) == "HI"
    with pytest.raises(ConfigError, match="view 'broken' is .*not a charter.agents.views.View"):
        views.register("broken", object())


class WithHistory(BaseModel):
    question: str
    history: list[Turn] = Field(default_factory=list)


class Plain(BaseModel):
    limit: int = 3
    question: str


def test_chat_inputs_take_the_last_user_message_and_history_only_when_asked_for() -> None:
    turns = [Turn(role="user", content="first"), Turn(role="assistant", content="one"),
             Turn(role="user", content="second")]
    assert DEFAULT_VIEW.inputs(turns, Plain, "a") == {"question": "second"}
    assert DEFAULT_VIEW.inputs(turns, WithHistory, "a") == {
        "question": "second", "history": [{"role": "user", "content": "first"}, {"role": "assistant", "content": "one"}]}
    with pytest.raises(InvalidInput, match="no message with role 'user'"):
        DEFAULT_VIEW.inputs([Turn(role="assistant", content="x")], Plain, "a")


def test_the_default_view_corrects_with_text_or_json() -> None:
    from charter.agents.views import View

    view = View()
    assert view.correction_kind == "text"
    assert view.correction_text({"answer": "Paris"}) == "Paris"
    assert '"citations"' in view.correction_text({"answer": "A", "citations": [{"doc": "d1"}]})  # edited with them
    assert view.check_correction("Rome").ok and not view.check_correction("  ").ok
    assert view.correction("Rome", "answer") == {"answer": "Rome"}
    assert view.correction('{"answer": "Roma", "citations": []}') == {"answer": "Roma", "citations": []}
    with pytest.raises(InvalidInput, match="corrected: the correction is empty"):
        view.correction(" ")
    preview = view.preview_correction('{"answer": "Rome"}', principal="ann")
    assert preview.summary == "Rome"
