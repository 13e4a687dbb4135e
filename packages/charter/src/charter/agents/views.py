"""How an agent's output reads to a person: views, one per agent, from the ``charter.views`` group.

Whatever serves an agent — the chat endpoint, ``invoke``, MCP, the review app — shows people its
*view* of the output, never a dump of the output model. An app registers a ``View`` subclass under
the entry-point group ``charter.views`` with the agent's name; an agent without one gets the
``View`` base class, which renders any output readably (a single text field is that text).

A view does one thing: ``render(output, trace_id=...) -> Rendering``, a one-line ``summary`` and a
few typed blocks (a paragraph, a table of formatted cells, code, citations, labelled facts). The
platform writes a rendering as Markdown (``text``: chat and MCP content) and as HTML (``html``:
the review app), so an app describes its answer once and every surface shows it the same way; a
view may still override ``text`` or ``html`` where a surface needs something the blocks cannot say.
Views also turn a chat conversation into the agent's inputs (``inputs``; multi-turn is opt-in), and
carry a reviewer's correction in the review app (``check_correction`` as it is typed,
``preview_correction`` run as the reviewer, ``correction`` saved), so the platform corrects an app's
answers without importing the app.
"""

from __future__ import annotations

import html as _html
import json
import math
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from charter.agents.agent import RunResult, TokenUsage
from charter.errors import ConfigError, InvalidInput
from charter.plugins import VIEWS, Registry

# ---------------------------------------------------------------- what a view renders


class Paragraph(BaseModel):
    """Plain text (a sentence or a few)."""

    kind: Literal["paragraph"] = "paragraph"
    text: str


class Table(BaseModel):
    """A result table: header labels and rows of already formatted cells (numbers right-aligned)."""

    kind: Literal["table"] = "table"
    columns: list[str]
    rows: list[list[str]]
    align: list[Literal["left", "right"]] = Field(default_factory=list, description="per column; default left")
    caption: str | None = None


class Code(BaseModel):
    """A block of code or a query, shown verbatim."""

    kind: Literal["code"] = "code"
    text: str
    language: str = ""


class Citation(BaseModel):
    """One source an answer rests on: where it is, and the passage quoted."""

    source: str
    quote: str = ""


class Citations(BaseModel):
    kind: Literal["citations"] = "citations"
    items: list[Citation]
    title: str = "Sources"


class Fact(BaseModel):
    """A labelled value, such as the query that ran or the trace id (``code``: shown as code)."""

    kind: Literal["fact"] = "fact"
    label: str
    value: str
    code: bool = False


Block = Annotated[Paragraph | Table | Code | Citations | Fact, Field(discriminator="kind")]


class Rendering(BaseModel):
    """An output as a person reads it: a one-line summary (lists, queues) and the blocks (a page)."""

    summary: str
    blocks: list[Block] = Field(default_factory=list)


# ---------------------------------------------------------------- Markdown and HTML


