"""SPEC section 6 through Charter's governed path: refusals name the data set and are audited."""

from __future__ import annotations

import pytest

from charter.errors import PermissionDenied
from finql.language.registry import companies

NX100 = {c.ticker for c in companies() if "NX100" in c.indexes}
OUTSIDE = next(c.ticker for c in companies() if "NX100" not in c.indexes)


def _refusals(env, principal):
    return [a for a in env.charter.catalog.audit_log(principal=principal) if not a.allowed]


def test_analyst_basic_may_not_read_estimates_and_it_is_audited(env):
    before = len(_refusals(env, "analyst-basic"))
    with pytest.raises(PermissionDenied) as info:
        env.execute("FE_EPS(FY1) FOR NWSY", principal="analyst-basic")
    assert "'estimates' data set" in info.value.message
    refusals = _refusals(env, "analyst-basic")
    assert len(refusals) == before + 1
    assert "estimates" in refusals[-1].reason


def test_analyst_basic_reads_fundamentals_prices_and_fx(env):
    r = env.execute("FF_SALES(FY0), P_PRICE(D0) FOR NWSY IN EUR", principal="analyst-basic")
    assert r.rows[0][1] is not None and r.rows[0][2] is not None


def test_analyst_reads_estimates(env):
    assert env.execute("FE_EPS(FY1) FOR NWSY", principal="analyst").rows[0][1] is not None


def test_guest_sees_only_nx100_rows(env):
    rows = env.execute("P_PRICE(D0) FOR SCREEN(ALL)", principal="guest").rows
    assert {t for t, _ in rows} == NX100
    names = env.execute("NAME FOR SCREEN(ALL)", principal="guest").rows
    assert {t for t, _ in names} == NX100


@pytest.mark.parametrize("query", ["FF_SALES(FY0) FOR NWSY", "P_PRICE(D0) FOR NWSY IN USD"])
def test_guest_is_refused_other_data_sets(env, query):
    with pytest.raises(PermissionDenied) as info:
        env.execute(query, principal="guest")
    assert "data set" in info.value.message


def test_guest_naming_a_hidden_company_is_refused_and_audited(env):
    before = len(_refusals(env, "guest"))
    with pytest.raises(PermissionDenied) as info:
        env.execute(f"P_PRICE(D0) FOR {OUTSIDE}", principal="guest")
    assert OUTSIDE in info.value.message and "prices" in info.value.message
    assert len(_refusals(env, "guest")) == before + 1


def test_check_refuses_without_reading(env):
    from finql.executor import check

    with pytest.raises(PermissionDenied):
        check("FE_SALES(FY2) FOR NWSY", principal="analyst-basic", env=env)
    assert str(check("FF_SALES(FY0) FOR NWSY", principal="analyst-basic", env=env)) == "FF_SALES(FY0) FOR NWSY"
