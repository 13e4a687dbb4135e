"""How a FinQL answer reads to a person, and how a chat conversation becomes a FinQL question.

``FinQLView`` is the view of both translation agents (registered under ``charter.views``): an
answer sentence, the result as a table whose numbers carry their units (SPEC section 1: money in
millions of the company's currency unless ``IN CUR``, per-share items in units of the currency,
ratios, growth and returns in percent, counts plain), the FinQL query that ran and the trace id.
A refusal reads as a sentence that says what was not understood or which data set the asker may
not read; the chain's internal state (spans, sets, intents) never reaches the reader.

``standalone`` turns a chat follow-up ("and in 2022?") into the question it stands for, from the
earlier turns, when the follow-up changes only the period or the company; anything else is asked
as written, so the chain answers it alone or says which words it did not understand.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel

from charter.agents.views import (
    Block,
    CorrectionCheck,
    Fact,
    Paragraph,
    Rendering,
    Table,
    Turn,
    View,
    format_number,
    one_line,
)
from charter.errors import InvalidInput
from finql.language import ast
from finql.language.registry import METRICS, by_ticker, companies

# ---------------------------------------------------------------- units

# What a person calls each metric (the registry's descriptions are a reference's, not a header's).
LABELS = {
    "FF_SALES": "Sales", "FF_GROSS_INC": "Gross income", "FF_OPER_INC": "Operating income",
    "FF_NET_INC": "Net income", "FF_EPS": "EPS (diluted)", "FF_DPS": "Dividend per share",
    "FF_ASSETS": "Total assets", "FF_LIABS": "Total liabilities", "FF_EQUITY": "Equity", "FF_DEBT": "Debt",
    "FF_CASH": "Cash", "FF_CAPEX": "Capex", "FF_FCF": "Free cash flow", "FF_SHARES": "Diluted shares",
    "FF_EMPLOYEES": "Employees", "P_PRICE": "Price", "P_VOLUME": "Volume", "P_HIGH": "High", "P_LOW": "Low",
    "P_RETURN": "Return", "FG_MKT_CAP": "Market cap", "FG_PE": "P/E", "FG_DIV_YIELD": "Dividend yield",
    "FG_PB": "P/B", "FE_EPS": "EPS estimate", "FE_SALES": "Sales estimate", "FE_NUM": "Analysts",
}
FUNC_LABELS = {"GROWTH": "{m} growth", "CAGR": "{m} CAGR", "AVG": "Average {m}", "SUM": "Total {m}"}
FIELD_LABELS = {"NAME": "Name", "SECTOR": "Sector", "INDUSTRY": "Industry", "COUNTRY": "Country",
                "CURRENCY": "Currency"}
MONEY = ("money", "per_share")  # the units that carry a currency


def unit_of(expr: ast.Item) -> str | None:
    """The unit of an item (the registry's units, plus "number" and "fraction"); None when mixed."""
    if isinstance(expr, ast.Field):
        return "text"
    if isinstance(expr, ast.Number):
        return "number"
    if isinstance(expr, ast.Call):
        return METRICS[expr.metric].unit if expr.metric in METRICS else None
    if isinstance(expr, ast.FuncCall):
        if expr.func in ("GROWTH", "CAGR"):
            return "percent"
        return METRICS[expr.metric].unit if expr.metric in METRICS else None
    if isinstance(expr, ast.Neg):
        return unit_of(expr.operand)
    if isinstance(expr, ast.BinOp):
        a, b = unit_of(expr.left), unit_of(expr.right)
        if expr.op in "+-":
            return a if a == b or b == "number" else b if a == "number" else None
        if expr.op == "*":
            if a == "fraction" and isinstance(expr.right, ast.Number) and expr.right.value == 100:
                return "percent"
            return a if b == "number" else b if a == "number" else None
        if b == "number":
            return a
        if a is not None and a == b:
            return "ratio" if a == "per_share" else "fraction"
        if a == "money" and b == "shares":  # millions over millions: per share
            return "per_share"
    return None


def header_unit(unit: str | None, currency: str | None) -> str:
    """The unit as a table header shows it ("EUR m", "USD", "%", "x", "m shares")."""
    cur = currency or "company currency"
    return {"money": f"{cur} m" if currency else "millions, company currency", "per_share": cur,
            "percent": "%", "ratio": "x", "shares": "m shares"}.get(unit or "", "")


def sentence_unit(unit: str | None, currency: str | None) -> str:
    """The unit as a sentence says it after a number ("million EUR", "EUR", "%")."""
    return {"money": f"million {currency}", "per_share": currency or "", "percent": "%", "ratio": "x",
            "shares": "million shares"}.get(unit or "", "")


def format_value(value: Any, unit: str | None) -> str:
    """A cell: thousands separators, two decimals (counts whole), never an exponent."""
    if unit == "count" and isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return format_number(int(value))
    return format_number(value)


def arg_label(arg: Any) -> str:
    """A relative period or day as the one it stands for ("FY0" -> "FY2024", "D0" -> "2024-12-31");
    a period or date written out stays as written."""
    if isinstance(arg, ast.FiscalPeriod):
        return f"FY{arg.year}" if arg.kind == "FY" else f"FQ{arg.year}Q{arg.quarter}"
    if isinstance(arg, ast.EstimatePeriod):
        return f"FY{arg.year}"
    if isinstance(arg, ast.DateArg) and arg.day is not None and str(arg).upper().startswith("D"):
        return arg.day.isoformat()
    return str(arg)


def item_label(expr: ast.Item) -> str:
    """A column's name for people ("Sales FY2023", "Sales growth FY2020 to FY2024",
    "Net income FY2023 / Sales FY2023 × 100")."""
    if isinstance(expr, ast.Field):
        return FIELD_LABELS.get(expr.name, expr.name.title())
    if isinstance(expr, ast.Call):
        return f"{LABELS.get(expr.metric, expr.metric)} {' to '.join(arg_label(a) for a in expr.args)}".strip()
    if isinstance(expr, ast.FuncCall):
        metric = LABELS.get(expr.metric, expr.metric)
        name = FUNC_LABELS.get(expr.func, expr.func + " {m}").format(
            m=metric[:1].lower() + metric[1:] if expr.func in ("AVG", "SUM") and not metric[:2].isupper() else metric)
        return f"{name} {arg_label(expr.start)} to {arg_label(expr.end)}"
    if isinstance(expr, ast.Neg):
        inner = item_label(expr.operand)
        return f"-({inner})" if isinstance(expr.operand, ast.BinOp) else f"-{inner}"
    if isinstance(expr, ast.BinOp):
        def side(e: ast.Expr, right: bool) -> str:
            text = item_label(e)
            if isinstance(e, ast.BinOp) and (PRECEDENCE[e.op] < PRECEDENCE[expr.op]
                                             or (right and PRECEDENCE[e.op] == PRECEDENCE[expr.op])):
                return f"({text})"
            return text

        return f"{side(expr.left, False)} {SYMBOLS.get(expr.op, expr.op)} {side(expr.right, True)}"
    return str(expr)


PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}
SYMBOLS = {"*": "×", "-": "−"}


