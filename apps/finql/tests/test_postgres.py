"""The same data and answers on PostgreSQL, through the governed path."""

from __future__ import annotations

import math

import pytest

from charter.runtime import Charter
from charter.settings import load_settings
from charter.store import upgrade
from finql.runtime import build_and_register, open_env

pytestmark = pytest.mark.postgres

QUERIES = [
    "FF_SALES(FY2023), FF_NET_INC(FY0) / FF_SALES(FY0) * 100 FOR NWSY, APXM",
    'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("Information Technology")) SORT FG_MKT_CAP(D0) DESC TOP 5 IN USD',
    'NAME FOR SCREEN(INDEX(EUROPE) & SECTOR("Financials"), FG_PE(2024-06-30) < 12)',
    'GROWTH(FF_SALES, FY2020, FY2024), CAGR(FF_SALES, FY2019, FY0), AVG(FF_EPS, FQ-7, FQ0) FOR SCREEN(INDUSTRY("Banks")) IN EUR',
    "P_RETURN(2024-01-01, D0), P_HIGH(2024-01-01, D0), FE_SALES(FY1) FOR BPE, BPR IN JPY",
    "1 / 2, FF_SALES(FY0) / 0 FOR NWSY",
]


def test_postgres_gives_the_same_answers(env, pg_url, tables, tmp_path):
    charter = Charter(load_settings(tmp_path / "home", environ={}))
    upgrade(charter.store)
    build_and_register(charter, pg_url, tables)
    pg = open_env(charter=charter, build_if_missing=False)
    for q in QUERIES:
        a, b = env.execute(q).rows, pg.execute(q).rows
        assert [r[0] for r in a] == [r[0] for r in b], q
        for ra, rb in zip(a, b, strict=True):
            for va, vb in zip(ra, rb, strict=True):
                if isinstance(va, float) or isinstance(vb, float):
                    assert va is not None and vb is not None and math.isclose(va, vb, rel_tol=1e-9), (q, va, vb)
                else:
                    assert va == vb, (q, va, vb)
    with pytest.raises(Exception, match="estimates"):
        pg.execute("FE_EPS(FY1) FOR NWSY", principal="analyst-basic")
    charter.data.close()