def _ticks(text: str, fence: bool) -> str:
    """Backticks enough to quote ``text`` (one more than its longest run)."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3 if fence else 1, longest + 1)


def _inline_code(text: str) -> str:
    ticks = _ticks(text, fence=False)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def to_markdown(rendering: Rendering) -> str:
    """The rendering as Markdown (CommonMark with GitHub tables), for chat and MCP clients."""
    parts: list[str] = []
    for block in rendering.blocks:
        if isinstance(block, Paragraph):
            parts.append(block.text)
        elif isinstance(block, Table):
            align = [(block.align[i] if i < len(block.align) else "left") for i in range(len(block.columns))]
            lines = ["| " + " | ".join(_cell(c) for c in block.columns) + " |",
                     "| " + " | ".join("---:" if a == "right" else "---" for a in align) + " |"]
            lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
            if block.caption:
                lines.append(f"\n*{block.caption}*")
            parts.append("\n".join(lines))
        elif isinstance(block, Code):
            fence = _ticks(block.text, fence=True)
            parts.append(f"{fence}{block.language}\n{block.text}\n{fence}")
        elif isinstance(block, Citations):
            lines = [f"**{block.title}:**", ""]
            for i, c in enumerate(block.items, 1):
                quote = c.quote.replace("\n", " ").strip()
                lines.append(f"{i}. {c.source}" + (f" — “{quote}”" if quote else ""))
            parts.append("\n".join(lines))
        elif isinstance(block, Fact):
            parts.append(f"**{block.label}:** " + (_inline_code(block.value) if block.code else block.value))
    return "\n\n".join(p for p in parts if p)


def to_html(rendering: Rendering) -> str:
    """The rendering as an HTML fragment, every value escaped (the review app puts it in a page)."""
    e = _html.escape
    parts: list[str] = []
    for block in rendering.blocks:
        if isinstance(block, Paragraph):
            parts.append(f"<p>{e(block.text)}</p>")
        elif isinstance(block, Table):
            cls = [' class="num"' if a == "right" else "" for a in block.align]
            cls += [""] * (len(block.columns) - len(cls))
            head = "".join(f'<th scope="col"{cls[i]}>{e(c)}</th>' for i, c in enumerate(block.columns))
            body = "".join("<tr>" + "".join(f"<td{cls[i] if i < len(cls) else ''}>{e(v)}</td>"
                                            for i, v in enumerate(row)) + "</tr>" for row in block.rows)
            caption = f"<caption>{e(block.caption)}</caption>" if block.caption else ""
            parts.append(f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif isinstance(block, Code):
            lang = f' class="language-{e(block.language)}"' if block.language else ""
            parts.append(f"<pre><code{lang}>{e(block.text)}</code></pre>")
        elif isinstance(block, Citations):
            items = "".join(f"<li><cite>{e(c.source)}</cite>" + (f"<blockquote>{e(c.quote)}</blockquote>"
                                                                 if c.quote else "") + "</li>"
                            for c in block.items)
            parts.append(f'<section class="citations"><h3>{e(block.title)}</h3><ol>{items}</ol></section>')
        elif isinstance(block, Fact):
            value = f"<code>{e(block.value)}</code>" if block.code else e(block.value)
            parts.append(f'<p class="fact"><span class="label">{e(block.label)}:</span> {value}</p>')
    return "\n".join(parts)


# ---------------------------------------------------------------- formatting helpers


def format_number(value: Any, decimals: int = 2) -> str:
    """A number for people: thousands separators, ``decimals`` places, never an exponent ("n/a" for
    a null or NaN); small fractions keep three significant digits."""
    if value is None or isinstance(value, bool):
        return "n/a" if value is None else ("yes" if value else "no")
    if isinstance(value, int):
        return f"{value:,}"
    if not isinstance(value, float):
        return str(value)
    if not math.isfinite(value):
        return "n/a"
    if value != 0 and abs(value) < 10 ** -decimals:
        digits = -math.floor(math.log10(abs(value))) + 2
        return f"{value:,.{digits}f}"
    return f"{value:,.{decimals}f}"


def one_line(text: str, limit: int = 160) -> str:
    """``text`` on one line, cut at a word boundary within ``limit`` characters."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def label(name: str, field: Any = None) -> str:
    """A field's label for people: its title, else its name in words ("trace_id" -> "Trace id")."""
    title = getattr(field, "title", None)
    if title:
        return str(title)
    words = name.replace("_", " ").replace("-", " ").strip()
    return words[:1].upper() + words[1:]


# ---------------------------------------------------------------- the default rendering

_TEXT_FIELDS = ("answer", "text", "response", "output", "result", "content", "message")
_CITATION_FIELDS = ("citations", "sources", "references")


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if isinstance(value, BaseModel) else value


def _scalar(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float | bool) or value is None:
        return format_number(value)
    if isinstance(value, dict):
        return "; ".join(f"{label(k)}: {_scalar(v)}" for k, v in value.items() if v not in (None, "", [], {}))
    if isinstance(value, list):
        return ", ".join(_scalar(v) for v in value)
    return str(value)


def _citation(value: Any) -> Citation:
    if not isinstance(value, dict):
        return Citation(source=_scalar(value))
    where = [str(value[k]) for k in ("title", "doc_id", "document", "source", "url", "heading", "page")
             if value.get(k) not in (None, "")]
    quote = next((str(value[k]) for k in ("quote", "passage", "text", "snippet") if value.get(k)), "")
    return Citation(source=" › ".join(dict.fromkeys(where)) or _scalar(value), quote=quote)


def _table(records: list[Any], columns: list[str] | None = None) -> Table:
    if columns is None:  # a list of objects: one column per key, in first-seen order
        keys = list(dict.fromkeys(k for r in records for k in r))
        rows = [[r.get(k) for k in keys] for r in records]
        columns = [label(k) for k in keys]
    else:
        rows = [list(r) for r in records]
    numeric = [bool(rows) and all(isinstance(r[i], int | float) and not isinstance(r[i], bool) or r[i] is None
                                  for r in rows if i < len(r)) for i in range(len(columns))]
    return Table(columns=columns, rows=[[_scalar(v) for v in r] for r in rows],
                 align=["right" if n else "left" for n in numeric])


