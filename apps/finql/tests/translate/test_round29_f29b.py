"""Round 29 (f29b): the classes tune29b showed (an engineer's shorthand, old-fashioned courtesy, an economist's
"nominal")."""

from __future__ import annotations

import pytest
from reading_helpers import q, refused

# an engineer's shorthand: "approx" (a hedge, as "approximately"), "liabs" (liabilities)
SHORTHAND = [
    ("capex/sales x 100 approx for Falcon Software, FY2023",
     "FF_CAPEX(FY2023) / FF_SALES(FY2023) * 100 FOR FALC"),
    ("market cap of Northwind Systems at D0, approx., in EUR", "FG_MKT_CAP(D0) FOR NWSY IN EUR"),
    ("approx debt of Ember Industries at FY2022?", "FF_DEBT(FY2022) FOR EMBE"),
    ("debt/assets for Pinnacle Telecom at FY2021, approx", "FF_DEBT(FY2021) / FF_ASSETS(FY2021) FOR PNTC"),
    # (read before too, by spelling: kept as a guard)
    ("total liabs of First Harbor Bank in fiscal 2023", "FF_LIABS(FY2023) FOR FHB"),
]


@pytest.mark.parametrize("question, query", SHORTHAND)
def test_an_engineers_shorthand(question: str, query: str) -> None:
    assert q(question) == query


def test_approx_leaves_an_unknown_word_refused() -> None:
    assert "decimals" in refused("debt/assets for Pinnacle Telecom at FY2021, approx 3 decimals")


def test_liabs_before_a_slash_stays_refused() -> None:
    # (lead merge mend) "liabs" is the spelling step's abbreviation (round 11: read, and the reading says so); f29b's
    # second home for it in normalize hid that note, so it was taken out; glued to "/assets" it is not read yet
    assert "liabs" in refused("liabs/assets for Pinnacle Telecom at FY2021")


# old-fashioned courtesy: "Would you be good enough to ...", "as it stands today"
COURTESY = [
    ("Would you be good enough to tell me the net income of Falcon Software for fiscal 2022?",
     "FF_NET_INC(FY2022) FOR FALC"),
    # (these two were read before: guards)
    ("Could you be kind enough to give the debt of Pinnacle Telecom in fiscal 2023?", "FF_DEBT(FY2023) FOR PNTC"),
    ("Might you tell me the dividend yield of Bluepeak Energy today?", "FG_DIV_YIELD(D0) FOR BPE"),
    ("What is the market capitalisation of Ember Industries as it stands today?", "FG_MKT_CAP(D0) FOR EMBE"),
    ("Northwind Systems' P/E as things stand now, please.", "FG_PE(D0) FOR NWSY"),
]


@pytest.mark.parametrize("question, query", COURTESY)
def test_old_fashioned_courtesy(question: str, query: str) -> None:
    assert q(question) == query


def test_as_it_stands_without_a_day_is_left() -> None:
    # (no day after it: the words are not the courtesy's)
    assert "stands" in refused("What is Falcon Software's P/E as it stands in the index?")


# an economist's "nominal": as reported (FinQL's figures are not deflated)
NOMINAL = [
    ("Nominal sales growth of Falcon Software from fiscal 2022 to fiscal 2024?", "GROWTH(FF_SALES, FY2022, FY2024) FOR FALC"),
    ("Average EPS FY2019-FY2023 for Pinnacle Telecom, nominal.", "AVG(FF_EPS, FY2019, FY2023) FOR PNTC"),
    ("Ember Industries' nominal capex in fiscal 2021", "FF_CAPEX(FY2021) FOR EMBE"),
]


@pytest.mark.parametrize("question, query", NOMINAL)
def test_nominal_is_as_reported(question: str, query: str) -> None:
    assert q(question) == query


@pytest.mark.parametrize("question, word", [
    ("Real sales growth of Falcon Software from fiscal 2022 to fiscal 2024?", "real"),
    ("What is the nominal value of a Falcon Software share?", "nominal"),
])
def test_real_growth_and_a_par_value_stay_refused(question: str, word: str) -> None:
    assert word in refused(question)


def test_in_nominal_terms_keeps_its_reading() -> None:
    # (an amount, as before: structure's "absolute" atom)
    assert q("How much did Falcon Software's sales grow in nominal terms from fiscal 2022 to fiscal 2024?") \
        == "FF_SALES(FY2024) - FF_SALES(FY2022) FOR FALC"


# an engineer's notation of the unit: "..., $M" said last, "in M$", "(M€)": the currency in millions (FinQL's unit)
UNITS = [
    ("sum of capex over FY2020..FY2023 for Falcon Software, $M", "SUM(FF_CAPEX, FY2020, FY2023) FOR FALC IN USD"),
    ("Northwind Systems net income FY2022, in M$", "FF_NET_INC(FY2022) FOR NWSY IN USD"),
    ("Ember Industries debt at FY2021 (M€)", "FF_DEBT(FY2021) FOR EMBE IN EUR"),
]


@pytest.mark.parametrize("question, query", UNITS)
def test_an_engineers_unit(question: str, query: str) -> None:
    assert q(question) == query


def test_an_amount_in_millions_is_no_unit() -> None:
    # ("$5m" is an amount; the condition on a named company stays refused)
    assert "over" in refused("Falcon Software sales over $5m, FY2023")


# a lawyer's time words: "N trading days prior to the latest trading day" (as "before"), and "as at the end of ..."
# repeated in a list of periods ("... and as at the end of fiscal 2024": "and as" was left between the two)
LAWYER_TIME = [
    ("State the closing price of Falcon Software five trading days prior to the latest trading day.",
     "P_PRICE(D-5) FOR FALC"),
    ("Closing price of Northwind Systems 15 trading days prior to the last trading day of 2024?",
     "P_PRICE(D-15) FOR NWSY"),
    ("Give the debt of Falcon Software as at the end of fiscal 2020 and as at the end of fiscal 2022.",
     "FF_DEBT(FY2020), FF_DEBT(FY2022) FOR FALC"),
    ("State the cash of Pinnacle Telecom as at the end of fiscal 2019 and as at the end of fiscal 2023.",
     "FF_CASH(FY2019), FF_CASH(FY2023) FOR PNTC"),
]


@pytest.mark.parametrize("question, query", LAWYER_TIME)
def test_a_lawyers_time_words(question: str, query: str) -> None:
    assert q(question) == query


def test_trading_days_prior_to_another_day_stay_refused() -> None:
    # (FinQL counts trading days back from D0 only)
    assert "prior to" in refused("Ember Industries' share price 3 trading days prior to 30 June 2024")
