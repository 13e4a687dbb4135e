"""Metric senses: what a phrase of a question can mean in FinQL, found by name, by spelling, or by meaning.

A *sense* is one FinQL value a question can ask for: a metric (``FF_SALES``), a standard ratio
built from metrics by SPEC arithmetic (net margin, net cash, forward P/E), or a price measure.
Each has the plain financial-English names an analyst uses for it (the SPEC's metric
descriptions and their textbook synonyms) — these are both the exact-match vocabulary and the
anchors the meaning matcher compares unknown words with.

Three ways in, tried in order on words no other step claimed:

1. ``find``: the names, longest first, as whole words.
2. ``fuzzy``: a misspelt name (rapidfuzz ratio over the words of the names: "reveune", "incme").
3. ``SenseIndex.nearest``: the words' embedding (the platform's embedder, multilingual-e5-small by
   default) against every name of every sense and against ``OUT_OF_SCOPE`` — common financial
   measures FinQL does not have (EBITDA, interest expense, beta, ...), so "EBITDA" lands on a
   refusal rather than on operating income. A match needs a score of ``threshold`` (fitted on the
   dev split, see ``finql.translate.fit``) and a lead of ``margin`` over the runner-up; a close
   call between two senses goes to the model step, fenced to those senses.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from finql.translate import rx as re

# Placeholders in a template: {F} fiscal period, {D} date, {A}/{B} a date range, {E} estimate period.


@dataclass(frozen=True)
class Sense:
    key: str
    template: str
    names: tuple[str, ...]
    money: bool = False  # converted by IN (money or per-share amounts)
    base: str | None = None  # the single metric GROWTH/CAGR/AVG/SUM can take
    estimate: str | None = None  # the key of its consensus-estimate sense, if there is one
    about: str = ""  # a one-line description (docs, and the model's list of candidates)
    percent: bool = False  # a ratio in percent ("above 10%")
    per_share: bool = False
    in_percent: str | None = None  # the sense the same words name when said in percent ("a 3% dividend": the yield)

    @property
    def kinds(self) -> set[str]:
        return set(re.findall(r"\{([FDABE])\}", self.template))

    @property
    def is_fund(self) -> bool:
        return self.kinds == {"F"}

    @property
    def is_range(self) -> bool:
        return "A" in self.kinds

    @property
    def is_point(self) -> bool:
        return self.kinds == {"D"}

    @property
    def is_estimate(self) -> bool:
        return self.kinds == {"E"}


def _s(key: str, template: str, names: str, **kw: Any) -> Sense:
    return Sense(key, template, tuple(n.strip() for n in names.split("|") if n.strip()), **kw)


# names of shareholders' equity beyond the plain ones (also read after "return on": ROE)
_EQUITY_NAMES = ("shareholders' equity|shareholders equity|stockholders' equity|stockholders equity|shareholder equity|"
                 "common equity|total equity|book equity|equity|"
                 # British: "shareholders' funds" (round 24)
                 "shareholders' funds|shareholders funds|shareholder funds|shareholders' fund")

SENSES: tuple[Sense, ...] = (
    # fundamentals (SPEC section 1), their plain names and textbook synonyms
    _s("sales", "FF_SALES({F})", "sales|revenue|revenues|net sales|turnover|top line|top-line|takings|"
       # second-language names (French "chiffre d'affaires"; one-word ones are written out by ``text``)
       "figure of affairs|figure of business", money=True,
       base="FF_SALES", estimate="fe_sales", about="Sales (revenue)"),
    _s("gross_inc", "FF_GROSS_INC({F})", "gross income|gross profit|gross profits", money=True, base="FF_GROSS_INC",
       about="Gross income"),
    _s("oper_inc", "FF_OPER_INC({F})", "operating income|operating profit|operating profits|ebit|operating earnings|"
       "earnings before interest and taxes|earnings before interest and tax|"
       "operating result|operating results|result from operations|operational result",
       money=True, base="FF_OPER_INC", about="Operating income"),
    _s("net_inc", "FF_NET_INC({F})", "net income|net profit|net profits|net earnings|profit|profits|earnings|"
       "bottom line|bottom-line|net result|net results|"
       # second-language names (French "bénéfice net", "résultat net", Spanish "beneficio neto")
       "net benefit|net benefits|result net|"
       # Portuguese "lucro líquido", German "Jahresüberschuss", Indian "PAT" (profit after tax)
       "liquid profit|liquid profits|liquid result|annual surplus|profit after tax|profits after tax",
       money=True, base="FF_NET_INC", about="Net income"),
    _s("eps", "FF_EPS({F})", "earnings per share|eps|diluted eps|eps diluted|earnings a share|earn per share|earned per share|"
       "earns per share|earning per share|profit per share|"
       # (round 38, f38a) "how much are analysts expecting X to make per share": "make", as "earn" ("how much did X
       # make" is its net income)
       "make per share|makes per share|made per share|making per share|"
       # French "bénéfice par action" ("per action" is read as per share before any step)
       "benefit per share|result per share|diluted earnings per share|diluted earnings a share|"
       # (round 26: "per diluted share" divides by the diluted shares, as "per share" does; EPS is diluted already)
       "earnings per diluted share|profit per diluted share", money=True, base="FF_EPS",
       estimate="fe_eps", about="Earnings per share, diluted", per_share=True),
    _s("dps", "FF_DPS({F})", "dividend per share|dividends per share|dps|dividend|dividends", money=True,
       base="FF_DPS", about="Dividend per share", per_share=True, in_percent="div_yield"),
    _s("assets", "FF_ASSETS({F})", "total assets|assets|balance sum|balance sheet total|balance total", money=True, base="FF_ASSETS", about="Total assets"),
    _s("liabs", "FF_LIABS({F})", "total liabilities|liabilities", money=True, base="FF_LIABS",
       about="Total liabilities"),
    _s("equity", "FF_EQUITY({F})", "book value|net assets|own capital|own funds|liquid patrimony|net patrimony|" + _EQUITY_NAMES, money=True, base="FF_EQUITY",
       about="Shareholders' equity"),
    _s("debt", "FF_DEBT({F})", "total debt|debt|borrowings|gross debt", money=True, base="FF_DEBT",
       about="Total debt"),
    _s("cash", "FF_CASH({F})", "cash and equivalents|cash and cash equivalents|cash balance|cash|cash pile|cash position|cash holdings|cash holding",
       money=True, base="FF_CASH", about="Cash and equivalents"),
    _s("capex", "FF_CAPEX({F})", "capital expenditure|capital expenditures|capex|capital spending",
       money=True, base="FF_CAPEX", about="Capital expenditure"),
    _s("fcf", "FF_FCF({F})", "free cash flow|free cash flows|free cashflow|fcf|free cash", money=True, base="FF_FCF",
       about="Free cash flow"),
    _s("shares", "FF_SHARES({F})", "diluted shares outstanding|shares outstanding|diluted shares|diluted share count|share count|"
       "diluted share number|"
       "number of shares|outstanding shares|"
       # British: "shares in issue" (round 24)
       "shares in issue|diluted shares in issue|number of shares in issue", base="FF_SHARES", about="Diluted shares (millions)"),
    _s("employees", "FF_EMPLOYEES({F})", "employees|number of employees|headcount|staff|workforce|employee count|people|staff numbers|"
       "payroll size|people on the payroll|on the payroll|staff count|head count|"
       "number of co-workers|labour headcount|labor headcount|labour force|labor force|workforce size|"
       # (round 33) "growth in employee headcount (%)": the headcount's noun with its own noun before it (two hits of
       # the same sense, the unit after them left unread)
       "employee headcount|employee head count|staff headcount|employee numbers",
       base="FF_EMPLOYEES", about="Employees (count)"),
    # ratios of fundamentals (SPEC arithmetic; the readings are documented in docs/finql-translation.md)
    _s("net_margin", "FF_NET_INC({F}) / FF_SALES({F}) * 100", "net margin|net profit margin|profit margin|"
       "net income margin|bottom-line margin|bottom line margin", percent=True, about="Net income / sales, in percent"),
    _s("oper_margin", "FF_OPER_INC({F}) / FF_SALES({F}) * 100", "operating margin|operating profit margin|"
       "ebit margin|opm", percent=True, about="Operating income / sales, in percent"),
    _s("gross_margin", "FF_GROSS_INC({F}) / FF_SALES({F}) * 100", "gross margin|gross profit margin|gm",
       percent=True, about="Gross income / sales, in percent"),
    _s("fcf_margin", "FF_FCF({F}) / FF_SALES({F}) * 100", "free cash flow margin|fcf margin", percent=True,
       about="Free cash flow / sales, in percent"),
    # "return on" any name of equity or of assets ("return on shareholders' equity", "return on total assets")
    _s("roe", "FF_NET_INC({F}) / FF_EQUITY({F}) * 100", "return on equity|roe|" + "|".join(
        f"return on {n}" for n in _EQUITY_NAMES.split("|") if n != "equity") +
       # Portuguese and Spanish "rentabilidade (rentabilidad) do patrimônio", said of the equity only
       "|return on own capital|rentability of the own capital|rentability of own capital|rentability of the equity|"
       "rentability of equity", percent=True,
       about="Net income / equity, in percent"),
    _s("roa", "FF_NET_INC({F}) / FF_ASSETS({F}) * 100", "return on assets|roa|return on total assets", percent=True,
       about="Net income / total assets, in percent"),
    _s("de", "FF_DEBT({F}) / FF_EQUITY({F})", "debt to equity|debt-to-equity|debt/equity|debt to equity ratio|"
       "debt-to-equity ratio|gearing|leverage|leverage ratio|financial leverage", about="Debt / equity"),
    _s("payout", "FF_DPS({F}) / FF_EPS({F}) * 100", "payout ratio|dividend payout ratio|dividend payout|payout share|"
       "payout|distribution quota|distribution ratio",
       percent=True, about="Dividend per share / EPS, in percent"),
    _s("net_debt", "FF_DEBT({F}) - FF_CASH({F})", "net debt|liquid debt", money=True, about="Debt minus cash"),
    _s("net_cash", "FF_CASH({F}) - FF_DEBT({F})", "net cash|net cash position", money=True,
       about="Cash minus debt"),
    # enterprise value from the SPEC's fields: market cap at the date, debt and cash of the fiscal period
    _s("ev", "FG_MKT_CAP({D}) + FF_DEBT({F}) - FF_CASH({F})", "enterprise value|ev", money=True,
       about="Enterprise value: market cap + debt - cash"),
    _s("ev_sales", "(FG_MKT_CAP({D}) + FF_DEBT({F}) - FF_CASH({F})) / FF_SALES({F})", "ev/sales|ev to sales|ev-to-sales|"
       "ev/revenue|ev to revenue|enterprise value to sales|enterprise value to revenue|ev/sales ratio",
       about="Enterprise value / sales"),
    _s("ev_ebit", "(FG_MKT_CAP({D}) + FF_DEBT({F}) - FF_CASH({F})) / FF_OPER_INC({F})", "ev/ebit|ev to ebit|ev-to-ebit|"
       "enterprise value to ebit|ev/operating income", about="Enterprise value / operating income"),
    _s("ps", "FG_MKT_CAP({D}) / FF_SALES({F})", "price to sales|price-to-sales|price/sales|p/s|p/s ratio|ps ratio|"
       "price to sales ratio|price-to-sales ratio|price to revenue|price-to-revenue|price/revenue|sales multiple|"
       "revenue multiple",
       about="Market cap / sales"),
    _s("bvps", "FF_EQUITY({F}) / FF_SHARES({F})", "book value per share", money=True, per_share=True,
       about="Equity / diluted shares"),
    _s("sales_per_emp", "FF_SALES({F}) / FF_EMPLOYEES({F})", "revenue per employee|sales per employee",
       money=True, about="Sales / employees"),
    _s("dividend_cover", "FF_EPS({F}) / FF_DPS({F})", "dividend cover|dividend coverage|dividend cover ratio",
       about="EPS / dividend per share"),
    _s("cash_conversion", "FF_FCF({F}) / FF_NET_INC({F}) * 100", "cash conversion|fcf conversion|"
       "free cash flow conversion|cash conversion ratio", percent=True, about="Free cash flow / net income, in percent"),
    _s("capex_sales", "FF_CAPEX({F}) / FF_SALES({F}) * 100", "capex to sales|capex intensity|capex-to-sales|capex/sales",
       percent=True, about="Capex / sales, in percent"),
    _s("equity_ratio", "FF_EQUITY({F}) / FF_ASSETS({F}) * 100", "equity ratio", percent=True,
       about="Equity / total assets, in percent"),
    _s("asset_turnover", "FF_SALES({F}) / FF_ASSETS({F})", "asset turnover", about="Sales / total assets"),
    # prices and valuation at a date
    _s("price", "P_PRICE({D})", "share price|stock price|closing price|close price|closing share price|closing stock price|"
       "price|quote|close|closing level|trading at|trade at|"
       "trades at|trading price|closed at|closed|close at|"
       # second-language names of the share price (French "cours", German "Kurs", "cotation")
       "course|closing course|share course|stock course|quotation|closing quotation|share quotation|stock quotation",
       money=True, about="Closing price", per_share=True),
    _s("volume", "P_VOLUME({D})", "trading volume|volume|shares traded|traded volume|traded|number of shares traded", about="Traded volume"),
    _s("mkt_cap", "FG_MKT_CAP({D})", "market cap|market capitalization|market capitalisation|market value|"
       "market valuation|mcap|market-cap|worth|valued at|valuation|"
       # German "Börsenwert"
       "stock exchange value|stock market value", money=True, about="Market capitalisation"),
    _s("pe", "FG_PE({D})", "p/e|p/e ratio|pe ratio|pe|trailing p/e|trailing pe|trailing p/e ratio|price to earnings|price-to-earnings|price/earnings|"
       "price earnings ratio|price-earnings ratio|price-earnings|earnings multiple|p/e multiple|times earnings|price-to-earnings ratio|price to earnings ratio|"
       "price/earnings ratio|trailing price-to-earnings|trailing price to earnings|times trailing earnings|trailing earnings multiple|"
       "trailing price/earnings|trailing price/earnings ratio|trailing price-to-earnings ratio|trailing price to earnings ratio",
       about="Price / trailing EPS"),
    _s("pb", "FG_PB({D})", "p/b|p/b ratio|pb ratio|pb|price to book|price-to-book|price/book|price to book value|price-to-book ratio|"
       "price to book ratio|price/book ratio|price-to-book value|"
       # (round 31) the German "Kurs-Buchwert-Verhältnis" written as the P/E's "price-earnings ratio" is
       "price-book ratio|price book ratio",
       about="Market cap / equity"),
    # (round 33) book value over the market value: one over SPEC's P/B (its equity the latest quarter's, at the day's
    # market cap), a ratio as the P/B is ("book-to-price ratio (1 divided by the price-to-book ratio)" ranked by the
    # share price, the term's "price" read alone: a wrong answer)
    _s("book_to_price", "1 / FG_PB({D})", "book-to-price|book to price|book-to-price ratio|book to price ratio|"
       "book/price|book-to-market|book to market|book-to-market ratio|book to market ratio|book/market|b/p|"
       "b/p ratio", about="Equity / market cap (1 / P/B)"),
    # trailing EPS over the price, in percent (the inverse of FG_PE, but negative where EPS is)
    # free cash flow over market value, in percent (money over money of the same currency)
    _s("fcf_yield", "FF_FCF({F}) / FG_MKT_CAP({D}) * 100", "free cash flow yield|fcf yield|free-cash-flow yield|"
       "free cash flow yields|fcf yields", percent=True, about="Free cash flow / market cap, in percent"),
    _s("earnings_yield", "FF_EPS(LTM) / P_PRICE({D}) * 100", "earnings yield|earnings yields|e/p|earnings-to-price|"
       "earnings to price|trailing earnings yield", percent=True, about="Trailing EPS / price, in percent"),
    _s("fwd_earnings_yield", "FE_EPS({E}) / P_PRICE({D}) * 100", "forward earnings yield|forward e/p|"
       "prospective earnings yield", percent=True, about="Next year's consensus EPS / price, in percent"),
    _s("div_yield", "FG_DIV_YIELD({D})", "dividend yield|yield|dividend yields|yielding|trailing dividend yield|trailing yield|"
       # French "rendement du dividende"
       "rendement of the dividend|rendement of dividend|dividend rendement", percent=True,
       about="Trailing DPS / price, in percent"),
    # prices over a range
    _s("return", "P_RETURN({A}, {B})", "share price return|stock return|price return|total return|return|returns|"
       "performance|share price performance|stock performance|price performance|price change|course performance|"
       "share price change|change in share price|change in the share price", percent=True,
       about="Share price return between two dates, in percent"),
    _s("high", "P_HIGH({A}, {B})", "highest close|highest closing price|highest price|high|peak|peak price|peak close|"
       "peak closing price|peak share price|highest share price|peak stock price|highest stock price|high price|52-week high|all-time high|closing high|"
       # (round 46, f46v) "X high close in calendar 2024": the high said of the close (the close was read apart, a
       # price at D0 beside the high: a column nobody asked for)
       "high close|high closing price|"
       "highest course|highest closing course|highest quotation|highest quote|highest stand",
       money=True, per_share=True, about="Highest close in a date range"),
    _s("low", "P_LOW({A}, {B})", "lowest close|lowest closing price|lowest price|low|low price|trough|"
       "lowest share price|lowest stock price|52-week low|all-time low|closing low|low close|low closing price|lowest course|lowest closing course|lowest quotation|"
       "lowest quote|lowest stand", money=True, per_share=True,
       about="Lowest close in a date range"),
    # consensus estimates (SPEC: FY1 = FY2025, FY2 = FY2026, as of 2024-12-31)
    _s("fe_eps", "FE_EPS({E})", "consensus eps|eps estimate|eps consensus|eps forecast|estimated eps|"
       "expected eps|forecast eps|earnings estimate|earnings per share estimate", money=True, base="FE_EPS",
       per_share=True, about="Consensus mean EPS"),
    _s("fe_sales", "FE_SALES({E})", "consensus sales|consensus revenue|sales estimate|revenue estimate|"
       "sales forecast|revenue forecast|sales consensus|revenue consensus|expected revenue|expected sales|"
       "estimated revenue|estimated sales", money=True, base="FE_SALES", about="Consensus mean sales"),
    _s("fe_num", "FE_NUM({E})", "number of analysts|analyst coverage|analyst count|analysts covering|"
       "analysts cover|analysts following|analysts follow|how many analysts|number of analysts covering|"
       "number of analysts following|number of analysts tracking|analysts tracking|number of estimates|"
       "how many estimates|estimate count|number of analyst estimates|how many analyst estimates|"
       "number of contributing analysts|analysts contributing|" + "|".join(
           f"{count}{who} {verb}" for count in ("how many ", "number of ", "") for who in ("analysts", "brokers")
           for verb in ("cover", "covers", "covering", "follow", "follows", "following", "track", "tracks",
                        "tracking", "contribute", "contributing", "contributing to", "contribute to",
                        # "how many analysts are following X"
                        "are covering", "are following", "are tracking", "are contributing", "are contributing to")) + "|" + "|".join(
           # verbs that also say what analysts expect ("what do analysts forecast for EPS") count only after "how many"
           f"{count}{who} {verb}" for count in ("how many ", "number of ") for who in ("analysts", "brokers")
           for verb in ("publish", "publishing", "provide", "providing", "estimate", "estimating", "forecast",
                        "forecasting", "behind", "are behind", "in the consensus")) + "|how many brokers|number of brokers|"
       "broker coverage|broker count", base="FE_NUM", about="Number of analysts"),
    _s("fwd_pe", "P_PRICE({D}) / FE_EPS({E})", "forward p/e|forward pe|forward price to earnings|"
       "forward price-to-earnings|forward earnings multiple|forward p/e ratio|times forward earnings", about="Price / next year's consensus EPS"),
)



# a part's short name in a ratio's name, and the other names of that part ("capex/sales" is "capital expenditure/
# revenue"): general English of financial writing, closed
_PART_NAMES = (("sales", ("revenue",)), ("capex", ("capital expenditure", "capital expenditures", "capital spending")),
               ("fcf", ("free cash flow",)))


def _part_named(senses: tuple[Sense, ...]) -> tuple[Sense, ...]:
    """Each sense whose name holds a part's short name ("sales", "capex", "fcf") named with the part's other names too
    ("capex to revenue", "capex/revenue", "capital expenditure/sales" as "capex/sales"): the same ratio, in the same
    unit ("capex/revenue" was read as a plain slash, without the percent the named ratio is in: a wrong answer; round
    23: "capital expenditure/sales" the same). A name another sense holds already is left to it."""
    taken = {n for x in senses for n in x.names}
    out = []
    for x in senses:
        names = list(x.names)
        for short, longs in _PART_NAMES:
            names += [re.sub(rf"\b{short}\b", long, n) for n in names if re.search(rf"\b{short}\b", n) for long in longs]
        # the yield said with its base after it: "yield on dividends", "the yield on free cash flow" ("dividend yield")
        names += [f"yield on {art}{b}" for n in names for m in (re.fullmatch(r"(?!trailing\b)([a-z][a-z ]*?) yield", n),) if m
                  for b in dict.fromkeys((m.group(1), m.group(1) + "s" if re.fullmatch(r"[a-z]{4,}[^s]", m.group(1)) else m.group(1)))
                  for art in ("", "the ", "its ", "their ")]
        extra = tuple(dict.fromkeys(n for n in names if n not in taken))
        out.append(replace(x, names=x.names + extra) if extra else x)
    return tuple(out)


def _code_named(senses: tuple[Sense, ...]) -> tuple[Sense, ...]:
    """(round 27, f27s) Each sense that is one FinQL metric named by that metric's code too, as a reader of SPEC
    types it ("FF_SALES FY2023 NWSY", "P_RETURN q3 2024 EAST", "fg_pe of the banks"): the code is the sense."""
    out = []
    for x in senses:
        m = re.fullmatch(r"([A-Z]+_[A-Z_]+)\(\{[A-Z]\}(?:, \{[A-Z]\})?\)", x.template)
        code = m.group(1).lower() if m else None
        out.append(replace(x, names=(*x.names, code)) if code and code not in x.names else x)
    return tuple(out)


SENSES = _code_named(_part_named(SENSES))


def plain_names(sense: Sense) -> tuple[str, ...]:
    """The sense's names in English words, without its FinQL code (``_code_named``): the words the spelling step
    knows ("liabs" of "ff_liabs" is no word of the chain; it is read as the slip of "liabilities" it is)."""
    return tuple(n for n in sense.names if "_" not in n)
BY_KEY = {s.key: s for s in SENSES}

# The measures where more is plainly better, so "best" and "worst" say a direction: incomes, margins, returns on
# capital, yields, the share price return, and their growth. Of the others ("the best P/E", "the worst debt") the
# words read two ways (cheap or rich, little or much) and are refused, naming them.
BETTER_HIGHER = frozenset({
    "sales", "gross_inc", "oper_inc", "net_inc", "eps", "dps", "fcf", "net_margin", "oper_margin", "gross_margin",
    "fcf_margin", "roe", "roa", "net_cash", "sales_per_emp", "dividend_cover", "cash_conversion", "asset_turnover",
    "fcf_yield", "earnings_yield", "fwd_earnings_yield", "div_yield", "return", "fe_eps", "fe_sales",
})

# How far the close stands from the range's high (low), in percent: "how much is X down from its 52-week high",
# "how far above its 2024 low did X end the year" (the close at the range's last day). No names: the composer
# reads them from a high or low placed after "from"/"below"/"above", never from words of their own.
FROM_EXTREME = {
    "high": _s("from_high", "(P_PRICE({B}) / P_HIGH({A}, {B}) - 1) * 100", "", percent=True,
               about="Close against the range's highest close, in percent"),
    "low": _s("from_low", "(P_PRICE({B}) / P_LOW({A}, {B}) - 1) * 100", "", percent=True,
              about="Close against the range's lowest close, in percent"),
}

# Common financial measures FinQL does not carry: anchors so the meaning matcher refuses them
# instead of landing on the nearest FinQL metric.
OUT_OF_SCOPE = (
    "ebitda", "ebitda margin", "ev/ebitda", "ev to ebitda", "interest expense", "interest income",
    "interest coverage", "beta", "volatility", "current ratio", "quick ratio", "working capital",
    "inventory", "accounts receivable", "goodwill", "cost of goods sold", "operating expenses",
    "research and development", "r&d spending", "tax rate", "taxes", "depreciation", "amortisation",
    "segment revenue", "revenue by region", "revenue by segment", "product line", "business segment", "by product",
    "geographic breakdown", "stores", "market share", "credit rating",
    "price target", "analyst rating", "recommendation", "short interest", "options", "implied volatility",
    "bond yield", "coupon", "sharpe ratio", "intraday price", "opening price", "bid ask spread",
    "ceo", "chief executive", "founder", "headquarters", "address", "website", "customers", "patents",
    "esg score", "carbon emissions", "news", "lawsuit", "merger", "acquisition", "peers", "competitors",
    "weather", "salary", "compensation", "board of directors",
    "balance sheet", "shareholders", "largest shareholders", "ownership", "institutional investors",
    "cost of sales", "cost of revenue", "cost of revenues", "cogs", "return on invested capital", "roic",
    "return on capital employed", "roce", "peg ratio", "free float", "sg&a", "ebitda multiple",
    # cash flows FinQL does not carry (only free cash flow): never "cash" and a misspelt "low"
    "operating cash flow", "cash flow from operations", "cash from operations", "operating cash", "cash flow",
    "investing cash flow", "financing cash flow", "pre-tax income", "pretax income", "pre-tax profit",
    # bank measures whose names hold a FinQL name ("net interest margin" is no net margin)
    "net interest margin", "net interest income", "loan book", "deposits",
    # the rate at which staff leave, whose name holds a FinQL name (turnover is sales)
    "billings", "staff turnover", "employee turnover", "labour turnover", "labor turnover", "staff attrition",
    # the trading in a company's shares (in money, or against the shares outstanding): no FinQL item ("APXM share
    # turnover in 2023" was its sales)
    "share turnover", "stock turnover", "trading turnover",
    # staff hired or laid off: gross flows (FinQL holds the headcount; "how many people did X hire" was read as the
    # growth of the headcount, "hire" corrected to "hike": a wrong answer)
    # ("hiring" is also a topic, "I'm writing about hiring at software firms": not here)
    "hire", "hires", "hired", "new hires", "layoffs", "job cuts",
    # benefits and results that are not the net income ("benefit" and "net result" are its second-language names)
    "employee benefits", "pension benefits", "tax benefit", "tax benefits", "benefit obligations",
    "financial result", "result before tax", "result before taxes", "extraordinary result",
    # a return against a benchmark, named or not (FinQL has no relative return): never a plain return
    "outperform", "outperformed", "outperforms", "outperforming", "outperformance", "outperformer", "outperformers",
    "underperform", "underperformed", "underperforms", "underperforming", "underperformance", "benchmark",
    # shares a company issues, sells or buys back in a period (FinQL has the diluted share count only): never the
    # count, nor "issue" read as a misspelt "issuer", "sell" as "well"
    "share issuance", "shares issued", "issue shares", "sell shares", "share sale", "share buyback",
    # parts of the balance sheet whose names hold a FinQL name: never the whole item ("lease liabilities" were the
    # total liabilities, "lease" read as a misspelt "please"; "current liabilities" the total, "current" read as now)
    "lease liabilities", "lease liability", "lease debt", "lease obligations", "current liabilities", "current assets",
    "tax liabilities", "deferred tax", "pension liabilities",
)


@dataclass
class Hit:
    sense: Sense
    start: int
    end: int
    how: str = "name"  # name | fuzzy | meaning | model
    score: float = 1.0


def _pattern(name: str) -> re.Pattern[str]:
    suffix = r"(?:'s|s)?" if name[-1].isalpha() else ""
    # "price / book", "p / e": a slash inside a name may have spaces around it; (round 36, lead) and a space between two
    # words of a name may be written as a hyphen, "dividend-yield", "net-income" (f36a noticed: "dividend-yield" read
    # "dividend" as the dividend per share beside the yield, a column nobody asked for)
    return re.compile(r"(?<![\w/])" + re.escape(name).replace("/", r"\s?/\s?").replace(r"\ ", r"[\s-]") + suffix
                      + r"(?![\w/])")


# longest pattern first, each space counted as before hyphens were allowed ("[\s-]" is three characters longer than
# the escaped space), so the order is round 35's
_NAMES: list[tuple[re.Pattern[str], Sense]] = [(rx, s) for rx, s, _n in sorted(
    [(_pattern(n), s, n) for s in SENSES for n in s.names], key=lambda r: -(len(r[0].pattern) - 3 * r[2].count(" ")))]


# (round 31) a word after "highest / lowest (share) price" that makes it a ranking of another measure ("share price
# return", "price performance"): "the highest share price return in 2023" was the high's name, then "return" left unread
_PRICE_MOVE_AFTER = re.compile(r"\s+(?:returns?|performance|changes?|moves?|gains?)\b"
                               # (round 33, f33g) "the lowest share price today relative to its 20-day low": the
                               # ranking of a ratio of today's price, not the low of one day's closes
                               r"|\s+(?:today|now|currently|at\s+present)\s+(?:relative\s+to|as\s+a\s+percentage\s+of|"
                               r"compared\s+(?:to|with)|divided\s+by|over)\b")


def find(text: str, free: Any) -> list[Hit]:
    """Every sense name in lower-case ``text`` whose span ``free(start, end)`` allows, longest first."""
    hits: list[Hit] = []
    taken: list[tuple[int, int]] = []
    for rx, sense in _NAMES:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken) or not free(m.start(), m.end()):
                continue
            if sense.key in ("high", "low") and _PRICE_MOVE_AFTER.match(text, m.end()) \
                    and re.fullmatch(r"(?:highest|lowest)\s+(?:share|stock)\s+price", m.group(0)):
                # (round 31) "the highest share price return": a ranking by the return, not the high's name; "trough to
                # peak price change" ("lowest and highest price change") keeps the low and the high, refused
                continue
            if re.fullmatch(r"(?:high|low)\s+clos\w+(?:\s+price)?", m.group(0)) and re.match(r"\s+to\b", text[m.end():]):
                continue  # ((round 46, f46v) "ended 2024 with a high close to their peak": "close to", near)
            modified = _modified_first(text, m)
            if modified is not None and modified < 0:
                continue  # "net debt to equity": "net debt" over equity, not "net" and debt-to-equity
            start = m.start() if modified is None or not free(modified, m.start()) else modified
            taken.append((start, m.end()))
            hits.append(Hit(sense, start, m.end()))
    hits.extend(_slashed(text, taken, free))
    hits.extend(Hit(BY_KEY[key], s, e) for key, spans in (("pe", per_ratio(text)), ("fwd_pe", forward_per(text)),
                                                          ("net_inc", [m.span(1) for m in _BENEFIT.finditer(text)]),
                                                          ("equity", [m.span(1) for m in _TIMES_BOOK.finditer(text)]),
                                                          ("cash", [m.span(1) for m in _TREASURY.finditer(text)]))
                for s, e in spans if free(s, e) and not any(s < te and ts < e for ts, te in taken))
    hits.extend(_ellipses(text, hits, taken, free))
    return sorted(hits, key=lambda h: h.start)


# "PER" (the P/E in French, Spanish, Italian and German usage) against the preposition "per": the preposition always
# governs a noun after it ("sales per employee", "per share", "as per the filing"); the ratio stands where no noun
# follows, after a determiner or a modifier of a measure, or first ("PER and price to book", "the PER of X", "a per
# under 15", "banks with the lowest PER today")
_PER_BEFORE = (r"(?:^\W*|[,(:;]\s*|\b(?P<mod>the|a|an|its|their|his|her|our|my|whose|with|and|or|by|of|forward|fwd|"
               r"trailing|current|actual|lowest|highest|low|high|lower|higher|average|median|cheapest|same)\s+)")
_PER_AFTER = (r"(?=\s*(?:$|[,.;:?!)<>=]|(?:ratios?|multiples?|of|for|at|on|in|today|now|actually|and|or|under|below|above|over|"
              r"less|more|lower|higher|greater|smaller|than|between|is|was|are|were|stood|actual|currently)\b))")
PER_RATIO = re.compile(_PER_BEFORE + r"(?P<per>per)(?:\s+ratios?)?" + _PER_AFTER)
# "per" followed by nothing it could govern, however it was preceded: neither the preposition nor, read safely, the
# ratio ("sales per and P/E"), or after a determiner that no preposition follows ("the PER 2023 of X"): the agent
# refuses, naming it, rather than dropping it as a function word
PER_DANGLING = re.compile(r"\bper\b" + _PER_AFTER + r"|\b(?:the|its|their)\s+per\b(?!-)")


# "the benefit of X", "its benefit": the net income in second-language English (French "bénéfice"), only as a noun
# after a determiner; the verb ("companies that benefit from", "benefited the most") is no measure
_BENEFIT = re.compile(r"(?:\b(?:the|its|their|a|total|annual|yearly)\s+|'s?\s+)(benefits?)\b(?!\s+(?:from|to|for|of\s+(?:the|a|an|lower|"
                      r"higher|rising|falling|cheaper)\b))")


# "the treasury and the debts of X" (French "trésorerie", Spanish "tesorería"): the cash, as a noun after a determiner;
# treasury shares (stock, bills, bonds, yields) and a government's treasury are other things, left unread
_TREASURY = re.compile(r"\b(?:the|its|their)\s+(treasury)\b(?![\s-]+(?:shares?|stocks?|bills?|bonds?|notes?|yields?|"
                       r"department|secretary|securities|method|rates?)\b)")


# "trading below 1.2x book" ("1.2 times book"): the book value, of which the market value is a multiple (as of "times
# book value"; the multiple is composed with the measure or the trading verb before it)
_TIMES_BOOK = re.compile(r"\btimes\s+(?:its\s+|their\s+)?(book)\b(?![\s-]+value)")


def per_ratio(text: str) -> list[tuple[int, int]]:
    """The spans of "per" (with its "ratio") that name the P/E in lower-case ``text``."""
    return [(m.start("per"), m.end()) for m in PER_RATIO.finditer(text) if m.group("mod") not in ("forward", "fwd")]


def forward_per(text: str) -> list[tuple[int, int]]:
    """The spans of "forward PER" (the forward P/E) in lower-case ``text``."""
    return [(m.start("mod"), m.end()) for m in PER_RATIO.finditer(text) if m.group("mod") in ("forward", "fwd")]


def _slashed(text: str, taken: list[tuple[int, int]], free: Any) -> list[Hit]:
    """"fcf/sales", "net income/revenue": two names joined by a slash (a ratio the composer divides), read only
    where both sides are names; a slash inside a name ("p/e", "ev/sales") was read with the name."""
    out: list[Hit] = []
    for m in re.finditer(r"(?<=[a-z])\s?/\s?(?=[a-z])", text):
        left = max((n for n in NAME_WORDS if re.search(r"(?<![\w/])" + re.escape(n) + r"s?$", text[:m.start()])),
                   key=len, default=None)
        # "mcap/ttm fcf", "mkt cap / ltm sales": a period written between the slash and the second name is that name's
        period = re.match(r"(?:ttm|ltm|fy\s?\d{2}(?:\d{2})?|\d{4})\s+", text[m.end():])
        at = m.end() + (period.end() if period else 0)
        right = max((n for n in NAME_WORDS if re.match(re.escape(n) + r"s?(?![\w/])", text[at:])), key=len,
                    default=None)
        if left is None or right is None:
            continue
        ls = re.search(r"(?<![\w/])" + re.escape(left) + r"s?$", text[:m.start()]).start()  # type: ignore[union-attr]
        re_ = at + re.match(re.escape(right) + r"s?", text[at:]).end()  # type: ignore[union-attr]
        spans = [(ls, m.start()), (at, re_)]
        if period and (at, re_) in taken:  # ("mcap/ttm fcf": the second name, after its period, was read already)
            spans = spans[:1]
        if any(a < e and s < b for a, b in spans for s, e in taken) or not all(free(a, b) for a, b in spans):
            continue
        taken.extend(spans)
        out += [Hit(NAME_WORDS[left][0], ls, m.start())] + (
            [Hit(NAME_WORDS[right][0], at, re_)] if len(spans) == 2 else [])
    return out


def _modified_first(text: str, m: re.Match[str]) -> int | None:
    """Whether a ratio's name ("debt to equity", "debt/equity") starts with a word that the word before it
    makes into another name ("net" + "debt"): then that name is the ratio's first term (-1). Where the two words name
    the measure the first word names alone ("total debt-to-equity": "total debt" is the debt), the ratio is whole and
    the modifier is its part: its start is returned (it was read as "total debt" over "equity ratio", equity over
    assets: a wrong answer). None where no modifier stands before the ratio's name."""
    first = re.match(r"[a-z]+", m.group(0))
    before = re.search(r"(?<![\w/])([a-z]+)[\s-]+$", text[:m.start()])
    if not first or not before or not re.search(r"\s+to\s+|-to-|/", m.group(0)):
        return None
    if re.fullmatch(r"\w+est|most|least|higher|lower|top|bottom", before.group(1)):
        return None  # "from the lowest to the highest price-to-book": a superlative ranks by the ratio after it
    modified = NAME_WORDS.get(f"{before.group(1)} {first.group(0)}")
    if not modified:
        return None
    return before.start(1) if {s.key for s in modified} == {s.key for s in NAME_WORDS.get(first.group(0), ())} else -1


