"""SPEC section 4 result comparison, as the `finql_execution` Charter scorer."""

from __future__ import annotations

from finql.scorer import compare_results, execution_match, values_equal


def test_values_equal_tolerance_and_nulls():
    assert values_equal(1.0, 1.0 + 1e-9) and not values_equal(1.0, 1.001)
    assert values_equal(None, None) and not values_equal(None, 0.0)


def _score(env, gold, pred, principal="analyst", refusal=None):
    scorer = execution_match(env=env)
    return scorer(inputs={"principal": principal}, outputs=pred,
                  expectations={"query": gold, "refusal": refusal})


def test_any_query_returning_the_same_rows_and_values_is_correct(env):
    gold = 'NAME FOR SCREEN(INDUSTRY("Banks"), FG_PE(D0) < 10)'
    pred = 'FG_PE(D0) FOR SCREEN(INDUSTRY("Banks") & ALL, NOT FG_PE(D0) >= 10 AND FG_PE(D0) > -1000000)'
    # NOT(pe >= 10) also holds for a null P/E; the extra condition excludes those again
    assert _score(env, gold, pred).passed


def test_extra_columns_and_any_position_are_allowed(env):
    gold = "FF_SALES(FY0) FOR NWSY, APXM"
    assert _score(env, gold, {"query": "NAME, FF_EPS(FY0), FF_SALES(LTM) FOR APXM, NWSY"}).passed


def test_order_matters_only_with_sort(env):
    gold = "FF_SALES(FY0) FOR SCREEN(ALL) SORT FF_SALES(FY0) DESC TOP 3"
    top = [r[0] for r in env.execute(gold).rows]
    assert _score(env, gold, gold).passed
    assert not _score(env, gold, f"FF_SALES(FY0) FOR {', '.join(reversed(top))}").passed


def test_wrong_values_or_rows_fail_with_a_reason(env):
    s = _score(env, "FF_SALES(FY0) FOR NWSY", "FF_SALES(FY-1) FOR NWSY")
    assert not s.passed and "FF_SALES(FY0)" in s.rationale
    assert not _score(env, "FF_SALES(FY0) FOR NWSY", "FF_SALES(FY0) FOR APXM").passed
    assert not _score(env, "FF_SALES(FY0) FOR NWSY", "FF_SALES(FY0 FOR NWSY").passed


def test_refusals_match_by_kind(env):
    assert _score(env, None, {"query": None, "refusal": "unsupported"}, refusal="unsupported").passed
    assert _score(env, None, "FE_EPS(FY1) FOR NWSY", principal="analyst-basic", refusal="not_permitted").passed
    assert not _score(env, None, "FF_SALES(FY0) FOR NWSY", refusal="not_permitted").passed
    assert not _score(env, None, "FF_SALES(FY0 FOR NWSY", refusal="unsupported").passed


def test_compare_results_ignores_fields(env):
    from finql import parse

    q = parse("NAME, FF_SALES(FY0) FOR NWSY")
    gold = env.execute(q)
    pred = env.execute("FF_SALES(FY0) FOR NWSY")
    assert compare_results(q, gold, pred) == (True, "")


def test_registered_as_a_charter_scorer():
    from charter.evals.scorers import ScorerRegistry

    assert ScorerRegistry().factory("finql_execution") is execution_match