# ---------------------------------------------------------------- refusals in words


def _phrases(question: str, words: list[str]) -> list[str]:
    """The words not understood, joined into the phrases they form in the question."""
    spans = []
    for w in words:
        m = re.search(rf"(?<!\w){re.escape(w)}(?!\w)", question, re.I)
        if m:
            spans.append((m.start(), m.end()))
    if not spans:
        return words
    spans.sort()
    merged = [list(spans[0])]
    for a, b in spans[1:]:
        if question[merged[-1][1]:a].strip() == "":
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return [question[a:b] for a, b in merged]


def _quoted(items: list[str]) -> str:
    q = [f"“{i}”" for i in items]
    return q[0] if len(q) == 1 else ", ".join(q[:-1]) + " and " + q[-1]


def refusal_sentence(kind: str | None, message: str | None, question: str, words: list[str] | None = None) -> str:
    """Why there is no answer, in words the asker can act on (``words``: those not understood, when
    the chain lists them; else they are read from the message's "not understood: 'a', 'b'")."""
    message = message or ""
    if kind != "not_permitted" and words:
        return (f"I did not understand {_quoted(_phrases(question, words))} in your question, so I did not "
                "answer it. Try asking without it, or in other words.")
    if kind == "not_permitted":
        hidden = re.search(r"may not see ([A-Z0-9]+(?:, [A-Z0-9]+)*)", message)
        if hidden:
            return f"I can't answer that: your account may not see {hidden.group(1)}."
        ds = re.search(r"'(\w+)' data set|\b(fundamentals|prices|estimates|fx)\b", message)
        if ds:
            return f"I can't answer that: your account is not licensed for the {ds.group(1) or ds.group(2)} data set."
        return "I can't answer that: your account may not read the data this question needs."
    _, found, rest = message.partition("not understood:")
    if found:
        words = re.findall(r"'([^']+)'|\"([^\"]+)\"", rest)
        words = [a or b for a, b in words] or [w for w in re.split(r",\s*", rest.strip()) if w]
        if words:
            return (f"I did not understand {_quoted(_phrases(question, words))} in your question, so I did not "
                    "answer it. Try asking without it, or in other words.")
    if message:
        return f"I can't answer that: {message.rstrip('.')}."
    return "I can't answer that: it asks for something FinQL cannot express."


