"""The FinQL language reference and example bank used in prompts (generated from the registries).

When the language package publishes its own reference (``finql docs``), ``language_reference``
uses it; the fallback is generated from the metric lexicon and the company master here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from finql.language.registry import AS_OF, companies, set_values
from finql.translate.senses import SENSES

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


@lru_cache(maxsize=1)
def language_reference() -> str:
    """A compact reference of FinQL: grammar, metrics, periods, sets (fits a 2k-token context)."""
    try:  # the language package's own docs, when it exists
        import finql

        docs = getattr(finql, "reference", None)
        if callable(docs):
            return str(docs())
    except Exception:  # the fallback below is complete on its own
        pass
    metrics = sorted({s.template.split("(")[0] for s in SENSES if s.base or s.is_point or s.is_range})
    lines = [
        "FinQL: ITEMS FOR TARGET [SORT EXPR ASC|DESC] [TOP n] [IN USD|EUR|GBP|JPY|CAD|CHF]",
        "ITEMS: expressions or NAME, SECTOR, INDUSTRY, COUNTRY, CURRENCY, comma separated.",
        'TARGET: TICKER, TICKER ... | SCREEN(SET[, CONDITION]); SET: ALL | SECTOR("x") | INDUSTRY("x") | COUNTRY("x") | INDEX(NX100|TECHX|EUROPE), & and |.',
        "CONDITION: EXPR < <= > >= = != NUMBER, AND/OR/NOT.",
        "Metrics: " + ", ".join(metrics) + ". FF_ take a fiscal period FY2023, FY0 (=FY2024), FQ2023Q3, FQ0, LTM.",
        "P_PRICE, P_VOLUME, FG_MKT_CAP, FG_PE, FG_PB, FG_DIV_YIELD take a date 2024-03-15 or D0 (today).",
        "P_RETURN, P_HIGH, P_LOW take two dates. FE_EPS, FE_SALES, FE_NUM take FY1 (2025) or FY2 (2026).",
        f"GROWTH|CAGR|AVG|SUM(FF_METRIC, FY2019, FY2024). Money is in millions. Today is {AS_OF}; last year = FY2024.",
        "Sectors: " + ", ".join(set_values()["SECTOR"]) + ".",
        "Industries: " + ", ".join(set_values()["INDUSTRY"]) + ".",
        "Countries: " + ", ".join(set_values()["COUNTRY"]) + ".",
        "Companies: " + ", ".join(f"{c.ticker}={c.name}" for c in companies()) + ".",
    ]
    return "\n".join(lines)


@lru_cache(maxsize=1)
def examples() -> tuple[Mapping[str, Any], ...]:
    """The dev golden set as an example bank (never the test split); read-only, shared by every run."""
    path = GOLDEN / "dev.jsonl"
    return tuple(MappingProxyType(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()
                 if line.strip())