def _named(name: str) -> Sense | None:
    """The sense a whole name (or its plural) names."""
    found = NAME_WORDS.get(name) or (NAME_WORDS.get(name[:-1]) if name.endswith("s") else None)
    return found[0] if found else None


def _ellipses(text: str, hits: list[Hit], taken: list[tuple[int, int]], free: Any) -> list[Hit]:
    """Coordinated modifiers sharing one head noun: "gross and operating income", "gross, operating and net
    margins" name one sense each (the head written once, after the last)."""
    out: list[Hit] = []
    for h in list(hits):
        first, _sp, head = text[h.start:h.end].partition(" ")
        if not head:
            continue
        pos = h.start
        while True:
            m = re.search(r"(?<![\w/])([a-z][a-z-]*)(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s+or\s+|\s*&\s*|\s*/\s*)(?:the\s+)?$",
                          text[:pos])
            sense = _named(f"{m.group(1)} {head}") if m else None
            if m is None or sense is None or any(m.start(1) < e and s < m.end(1) for s, e in taken) \
                    or not free(m.start(1), m.end(1)):
                break
            taken.append((m.start(1), m.end(1)))
            out.append(Hit(sense, m.start(1), m.end(1)))
            pos = m.start(1)
    return out


NAME_WORDS: dict[str, list[Sense]] = {}
for _sense in SENSES:
    for _n in _sense.names:
        NAME_WORDS.setdefault(_n, []).append(_sense)
