"""Round 23 (f23m): metamorphic robustness, round 2. A reading must not change under rewordings that keep the meaning
(the period said first, an imperative for a question, "firms"/"names" for "companies", comparison words, "the five
largest" for "top 5", numbers in words, a ticker in parentheses after the name, "the M of X" / "the M for X" for
"X's M", date and range spellings, "financial year", leading "Quick question:", one letter dropped or doubled).
Own questions, not the golden sets' (the round measured the same rewordings over the golds with a script outside the
repository, see docs/finql-translation.md, "Round 23 (f23m)")."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# -- the classes fixed -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "query"),
    [
        # a misspelt word of a measure's name of several words was read alone as another measure: wrong answers
        ("Cobalt Motors: earniings per share, fiscal 2022", "FF_EPS(FY2022) FOR COBA"),
        ("What were the earnngs per share of Falcon Software in FY2023?", "FF_EPS(FY2023) FOR FALC"),
        ("Compute Keystone Materials' retuurn on assets for fiscal 2023",
         "FF_NET_INC(FY2023) / FF_ASSETS(FY2023) * 100 FOR KEYM"),
        ("retrn on equity of Orbital Aerospace last year", "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 FOR ORBA"),
        ("Which airlines trade at less than 9 times earniings?",
         'NAME, FG_PE(D0) FOR SCREEN(INDUSTRY("Airlines"), FG_PE(D0) < 9)'),
        ("shareholders' equiity of Zenith Brands in fiscal 2023", "FF_EQUITY(FY2023) FOR ZENI"),
        # a word ticker between slashes in a list of tickers is the ticker (was dropped, unnamed)
        ("fy23 dps for brip/step/qupo", "FF_DPS(FY2023) FOR BRIP, STEP, QUPO"),
        ("ebit fy24 nwsy/fair", "FF_OPER_INC(FY2024) FOR NWSY, FAIR"),
    ],
)
def test_fixed_classes(question: str, query: str) -> None:
    assert q(question) == query


def test_near_misses_spelling_and_slashes() -> None:
    # a misspelt word that makes no measure's name of several words keeps its own reading ("earnngs" alone: earnings)
    assert q("Falcon Software earnngs in FY2023") == "FF_NET_INC(FY2023) FOR FALC"
    # "retuurn" with no "on assets" after it is the share price return
    assert q("What is the retuurn of Falcon Software in 2023?") == "P_RETURN(2022-12-31, 2023-12-31) FOR FALC"
    # a word after a slash that nothing reads is named, never dropped
    assert "widgets" in refused("fy24 dps for brip/widgets")
    assert "blah" in refused("fy24 dps for brip/qupo/blah")
