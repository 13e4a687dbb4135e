"""Every SPEC example, and the semantics of SPEC section 3, against independently computed values."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from finql.errors import FinQLSemanticError
from finql.language.registry import companies

D0 = dt.date(2024, 12, 31)


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def test_sales_of_a_fiscal_year(env, ref):
    r = env.execute("FF_SALES(FY2023) FOR NWSY")
    assert r.columns == ["ticker", "FF_SALES(FY2023)"]
    assert r.rows[0][0] == "NWSY"
    assert close(r.rows[0][1], ref.annual("NWSY", 2023, "sales"))


def test_net_margin_keeps_the_ticker_order(env, ref):
    r = env.execute("FF_NET_INC(FY0) / FF_SALES(FY0) * 100 FOR APXM, APXD")
    assert [row[0] for row in r.rows] == ["APXM", "APXD"]
    for t, v in r.rows:
        assert close(v, ref.annual(t, 2024, "net_inc") / ref.annual(t, 2024, "sales") * 100)


def test_top_market_caps_in_usd(env, ref):
    r = env.execute('NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Information Technology")) '
                    "SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD")
    expected = []
    for c in companies():
        if c.sector == "Information Technology":
            cap = ref.mkt_cap(c.ticker, D0)
            if cap is not None:
                expected.append((cap * ref.rate(c.currency, "USD", D0), c.ticker, c.name))
    expected.sort(reverse=True)
    assert [row[0] for row in r.rows] == [t for _v, t, _n in expected[:5]]
    assert [row[1] for row in r.rows] == [n for _v, _t, n in expected[:5]]
    assert all(close(row[2], v) for row, (v, _t, _n) in zip(r.rows, expected[:5], strict=True))


def test_european_financials_with_low_pe(env, ref):
    r = env.execute('NAME FOR SCREEN(INDEX(EUROPE) & SECTOR("Financials"), FG_PE(2024-06-30) < 12)')
    price_day = dt.date(2024, 6, 28)  # 2024-06-30 is a Sunday: the close of Friday
    want = sorted(c.ticker for c in companies()
                  if "EUROPE" in c.indexes and c.sector == "Financials"
                  and (pe := ref.pe(c.ticker, price_day, dt.date(2024, 6, 30))) is not None and pe < 12)
    assert [row[0] for row in r.rows] == want  # a screen without SORT is in ticker order


def test_growth_of_banks(env, ref):
    r = env.execute('GROWTH(FF_SALES, FY2020, FY2024) FOR SCREEN(INDUSTRY("Banks"))')
    banks = [c.ticker for c in companies() if c.industry == "Banks"]
    assert [row[0] for row in r.rows] == sorted(banks)
    for t, v in r.rows:
        a, b = ref.annual(t, 2020, "sales"), ref.annual(t, 2024, "sales")
        assert close(v, None if a is None or a <= 0 else (b / a - 1) * 100)


def test_return_since_new_year(env, ref):
    r = env.execute("P_RETURN(2024-01-01, D0) FOR BPE, BPR")
    for t, v in r.rows:
        assert close(v, (ref.close[(t, D0)] / ref.close[(t, dt.date(2024, 1, 1))] - 1) * 100)


def test_fundamentals_convert_at_the_period_end(env, ref):
    usd = next(c.ticker for c in companies() if c.currency == "USD")
    jpy = next(c.ticker for c in companies() if c.currency == "JPY")
    r = env.execute(f"FF_SALES(FY2022), FF_EMPLOYEES(FY2022) FOR {usd}, {jpy} IN EUR")
    for t, sales, emp in r.rows:
        end = ref.period_end(t, 2022)
        assert close(sales, ref.annual(t, 2022, "sales") * ref.rate(ref.currency(t), "EUR", end))
        assert emp == ref.annual(t, 2022, "employees")  # counts are never converted


def test_missing_periods_are_null_and_division_by_zero_is_null(env, ref):
    young = next(c for c in companies() if c.ipo_year >= 2020)
    r = env.execute(f"FF_SALES(FY2016), FF_SALES(FY0) / 0, FF_SALES(FY0) - FF_SALES(FY2016) FOR {young.ticker}")
    assert r.rows[0][1:] == (None, None, None)


def test_sort_puts_nulls_last_and_top_cuts(env):
    r = env.execute("FF_SALES(FY2016) FOR SCREEN(ALL) SORT FF_SALES(FY2016) ASC")
    values = [row[1] for row in r.rows]
    first_null = values.index(None)
    assert all(v is None for v in values[first_null:])
    assert values[:first_null] == sorted(values[:first_null])
    top = env.execute("FF_SALES(FY2016) FOR SCREEN(ALL) SORT FF_SALES(FY2016) DESC TOP 3")
    assert [row[1] for row in top.rows] == sorted(values[:first_null], reverse=True)[:3]


def test_a_comparison_with_null_is_false_even_under_not(env):
    all_rows = env.execute("FF_SALES(FY2016) FOR SCREEN(ALL)").rows
    nulls = {t for t, v in all_rows if v is None}
    pos = {t for t, _v in env.execute("NAME FOR SCREEN(ALL, FF_SALES(FY2016) > 0)").rows}
    neg = {t for t, _v in env.execute("NAME FOR SCREEN(ALL, NOT FF_SALES(FY2016) > 0)").rows}
    assert nulls and not (pos & nulls) and nulls <= neg


def test_sets_union_and_intersection(env):
    both = env.execute('NAME FOR SCREEN(INDEX(NX100) & COUNTRY("Germany") | SECTOR("Energy"))').rows
    want = sorted(c.ticker for c in companies()
                  if ("NX100" in c.indexes and c.country == "Germany") or c.sector == "Energy")
    assert [t for t, _ in both] == want


def test_ltm_is_the_four_latest_quarters(env, ref):
    r = env.execute("FF_SALES(LTM), FF_CASH(LTM), SUM(FF_SALES, FQ-3, FQ0), AVG(FF_SALES, FY2023, FY2024) FOR NWSY")
    qs = ref.last_quarters("NWSY", D0, 4)
    _t, ltm, cash, qsum, avg = r.rows[0]
    assert close(ltm, sum(q["sales"] for q in qs)) and close(qsum, ltm)
    assert close(cash, qs[-1]["cash"])
    assert close(avg, (ref.annual("NWSY", 2023, "sales") + ref.annual("NWSY", 2024, "sales")) / 2)


def test_estimates_and_cagr(env, ref):
    r = env.execute("FE_EPS(FY1), FE_NUM(FY2026), CAGR(FF_SALES, FY2019, FY2024) FOR NWSY")
    _t, eps, num, cagr = r.rows[0]
    assert close(eps, ref.est[("NWSY", 2025)][2]) and num == ref.est[("NWSY", 2026)][4]
    a, b = ref.annual("NWSY", 2019, "sales"), ref.annual("NWSY", 2024, "sales")
    assert close(cagr, ((b / a) ** (1 / 5) - 1) * 100)


@pytest.mark.parametrize("query", ["FF_SALES(FY1) FOR NWSY", "FF_SALES(FY0) FOR NWSY TOP 3"])
def test_errors_are_rejected_before_execution(env, query):
    with pytest.raises(FinQLSemanticError) as info:
        env.execute(query)
    assert info.value.line == 1 and info.value.column


def test_high_and_low_count_only_trading_days_in_the_range(env, ref):
    """SPEC section 2: P_HIGH/P_LOW over trading days d1 <= day <= d2; a close before d1 never counts."""
    week = [dt.date(2024, 6, 24) + dt.timedelta(days=i) for i in range(5)]  # Monday..Friday
    r = env.execute("P_HIGH(2024-06-24, 2024-06-30), P_LOW(2024-06-24, 2024-06-30) FOR NWSY")
    closes = [ref.close[("NWSY", d)] for d in week]
    assert close(r.rows[0][1], max(closes)) and close(r.rows[0][2], min(closes))
    # a weekend range has no trading day: null, not Friday's close (which is before d1)
    weekend = env.execute("P_HIGH(2024-06-29, 2024-06-30), P_LOW(2024-06-29, 2024-06-30) FOR NWSY")
    assert weekend.rows[0][1:] == (None, None)
    # Saturday to the next Tuesday: only Monday and Tuesday count
    r = env.execute("P_HIGH(2024-06-22, 2024-06-25) FOR NWSY")
    assert close(r.rows[0][1], max(ref.close[("NWSY", d)] for d in week[:2]))
    assert env.execute("P_HIGH(2024-06-28, 2024-06-24) FOR NWSY").rows[0][1] is None  # d1 after d2: empty


def test_a_range_may_start_before_the_data(env, ref):
    """SPEC section 2: the trading days d1 <= day <= d2 of a range starting before the data are those the data
    holds (2015-01-02 on); only a single date needs a close on or before it, and a range's end needs one too."""
    first = [d for (t, d) in ref.close if t == "NWSY" and d.year == 2015 and d.month == 1]
    r = env.execute("P_HIGH(2015-01-01, 2015-01-31), P_LOW(2010-06-30, 2015-01-31), "
                    "P_HIGH(2015-01-02, 2015-01-31) FOR NWSY")
    assert close(r.rows[0][1], max(ref.close[("NWSY", d)] for d in first)) and r.rows[0][1] == r.rows[0][3]
    assert close(r.rows[0][2], min(ref.close[("NWSY", d)] for d in first))
    for query in ("P_PRICE(2015-01-01) FOR NWSY", "P_RETURN(2014-12-31, D0) FOR NWSY",
                  "P_HIGH(2010-01-01, 2014-12-31) FOR NWSY", "P_HIGH(D-9999, D0) FOR NWSY"):
        with pytest.raises(FinQLSemanticError, match="before the data starts"):
            env.execute(query)


def test_in_converts_conditions_and_the_sort_key(env, ref):
    """SPEC section 3: IN CUR converts money in items, screen conditions and the SORT key."""
    local = env.execute('FF_SALES(FY2024) FOR SCREEN(INDEX(EUROPE))')
    usd = {t: v * ref.rate(ref.currency(t), "USD", ref.period_end(t, 2024)) for t, v in local.rows}
    cut = sorted(usd.values())[len(usd) // 2]
    r = env.execute(f"FF_SALES(FY2024) FOR SCREEN(INDEX(EUROPE), FF_SALES(FY2024) > {cut}) "
                    "SORT FF_SALES(FY2024) ASC IN USD")
    want = sorted((v, t) for t, v in usd.items() if v > cut)
    assert [row[0] for row in r.rows] == [t for _v, t in want]
    assert all(close(row[1], v) for row, (v, _t) in zip(r.rows, want, strict=True))
