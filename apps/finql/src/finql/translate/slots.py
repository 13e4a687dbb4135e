"""Intent classification, slot filling and assembly of a FinQL query from typed slots.

Each function is one step of the decomposed agent and is usable on its own:
``classify`` (intent), ``fill`` (measures, conditions, sort, currency from the linked entities,
metrics and time slots) and ``assemble`` (slots -> FinQL text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from finql.translate.lexicon import MetricHit, MetricSense, find_metrics, sense
from finql.translate.linking import Links
from finql.translate.timeres import TimeSlots
from finql.translate.vocab import by_ticker, companies

INTENTS = ("lookup", "compare", "screen", "rank", "trend", "unsupported")

_UNSUPPORTED = re.compile(
    r"\b(ceo|chief executive|cfo|founder|founded|headquarter\w*|hq|address|website|phone|who runs|who owns|"
    r"esg|carbon|emissions|credit rating|rating agency|target price|price target|recommend\w*|should i|"
    r"buy or sell|good investment|investment advice|good buy|buy\b|sell\b|invest in|worth buying|news|rumou?r|merger|acquisition|acquire|lawsuit|"
    r"weather|bitcoin|crypto|options? (?:chain|prices?)|implied volatility|bond yield|coupon|intraday|"
    r"tomorrow|next week|next month|in 20(?:2[7-9]|3\d)|predict\w*|will .{0,40}(price|stock|shares) (?:be|hit|reach)|"
    r"will .{0,30}(?:go up|go down|rise|fall|crash)|fy20(?:2[7-9]|3\d)|20(?:2[7-9]|3\d) (?:revenue|sales|earnings)|"
    r"ratings|tweet|sentiment|board members?|insider|short interest|poem|joke|translate|recipe|"
    r"before 2015|in 201[0-4]|fy201[0-4]|199\d|198\d|hourly|minute|market share|customers|patents?|"
    r"subsidiar\w+ list|org chart|salary|salaries|compensation|pay of|bonus)\b")

_RANK_DESC = r"(highest|largest|biggest|most|top|best|greatest|strongest|leading|richest|fastest[- ]growing|best[- ]performing|most valuable|priciest|most expensive)"
_RANK_ASC = r"(lowest|smallest|least|bottom|worst|weakest|cheapest|worst[- ]performing|slowest[- ]growing|fewest|least valuable)"
_WORDNUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "twenty": 20, "fifteen": 15, "twelve": 12, "a dozen": 12}

_CMP = [
    (r"(?:at least|no less than|not less than|minimum of|>=|≥|or more|and above|or higher|or above)", ">="),
    (r"(?:at most|no more than|not more than|maximum of|<=|≤|or less|and below|or lower|or below|up to)", "<="),
    (r"(?:below|under|less than|lower than|smaller than|beneath|cheaper than|fewer than|<|sub)", "<"),
    (r"(?:exceeded|surpassed|topped|above|over|more than|greater than|higher than|bigger than|larger than|exceeding|exceeds|exceed|in excess of|north of|>|beyond|topping)", ">"),
    (r"(?:equal to|equals|exactly|=)", "="),
    (r"(?:different from|not equal to|!=)", "!="),
]
_NUMBER = r"(-?\$?\d[\d,]*(?:\.\d+)?)\s*(%|percent|pct|billion|bn|b|million|mn|mm|m|thousand|k|x|times)?"


@dataclass
class Slots:
    """The typed slots an assembled query is built from."""

    intent: str = "lookup"
    tickers: list[str] = field(default_factory=list)
    set_expr: str | None = None
    items: list[str] = field(default_factory=list)
    conditions: list[str] = field(default_factory=list)
    cond_joiner: str = "AND"
    sort: str | None = None
    direction: str = "DESC"
    top: int | None = None
    currency: str | None = None
    refusal: str | None = None
    note: str = ""


def _scale(num: str, unit: str | None) -> float:
    v = float(num.replace("$", "").replace(",", ""))
    unit = (unit or "").lower()
    if unit in ("billion", "bn", "b"):
        v *= 1000
    elif unit in ("thousand", "k"):
        v /= 1000 if unit == "thousand" else 1000
    return v


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(round(v, 6))


def classify(question: str, links: Links, hits: list[MetricHit], n_conditions: int) -> str:
    """Rule-based intent: unsupported, rank, screen, trend, compare or lookup."""
    q = re.sub(r"\bat (least|most)\b", "at-bound", question.lower())
    if _UNSUPPORTED.search(q):
        return "unsupported"
    ranked = re.search(rf"\b{_RANK_DESC}\b|\b{_RANK_ASC}\b|\brank\w*\b|\bsort\w*\b|\border(?:ed)? by\b|\btop \d+\b", q)
    if links.tickers and not (links.set_expr() and not links.tickers):
        if ranked and len(links.tickers) >= 2 and re.search(r"\bwhich\b|\bwho\b|\brank|\bsort|\border", q):
            return "rank"
        if len(links.tickers) >= 2:
            return "compare"
        return "trend" if re.search(r"\b(grow|grew|growth|cagr|trend|change|changed|increase|decline)", q) else "lookup"
    if not hits and not links.set_expr() and not links.tickers:
        return "unsupported"
    if ranked and links.set_expr() is not None or ranked and not links.tickers:
        return "rank"
    if n_conditions or links.set_expr():
        return "screen"
    return "unsupported" if not links.tickers else "lookup"


_FUNC_RX = [
    ("CAGR", r"\b(cagr|compound(?:ed)? annual(?: growth)?|annuali[sz]ed growth|compound growth|annual growth rate)\b"),
    ("GROWTH", r"\b(grow|grew|growth|grown|increase[sd]?|change[sd]?|rise|rose|decline[sd]?|drop(?:ped)?|expand(?:ed)?|"
               r"shr[ai]nk|shrunk|fell|fall|up or down|go up|gone up|go down|yoy|year[- ]over[- ]year|year[- ]on[- ]year|percent change|% change)\b"),
    ("AVG", r"\b(average|avg|mean|typical annual)\b"),
    ("SUM", r"\b(total|sum|combined|cumulative|aggregate|altogether|in all)\b"),
]


def _function_for(q: str, hit: MetricHit, time: TimeSlots) -> str | None:
    if hit.sense.base is None or hit.sense.kind != "fund":
        return None
    ranged = len(time.years) >= 2 or time.since_year is not None or time.span_years is not None
    for name, rx in _FUNC_RX:
        if re.search(rx, q):
            if name == "SUM" and (not ranged or re.search(r"\btotal (assets|liabilities|debt)\b", q)):
                continue
            if name == "AVG" and not ranged:
                continue
            if name == "GROWTH" and not ranged and not re.search(r"\b(grow|grew|growth|grown|yoy|year[- ]over[- ]year|year[- ]on[- ]year|change)", q):
                continue
            return name
    return None


def render(hit_sense: MetricSense, time: TimeSlots, func: str | None = None) -> str:
    """One FinQL expression for a metric sense under the resolved time slots."""
    if func:
        p1, p2 = time.period_range()
        if func == "CAGR" and p1 == p2:
            p1 = f"FY{int(p2[2:]) - 1}"
        return f"{func}({hit_sense.base}, {p1}, {p2})"
    if hit_sense.kind == "fund":
        return hit_sense.template.format(p=time.period())
    if hit_sense.kind == "est":
        return hit_sense.template.format(p=time.estimate_period())
    if hit_sense.kind == "price":
        return hit_sense.template.format(p=time.date())
    a, b = time.date_range()
    return hit_sense.template.format(a=a, b=b)


def _each_year(q: str, hit: MetricHit, time: TimeSlots) -> list[str] | None:
    if hit.sense.kind != "fund" or (len(time.years) < 2 and not time.span_years):
        return None
    if not re.search(r"\b(vs\.?|versus|compared (?:to|with)|against|each year|every year|per year|year by year|each fiscal year|annually|for each of|yearly|"
                     r"by year|each of the years|annual figures|each of the|in each|for each)\b", q):
        return None
    if len(time.years) >= 2 and re.search(r"\b(vs\.?|versus|compared (?:to|with)|against)\b", q):
        return [hit.sense.template.format(p=f"FY{y}") for y in sorted(set(time.years))]
    if len(time.years) >= 2:
        a, b = sorted((time.years[0], time.years[-1]))
    else:
        a, b = 2024 - (time.span_years or 1) + 1, 2024
    return [hit.sense.template.format(p=f"FY{y}") for y in range(a, b + 1)]


def _conditions(q: str, hits: list[MetricHit], time: TimeSlots) -> tuple[list[str], set[int]]:
    """Conditions "<metric> <comparator> <number>" and the hits they consume."""
    out: list[str] = []
    used: set[int] = set()
    for i, hit in enumerate(hits):
        nxt = hits[i + 1].start if i + 1 < len(hits) else len(q)
        tail = q[hit.end:nxt]
        between = re.match(r"\s*(?:(?:of|is|was|are|were|that is|that's|ratio|ratios|growth|grew|rose|increased|"
                           r"in fiscal \d+|in fy\d+|in \d+|last year|\(.*?\)|stands at|margin|by|has been|has|had)\s+)*", tail)
        rest = tail[between.end():] if between else tail
        m2 = re.match(r"(?:between)\s+" + _NUMBER + r"\s+(?:and|to)\s+" + _NUMBER, rest)
        expr = render(hit.sense, time, _function_for(q, hit, time))
        if m2 and not all(re.fullmatch(r"20[0-3]\d", g or "") for g in (m2.group(1), m2.group(3))):
            out.append(f"{expr} >= {_fmt(_scale(m2.group(1), m2.group(2)))}")
            out.append(f"{expr} <= {_fmt(_scale(m2.group(3), m2.group(4)))}")
            used.add(i)
            continue
        if i + 1 < len(hits):
            rhs = hits[i + 1]
            gap = q[hit.end:rhs.start]
            for rx, op in _CMP:
                if re.fullmatch(r"\s*(?:\w+\s+){0,2}?" + rx + r"\s*(?:their|its|the|of)?\s*", gap) and rhs.sense.kind == hit.sense.kind:
                    out.append(f"{expr} {op} {render(rhs.sense, time)}")
                    used.update({i, i + 1})
                    break
            if i in used:
                continue
        for rx, op in _CMP:
            m = re.match(rx + r"\s*(?:of\s+|than\s+)?" + _NUMBER, rest)
            if m and re.fullmatch(r"20[0-3]\d", m.group(1)) and not m.group(2):
                m = None  # "since 2020", "over 2019-2024" are times, not thresholds
            if m:
                value = _scale(m.group(1), m.group(2))
                before = q[max(0, hit.start - 25):hit.end + len(between.group(0) if between else "")]
                if hit.sense.key in ("return",) and re.search(r"\b(fell|fall|fallen|dropped|drop|declined|lost|lose|down)\b", before + tail[:12]):
                    op, value = {">": "<", ">=": "<=", "<": ">", "<=": ">="}.get(op, op), -value
                out.append(f"{expr} {op} {_fmt(value)}")
                used.add(i)
                break
            # "under 10 P/E" style: number before the metric, comparator before the number.
        else:
            head = q[max(0, hit.start - 30):hit.start]
            m = re.search(r"(" + "|".join(rx for rx, _ in _CMP) + r")\s*" + _NUMBER + r"\s*(?:of\s+)?$", head)
            if m:
                op = next(o for rx, o in _CMP if re.fullmatch(rx, m.group(1)))
                out.append(f"{expr} {op} {_fmt(_scale(m.group(2), m.group(3)))}")
                used.add(i)
    # "negative free cash flow", "positive earnings"
    for i, hit in enumerate(hits):
        if i in used:
            continue
        head = q[max(0, hit.start - 10):hit.start]
        tail = q[hit.end:hit.end + 16]
        sign = re.search(r"\b(negative|positive)\s*$", head) or re.match(r"\s*(?:was|is|were|are|turned|went)?\s*(negative|positive)\b", tail)
        if sign and hit.sense.key not in ("net_inc",):
            out.append(f"{render(hit.sense, time, _function_for(q, hit, time))} {'<' if sign.group(1) == 'negative' else '>'} 0")
            used.add(i)
    # Bare adjectives that are conditions.
    p = time.period()
    if re.search(r"\b(unprofitable|loss[- ]making|lost money|making losses|made a loss|net loss|a loss|negative (?:net income|earnings))\b", q):
        out.append(f"FF_NET_INC({p}) < 0")
    elif re.search(r"\b(profitable|made money|make money|positive (?:net income|earnings)|in the black)\b", q) and not re.search(r"\bmost profitable\b|\bleast profitable\b", q):
        out.append(f"FF_NET_INC({p}) > 0")
    if "dividend yield" not in q and re.search(r"\b(pay|pays|paid|paying) (?:a |any )?dividends?\b|\bdividend payers?\b|\bdividend[- ]paying\b", q) and not re.search(r"\b(no|not|don't|do not|never)\b", q):
        out.append(f"FF_DPS({p}) > 0")
    elif re.search(r"\b(?:don't|do not|does not|doesn't|no|never) pay (?:a |any )?dividends?|\bno dividends?\b", q):
        out.append(f"FF_DPS({p}) = 0")
    if re.search(r"\b(debt[- ]free|no debt|zero debt)\b", q):
        out.append(f"FF_DEBT({p}) = 0")
    return out, used


def _top(q: str) -> int | None:
    q = re.sub(r"\bat (least|most)\b", "at-bound", q)
    m = re.search(r"\b(?:top|best|worst|bottom|largest|biggest|smallest|highest|lowest|first|cheapest|priciest|most|least)\s+(\d+|" + "|".join(_WORDNUM) + r")\b", q) \
        or re.search(r"\b(\d+|" + "|".join(_WORDNUM) + r")\s+(?:\w+\s+){0,2}?(?:highest|lowest|largest|biggest|smallest|best|worst|most|least|top|cheapest|priciest|companies|stocks|names|firms)\b", q)
    if m:
        g = m.group(1)
        return int(g) if g.isdigit() else _WORDNUM[g]
    return None


def _mixed_currency(links: Links) -> bool:
    if links.tickers:
        return len({by_ticker()[t].currency for t in links.tickers}) > 1
    members = companies_in(links)
    return len({c.currency for c in members}) > 1


def companies_in(links: Links) -> list:
    """The companies a linked set covers (for currency decisions)."""
    out = []
    for c in companies():
        ok = []
        for kind, value in links.sets:
            ok.append(
                kind == "ALL" or (kind == "SECTOR" and c.sector == value) or (kind == "INDUSTRY" and c.industry == value)
                or (kind == "COUNTRY" and c.country == value) or (kind == "INDEX" and value in c.indexes))
        if not ok or (all(ok) if links.set_joiner == "&" else any(ok)):
            out.append(c)
    return out


def fill(question: str, links: Links, time: TimeSlots, intent: str | None = None) -> Slots:
    """Fill the slots from the linked entities, metrics and time."""
    q = question.lower().replace("’", "'")
    masked = list(q)
    for s, e in links.spans:
        for k in range(s, min(e, len(masked))):
            masked[k] = " "
    rest = "".join(masked)
    hits = find_metrics(rest)
    conds, used = _conditions(rest, hits, time)
    slots = Slots(tickers=list(links.tickers), currency=links.currency)
    slots.intent = intent or classify(question, links, hits, len(conds))
    if slots.intent == "unsupported":
        slots.refusal = "unsupported"
        return slots
    # A company's "software arm" is a hint, not a screen; tickers beat sets.
    slots.set_expr = None if links.tickers else links.set_expr()
    items: list[str] = []
    money = False
    forward = re.search(r"\b(analysts?|expect\w*|forecast\w*|estimat\w*|consensus|projected|guidance)\b", q) or (
        time.estimate and not time.years and re.search(r"\bnext (fiscal )?year|fy2025|fy2026|\b2025\b|\b2026\b", q))
    for i, hit in enumerate(hits):
        if i in used:
            continue
        if forward and hit.sense.key in ("sales", "eps"):
            hit = MetricHit(sense("fe_" + hit.sense.key), hit.start, hit.end)
        if hit.sense.key == "price" and links.tickers:
            if re.search(r"\b(lowest|low|bottom|cheapest)\b", q):
                hit = MetricHit(sense("low"), hit.start, hit.end)
            elif re.search(r"\b(highest|high|peak|top|record)\b", q):
                hit = MetricHit(sense("high"), hit.start, hit.end)
        func = _function_for(q, hit, time)
        per_year = None if func else _each_year(q, hit, time)
        exprs = per_year or [render(hit.sense, time, func)]
        for e in exprs:
            if e not in items:
                items.append(e)
        money = money or (hit.sense.money and func not in ("GROWTH", "CAGR"))
    slots.conditions = conds
    if re.search(r"\bor\b", rest) and len(conds) >= 2 and not re.search(r"\bbetween\b", rest):
        slots.cond_joiner = "OR"
    q_rank = re.sub(r"\bat (least|most)\b", "at-bound", q)
    ranked_desc = re.search(rf"\b{_RANK_DESC}\b", q_rank)
    ranked_asc = re.search(rf"\b{_RANK_ASC}\b", q_rank)
    if slots.intent in ("rank",):
        if not items and conds:
            items = [conds[0].rsplit(" ", 2)[0]]
        if not items:
            if re.search(r"\bemploy", q):
                items = [render(sense("employees"), time)]
            else:
                items = [render(sense("mkt_cap"), time)]
                money = True
        slots.sort = items[0]
        by = re.search(r"\b(?:by|on|in terms of|according to)\s+(?:their\s+|its\s+|the\s+)?", rest)
        if by:
            for hit in hits:
                if hit.start == by.end():
                    expr = render(hit.sense, time, _function_for(q, hit, time))
                    if expr in items:
                        slots.sort = expr
        first_desc = ranked_desc.start() if ranked_desc else 10**6
        first_asc = ranked_asc.start() if ranked_asc else 10**6
        slots.direction = "ASC" if first_asc < first_desc or re.search(r"\bascending\b", q) else "DESC"
        if re.search(r"\bdescending\b", q):
            slots.direction = "DESC"
        slots.top = _top(q)
        sup = re.search(rf"\b(?:{_RANK_DESC[1:-1]}|{_RANK_ASC[1:-1]})\b\s*", rest)
        if slots.top is None and sup and any(h.start == sup.end() for h in hits) and not re.search(r"\brank\w*|\bsort\w*|\border", q):
            slots.top = 1
        if slots.top is None and re.search(r"\b(which|who|what)\b.*?\b(company|stock|one|firm|name|bank|of them|has|had|is|was)\b", q) \
                and not re.search(r"\b(companies|stocks|firms|ones|names|banks)\b", q) and not re.search(r"\brank\w*|\bsort\w*|\border", q):
            slots.top = 1
        if slots.set_expr is None and not slots.tickers:
            slots.set_expr = "ALL"
    unmetric = "".join(" " if any(h.start <= k < h.end for h in hits) else ch for k, ch in enumerate(rest))
    if not links.tickers and re.search(r"\b(average|mean|median|total|sum|combined|aggregate)\b", unmetric) and items and not any(
            re.match(r"(AVG|SUM)\(", i) for i in items):
        slots.intent, slots.refusal = "unsupported", "unsupported"
        return slots
    if slots.intent == "screen" and not items and not conds and not re.search(
            r"\b(list|which|show|companies|company|stocks|firms|names?|members|constituents|who|all|any|give)\b", q):
        slots.intent, slots.refusal = "unsupported", "unsupported"
        return slots
    if slots.intent in ("screen", "rank") and not slots.tickers:
        if slots.set_expr is None:
            slots.set_expr = "ALL"
        items = ["NAME", *items]
    if not items and slots.tickers:
        fields = [f.upper() for f in ("sector", "industry", "country", "currency") if re.search(rf"\b{f}\b", q)]
        if not fields and not re.search(r"\b(name|called|list|show)\b", q):
            slots.intent, slots.refusal = "unsupported", "unsupported"
            return slots
        items = fields or ["NAME"]
    slots.items = items
    if slots.currency is None and money and slots.intent in ("rank",) and _mixed_currency(links):
        slots.currency = "USD"
    if slots.currency is None and money and slots.intent == "compare" and _mixed_currency(links) \
            and re.search(r"\b(which|who|more|less|bigger|larger|higher|lower|smaller)\b", q):
        slots.currency = "USD"
    if slots.intent == "compare" and re.search(r"\bwhich\b|\bwho\b", q) and (ranked_desc or ranked_asc or re.search(r"\b(more|less|bigger|larger|higher|lower|smaller|better|worse|cheaper)\b", q)) and items and items[0] != "NAME":
        slots.sort = items[0]
        slots.direction = "ASC" if re.search(r"\b(less|lower|smaller|cheaper|worse|fewer|lowest|smallest|least)\b", q) else "DESC"
        slots.top = 1
    return slots


def assemble(slots: Slots) -> str | None:
    """FinQL text from filled slots (None for a refusal or nothing to ask)."""
    if slots.refusal or not slots.items:
        return None
    target = ", ".join(slots.tickers) if slots.tickers else None
    if target is None:
        setx = slots.set_expr or "ALL"
        if slots.conditions:
            joiner = f" {slots.cond_joiner} "
            target = f"SCREEN({setx}, {joiner.join(slots.conditions)})"
        else:
            target = f"SCREEN({setx})"
    out = f"{', '.join(slots.items)} FOR {target}"
    if slots.sort:
        out += f" SORT {slots.sort} {slots.direction}"
        if slots.top:
            out += f" TOP {slots.top}"
    if slots.currency:
        out += f" IN {slots.currency}"
    return out