def default_rendering(output: Any, trace_id: str | None = None, fields: dict[str, Any] | None = None) -> Rendering:
    """Any output, readably: a single text field is that text (and nothing else); a ``columns``/``rows``
    pair or a list of objects is a table; citations are a list of sources; other fields are labelled
    facts; the trace id closes it."""
    data = _plain(output)
    if isinstance(data, dict) and len(data) == 1 and isinstance(next(iter(data.values())), str):
        data = next(iter(data.values()))
    if isinstance(data, str):
        return Rendering(summary=one_line(data or "(no answer)"), blocks=[Paragraph(text=data)])
    blocks: list[Block] = []
    summary = ""
    if not isinstance(data, dict):
        summary = _scalar(data)
        blocks.append(Paragraph(text=summary))
    else:
        fields = fields or {}
        main = next((k for k in _TEXT_FIELDS if isinstance(data.get(k), str) and data[k]), None)
        if main is not None:
            blocks.append(Paragraph(text=data[main]))
            summary = data[main]
        cols, rows = data.get("columns"), data.get("rows")
        tabular = isinstance(cols, list) and isinstance(rows, list) and all(isinstance(r, list) for r in rows)
        for key, value in data.items():
            if key == main or (tabular and key == "rows"):
                continue
            if tabular and key == "columns":  # a columns/rows pair is one table, where the columns are
                blocks.append(_table(rows, [str(c) for c in cols]))
                summary = summary or f"{len(rows)} row(s)"
                continue
            if value in (None, "", [], {}):
                continue
            name = label(key, fields.get(key))
            if key in _CITATION_FIELDS and isinstance(value, list):
                blocks.append(Citations(items=[_citation(v) for v in value], title=name))
            elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                table = _table(value)
                table.caption = name
                blocks.append(table)
            elif isinstance(value, str) and "\n" in value.strip():
                blocks += [Fact(label=name, value=""), Paragraph(text=value)]
            else:
                blocks.append(Fact(label=name, value=_scalar(value)))
                summary = summary or f"{name}: {_scalar(value)}"
    if trace_id:
        blocks.append(Fact(label="Trace", value=trace_id, code=True))
    return Rendering(summary=one_line(summary or "(no answer)"), blocks=blocks)


# ---------------------------------------------------------------- chat messages -> inputs


class Turn(BaseModel):
    """One message of a conversation (what ``history`` holds: earlier turns, oldest first)."""

    role: Literal["user", "assistant"]
    content: str


def text_field(input_model: type[BaseModel]) -> str | None:
    """The input field a chat message goes into: the first required ``str`` field, else the first one."""
    strings = [(n, f) for n, f in input_model.model_fields.items() if f.annotation is str and n != "history"]
    required = [n for n, f in strings if f.is_required()]
    return required[0] if required else (strings[0][0] if strings else None)


# ---------------------------------------------------------------- corrections


class CorrectionCheck(BaseModel):
    """Whether a reviewer's corrected answer can be saved: the problem in words, and where it is."""

    ok: bool
    message: str = ""
    line: int | None = None
    column: int | None = None


# ---------------------------------------------------------------- the view