# ---------------------------------------------------------------- the view


def _get(output: Any, name: str, default: Any = None) -> Any:
    if isinstance(output, BaseModel):
        return getattr(output, name, default)
    return output.get(name, default) if isinstance(output, dict) else default


def _company(ticker: Any) -> str:
    c = by_ticker().get(str(ticker))
    return f"{c.name} ({c.ticker})" if c else str(ticker)


def _parse(query: str) -> ast.Query | None:
    from finql.errors import FinQLError
    from finql.language.parser import parse

    try:
        return parse(query)
    except FinQLError:
        return None


class FinQLView(View):
    """A FinQL answer as a sentence, a table with units, the query and the trace id."""

    def render(self, output: Any, *, trace_id: str | None = None) -> Rendering:
        question = _get(output, "question", "") or ""
        query = _get(output, "query")
        refusal, error = _get(output, "refusal"), _get(output, "error")
        message = _get(output, "message") or _get(output, "reason")
        blocks: list[Block] = []
        if refusal:
            sentence = refusal_sentence(refusal, message, question, _get(output, "not_understood") or None)
            blocks.append(Paragraph(text=sentence))
            summary = sentence
        elif error:
            first = str(error).strip().splitlines()[0] if str(error).strip() else "it failed"
            sentence = f"I could not run the query I wrote for that question: {first.rstrip('.')}."
            blocks.append(Paragraph(text=sentence))
            summary = sentence
        elif not query:
            sentence = "I have no answer to that question."
            blocks.append(Paragraph(text=sentence))
            summary = sentence
        else:
            sentence, table = self._answer(query, _get(output, "columns") or [], _get(output, "rows") or [])
            blocks.append(Paragraph(text=sentence))
            if table is not None:
                blocks.append(table)
            summary = sentence if table is None or len(table.rows) == 1 else f"{sentence.rstrip(':')} ({query})"
        if query:
            blocks.append(Fact(label="FinQL query", value=str(query), code=True))
        if trace_id:
            blocks.append(Fact(label="Trace", value=trace_id, code=True))
        return Rendering(summary=one_line(summary.replace("**", "")), blocks=blocks)

    def _answer(self, query: str, columns: list[str], rows: list[list[Any]]) -> tuple[str, Table | None]:
        q = _parse(query)
        items = list(q.items) if q is not None else []
        if q is None or len(items) + 1 != len(columns):  # not the executor's shape: show it as it came
            table = Table(columns=[str(c) for c in columns], rows=[[format_number(v) for v in r] for r in rows],
                          align=["left"] + ["right"] * (len(columns) - 1))
            return (f"{len(rows)} row(s)." if rows else "No rows."), table if rows else None
        if not rows:
            return ("No company matches." if isinstance(q.target, ast.Screen) else "No data for that."), None
        shown = [i for i, it in enumerate(items) if not (isinstance(it, ast.Field) and it.name == "NAME")]
        units = [unit_of(it) for it in items]
        currencies = {q.currency or (by_ticker()[r[0]].currency if r[0] in by_ticker() else None) for r in rows}
        one_currency = next(iter(currencies)) if len(currencies) == 1 else None
        needs_currency_column = one_currency is None and any(units[i] in MONEY for i in shown)
        headers = ["Company"]
        for i in shown:
            unit = header_unit(units[i], one_currency)
            headers.append(f"{item_label(items[i])} ({unit})" if unit else item_label(items[i]))
        if needs_currency_column:
            headers.append("Currency")
        body = []
        for r in rows:
            cells = [_company(r[0])] + [format_value(r[i + 1], units[i]) if units[i] != "text" else str(r[i + 1] or "")
                                        for i in shown]
            if needs_currency_column:
                cells.append(q.currency or (by_ticker()[r[0]].currency if r[0] in by_ticker() else ""))
            body.append(cells)
        align = ["left"] + ["left" if units[i] == "text" else "right" for i in shown]
        table = Table(columns=headers, rows=body, align=align + (["left"] if needs_currency_column else []))
        values = [i for i in shown if units[i] != "text"]
        if len(rows) == 1 and len(values) == 1:
            i = values[0]
            cur = q.currency or (by_ticker()[rows[0][0]].currency if rows[0][0] in by_ticker() else None)
            value = rows[0][i + 1]
            unit = sentence_unit(units[i], cur) if value is not None else ""
            shown_value = format_value(value, units[i]) if value is not None else "no data (n/a)"
            gap = "" if unit in ("%", "x", "") else " "
            return f"{item_label(items[i])} for {_company(rows[0][0])}: **{shown_value}{gap}{unit}**.", table
        if len(rows) == 1:
            return f"Results for {_company(rows[0][0])}:", table
        n = len(rows)
        if q.sort is not None and q.top is not None:
            order = "highest" if q.sort.descending else "lowest"
            key = item_label(q.sort.expr)
            key = key if key[:2].isupper() else key[:1].lower() + key[1:]
            return f"The {n} companies with the {order} {key}:", table
        if isinstance(q.target, ast.Screen):
            return f"{n} companies match:", table
        return f"Results for {n} companies:", table

    # ------------------------------------------------------------ the review app: corrections

    correction_kind = "query"

    def render_expected(self, expectations: Any) -> Rendering:
        """The expected FinQL query (or the refusal a golden item expects)."""
        query, refusal = _get(expectations, "query"), _get(expectations, "refusal")
        blocks: list[Block] = []
        if refusal:
            blocks.append(Paragraph(text=f"A refusal ({refusal})."))
        if query:
            blocks.append(Fact(label="Expected FinQL query", value=str(query), code=True))
        if not blocks:
            return super().render_expected(expectations)
        return Rendering(summary=one_line(str(query or refusal)), blocks=blocks)

    def correction_text(self, answer: Any) -> str:
        """A correction starts from the query written (or expected)."""
        return str(_get(answer, "query") or "")

    def check_correction(self, text: str) -> CorrectionCheck:
        """The parser's verdict on a corrected query, with the position of the first error."""
        from finql.errors import FinQLError
        from finql.language.parser import parse

        if not text.strip():
            return CorrectionCheck(ok=False, message="the query is empty", line=1, column=1)
        try:
            parse(text)
        except FinQLError as exc:
            return CorrectionCheck(ok=False, message=exc.message, line=exc.line, column=exc.column)
        return CorrectionCheck(ok=True)

    def preview_correction(self, text: str, *, principal: str, extensions: Any = None) -> Rendering:
        """The corrected query run as the reviewer, through governance, as its answer would read."""
        from charter.errors import PermissionDenied
        from finql.errors import FinQLError
        from finql.runtime import FinQLEnv

        check = self.check_correction(text)
        if not check.ok:
            return self.render({"query": text, "error": check.message})
        if extensions is None:
            raise InvalidInput("preview: the FinQL data is not available in this server", field="corrected")
        env = extensions.get(FinQLEnv)
        try:
            result = env.execute(text, principal=principal)
        except PermissionDenied as exc:
            return self.render({"query": text, "refusal": "not_permitted", "message": exc.message})
        except FinQLError as exc:
            return self.render({"query": text, "error": exc.message})
        return self.render({"query": result.query, "columns": result.columns, "rows": result.rows})

    def correction(self, text: str, field: str = "query") -> dict[str, Any]:
        """A corrected query is saved as the expected query (only once it parses)."""
        check = self.check_correction(text)
        if not check.ok:
            raise InvalidInput(f"corrected: {check.message}", field="corrected")
        return {"query": " ".join(text.split())}

    def inputs(self, messages: list[Turn], input_model: type[BaseModel], agent: str) -> dict[str, Any]:
        """The last question; a follow-up is first rewritten into a standalone question."""
        inputs = super().inputs(messages, input_model, agent)
        if "history" in input_model.model_fields:  # a chain that takes the turns itself
            return inputs
        asked = [t.content for t in messages if t.role == "user"]
        if len(asked) > 1 and "question" in inputs:
            inputs["question"] = standalone(asked)
        return inputs


