"""Words that restate what the question already says, read so that nothing is refused for them and nothing added.

Users restate: a light verb beside the measure ("how much debt is X carrying"), the measure's own context ("cash on
hand", "the corresponding operating margin", "dividends on a per-share basis"), a measure's name split by the company
or the period ("how many diluted shares does X have outstanding"), or the measure said by a verb ("what did a share
of X cost": the price; "how low did X go in 2020": the lowest close). Each rule claims its words only where the
measure they restate was read, and never where they could change it ("carrying value", "net income on a per-share
basis"). A phrase that names a figure FinQL lacks ("what X spends on the payroll": its payroll cost, not the number
of employees) is refused, naming it, before the names inside it are read (``before_senses``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from finql.translate import rx as re
from finql.translate import senses

if TYPE_CHECKING:
    from finql.translate.pipeline import Analysis

# "what X spends on the payroll", "payroll costs": the cost of the staff, which FinQL does not hold ("the people on
# the payroll" is the headcount)
_PAYROLL_COST = re.compile(r"\b(?:spend|spends|spent|spending|pay|pays|paid|paying|cost|costs|costing|expense|expenses)"
                           r"(?:\s+[\w'&.-]+){0,4}?\s+(?:on|for|of)\s+(?:the\s+|its\s+|their\s+|a\s+)?payrolls?\b|"
                           r"\bpayrolls?\s+(?:costs?|expenses?|bills?|spend(?:ing)?)\b")


# "course" is the share price in second-language English (French "cours", German "Kurs"); in English idioms it is no
# measure: "of course" (a hedge) and "in due course" say nothing; "in (over) the course of 2024" is a span of time,
# which is not read here (refused, naming it, rather than read as the price)
_COURSE_HEDGE = re.compile(r"\b(?:of\s+course|in\s+due\s+course)\b")
_COURSE_SPAN = re.compile(r"\b(?:in|over|during|throughout)\s+the\s+course\s+of\b")


def before_senses(a: Analysis) -> None:
    """Phrases that name a figure FinQL lacks though a FinQL name is inside them: not understood, as a whole."""
    assert a.claims is not None
    for rx, who in ((_COURSE_HEDGE, "filler"), (_COURSE_SPAN, "unresolved")):
        for m in rx.finditer(a.text):
            if a.claims.free(m.start(), m.end()):
                if who == "unresolved":
                    a.unresolved.append(m.group(0))
                a.claims.claim(m.start(), m.end(), who)
    for m in _PAYROLL_COST.finditer(a.text):
        if a.claims.free(m.start(), m.end()):
            a.unresolved.append(m.group(0))
            a.claims.claim(m.start(), m.end(), "unresolved")


# light verbs of a balance-sheet or money figure ("carry", "carries", "carried" are function words already);
# "carrying value", "carrying amount" are measures of their own
_CARRYING = re.compile(r"\bcarrying\b(?!\s+(?:value|values|amount|amounts|cost|costs)\b)")
# "offering a dividend yield above 3%", "which stocks offer the highest earnings yield": a yield is what a stock
# offers (only right before a yield: "a share offering", "offered shares" stay unread)
_OFFERING = re.compile(r"\b(?:offer|offers|offered|offering)\b")
# "together with the corresponding operating margin", "their respective P/E": the figure of the rows already named
_RESPECTIVE = re.compile(r"\b(?:corresponding|respective)\b")
# "how low did X go in 2020", "how high did the shares climb", "how high did X close": the lowest (highest) close over
# the period, the verb saying of what (round 27: pipeline's "how high did X close" rule joined this one)
_MOVE_VERBS = (r"go|gone|goes|get|got|fall|fell|sink|sank|drop|dropped|slip|slipped|slide|slid|dip|dipped|trade|traded|"
               r"trades|climb|climbed|rise|rose|risen|rally|rallied|run|reach|reached")
_HOW_FAR = re.compile(r"\bhow\s+(?P<way>low|high)\s+(?:did|does|do|has|have|had|could|can|would|will)\s+"
                      rf"(?P<gap>[^.;?!]{{0,60}}?)\b(?P<verb>{_MOVE_VERBS}|close\s+at|closed\s+at|closes|closed|close)\b")
# (round 32) a point said right after the verb: one day's close, no high or low over a period
_AT_A_POINT = re.compile(r"(?:\s+at)?\s+(?:the\s+(?:end|close)\s+of\b|on\s+(?:the\s+)?\d|on\s+[a-z]+\s+\d|(?:today|now)\b)")
# "how low did X's close sink": the close is the gap's, the verb after it
_MOVE_AFTER_CLOSE = re.compile(rf"\s+(?P<verb>{_MOVE_VERBS})\b")
# (round 27) "X's peak market cap", "X's P/E high in 2023", "the 2023 low of X's dividend yield": the words between a
# high or low and a measure that make it that measure's
_HIGH_BESIDE = re.compile(r"(?:'s?)?\s*-?\s*")
_HIGH_OF = re.compile(r"\s+of\s+(?:(?:its|their|the)\s+)?(?:'s?\s+)?|\s*-?\s*")
# "what did a share of X cost", "how much does one X share cost": the share price
_SHARE_COST = re.compile(r"\b(?:what|how\s+much)\s+(?:did|does|do|would|will|could)\s+(?P<share>(?:a|one|each|1|a\s+single)\s+"
                         r"(?:[\w'&.-]+\s+){0,4}?shares?(?:\s+(?:of|in)\s+(?:[\w'&.-]+\s+){0,4}?)?)\s*(?P<verb>cost)\b")
# "how many shares does X have (outstanding, in issue)", "how many shares were outstanding at X", "how many shares of X
# were outstanding": the share count, said by the question word and what the company has (never shares that traded or
# changed hands: the volume)
_HOW_MANY_SHARES = re.compile(r"\bhow\s+many\s+(?P<shares>shares)\s+(?:of\s+[^.;?!]{1,60}?\s+)?"
                              r"(?:does|did|do|has|had|have|is|are|was|were)\b"
                              r"(?P<gap>[^.;?!]{0,80}?)(?:\b(?P<verb>outstanding|in\s+issue|on\s+issue)\b|"
                              r"\b(?:have|has|had)\s*(?!(?:in|on)\s+issue\b)(?=[.;?!]|$|(?:in|at|as\s+of|as\s+at|by|for)\s))")
# "the dividend X pays (to) its shareholders", "what does X pay its shareholders? I mean the DPS": whom a dividend goes
# to, said again beside a dividend measure (without one, "what X pays its shareholders" names no figure: refused)
_TO_HOLDERS = re.compile(r"\b(?:pa(?:y|ys|id|ying)|distribut(?:e|es|ed|ing)|hand(?:s|ed|ing)?\s+out)(?:\s+out)?\s+"
                         r"(?P<to>(?:to\s+)?(?:its|their|the)\s+(?:share|stock)?holders|(?:to\s+)?(?:its|their|the)\s+"
                         r"(?:investors|owners))\b")
_DIVIDENDS = ("dps", "div_yield", "payout")
_DECLARED = re.compile(r"\s+(?:[\w'&.-]+\s+){0,4}?(?:(?:was|were|has|had|it|they)\s+)?(?P<verb>declared)\b(?!\s+(?:a|an|no)\b)")
# "forward P/E on FY2025 consensus EPS, using today's price": the price a multiple is taken at, said again (today's
# close is the multiple's own); another date ("at the end of June's price") is a date of its own, not read here
_AT_TODAYS_PRICE = re.compile(r"\s*,?\s*(?:using|with|taking|at|on|based\s+on)\s+(?:the\s+)?(?P<now>today's|current|latest)"
                              r"\s+(?P<price>(?:share\s+|stock\s+)?(?:price|close|closing\s+price)|market\s+(?:cap|value|"
                              r"capitali[sz]ation))\b"
                              # (", taking today's price over next year's EPS" defines the multiple: ``compose``)
                              r"(?!\s+(?:over|divided\s+by|relative\s+to)\b|\s*/)")
# (round 25: the dividend yield and P/B are of the day's close too: "dividend yield at today's price" added the price;
# so are the market cap and the earnings yields, f25w)
_PRICE_MULTIPLES = ("pe", "fwd_pe", "div_yield", "pb", "mkt_cap", "earnings_yield", "fwd_earnings_yield")
# "P/E on FY2023 EPS": the words between a multiple and the year of the figure it is taken on (``compose._on_a_figure``)
_MULTIPLE_ON = re.compile(r"\s+(?:on|using|based\s+on|with|off|against)\s+(?:the\s+|its\s+|their\s+)?")
# "cash on hand", "cash in hand": the cash balance
_ON_HAND = re.compile(r"\s+(?:on|in)\s+hand\b")
# "cash on their balance sheets", "debt on the balance sheet": where a balance-sheet item is held, said again
# (or on the company's own, named: "the total assets on Ivory Bancorp's balance sheet")
_ON_BALANCE_SHEET = re.compile(r"\s+(?:(?:was|were|is|are|sat|sits|sitting)\s+)?(?:held\s+)?on\s+(?:its|their|the|the\s+company's|the\s+companies'|"
                               r"(?P<co>[\w&.' -]{2,60}?(?:'s|s')))\s+balance[- ]sheets?\b")
# "how much cash X had on its balance sheet", "how much debt did X carry on the balance sheet": the same, said after
# the company and a verb of holding (round 25, f25a)
# (round 35, f35s: and in the progressive, "what debt was X carrying on its balance sheet", "how much cash is X
# holding on the balance sheet")
_HELD_ON_BALANCE_SHEET = re.compile(r"\s+(?:(?:did|does|do|was|were|is|are)\s+)?(?P<co>[\w&.' -]{2,60}?)\s+(?:had|has|have|hold|holds|held|"
                                    r"holding|carr(?:y|ies|ied|ying)|keeps?|kept|keeping)\s+"
                                    r"(?P<on>on\s+(?:its|their|the)\s+balance[- ]sheets?)\b")
_BALANCE_ITEMS = ("cash", "debt", "assets", "liabs", "equity")
# "dividends on a per-share basis", "EPS on a diluted basis": the per-share measure said again
_PER_SHARE_BASIS = re.compile(r"\s*,?\s+on\s+an?\s+(?:per[- ]share|diluted(?:[- ]share)?|per[- ]share[- ]diluted)\s+basis\b")


# "What's X's net debt? Use the latest quarter.", "EPS of X - take fiscal 2023": an imperative that only says which
# period to read, as a sentence (or clause) of its own
_USE_PERIOD = re.compile(r"(?:^|(?<=[.?!;:]\s)|(?<=[,-]\s))(?:please\s+)?(?P<verb>use|take|go with|base it on|look at)\s+")


def _use_period(a: Analysis) -> None:
    assert a.claims is not None and a.time is not None
    for m in _USE_PERIOD.finditer(a.text):
        t = next((t for t in a.time.mentions if t.start == m.end()), None)
        if t is not None and a.hits and re.fullmatch(r"(?:\s*,?\s*please)?\s*[.?!;]*\s*", a.text[t.end:]) \
                and a.claims.free(m.start(), m.end()):
            a.claims.claim(m.start(), m.end(), "filler")


# "the range X traded in during 2022", "its trading range": the highest and the lowest close, said again where both
# are asked ("what were its highest and lowest closing prices")
_TRADING_RANGE = re.compile(r"\b(?:the|its|their)\s+(?:(?:trading|price)\s+)?range\b(?:\s+(?:that\s+|which\s+)?"
                            r"(?P<who>[\w'&.-]+(?:\s+[\w'&.-]+){0,3}?)\s+(?:has\s+|have\s+)?traded\s+(?:in|within|over|at)\b)?")


def restate(a: Analysis) -> None:
    """Claim the words that restate a measure read by name (run once the names are read, before structure words)."""
    assert a.claims is not None
    free = a.claims.free
    if a.time is not None:
        _use_period(a)
    money = any(h.sense.money for h in a.hits)
    for m in _CARRYING.finditer(a.text):
        if money and free(m.start(), m.end()):
            a.claims.claim(m.start(), m.end(), "filler")
    for m in _OFFERING.finditer(a.text):
        nxt = next((h for h in a.hits if h.start >= m.end()), None)
        if nxt is not None and "yield" in nxt.sense.key and free(m.start(), m.end()) \
                and re.fullmatch(r"\s+(?:(?:a|an|the|highest|lowest|higher|lower|best|biggest|largest|top)\s+)*",
                                 a.text[m.end():nxt.start]):
            a.claims.claim(m.start(), m.end(), "filler")
            continue
        # "what dividend yield was X offering on 30 September": the yield asked, then the company that offers it
        prev = next((h for h in reversed(a.hits) if h.end <= m.start()), None)
        if prev is not None and "yield" in prev.sense.key and free(m.start(), m.end()) \
                and re.fullmatch(r"\s+(?:(?:was|is|were|are|did|does|do|has|have|had|been|currently|still|now)\s+)*",
                                 _blank_companies(a, prev.end, m.start())):
            a.claims.claim(m.start(), m.end(), "filler")
    for m in _RESPECTIVE.finditer(a.text):
        nxt = next((h for h in a.hits if h.start >= m.end()), None)
        if nxt is not None and re.fullmatch(r"[\s-]*", a.text[m.end():nxt.start]) and free(m.start(), m.end()):
            a.claims.claim(m.start(), m.end(), "filler")
    for h in list(a.hits):
        key = h.sense.key
        if key == "cash" and (m := _ON_HAND.match(a.text, h.end)) and free(m.start(), m.end()):
            a.claims.claim(m.start(), m.end(), "sense")
        if key in _BALANCE_ITEMS and (m := _ON_BALANCE_SHEET.match(a.text, h.end)):
            co = m.span("co") if m.group("co") else (m.end(), m.end())
            named = co[0] == co[1] or any(s <= co[0] and co[1] <= e and who == "company" for s, e, who in a.claims.spans)
            if named and free(m.start(), co[0]) and free(co[1], m.end()):
                a.claims.claim(m.start(), co[0], "sense")
                if co[1] < m.end():
                    a.claims.claim(co[1], m.end(), "sense")
        elif key in _BALANCE_ITEMS and (m := _HELD_ON_BALANCE_SHEET.match(a.text, h.end)) and free(*m.span("on")) \
                and all(w.group(0) in ("and", "&") or any(s <= m.start("co") + w.start() and m.start("co") + w.end() <= e
                                                          and who == "company" for s, e, who in a.claims.spans)
                        for w in re.finditer(r"[^\s,]+", m.group("co"))):
            a.claims.claim(*m.span("on"), "sense")
        if h.sense.per_share and key in ("eps", "dps") and (m := _PER_SHARE_BASIS.match(a.text, h.end)) \
                and free(m.start(), m.end()):
            a.claims.claim(m.start(), m.end(), "sense")
        if key == "shares":
            _outstanding(a, h.end)
    if {"high", "low"} <= {h.sense.key for h in a.hits}:
        for m in _TRADING_RANGE.finditer(a.text):
            who = m.span("who") if m.group("who") else (m.end(), m.end())
            if free(m.start(), who[0]) and free(who[1], m.end()) and (who[0] == who[1] or not free(*who)):
                a.claims.claim(m.start(), who[0], "filler")  # (the company between is the company's)
                if who[1] < m.end():
                    a.claims.claim(who[1], m.end(), "filler")
                # ("traded" is no volume here)
                a.hits = [h for h in a.hits if not (m.start() <= h.start < m.end() and not who[0] <= h.start < who[1])]
    _high_low_of(a)
    _cash_made(a)
    if a.time is not None and any(h.sense.key in _PRICE_MULTIPLES for h in a.hits):
        _todays_price(a)
    if any(h.sense.key in _DIVIDENDS for h in a.hits):
        for m in _TO_HOLDERS.finditer(a.text):
            if free(m.start(), m.end()):  # ("hand out": the verb too, which no other step reads)
                a.claims.claim(m.start(), m.end(), "filler")
    # (round 31) "the dividend per share declared by X in fiscal 2024", "the DPS X declared": the dividend's own verb
    # said right after it, as "paid" ("which companies declared a dividend", with no measure before it, stays)
    for h in a.hits:
        m = _DECLARED.match(a.text, h.end) if h.sense.key == "dps" else None
        if m and free(m.start("verb"), m.end("verb")):
            a.claims.claim(m.start("verb"), m.end("verb"), "filler")
    for m in _HOW_MANY_SHARES.finditer(a.text):
        if not any(h.sense.key == "shares" for h in a.hits) and free(m.start("shares"), m.end("shares")) \
                and not re.search(r"\b(?:trad|chang|swap|bought|sold|buy|sell|repurchas|issued)", m.group("gap")):
            a.claims.claim(m.start("shares"), m.end("shares"), "sense")
            a.hits.append(senses.Hit(senses.BY_KEY["shares"], m.start("shares"), m.end("shares"), "verb"))
            if m.group("verb") and free(m.start("verb"), m.end("verb")):
                a.claims.claim(m.start("verb"), m.end("verb"), "sense")
    for m in _SHARE_COST.finditer(a.text):
        if not free(m.start("verb"), m.end("verb")):
            continue
        if not a.hits:
            a.claims.claim(m.start("verb"), m.end("verb"), "sense")
            a.hits.append(senses.Hit(senses.BY_KEY["price"], m.start("verb"), m.end("verb"), "verb"))
        elif all(h.sense.key == "price" for h in a.hits):
            # (round 31) "what did one share of X cost at the close on ...": the close says the price the verb asks
            a.claims.claim(m.start("verb"), m.end("verb"), "filler")


def _high_low_of(a: Analysis) -> None:
    """"How low did X go in 2020", "how high did X's shares climb", "how low did X's close sink": the lowest (highest)
    close; the close or share price said in the question's gap or as its verb is the high's own measure (no column of
    its own). (Round 27) P_HIGH / P_LOW are of the close only (SPEC section 2): a high or low of another measure ("how
    high did X's P/E climb", "X's peak market cap", "the 2023 low of X's dividend yield") is no FinQL figure; it read
    the close's high beside the measure (a wrong answer). Refused, naming both words."""
    assert a.claims is not None
    free = a.claims.free
    for m in _HOW_FAR.finditer(a.text):
        if not any(h.sense.key == m.group("way") and (h.start, h.end) == m.span("way") for h in a.hits):
            continue
        vs, ve = m.span("verb")
        if m.group("verb").startswith("close") and (nx := _MOVE_AFTER_CLOSE.match(a.text, ve)):
            vs, ve = nx.span("verb")
        if _AT_A_POINT.match(a.text, ve):
            # (round 32) "how high did X close at the end of 2023", "... on June 28, 2024": the close of one day, no
            # extreme over a period (the year's high answered: a wrong answer); not read, named
            a.unresolved.append(a.text[m.start():m.end("way")])
            continue
        said = [h for h in a.hits if m.end("way") <= h.start and h.end <= ve]
        other = [h for h in said if h.sense.key != "price"]
        if other:
            a.unresolved.extend([m.group("way"), a.text[other[0].start:other[0].end]])
            continue
        for h in said:
            a.hits.remove(h)
            a.claims.spans = [sp for sp in a.claims.spans if (sp[0], sp[1]) != (h.start, h.end)]
            a.claims.claim(h.start, h.end, "sense")
        if free(vs, ve):
            a.claims.claim(vs, ve, "sense")
    for i, h in enumerate(a.hits):
        if h.sense.key not in ("high", "low"):
            continue
        prev = a.hits[i - 1] if i else None
        nxt = a.hits[i + 1] if i + 1 < len(a.hits) else None
        if prev is not None and prev.sense.key not in _HIGH_LOW_OF and _HIGH_BESIDE.fullmatch(a.text, prev.end, h.start):
            a.unresolved.append(a.text[prev.start:h.end])
        elif nxt is not None and nxt.sense.key not in _HIGH_LOW_OF \
                and _HIGH_OF.fullmatch(_blank_companies(a, h.end, nxt.start).replace("  ", " ")):
            a.unresolved.append(a.text[h.start:nxt.end])


_HIGH_LOW_OF = frozenset({"price", "high", "low"})

# (round 27) "how much cash did X generate (produce, bring in) last year", "cash generated by X", "X generated more
# cash than ...": cash made over a period is a flow (operating cash flow, which FinQL lacks, or free cash flow: which is
# not said), never the balance held at its end (it read FF_CASH: a wrong answer). The verb after the cash, in its
# clause, or right before it
_FLOW_VERB = (r"generat(?:e|es|ed|ing)|produc(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|br(?:ing|ings|inging|ought)\s+in|"
              r"earn(?:s|ed|ing)?|ma(?:ke|kes|de|king)|throw(?:s|n)?\s+off|threw\s+off|rak(?:e|es|ed|ing)\s+in")
# (the gap holds no joint, comparison or number: "banks with cash above 500 million generated positive free cash flow"
# is a condition on the balance beside the flow, as f27g's spec_compose draws it)
_CASH_VERB_AFTER = re.compile(rf"(?P<gap>(?:(?!\b(?:and|or|but|while|whereas|than|vs|versus|above|below|over|under|"
                              rf"more|less|greater|higher|lower|exceed\w*|least|most)\b)[^.;?!,\d]){{0,60}}?)\b"
                              rf"(?P<verb>{_FLOW_VERB})\b")
_CASH_VERB_BEFORE = re.compile(rf"\b(?P<verb>{_FLOW_VERB})(?:\s+(?:more|less|the\s+most|most|the\s+least|least|any|some|"
                               r"much|enough|a\s+lot\s+of|lots\s+of|plenty\s+of|of|its|their|the))*\s+$")


def _cash_made(a: Analysis) -> None:
    for h in a.hits:
        if h.sense.key != "cash":
            continue
        after = _CASH_VERB_AFTER.match(a.text, h.end)
        if after and any(h.end <= o.start < after.start("verb") for o in a.hits):
            after = None
        before = _CASH_VERB_BEFORE.search(a.text[:h.start])
        m = after or before
        if m is not None:
            a.unresolved.extend([a.text[h.start:h.end], m.group("verb")])


def _blank_companies(a: Analysis, s: int, e: int) -> str:
    """text[s:e] with the companies' names read in it blanked (a name stands where a light word may)."""
    assert a.claims is not None
    out = list(a.text[s:e])
    for cs, ce, who in a.claims.spans:
        if who == "company":
            for i in range(max(cs, s), min(ce, e)):
                out[i - s] = " "
    return re.sub(r"\s+", " ", "".join(out))


def _todays_price(a: Analysis) -> None:
    """The price of a price multiple said again at today's close: its words, its hit and its time are the multiple's.

    (round 25) A multiple with a period of its own as well ("the P/E in 2023 at today's price", "2023 P/E using the
    current price": today's close over 2023's earnings, or the P/E at the end of 2023?) is refused, naming both, never
    read at the period's end; a period of another measure ("... and its price at the end of 2023", "... and its
    revenue in 2023") leaves the multiple at today's close (the phrase's "today's" stays its time)."""
    assert a.claims is not None and a.time is not None
    for m in _AT_TODAYS_PRICE.finditer(a.text):
        # (a P/E's market cap said again: "P/E on fiscal 2023 net income, using today's market cap", the numerator of
        # its quotient on a year's net income)
        price = next((h for h in a.hits if h.sense.key in ("price", "mkt_cap") and m.start("price") <= h.start
                      and h.end <= m.end("price")), None)
        now = [t for t in a.time.mentions if m.start("now") <= t.start < m.end("now") and t.value.kind == "now"]
        mult = [h for h in a.hits if h.sense.key in _PRICE_MULTIPLES and h.end <= m.start()]
        if price is None or len(now) != 1 or not mult:
            continue
        # (the period of the figure a multiple is taken on, "P/E on FY2023 EPS", is its basis: ``compose``)
        # (nor is a forward multiple's estimate year, "FY2026 forward P/E at today's price": its EPS's, not a date)
        others = [t for t in a.time.mentions if t not in now and not _MULTIPLE_ON.fullmatch(a.text, mult[-1].end, t.start)
                  and not ("E" in mult[-1].sense.kinds and t.value.estimates())]
        basis = len(others) + len(now) < len(a.time.mentions)  # (the multiple's own figure has its period)
        own = [t for t in others if _multiples_own(a, t, mult[-1], price, m.start(), m.end())]
        if not others or basis and not own:
            a.hits.remove(price)
            a.time.mentions.remove(now[0])
            a.claims.spans = [sp for sp in a.claims.spans if not (m.start() <= sp[0] and sp[1] <= m.end())]
            a.claims.claim(m.start(), m.end(), "filler")
            continue
        if own:
            for t in own:
                a.unresolved.append(a.text[t.start:t.end])
            a.unresolved.append(m.group(0).strip(" ,"))
            a.claims.spans = [sp for sp in a.claims.spans if not (m.start() <= sp[0] and sp[1] <= m.end())]
            a.claims.claim(m.start(), m.end(), "unresolved")
            continue
        a.hits.remove(price)
        n = now[0]
        a.claims.spans = [sp for sp in a.claims.spans if not (m.start() <= sp[0] and sp[1] <= m.end())
                          or (sp[0], sp[1]) == (n.start, n.end)]
        a.claims.claim(m.start(), n.start, "filler")
        a.claims.claim(n.end, m.end(), "filler")


def _multiples_own(a: Analysis, t, mult, price, s: int, e: int) -> bool:  # noqa: ANN001
    """Whether period ``t`` is the multiple's (said beside it, no other measure between) rather than another
    measure's ("and its price at the end of 2023", "2023 revenue and P/E", "revenue in 2023 and its P/E")."""
    rest = [h for h in a.hits if h is not mult and h is not price]
    if any(t.end <= h.start and re.fullmatch(r"(?:'s)?\s*", a.text[t.end:h.start]) for h in rest):
        return False  # written right before another measure: its own ("2023 revenue")
    if t.end <= mult.start:
        return not any(t.end <= h.start < mult.start for h in rest) and not any(h.end <= t.start for h in rest)
    if t.start < s:
        return True  # between the multiple and the price ("the P/E in 2023 at today's price")
    return not any(e <= h.start < t.start for h in rest)


def _outstanding(a: Analysis, end: int) -> None:
    """"how many diluted shares does X have outstanding": the name's last word after the company (or a period),
    in the same clause, with no other measure between."""
    assert a.claims is not None
    m = re.compile(r"[^.;?!]{1,80}?\boutstanding\b").match(a.text, end)
    if m is None:
        return
    s = m.end() - len("outstanding")
    if a.claims.free(s, m.end()) and not any(end <= h.start < s for h in a.hits):
        a.claims.claim(s, m.end(), "sense")
