"""Correctness of a translation (SPEC section 4) as a Charter scorer: execution match.

A predicted query is correct when it parses, executes, and its result matches the gold query's:
the same tickers (in order only when the gold query has SORT), and every gold expression column
equal to some predicted column (relative tolerance 1e-6, nulls equal nulls). A gold refusal is
matched by a refusal of the same kind.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from typing import Any

from charter.errors import CharterError, PermissionDenied
from charter.evals.scorers import Score
from finql.executor import Result
from finql.language import ast
from finql.language.parser import parse

REL_TOL = 1e-6


def values_equal(a: Any, b: Any, rel_tol: float = REL_TOL) -> bool:
    """Equal within the relative tolerance; null equals null only."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(float(a), float(b), rel_tol=rel_tol, abs_tol=1e-12)
    return bool(a == b)


def compare_results(gold_query: ast.Query, gold: Result, pred: Result, rel_tol: float = REL_TOL) -> tuple[bool, str]:
    """SPEC section 4 comparison of two executed results; (correct, why not)."""
    g_tickers = [r[0] for r in gold.rows]
    p_tickers = [r[0] for r in pred.rows]
    if gold_query.sort is not None:
        if g_tickers != p_tickers:
            return False, f"rows differ (in order): expected {g_tickers[:10]}, got {p_tickers[:10]}"
    elif sorted(g_tickers) != sorted(p_tickers):
        missing = sorted(set(g_tickers) - set(p_tickers))
        extra = sorted(set(p_tickers) - set(g_tickers))
        return False, f"rows differ: missing {missing[:10]}, extra {extra[:10]}"
    p_by_ticker = {r[0]: r for r in pred.rows}
    for gi, item in enumerate(gold_query.items, start=1):
        if isinstance(item, ast.Field):
            continue  # fields only describe the rows
        want = {r[0]: r[gi] for r in gold.rows}
        found = any(all(values_equal(want[t], p_by_ticker[t][pj], rel_tol) for t in want)
                    for pj in range(1, len(pred.columns)))
        if not found:
            return False, f"no predicted column equals gold column '{item}'"
    return True, ""


def _refusal_kind(exc: BaseException) -> str:
    # a query that fails to parse or run is an error, not a refusal
    return "not_permitted" if isinstance(exc, PermissionDenied) else f"an error ({exc.message})"


def _predicted(outputs: Any) -> tuple[str | None, str | None]:
    """(query text, refusal kind) from an agent's outputs (a string, or a dict)."""
    if outputs is None or isinstance(outputs, str):
        return outputs, None if outputs else "unsupported"
    if isinstance(outputs, dict):
        query = outputs.get("query") or outputs.get("finql")
        refusal = outputs.get("refusal")
        return query, (refusal if refusal else None if query else "unsupported")
    return str(outputs), None


def execution_match(env: Any | None = None, rel_tol: float = REL_TOL, extensions: Any = None) -> Callable[..., Score]:
    """Factory of the scorer: runs the gold and the predicted query as the case's principal, in the
    FinQL environment given, or the runtime's (``extensions``, handed in by whoever builds scorers)."""
    cache: dict[tuple[str, str], Result] = {}
    lock = threading.Lock()
    if env is None and extensions is not None:
        from finql.runtime import FinQLEnv

        env = extensions.get(FinQLEnv)
    if env is None:
        from charter.errors import ConfigError

        raise ConfigError("the finql_execution scorer needs the FinQL environment: run it through "
                          "`charter eval run` or `finql bench`, which hand it the runtime's")

    def run(query: str, principal: str) -> Result:
        return env.execute(query, principal)

    def gold_result(query: str, principal: str) -> Result:
        key = (query, principal)
        with lock:
            hit = cache.get(key)
        if hit is None:
            hit = run(query, principal)
            with lock:
                cache[key] = hit
        return hit

    def finql_execution_match(*, inputs: Any = None, outputs: Any = None, expectations: Any = None) -> Score:
        exp = expectations if isinstance(expectations, dict) else {"query": expectations}
        principal = (inputs or {}).get("principal") if isinstance(inputs, dict) else None
        principal = principal or exp.get("principal") or "analyst"
        pred_query, pred_refusal = _predicted(outputs)
        gold_query = exp.get("query")
        if gold_query is None:  # a gold refusal: matched by a refusal of the same kind
            want = exp.get("refusal") or "unsupported"
            got = pred_refusal
            if pred_query:
                try:
                    run(pred_query, principal)
                    got = None
                except CharterError as exc:
                    got = _refusal_kind(exc)
            ok = got == want
            return Score(passed=ok, value=float(ok),
                         rationale="" if ok else f"expected a refusal ({want}), got {got or 'an answer'}")
        if not pred_query:
            return Score(passed=False, value=0.0, rationale=f"refused ({pred_refusal}) but the gold query answers")
        gold = gold_result(gold_query, principal)
        try:
            pred = run(pred_query, principal)
        except CharterError as exc:
            return Score(passed=False, value=0.0, rationale=f"predicted query failed: {exc.message}")
        ok, why = compare_results(parse(gold_query), gold, pred, rel_tol)
        return Score(passed=ok, value=float(ok), rationale=why)

    return finql_execution_match
