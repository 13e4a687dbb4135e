"""The language reference, generated from the registry the parser checks against."""

from __future__ import annotations

from finql.language.registry import (
    CURRENCIES,
    EXAMPLES,
    FIELDS,
    FUNCTIONS,
    METRICS,
    PERIODS,
    set_values,
)

_ARG = {"fiscal": "fiscal period", "estimate": "estimate period", "date": "date"}


def reference() -> str:
    """Markdown: grammar summary, metrics, functions, periods, fields, sets, examples."""
    out = ["# FinQL 1.0 reference", "",
           "`ITEMS FOR TARGET [SORT expr ASC|DESC [TOP n]] [IN CUR]` — items are expressions or fields; "
           "the target is a ticker list or `SCREEN(set[, condition])`.", "",
           "## Metrics", "", "| metric | arguments | unit | converted by IN | value |", "| --- | --- | --- | --- | --- |"]
    for m in METRICS.values():
        args = ", ".join(_ARG[a] for a in m.args)
        out.append(f"| `{m.name}` | {args} | {m.unit} | {'yes' if m.converts else 'no'} | {m.description} |")
    out += ["", "## Functions", "", "| function | value |", "| --- | --- |"]
    out += [f"| `{f.signature}` | {f.description} |" for f in FUNCTIONS.values()]
    out += ["", "## Periods and dates", "", "| argument | meaning |", "| --- | --- |"]
    out += [f"| `{p}` | {m} |" for p, m in PERIODS]
    out += ["", "## Fields", "", ", ".join(f"`{f}`" for f in FIELDS), "",
            "## Sets", "", "`ALL`, `SECTOR(\"...\")`, `INDUSTRY(\"...\")`, `COUNTRY(\"...\")`, `INDEX(NAME)`; "
            "`&` (intersection) binds tighter than `|` (union).", ""]
    for kind, values in set_values().items():
        out.append(f"- {kind}: " + ", ".join(values))
    out += ["", f"Currencies for `IN`: {', '.join(CURRENCIES)}", "", "## Examples", ""]
    out += [f"- `{q}` — {what}" for q, what in EXAMPLES]
    return "\n".join(out) + "\n"