# ---------------------------------------------------------------- follow-ups

_YEAR = r"(?:19|20)\d\d"
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_PERIOD = re.compile(
    rf"\b(?:(?:in|for|of|during)\s+)?(?:"
    rf"(?:the\s+)?{_ORDINAL}\s+quarter\s+of\s+(?:fiscal\s+(?:year\s+)?|calendar\s+)?{_YEAR}"
    rf"|Q[1-4]\s+(?:of\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)?{_YEAR}"
    rf"|(?:fiscal\s+(?:year\s+)?|FY\s?|calendar\s+(?:year\s+)?)?{_YEAR}(?:\s*Q[1-4])?"
    rf"|FQ{_YEAR}Q[1-4]"
    rf"|(?:the\s+)?(?:last|previous|prior)\s+(?:fiscal\s+)?(?:year|quarter)"
    rf"|(?:the\s+)?(?:fiscal\s+)?year\s+before\s+last|(?:the\s+)?quarter\s+before\s+last"
    rf")\b", re.I)
_PREPOSITION = re.compile(r"^(?:in|for|of|during)\s+", re.I)
_FILLER = re.compile(r"\b(?:and|but|also|now|then|what|how|about|of|the|same|for|in|with|please|instead|"
                     r"too|that|it|is|was|were|are)\b|[?.!,;:']", re.I)
