"""Round 32 (lead): the owner said inside "return on equity (assets)" (f32m noticed a wrong answer)."""

from __future__ import annotations

import pytest
from reading_helpers import q

ROE_NWSY = "FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 FOR NWSY"


@pytest.mark.parametrize("question", [
    "Return on Northwind Systems' equity in fiscal 2023?",
    "What was the return on Northwind Systems' equity in fiscal 2023?",
    "What was the return on NWSY's shareholders' equity in FY2023?",
])
def test_the_return_on_a_companys_equity_is_its_return_on_equity(question: str) -> None:
    # it was a share price return over 2023 beside the equity: a wrong answer
    assert q(question) == ROE_NWSY
    assert q(question) == q("What was Northwind Systems' return on equity in fiscal 2023?")


def test_the_return_on_a_companys_assets_and_on_two_companies_equity() -> None:
    assert q("Return on NWSY's total assets in FY2023") == "FF_NET_INC(FY2023) / FF_ASSETS(FY2023) * 100 FOR NWSY"
    assert q("the return on Apex Medical and Northwind Systems' equity in FY2023") == (
        "FF_NET_INC(FY2023) / FF_EQUITY(FY2023) * 100 FOR APXD, NWSY")


@pytest.mark.parametrize("question", ["What was the return on NWSY's shares in 2023?",
                                      "What was the return on NWSY's stock in 2023?"])
def test_the_return_on_a_companys_shares_stays_the_price_return(question: str) -> None:
    assert q(question) == "P_RETURN(2022-12-31, 2023-12-31) FOR NWSY"