class View:
    """How one agent's output reads to a person (the default for every agent without its own).

    Override ``render`` (and, when it is cheaper, ``summary``); ``text`` and ``html`` write the
    rendering as Markdown and HTML. Override ``inputs`` to take a conversation in another way (a
    follow-up question rewritten from earlier turns, say). ``data`` is the structure machine clients
    get (the output model's JSON by default). A view holds no per-run state: one instance serves
    every request.
    """

    def render(self, output: Any, *, trace_id: str | None = None) -> Rendering:
        """The output as a summary and blocks."""
        fields = type(output).model_fields if isinstance(output, BaseModel) else None
        return default_rendering(output, trace_id, fields)

    def text(self, output: Any, *, trace_id: str | None = None) -> str:
        """Markdown for chat: the answer, its table, how it was found, and the trace id."""
        return to_markdown(self.render(output, trace_id=trace_id))

    def html(self, output: Any, *, trace_id: str | None = None) -> str:
        """An HTML fragment (every value escaped) for pages such as the review app's trace page."""
        return to_html(self.render(output, trace_id=trace_id))

    def summary(self, output: Any) -> str:
        """One line, for lists such as the review queue."""
        return self.render(output).summary

    def render_expected(self, expectations: Any) -> Rendering:
        """What an evaluation expected, beside the answer on the review app's trace page."""
        return default_rendering(expectations)

    # A reviewer corrects an answer in the review app through the agent's view: ``correction_kind``
    # names what the editor edits ("text" — JSON or plain text; an app may say "query"), the text
    # starts from ``correction_text``, is checked as the reviewer types (``check_correction``),
    # previewed as the reviewer (``preview_correction``) and saved as ``correction``'s expectations.
    correction_kind = "text"

    def correction_text(self, answer: Any) -> str:
        """The editor's starting text for a correction of ``answer`` (an output or expectations)."""
        data = _plain(answer)
        if isinstance(data, dict) and len(data) == 1 and isinstance(next(iter(data.values())), str):
            return next(iter(data.values()))
        return data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, indent=1)

    def check_correction(self, text: str) -> CorrectionCheck:
        """Whether ``text`` is a correction that can be saved (any non-empty text can, by default)."""
        return CorrectionCheck(ok=bool(text.strip()), message="" if text.strip() else "the correction is empty")

    def preview_correction(self, text: str, *, principal: str, extensions: Any = None) -> Rendering:
        """The correction as the reviewer (``principal``) would see it answered (default: as written)."""
        return self.render(_json_or_text(text))

    def correction(self, text: str, field: str = "output") -> dict[str, Any]:
        """The expectations a saved correction stores (``field``: the output's single field, for text)."""
        check = self.check_correction(text)
        if not check.ok:
            raise InvalidInput(f"corrected: {check.message}", field="corrected")
        value = _json_or_text(text)
        return value if isinstance(value, dict) else {field: value}

    def reviewed(self, charter: Any, trace: Any, *, verdict: str, corrected: str, reviewer: str) -> None:
        """A reviewer saved a verdict (``right``/``wrong``, with ``corrected`` when wrong) on one of the agent's
        traces in the review app, before it is stored in the golden set: an app keeps the correction its own way
        here (the questionnaire app files it as a past answer). Raising refuses the verdict. Default: nothing."""

    def data(self, output: Any) -> Any:
        """The typed structure as JSON (``invoke``'s ``output``, MCP structured content, JSON mode)."""
        return output.model_dump(mode="json") if isinstance(output, BaseModel) else output

    def inputs(self, messages: list[Turn], input_model: type[BaseModel], agent: str) -> dict[str, Any]:
        """A chat conversation as the agent's inputs: the last user message goes into the agent's text
        field. Opt-in multi-turn: an input model with a ``history`` field (``list[Turn]``) gets the
        earlier user and assistant turns; without one, earlier turns are not used."""
        last = next((i for i in range(len(messages) - 1, -1, -1) if messages[i].role == "user"), None)
        if last is None:
            raise InvalidInput("messages: no message with role 'user'", field="messages")
        name = text_field(input_model)
        if name is None:
            raise InvalidInput(f"agent '{agent}' has no text input field to put the message in", field="model")
        inputs: dict[str, Any] = {name: messages[last].content}
        if "history" in input_model.model_fields:
            inputs["history"] = [t.model_dump() for t in messages[:last]]
        return inputs


def _json_or_text(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


DEFAULT_VIEW = View()


def _view(name: str, loaded: Any) -> View:
    if isinstance(loaded, type) and issubclass(loaded, View):
        return loaded()
    if isinstance(loaded, View):
        return loaded
    raise ConfigError(f"view '{name}' is {loaded!r}, not a charter.agents.views.View subclass")


class ViewRegistry(Registry[View]):
    """Views by agent name (``charter.views``); ``for_agent`` falls back to the default view."""

    def __init__(self, *, load_entry_points: bool = True) -> None:
        super().__init__(VIEWS, "view", check=_view, load_entry_points=load_entry_points)

    def register(self, name: str, obj: Any, *, replace: bool = False) -> None:
        """Add a view (a ``View`` subclass or instance) for the agent ``name``."""
        super().register(name, _view(name, obj), replace=replace)

    def for_agent(self, name: str) -> View:
        """The agent's registered view, else the default (a broken view is a ConfigError, not skipped)."""
        return self.get(name) if name in self else DEFAULT_VIEW


# ---------------------------------------------------------------- a served answer


class ServedAnswer(BaseModel):
    """One run as it is served: text for people, the typed structure, the trace and the tokens."""

    agent: str
    text: str
    output: Any
    trace_id: str | None = None
    usage: TokenUsage = Field(default_factory=TokenUsage)


def serve(view: View, agent: str, result: RunResult) -> ServedAnswer:
    """A run's result through its agent's view."""
    return ServedAnswer(agent=agent, text=view.text(result.output, trace_id=result.trace_id),
                        output=view.data(result.output), trace_id=result.trace_id, usage=result.usage)
