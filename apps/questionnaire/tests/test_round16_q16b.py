"""Round 16 (q16b): possessives, typographic characters, and facts kept in tables and code listings."""

from __future__ import annotations

from contextlib import contextmanager
from types import SimpleNamespace
from typing import Any

from questionnaire.answer import Answerer
from questionnaire.expand import Expander
from questionnaire.retrieve import Passage
from questionnaire.text import key_terms, plain, sentences, terms, words
from questionnaire.types import Answer, Chunk, Question


# ------------------------------------------------------------------ 1. possessives and contractions
def test_a_possessive_names_the_thing_it_belongs_to() -> None:
    assert words("OpenAI's models") == ["openai", "models"]
    assert "process" in words("the process's exit status's meaning")
    assert "status" in words("the process's exit status's meaning")
    assert not {"openais", "processs", "statuss"} & set(words("OpenAI's process's status's"))
    # A question's terms are the documents' terms: "OpenAI's API" asks about what a passage calls "OpenAI".
    assert key_terms("Do you support OpenAI's API?") == terms("OpenAI API")


def test_a_contraction_leaves_only_its_pronoun() -> None:
    assert words("we'll see, they've gone, I'm here") == ["we", "see", "they", "gone", "i", "here"]
    assert words("isn't") == ["is", "not"]          # a negation is kept


# ------------------------------------------------------------------ 2. typographic characters
def test_curly_apostrophes_and_quotes_read_as_plain_ones() -> None:
    assert words("Don’t you log the user’s “prompt”?") == words("Don't you log the user's \"prompt\"?")
    assert "t" not in words("don’t")
    assert key_terms("Which vendor’s models can’t be used?") == key_terms("Which vendor's models can't be used?")


def test_spaces_hyphens_and_compatibility_forms_are_made_plain() -> None:
    assert plain("10\u00a0GB, 3\u20135 days, soft\u00adware, \ufb01le, zero\u200bwidth, 2\u2212x") == \
        "10 GB, 3-5 days, software, file, zerowidth, 2-x"
    assert words("Charter\u2122 runs") == ["charter", "runs"]      # no "chartertm"
    assert plain("plain ASCII stays as it is") == "plain ASCII stays as it is"


def test_a_sentence_ending_in_a_closing_quote_still_ends() -> None:
    text = "The server answers \u201cnot found.\u201d Another sentence follows here."
    assert sentences(text) == ['The server answers "not found."', "Another sentence follows here."]


def test_the_answerer_reads_a_question_from_word_as_plain_text() -> None:
    seen: list[str] = []

    @contextmanager
    def trace(*_a: Any, **_k: Any) -> Any:
        yield SimpleNamespace(trace_id="t", set_outputs=lambda _o: None)

    a = object.__new__(Answerer)
    a.charter = SimpleNamespace(tracer=SimpleNamespace(trace=trace))  # type: ignore[attr-defined]
    a.principal, a.agent = "p", "questionnaire"  # type: ignore[attr-defined]

    def fake(q: Question) -> Answer:
        seen.append(q.text)
        return Answer(q.qid, q.text, "", "review", 0.0)

    a._answer = fake  # type: ignore[method-assign]
    a.answer(Question("1", "Can\u2019t the vendor\u2019s service run\u00a0offline?"))
    assert seen == ["Can't the vendor's service run offline?"]


# ------------------------------------------------------------------ 3. tables and code listings
TABLE = """Each source is opened read-only.

| source | guard |
|---|---|
| PostgreSQL | each query runs with `SET LOCAL statement_timeout` so a runaway query is cancelled |
| SQLite | `mode=ro` and an authorizer |
"""

CONFIG = """The server has limits on by default.

```toml
[server]
max_body_bytes = 1048576          # 413 past it, before authentication reads the body
workers = 1
```
"""


def test_structured_sentences_keep_table_rows_named_by_their_header_but_no_code() -> None:
    rows = sentences(TABLE, structured=True)
    assert rows[0] == "Each source is opened read-only."
    assert rows[1].startswith("source: PostgreSQL; guard: each query runs with `SET LOCAL statement_timeout`")
    assert rows[2] == "source: SQLite; guard: `mode=ro` and an authorizer"
    # A commented code line stays out: one answered an unanswerable question about webhooks.
    assert sentences(CONFIG, structured=True) == ["The server has limits on by default."]
    # Plain sentences still leave them out (the claim checks read prose only).
    assert sentences(TABLE) == ["Each source is opened read-only."]
    assert sentences(CONFIG) == ["The server has limits on by default."]


def _windows(question: str, text: str) -> list[str]:
    a = object.__new__(Answerer)
    concepts = Expander().concepts(question)
    weights = {c.term: 1.0 for c in concepts}
    chunk = Chunk("docs/data.md#7", "docs/data.md", "Data", "Data > Sources", text, "public")
    return [c.text for c in a._candidates(concepts, weights, [Passage(chunk, 1.0, 1, 1, 0.8, 1.0)])]


def test_an_answer_window_can_quote_a_table_row() -> None:
    assert any("statement_timeout" in w for w in _windows("How is a runaway PostgreSQL query cancelled?", TABLE))
