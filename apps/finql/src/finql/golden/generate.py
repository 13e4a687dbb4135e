"""Generate the FinQL golden sets (dev.jsonl, test.jsonl) from templates with fixed seeds.

Gold queries are written here directly from each case's frame, never by the translator, and
the dev and test splits draw their phrasings from disjoint template lists so tuning on dev
cannot memorise test wording.  Run: ``python -m finql.golden.generate``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

from finql.language.registry import companies

HERE = Path(__file__).resolve().parent
C = companies()
NX = [c for c in C if "NX100" in c.indexes]
NON_NX = [c for c in C if "NX100" not in c.indexes]
OLD = [c for c in C if c.ipo_year <= 2012]  # full history 2015..2024

# (phrase, FinQL template with {p}, money?)
FUND = [("revenue", "FF_SALES({p})"), ("sales", "FF_SALES({p})"), ("net income", "FF_NET_INC({p})"),
        ("operating income", "FF_OPER_INC({p})"), ("EPS", "FF_EPS({p})"), ("free cash flow", "FF_FCF({p})"),
        ("total debt", "FF_DEBT({p})"), ("gross profit", "FF_GROSS_INC({p})"), ("capex", "FF_CAPEX({p})"),
        ("number of employees", "FF_EMPLOYEES({p})"), ("cash", "FF_CASH({p})"), ("total assets", "FF_ASSETS({p})"),
        ("dividend per share", "FF_DPS({p})"), ("shareholders' equity", "FF_EQUITY({p})")]
FUND_T = [("turnover", "FF_SALES({p})"), ("net profit", "FF_NET_INC({p})"), ("operating profit", "FF_OPER_INC({p})"),
          ("earnings per share", "FF_EPS({p})"), ("FCF", "FF_FCF({p})"), ("debt", "FF_DEBT({p})"),
          ("headcount", "FF_EMPLOYEES({p})"), ("capital expenditure", "FF_CAPEX({p})"),
          ("total liabilities", "FF_LIABS({p})"), ("diluted shares outstanding", "FF_SHARES({p})"),
          ("top line", "FF_SALES({p})"), ("bottom line", "FF_NET_INC({p})")]
RATIO = [("net margin", "FF_NET_INC({p}) / FF_SALES({p}) * 100"),
         ("operating margin", "FF_OPER_INC({p}) / FF_SALES({p}) * 100"),
         ("return on equity", "FF_NET_INC({p}) / FF_EQUITY({p}) * 100"),
         ("debt-to-equity ratio", "FF_DEBT({p}) / FF_EQUITY({p})")]
RATIO_T = [("profit margin", "FF_NET_INC({p}) / FF_SALES({p}) * 100"),
           ("gross margin", "FF_GROSS_INC({p}) / FF_SALES({p}) * 100"),
           ("ROE", "FF_NET_INC({p}) / FF_EQUITY({p}) * 100"),
           ("return on assets", "FF_NET_INC({p}) / FF_ASSETS({p}) * 100")]
BASES = [("revenue", "FF_SALES"), ("net income", "FF_NET_INC"), ("EPS", "FF_EPS"), ("free cash flow", "FF_FCF"),
         ("operating income", "FF_OPER_INC")]
BASES_T = [("sales", "FF_SALES"), ("earnings per share", "FF_EPS"), ("net profit", "FF_NET_INC"),
           ("dividend per share", "FF_DPS"), ("headcount", "FF_EMPLOYEES")]
INDS = {"Banks": ["banks"], "Insurance": ["insurers"], "Semiconductors": ["semiconductor companies", "chipmakers"],
        "Airlines": ["airlines"], "Automobiles": ["automakers", "car makers"], "Beverages": ["beverage companies"],
        "Retail": ["retailers"], "Electric Utilities": ["electric utilities"], "Payments": ["payments companies"],
        "Metals & Mining": ["miners", "mining companies"], "Hotels & Leisure": ["hotel and leisure companies"],
        "Renewable Energy": ["renewable energy companies"], "REITs": ["REITs"], "Logistics": ["logistics companies"],
        "Pharmaceuticals": ["pharma companies"], "Chemicals": ["chemical companies"], "Telecom": ["telecoms"],
        "IT Services": ["IT services firms"], "Real Estate Services": ["real estate services companies"]}
SECTS = {"Information Technology": ["tech companies", "technology stocks"], "Financials": ["financials", "financial companies"],
         "Energy": ["energy companies"], "Materials": ["materials companies"], "Industrials": ["industrials"],
         "Utilities": ["utilities"], "Consumer Staples": ["consumer staples companies"],
         "Consumer Discretionary": ["consumer discretionary companies"], "Health Care": ["health care companies", "healthcare stocks"],
         "Real Estate": ["real estate companies"], "Communication Services": ["communication services companies"]}
COUNTRIES = {"Germany": ["German"], "France": ["French"], "Japan": ["Japanese"], "Canada": ["Canadian"],
             "United Kingdom": ["British", "UK"], "United States": ["US", "American"]}
CUR = {"USD": ["US dollars", "USD", "dollars"], "EUR": ["euros", "EUR"], "GBP": ["pounds", "GBP"], "JPY": ["yen"],
       "CAD": ["Canadian dollars"], "CHF": ["Swiss francs"]}


def loose(c, rng: random.Random, split: str) -> str:
    """A loosely given company name: full, ticker, misspelt, or family + industry hint."""
    fam = [x for x in C if x.name.split()[0] == c.name.split()[0]]
    choices = ["full", "ticker"]
    if len(c.name.split()[1]) > 5:
        choices.append("typo")
    if len(fam) > 1:
        choices.append("arm")
    kind = rng.choice(choices)
    if kind == "ticker":
        return c.ticker
    if kind == "typo":
        words = c.name.split()
        w = words[1]
        i = rng.randrange(1, len(w) - 2)
        words[1] = w[:i] + w[i + 1:]  # drop one letter
        return " ".join(words)
    if kind == "arm":
        hint = c.industry.lower().replace("&", "and")
        return (f"{c.name.split()[0]}'s {hint} arm" if split == "dev" else f"the {hint} business of {c.name.split()[0]}")
    return c.name


Case = dict


def build(split: str, seed: int) -> list[Case]:
    rng = random.Random(seed)
    dev = split == "dev"
    cases: list[Case] = []

    def add(q: str, query: str | None, tags: list[str], refusal: str | None = None, principal: str | None = None) -> None:
        case: Case = {"id": "", "question": q, "query": query, "tags": tags}
        if refusal:
            case["refusal"] = refusal
        if principal:
            case["principal"] = principal
        cases.append(case)

    fund = FUND if dev else FUND_T
    ratio = RATIO if dev else RATIO_T
    bases = BASES if dev else BASES_T
    # Lookups (fiscal years, last year, quarters, LTM).
    look_t: list[Callable[[str, str, str], str]] = (
        [lambda n, m, t: f"What was {n}'s {m} in {t}?", lambda n, m, t: f"{m} for {n} in {t}",
         lambda n, m, t: f"Show me {n} {m} {t}"] if dev else
        [lambda n, m, t: f"How much {m} did {n} report for {t}?", lambda n, m, t: f"Give me the {m} of {n}, {t}.",
         lambda n, m, t: f"{n}: {m} ({t})"])
    for _ in range(40):
        c = rng.choice(OLD)
        m, tpl = rng.choice(fund)
        y = rng.randint(2016, 2024)
        tphr, per = rng.choice([(f"fiscal {y}", f"FY{y}"), (f"FY{y}", f"FY{y}"), ("last year", "FY2024"),
                                ("the last fiscal year", "FY2024"), ("Q3 2023", "FQ2023Q3"),
                                ("the latest quarter", "FQ0"), ("the trailing twelve months", "LTM")])
        add(rng.choice(look_t)(loose(c, rng, split), m, tphr), f"{tpl.format(p=per)} FOR {c.ticker}", ["lookup"])
    # Derived ratios.
    for _ in range(25):
        c = rng.choice(OLD)
        m, tpl = rng.choice(ratio)
        y = rng.choice([2021, 2022, 2023, 2024])
        q = (f"What was the {m} of {loose(c, rng, split)} in fiscal {y}?" if dev else
             f"Calculate {loose(c, rng, split)}'s {m} for FY{y}")
        add(q, f"{tpl.format(p=f'FY{y}')} FOR {c.ticker}", ["ratio"])
    # Comparisons.
    for _ in range(25):
        a, b = rng.sample(OLD, 2)
        m, tpl = rng.choice(fund[:6] + ratio[:2])
        y = rng.choice([2022, 2023, 2024])
        q = (f"Compare {m} of {loose(a, rng, split)} and {loose(b, rng, split)} in {y}" if dev else
             f"{loose(a, rng, split)} vs {loose(b, rng, split)}: {m}, fiscal {y}")
        add(q, f"{tpl.format(p=f'FY{y}')} FOR {a.ticker}, {b.ticker}", ["compare"])
    # Growth and CAGR, averages and sums.
    for _ in range(30):
        c = rng.choice(OLD)
        m, base = rng.choice(bases)
        y1 = rng.choice([2016, 2018, 2019, 2020])
        kind = rng.choice(["growth", "cagr", "avg", "sum", "span"])
        n = loose(c, rng, split)
        if kind == "growth":
            q = f"How much did {n}'s {m} grow from {y1} to 2024?" if dev else f"Percentage change in {m} at {n} between FY{y1} and FY2024"
            g = f"GROWTH({base}, FY{y1}, FY2024)"
        elif kind == "cagr":
            q = f"What is the CAGR of {n} {m} from {y1} to 2023?" if dev else f"Compound annual growth rate of {m} for {n}, {y1}-2023"
            g = f"CAGR({base}, FY{y1}, FY2023)"
        elif kind == "avg":
            q = f"Average {m} of {n} from {y1} to 2024" if dev else f"What was {n}'s mean annual {m} between {y1} and 2024?"
            g = f"AVG({base}, FY{y1}, FY2024)"
        elif kind == "sum":
            q = f"Total {m} of {n} from {y1} to 2024" if dev else f"What was the cumulative {m} of {n} over fiscal {y1} through 2024?"
            g = f"SUM({base}, FY{y1}, FY2024)"
        else:
            k = rng.choice([3, 5])
            q = f"{n} {m} growth over the past {k} years" if dev else f"By how much has {m} at {n} grown in the last {k} years?"
            g = f"GROWTH({base}, FY{2024 - k}, FY2024)"
        add(q, f"{g} FOR {c.ticker}", ["growth" if kind in ("growth", "span", "cagr") else "aggregate"])
    # Prices: current price, on a date, returns, highs/lows, market cap, P/E.
    for _ in range(40):
        c = rng.choice(OLD)
        n = loose(c, rng, split)
        kind = rng.choice(["price", "pdate", "ret", "since", "high", "low", "mcap", "pe"])
        if kind == "price":
            q, g = (f"What is {n}'s share price now?" if dev else f"Where is {n} stock trading today?"), "P_PRICE(D0)"
        elif kind == "pdate":
            q, g = (f"Closing price of {n} on March 15, 2024" if dev else f"What did {n} close at on 2023-06-30?"), \
                ("P_PRICE(2024-03-15)" if dev else "P_PRICE(2023-06-30)")
        elif kind == "ret":
            y = rng.choice([2021, 2022, 2023])
            q = f"What was {n}'s stock return in {y}?" if dev else f"How did {n} shares perform during calendar {y}?"
            g = f"P_RETURN({y - 1}-12-31, {y}-12-31)"  # SPEC 5: from the close before the year
        elif kind == "since":
            y = rng.choice([2019, 2020, 2022])
            q = f"Price return of {n} since {y}" if dev else f"How much has {n} stock gained since the start of {y}?"
            g = f"P_RETURN({y - 1}-12-31, D0)"  # since the start of the year: the close before it
        elif kind == "high":
            y = rng.choice([2022, 2023])
            q = f"Highest price of {n} in {y}" if dev else f"What was the peak closing price for {n} during {y}?"
            g = f"P_HIGH({y}-01-01, {y}-12-31)"
        elif kind == "low":
            y = rng.choice([2020, 2023])
            q = f"Lowest price of {n} in {y}" if dev else f"{n}'s lowest close in {y}?"
            g = f"P_LOW({y}-01-01, {y}-12-31)"
        elif kind == "mcap":
            q, g = (f"What is the market cap of {n}?" if dev else f"How much is {n} worth on the market today?"), "FG_MKT_CAP(D0)"
        else:
            q, g = (f"Current P/E of {n}" if dev else f"What price-to-earnings multiple does {n} trade at right now?"), "FG_PE(D0)"
        add(q, f"{g} FOR {c.ticker}", ["price"])
    # Currency conversion.
    for _ in range(20):
        c = rng.choice([x for x in OLD if x.currency != "USD"] if rng.random() < 0.7 else OLD)
        cur = rng.choice([k for k in CUR if k != c.currency])
        cw = rng.choice(CUR[cur])
        n = loose(c, rng, split)
        if rng.random() < 0.5:
            q = f"{n} revenue in 2023 in {cw}" if dev else f"Convert {n}'s FY2023 sales to {cw}"
            g = f"FF_SALES(FY2023) FOR {c.ticker} IN {cur}"
        else:
            q = f"Market cap of {n} in {cw}" if dev else f"What's {n} worth today, expressed in {cw}?"
            g = f"FG_MKT_CAP(D0) FOR {c.ticker} IN {cur}"
        add(q, g, ["currency"])
    # Estimates (analyst principal).
    for _ in range(15):
        c = rng.choice(OLD)
        n = loose(c, rng, split)
        k = rng.choice(["eps", "sales", "num"])
        if k == "eps":
            q, g = (f"What is next year's EPS estimate for {n}?" if dev else f"Consensus EPS forecast for {n} for fiscal 2025"), "FE_EPS(FY1)"
        elif k == "sales":
            q, g = (f"Consensus sales estimate for {n} in 2026" if dev else f"What revenue do analysts expect from {n} in FY2026?"), "FE_SALES(FY2)"
        else:
            q, g = (f"How many analysts cover {n}?" if dev else f"Number of analysts with a FY2025 estimate on {n}"), "FE_NUM(FY1)"
        add(q, f"{g} FOR {c.ticker}", ["estimate"])
    # Screens with one or two conditions.
    for _ in range(35):
        ind = rng.choice(list(INDS))
        iw = rng.choice(INDS[ind])
        kind = rng.choice(["pe", "yield", "margin", "two", "country", "profit"])
        if kind == "pe":
            v = rng.choice([10, 12, 15, 20])
            q = f"Which {iw} have a P/E below {v}?" if dev else f"List {iw} trading under {v} times earnings"
            g = f'NAME FOR SCREEN(INDUSTRY("{ind}"), FG_PE(D0) < {v})'
        elif kind == "yield":
            v = rng.choice([2, 3, 4])
            q = f"{iw} with a dividend yield above {v}%" if dev else f"Which {iw} yield more than {v} percent?"
            g = f'NAME FOR SCREEN(INDUSTRY("{ind}"), FG_DIV_YIELD(D0) > {v})'
        elif kind == "margin":
            v = rng.choice([5, 10, 15])
            q = f"Which {iw} had a net margin over {v}% last year?" if dev else f"Show {iw} whose profit margin exceeded {v}% in fiscal 2024"
            g = f'NAME FOR SCREEN(INDUSTRY("{ind}"), FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 > {v})'
        elif kind == "two":
            v1, v2 = rng.choice([15, 20, 25]), rng.choice([1, 2])
            q = (f"{iw} with P/E under {v1} and dividend yield above {v2}%" if dev else
                 f"Find {iw} where the P/E is less than {v1} and the yield is greater than {v2}%")
            g = f'NAME FOR SCREEN(INDUSTRY("{ind}"), FG_PE(D0) < {v1} AND FG_DIV_YIELD(D0) > {v2})'
        elif kind == "country":
            ctry = rng.choice(list(COUNTRIES))
            cw = rng.choice(COUNTRIES[ctry])
            sect = rng.choice(list(SECTS))
            sw = rng.choice(SECTS[sect])
            v = rng.choice([0, 10])
            q = (f"{cw} {sw} with revenue growth above {v}% last year" if dev else
                 f"Which {cw} {sw} grew sales by more than {v}% in fiscal 2024?")
            g = f'NAME FOR SCREEN(COUNTRY("{ctry}") & SECTOR("{sect}"), GROWTH(FF_SALES, FY2023, FY2024) > {v})'
        else:
            q = f"Which {iw} were unprofitable last year?" if dev else f"Show me loss-making {iw} in FY2024"
            g = f'NAME FOR SCREEN(INDUSTRY("{ind}"), FF_NET_INC(FY2024) < 0)'
        add(q, g, ["screen"])
    # Rankings with TOP.
    for _ in range(35):
        sect = rng.choice(list(SECTS))
        sw = rng.choice(SECTS[sect])
        n = rng.choice([3, 5, 10])
        kind = rng.choice(["mcap", "ret", "pe", "rev", "idx"])
        if kind == "mcap":
            q = f"Top {n} {sw} by market cap" if dev else f"Which {n} {sw} are the most valuable by market capitalisation?"
            g = f'NAME, FG_MKT_CAP(D0) FOR SCREEN(SECTOR("{sect}")) SORT FG_MKT_CAP(D0) DESC TOP {n} IN USD'
        elif kind == "ret":
            q = f"The {n} best performing {sw} in 2024" if dev else f"Rank {sw} by 2024 share price return and give me the top {n}"
            g = f'NAME, P_RETURN(2023-12-31, 2024-12-31) FOR SCREEN(SECTOR("{sect}")) SORT P_RETURN(2023-12-31, 2024-12-31) DESC TOP {n}'
        elif kind == "pe":
            q = f"{n} {sw} with the lowest P/E" if dev else f"Cheapest {n} {sw} on a price/earnings basis"
            g = f'NAME, FG_PE(D0) FOR SCREEN(SECTOR("{sect}")) SORT FG_PE(D0) ASC TOP {n}'
        elif kind == "rev":
            q = f"Top {n} {sw} by revenue last year in USD" if dev else f"Largest {n} {sw} by FY2024 sales, in US dollars"
            g = f'NAME, FF_SALES(FY2024) FOR SCREEN(SECTOR("{sect}")) SORT FF_SALES(FY2024) DESC TOP {n} IN USD'
        else:
            idx = rng.choice(["NX100", "TECHX", "EUROPE"])
            q = f"Top {n} {idx} companies by dividend yield" if dev else f"Highest-yielding {n} stocks in the {idx} index"
            g = f"NAME, FG_DIV_YIELD(D0) FOR SCREEN(INDEX({idx})) SORT FG_DIV_YIELD(D0) DESC TOP {n}"
        add(q, g, ["rank"])
    # Unsupported questions.
    unsup_dev = ["Who is the CEO of {n}?", "What will {n}'s share price be next month?", "Should I buy {n} stock?",
                 "Where is {n} headquartered?", "What is {n}'s ESG score?", "Latest news about {n}",
                 "What was {n}'s revenue in 2010?", "What's the weather in Frankfurt?"]
    unsup_test = ["Who founded {n}?", "Predict {n}'s stock price for 2030", "Is {n} a good investment right now?",
                  "What is {n}'s credit rating?", "Give me {n}'s intraday price chart", "Tell me a joke about {n}",
                  "What is {n}'s market share in Europe?", "How much does {n}'s CEO earn?"]
    for i in range(16):
        c = rng.choice(C)
        add((unsup_dev if dev else unsup_test)[i % 8].format(n=c.name), None, ["unsupported"], refusal="unsupported")
    # Not permitted: analyst-basic asking for estimates; guest asking for fundamentals or non-NX100 companies.
    for _ in range(8):
        c = rng.choice(OLD)
        q = f"What is the consensus EPS for {c.name} next year?" if dev else f"Analyst revenue forecast for {c.name} in FY2025"
        add(q, None, ["entitlement"], refusal="not_permitted", principal="analyst-basic")
    for _ in range(6):
        c = rng.choice(NX)
        q = f"What was {c.name}'s revenue last year?" if dev else f"{c.name} net income in fiscal 2023"
        add(q, None, ["entitlement"], refusal="not_permitted", principal="guest")
    for _ in range(6):
        c = rng.choice(NON_NX)
        q = f"What is {c.name}'s share price today?" if dev else f"Closing price of {c.name} on 2024-06-28"
        add(q, None, ["entitlement"], refusal="not_permitted", principal="guest")
    for _ in range(4):
        c = rng.choice(NX)
        q = f"What is {c.name}'s share price today?" if dev else f"How did {c.name} stock do in 2023?"
        g = "P_PRICE(D0)" if dev else "P_RETURN(2022-12-31, 2023-12-31)"
        add(q, f"{g} FOR {c.ticker}", ["entitlement", "price"], principal="guest")
    from finql.golden import handwritten_dev, handwritten_test

    for q, g in (handwritten_dev if dev else handwritten_test).CASES:
        if g is None:
            add(q, None, ["handwritten", "unsupported"], refusal="unsupported")
        else:
            add(q, g, ["handwritten"])
    for i, case in enumerate(cases, 1):
        case["id"] = f"{split}{i:04d}"
    if dev:  # the questions written for issue 19, with ids of their own so the others keep theirs
        from finql.golden.written_dev import CASES as WRITTEN

        for i, (cls, q, g, principal, refusal) in enumerate(WRITTEN, 1):
            add(q, g, ["written-dev", cls], refusal=refusal, principal=principal)
            cases[-1]["id"] = f"wdev{i:03d}"
    return cases


def write(path: Path, cases: list[Case]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for case in cases:
            fh.write(json.dumps(case, ensure_ascii=False) + "\n")


def main() -> None:
    """Write dev.jsonl and test.jsonl beside this module."""
    write(HERE / "dev.jsonl", build("dev", 7))
    write(HERE / "test.jsonl", build("test", 11))


if __name__ == "__main__":
    main()