_OPENER = re.compile(r"^\s*(?:and|but|also|now|then|what about|how about|same (?:for|in)|what of)\b", re.I)


def _company_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, ticker) of each company named by its full name or its ticker."""
    found: list[tuple[int, int, str]] = []
    for c in companies():  # names in any case; tickers only as written, in capitals
        for m in re.finditer(rf"(?<!\w){re.escape(c.name)}(?!\w)", text, re.I):
            found.append((m.start(), m.end(), c.ticker))
        for m in re.finditer(rf"(?<![\w$]){re.escape(c.ticker)}(?!\w)", text):
            found.append((m.start(), m.end(), c.ticker))
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for span in found:  # the longest of overlapping mentions
        if kept and span[0] < kept[-1][1]:
            if span[1] - span[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = span
            continue
        kept.append(span)
    return kept


def _follow_up(previous: str, question: str) -> str:
    """``question`` as a standalone question, when it only changes the period or the company of
    ``previous``; otherwise ``question`` unchanged."""
    periods = list(_PERIOD.finditer(question))
    names = _company_spans(question)
    if not (periods or names) or len(periods) > 1 or len(names) > 1:
        return question
    rest = question
    for a, b in sorted([(m.start(), m.end()) for m in periods] + [(a, b) for a, b, _ in names], reverse=True):
        rest = rest[:a] + " " + rest[b:]
    if _FILLER.sub(" ", rest).strip() or not (_OPENER.match(question) or len(question.split()) <= 4):
        return question  # it says something else too: ask it as written
    out = previous
    if periods:
        new = _PREPOSITION.sub("", periods[0].group(0))
        old = list(_PERIOD.finditer(out))
        if len(old) > 1:
            return question  # which of the earlier periods it replaces is not clear
        if old:
            m = old[0]
            said = m.group(0)
            if re.fullmatch(_YEAR, new) and re.search(_YEAR, said):  # "2022" after "fiscal 2023": fiscal 2022
                replacement = re.sub(_YEAR, new, said, count=1)
            else:
                keep = _PREPOSITION.match(said)
                replacement = (keep.group(0) if keep else "") + new
            out = out[:m.start()] + replacement + out[m.end():]
        else:
            body = out.rstrip(" ?.!")
            out = f"{body} in {new}{out[len(body):]}"
    if names:
        ticker = names[0][2]
        old_names = _company_spans(out)
        if len(old_names) != 1:
            return question
        a, b, _ = old_names[0]
        name = ticker if out[a:b] in by_ticker() else by_ticker()[ticker].name
        if out[b:b + 1] == "'" and out[b:b + 2] != "'s" and not name.endswith("s"):
            name += "'s"
            b += 1
        out = out[:a] + name + out[b:]
    return out


def standalone(asked: list[str]) -> str:
    """The last of the questions asked, with each follow-up resolved against the one before it."""
    current = asked[0]
    for question in asked[1:]:
        current = _follow_up(current, question)
    return current