_VOCAB = sorted(NAME_WORDS)


def fuzzy(phrase: str, cutoff: float = 85.0) -> tuple[Sense, float] | None:
    """A sense whose name is a close spelling of ``phrase``: one edit (a transposition counts as one)
    for words up to 6 letters, two up to 11, three beyond; at least 4 letters; one clear best."""
    n = len(phrase.replace(" ", ""))
    if n < 4:
        return None
    edits = 1 if n <= 6 else 2 if n <= 11 else 3
    found = process.extract(phrase, _VOCAB, scorer=OSA.distance, score_cutoff=edits, limit=5)
    # another form of the same word ("trade" / "traded") is a different word, not a typo; and a word
    # that is a form of a name ("earning" / "earnings") is no misspelling of a third one ("gearing")
    # a word cut short by one letter ("revenu", "earning") is that word
    cut = {s.key for f in found if f[0].startswith(phrase) and len(f[0]) == len(phrase) + 1 and n >= 5
           for s in NAME_WORDS[f[0]]}
    if len(cut) == 1:
        name = next(f[0] for f in found if f[0].startswith(phrase) and len(f[0]) == len(phrase) + 1)
        return NAME_WORDS[name][0], 90.0
    if not found or any(f[0].startswith(phrase) or phrase.startswith(f[0]) for f in found):
        return None
    best = min(d for _n, d, _i in found)
    names = [name for name, d, _i in found if d == best]
    if best > 1 and not any(name[0] == phrase[0] for name in names):
        return None  # two edits and another first letter: a word of its own ("coverage" is no "leverage")
    if _english_slip(phrase, names[0]):
        # one or two edits from an English word: that word ("profile" is no "profit", "staples" no "sales"; round 25:
        # "FALC's next sales" is no "net sales", it was read as the sales, "next debt" as net debt, the "next" dropped)
        return None
    keys = {s.key for name in names for s in NAME_WORDS[name]}
    if len(keys) != 1:
        return None
    sense = NAME_WORDS[names[0]][0]
    return sense, float(100 - 10 * best)


def _english_slip(phrase: str, name: str) -> bool:
    """Whether ``phrase`` two edits from ``name`` differs from it only by common English words that look like the name's
    words (round 24: a real word is that word, not a slip of the name: "profile" is no "profit"). A form of the name's
    word (six letters or more in common at the start: "employed", "employees") is the word; an unlike word of a
    phrase ("price earnings basis" beside "price earnings ratio") is left to the match."""
    from os.path import commonprefix

    from finql.translate.spelling import english

    words, names = phrase.split(), name.split()
    if len(words) != len(names):
        return False
    own = [(w, n) for w, n in zip(words, names, strict=True) if w != n]
    return bool(own) and all(english(w) and OSA.distance(w, n) <= 2 and len(commonprefix([w, n])) < 6 for w, n in own)


@dataclass
class Nearest:
    """The meaning matcher's verdict on one phrase."""

    ranked: list[tuple[str, float]] = field(default_factory=list)  # (sense key or "out_of_scope"), best first

    def best(self) -> tuple[str, float]:
        return self.ranked[0] if self.ranked else ("", 0.0)


class SenseIndex:
    """The names of every sense (and the out-of-scope anchors) embedded once, compared by cosine.

    Built lazily into locals and published once under a lock, so concurrent first questions
    never see a half-built index; after that it is read-only.
    """

    def __init__(self, embedder: Any, cache_dir: str | Path | None = None) -> None:
        self.embedder = embedder
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self._lock = threading.Lock()
        self._built: tuple[list[str], np.ndarray] | None = None

    def _embed(self, texts: list[str]) -> np.ndarray:
        # names are short phrases, like the question's words: both sides embedded as queries
        if hasattr(self.embedder, "embed_queries"):
            return np.asarray(self.embedder.embed_queries(texts), dtype=np.float32)
        if hasattr(self.embedder, "embed_query"):
            return np.stack([np.asarray(self.embedder.embed_query(t), dtype=np.float32) for t in texts])
        return np.asarray(self.embedder.embed(texts), dtype=np.float32)

    def build(self) -> tuple[list[str], np.ndarray]:
        if self._built is None:
            with self._lock:
                if self._built is None:
                    labels = [s.key for s in SENSES for _n in plain_names(s)] + ["out_of_scope"] * len(OUT_OF_SCOPE)
                    texts = [n for s in SENSES for n in plain_names(s)] + list(OUT_OF_SCOPE)
                    vectors = self._cached(texts)
                    self._built = (labels, vectors)
        return self._built

    def _cached(self, texts: list[str]) -> np.ndarray:
        """The names' vectors, from a file under CHARTER_HOME keyed by embedder and names (embedding ~300
        phrases takes seconds; a question should not wait for it)."""
        if self.cache_dir is None:
            return self._embed(texts)
        key = hashlib.sha256(json.dumps([getattr(self.embedder, "name", type(self.embedder).__name__),
                                         getattr(self.embedder, "dimensions", 0), texts]).encode()).hexdigest()[:24]
        path = self.cache_dir / f"senses-{key}.npy"
        try:
            vectors = np.load(path)
            if vectors.shape[0] == len(texts):
                return vectors
        except (OSError, ValueError):
            pass
        vectors = self._embed(texts)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
            with tmp.open("wb") as fh:
                np.save(fh, vectors)
            tmp.replace(path)  # atomically: a reader never sees half a file
        except OSError:
            pass  # a read-only home: embed again next process
        return vectors

    def nearest(self, phrase: str) -> Nearest:
        labels, vectors = self.build()
        v = self._embed([phrase])[0]
        scores = vectors @ v
        best: dict[str, float] = {}
        for label, score in zip(labels, scores, strict=True):
            if score > best.get(label, -2.0):
                best[label] = float(score)
        return Nearest(sorted(best.items(), key=lambda kv: -kv[1]))


_INDEXES: dict[tuple[int, str], SenseIndex] = {}
_INDEX_LOCK = threading.Lock()


def sense_index(embedder: Any, cache_dir: str | Path | None = None) -> SenseIndex:
    """One index per embedder object and cache folder (the embedder is one per provider per process)."""
    key = (id(embedder), str(cache_dir or ""))
    with _INDEX_LOCK:
        idx = _INDEXES.get(key)
        if idx is None or idx.embedder is not embedder:
            idx = SenseIndex(embedder, cache_dir)
            _INDEXES[key] = idx
        return idx
