"""Compositional coverage of SPEC.md: English questions with gold FinQL, built from slots (round 24, f24g).

    python spec_compose.py --out FILE.jsonl           # write the questions (golden-set format, deterministic)
    python spec_compose.py --check [--in FILE.jsonl]  # read each with the rules (pipeline.translate), execute
                                                      # gold and reading (FinQLEnv.execute), compare them
                                                      # (scorer.compare_results); right / wrong / refused per
                                                      # slot combination; --show N prints N misses of each

Each slot's English is SPEC.md's own words (the metric table, section 5's period conventions, section 3's
screens, sorts, TOP and IN) or plain English, never the translator's word lists or tests. A case's first tag
names its slot combination. Round 23 (f23g, docs/finql-translation.md) covered 64 combinations with a generator
that was not kept; this one adds the combinations it did not cover (relative periods, trading-day windows,
calendar-period returns, IN with a screen condition or a money sort key, TOP N by a computed key, NOT and
neither/nor beside another condition, three companies or periods, estimates, expressions in conditions,
quarterly aggregates, several items at several periods in a currency).

Round 25 (f25g) appends combinations tagged "r25" (``--part new``; ``--part old`` is round 24's 658, byte-identical
for the default seed): several periods in one question (year lists and ranges, "each of the last N years", "FY2022
through FY2024"), quarters (every SPEC form, relative, calendar vs fiscal, lists, sums and averages across fiscal
years), arithmetic (item minus / over item, per share, two companies, a ratio's change, a condition on and TOP by an
expression), relative periods with each of them, IN with them, and two or three of these in one sentence. A round-25
screen whose gold returns no row is not generated (``--check`` also counts such a gold as a gold error). Conventions
of its own: a calendar quarter of a fundamentals item is the company's fiscal quarter ending in that quarter's last
month (docs "Time forms", round 8); "the change of a ratio in percentage points" is the later minus the earlier; "by
what percentage did <per-share figure> grow" is the relative change of the expression (SPEC has no GROWTH of an
expression; the translator refuses it, see docs round 25).

Round 26 (f26g) appends combinations tagged "r26" (``--part r26``; rounds 24-25 stay byte-identical for the default
seed): every metric of SPEC 2's table (two or three plain names each) in a lookup, a screen condition (its threshold a
round number near the set's median), TOP N and SORT; less common items in arithmetic; P_HIGH / P_LOW over every range
form; calendar-month, quarter, half and year-to-date returns and "the past N months"; IN converting a condition and a
SORT key (per-share money too); estimate arithmetic (forward P/E, expected growth, in screens and TOP); three conditions
with NOT / OR / parentheses ("A, B or C" is any one of them); companies x items x periods; and refusals: SPEC 6's
licences (``"principal"``: analyst-basic has no estimates, guest prices of NX100 only and no fx; ``--check`` runs gold
and reading as that principal, a reading the executor refuses as not permitted matches a not_permitted gold) and asks
near supported ones that FinQL cannot express (a metric SPEC lacks, a forecast, an opinion: ``"unsupported"``). A money
condition or ranking without IN is drawn only over sets of one reporting currency (``ONE_CURRENCY_SETS``' metals and
mining holds KING, in GBP: r26 leaves it out; rounds 24-25 keep their draws).

Round 27 (f27g) appends combinations tagged "r27" (``--part r27``; rounds 24-26 stay byte-identical for the default
seed): a term defined in the question, then used (in a lookup and a screen condition); two asks answered by one query
(two items, an item and a ratio); spreadsheet words (columns, rows, filter, sorted by; rows = companies, columns =
items); a fundamentals quarter said by its calendar end ("the quarter ending March 2024") for each fiscal year end of
the data (December, September, June, March) and a price return over such a quarter; "how high / low did X get" of the
price and of a ratio or market cap; "rank ... by X" with ascending and descending words; one estimate as a percentage
of another (the quotient) and percent above another (the growth); cash generated; ", respectively" (items x periods,
measures x thresholds, items x companies); bracketed asides that restate (a ticker, a period, a set) or add a
condition. Its choices where SPEC is silent:
- a defined term is its definition's arithmetic in the definition's own unit ("A divided by B" a plain quotient, "A as
  a percentage of B" times 100), at the period the question gives the term;
- "the quarter ending <month> <year>" of a fundamentals item is the company's fiscal quarter ending that month
  (docs "Time forms"); two companies whose quarters end in different months cannot share one period: ``unsupported``;
  of a price return it is the three calendar months;
- "how high / low did X's <ratio or market cap> get" is ``unsupported`` (P_HIGH / P_LOW are highs and lows of closes
  only, SPEC 2);
- "in increasing order", "from low to high", "smallest first" are ASC; "in decreasing order", "from high to low",
  "biggest first" DESC;
- "<estimate> as a percentage of <estimate>" is ``a / b * 100``; "by what percentage does <estimate> exceed
  <estimate>" is ``GROWTH(FE_X, FY1, FY2)`` (or the relative change from last year's actual);
- "free cash flow generated" is FF_FCF; "operating cash flow", "cash from operations" and a plain "cash generated"
  (operating or free cash flow: two readings, and SPEC has no operating cash flow) are ``unsupported``;
- ", respectively" pairs two lists in order; items paired with companies cannot be one FinQL query: ``unsupported``;
- a bracketed aside that adds a condition ("(only those with a yield above 2%)") is applied (AND).

Round 28 (f28g) appends combinations tagged "r28" (``--part r28``; rounds 24-27 stay byte-identical for the default
seed), each draw said plainly and in three voices (third tag: "plain", "lawyer" with defined terms, "engineer" with
"where" / "inclusive" / "limit", "sales" with casual words and typos; ``--check`` prints each voice's figures): a
constant operand in arithmetic and in a condition (SPEC 2: ``expr := NUMBER | ...``), two limits on one measure in two
sentences (both apply) and a limit corrected in a second sentence (the second only), growth "from FY X" with and
without an end, "versus" for prices and for fundamentals, arithmetic across two companies (refused) beside the same
expression for each, "A and B or C" / "A or B and C" without commas, two conditions with periods of their own, IN with
two companies of different currencies and a difference, SORT by an estimate, TOP N by growth over a relative span,
trading-day windows in screens (a return, a price within X% of its N-day high), "between A and B inclusive", the
absolute change of an item in a currency. Its choices where SPEC is silent:
- one company's item over (minus) another company's is ``unsupported`` (an expression is computed within each row);
- "A and B or C" without commas is ``(A AND B) OR C`` (the grammar's precedence; docs "Conditions");
- a growth "from fiscal X" with no end runs to the latest fiscal year, as "since fiscal X" (``GROWTH(m, FYX, FY2024)``);
- "<price> today versus <a day>" lists both closes; its change "versus <a day>" in percent is ``P_RETURN(day, D0)``;
  "<item> in FY A versus FY B" lists both; its change in percent is ``GROWTH(m, FY B, FY A)``;
- "over the last three years" of a growth is FY2021 to FY2024 (dev0318);
- "between A and B, inclusive" is ``>= A AND <= B``; "within X% of its high" is ``P_PRICE(D0) >= (1 - X/100) * P_HIGH``.

Round 29 (f29g) appends combinations tagged "r29" (``--part r29``; rounds 24-28 stay byte-identical for the default
seed), each draw said plainly and in three voices new to the generator (third tag: "plain", "auditor-memo" with
"please document / confirm" and "for the audit file", "chat-terse" with abbreviations and symbols, "non-native" with an
English learner's grammar): year-to-date highs and returns, a price below its year-to-date high, returns over a named
month / quarter / half for two companies and one period's return against another's in a screen, P_HIGH / P_LOW over a
date range beside the last N trading days, the price as a percentage of a period's high, a period's high over its low,
IN converting an estimate condition and an expression SORT key together, TOP N by a margin's change (points) over a
relative span and by CAGR over the last N years, expected growth next year beside (and above) last year's actual
growth, three items x three years and two items x two quarters x two companies, "non-US" sets and "non-" conditions,
(A OR B) AND C and (A AND B) OR C with the grouping said in words, a union of two sets with a SORT, market cap at a date
for two companies in a currency, TOP N by a last-twelve-months figure in a currency. Its choices where SPEC is silent:
- "non-US <sector>" is the sector crossed with the union of the company master's other countries (FinQL has no
  complement of a set); "non-dividend-paying" is ``NOT FF_DPS(FY2024) > 0``, "non-loss-making" ``NOT FF_NET_INC(FY2024)
  < 0``;
- "<price> as a percentage of its highest close <period>" is ``P_PRICE(D0) / P_HIGH(d1, d2) * 100``; "the ratio of the
  highest close to the lowest" ``P_HIGH / P_LOW`` over the period's days;
- "expected <X> growth next year" is from last year's actual (above); "actual <X> growth last year" ``GROWTH(FF_X,
  FY2023, FY2024)``; "expected to grow X faster next year than last year" the first above the second;
- a margin's change "from two years ago to last year" in percentage points is the later margin minus the earlier
  (FY2023 to FY2024, SPEC 5); a CAGR "over the last N years" runs from FY(2024-N) to FY2024 (round 28's span);
- "the banks and insurers", "banks + insurers" are the union of the two sets.

Round 30 (f30g) appends combinations tagged "r30" (``--part r30``; rounds 24-29 stay byte-identical for the default
seed and for seed 7), each draw said in four voices new to the generator (third tag: "email-formal" with a greeting
and a sign-off, "spoken" with fillers, "spreadsheet-header" with "|" between cells and signs between figures,
"terse-question"): the quarter before last beside the last fiscal year, "N quarters ago" beside it (refused), a price
N trading days ago with the high of the last M trading days and a fiscal figure, a return over the last N trading days
or a calendar year beside a fiscal growth (and above it in a screen), a calendar year's high or a past close over
EPS, a constant in a SORT key (earnings yield, book-to-price), screens on two years' sum and on a multiple of an item two
years earlier, IN with TOP N by an estimate and an analyst-count condition, a set less a part of it (NOT member), SORT
ASC with a limit (a valuation N trading days ago, a growth, net debt in a currency), growth from an actual to an estimate
(company and screen), an estimate minus an actual in a currency, and companies x items x periods (relative quarters in
a currency; an item, the year-end close and P/E; two years and a calendar return). Its choices where SPEC is silent:
- "N quarters ago" is ``unsupported`` (it reads FQ-N or FQ-(N-1): docs "Time forms", round 8);
- "<set> that are not <part>" ("NX100 members other than banks") is the set crossed with the union of the set's other
  industries (countries, sectors) in the company master (FinQL has no complement of a set, as round 29's "non-US");
- "at least K analysts" beside an estimate of FY1 / FY2 counts the analysts of that estimate's year (``FE_NUM(FY2)``);
- "growth from the fiscal A actual to the FY2026 estimate" is ``(FE_X(FY2) / FF_X(FYA) - 1) * 100``;
- "at least X% above its level of fiscal 2022" is ``m(FY2024) >= (1 + X/100) * m(FY2022)``; "the sum of FY2023 and
  FY2024" is ``m(FY2023) + m(FY2024)``; "earnings yield" ``100 / FG_PE(D0)``, "book-to-price" ``1 / FG_PB(D0)``.

Round 31 (f31g) appends combinations tagged "r31" (``--part r31``; rounds 24-30 stay byte-identical for the default
seed and for seed 7), each draw said in four voices new to the generator (third tag: "ratings-note", a rating agency's
request with its purpose said first; "board-footnote", a board pack's numbered note; "sms", a text message; "german-
english", a German speaker's English: "business year", "turnover", "how high was", "calculated in", "before N trading
days", dates day first): TOP N of ALL companies in JPY / CHF / CAD, an index crossed with a sector with a condition and
TOP N lowest, a negative threshold (a loss larger than X, IN USD), an analyst count equal to K (``=``), trading volume
today and N trading days ago, market cap over last-twelve-months sales (TOP N lowest) and LTM free cash flow over market
cap in a screen, month-end closes of a calendar quarter, the change in market cap since a year end in a currency, a
margin's change against the same quarter a year earlier, an item that rose in each of two years (chained comparisons),
money per employee in a currency, an average daily volume (refused), debt to equity at two quarters for two companies,
a union of three sets, a SUM over fiscal years as a key in a currency, quarter-on-quarter growth, an LTM margin AND
NOT a valuation, the return between two written dates as a key, EPS and DPS in a less common currency. A gold runs with
1 to 10 rows and no null (else the draw is dropped); a threshold is at least 2% away from every value of its set. Its
choices where SPEC is silent:
- "a net loss (negative free cash flow) of more than X" is ``m < -X``;
- money per employee said "in <currency word>" is in units (``* 1000000``, docs round 11), as "in US dollars" was;
- two dates that are no month's first and last day are the return's own ends (a whole-month span starts at the close
  before it, docs "Time forms": avoided here);
- "the change in <margin> in the latest quarter against the same quarter of the prior year, in percentage points" is
  the later margin minus the earlier.

Round 32 (f32g) appends combinations tagged "r32" (``--part r32``; rounds 24-31 stay byte-identical for the default
seed and for seed 7), each draw said in four voices new to the generator (third tag: "french-english", a French
speaker's English: "the fiscal year 2024", "net result", "at present", "actually", "the 29 June 2024 (a Saturday)";
"bulleted", a request as a list, one item a line; "analyst-shorthand", "px", "ccy", "YE22", "!=", "x"; "long-context",
two sentences of the asker's situation before the question): SORT on a ticker list (which of three has the highest or
lowest ratio, TOP 1; three ranked by a growth), ``!=`` (an analyst count other than K), the fields SECTOR, INDUSTRY,
COUNTRY, CURRENCY (of two companies, and beside a screen), a union crossed with a third set (``(A | B) & C``), CAGR
and AVG over fiscal years in a condition, a volume more than X times an earlier one, a price at most X% above its low
of the last N trading days (``<=``), a valuation today against its level at a past year end, DPS times diluted shares,
the close on a weekend date, an exchange rate asked (refused) and a company-master fact FinQL has no field for (fiscal
year end, IPO year: refused), a headcount beside money IN a currency, an equity ratio at least X% (``>=``), an item
positive in each of the last four quarters, a share price above X IN a currency over several currencies, year-end
market caps IN a currency. Golds run with 1 to 10 rows and no null; thresholds are 2% away from every value. Its
choices where SPEC is silent:
- "which of A, B and C has the highest X" is ``X FOR A, B, C SORT X DESC TOP 1``; "rank A, B, C by X" is the list with
  SORT and no TOP;
- "the close on Saturday, June 29, 2024" is ``P_PRICE(2024-06-29)`` (SPEC 2: the last trading day on or before it);
- "the exchange rate of the euro against the dollar", "its fiscal year end month", "its IPO year" are ``unsupported``
  (fx only converts, SPEC 3; the fields are NAME, SECTOR, INDUSTRY, COUNTRY, CURRENCY);
- "within X% of its N-trading-day low" is ``P_PRICE(D0) <= (1 + X/100) * P_LOW(D-N, D0)`` (round 28's high mirrored);
- "total dividends (DPS times diluted shares)" is ``FF_DPS * FF_SHARES`` (millions of the company's currency).

Round 33 (f33g) appends combinations tagged "r33" (``--part r33``; rounds 24-32 stay byte-identical for the default
seed and for seed 7), each draw said in four voices new to the generator (third tag: "actuarial", an insurer's formal
register: "In respect of", "As regards", "we should be obliged to learn"; "slides", a slide's fragments: "Key figures:",
"→", "÷", "Δ", "YoY", "excl."; "context-first", two or three sentences of why before the question; "reference-desk", a
third person: "The patron would like to know", "Our client asks"): a calendar-period return in a screen beside today's
market cap IN a currency, TOP N lowest price as a percentage of its N-trading-day high, TOP N by the N-trading-day high
over low, a year-to-date return OR last year's growth, an item last year against N years ago and last quarter against
the quarter before last (relative periods compared), TOP N by an item's change between two fiscal years IN a currency
over a multi-currency set, a calendar period's low and the N-trading-day high of two companies IN a currency, a
year-to-date return beside a growth, P/E below X AND NOT a calendar-period return below zero, a union ranked by a
calendar return, which of three is nearest its N-trading-day low (TOP 1), a margin the year before last, TOP N by yield
with a market-cap condition IN USD, two calendar years' highs, next year's sales estimate beside last year's actual IN a
currency, three companies ranked by a growth from N years ago; and refusals: a statistic across a set's companies
(median, average) and the volatility of daily returns (``unsupported``). Golds run with 1 to 10 rows and no null. Its
choices where SPEC is silent:
- "the largest increase in <money item> from fiscal A to fiscal B, <currency>" is the difference ``m(FYB) - m(FYA)``
  (docs "Changes": a difference in money where the question asks for money);
- "did not fall <period>" is ``NOT P_RETURN(d1, d2) < 0`` (SPEC 3's NOT: true where the return is null);
- "the lowest share price today relative to its lowest close of the last N trading days" is ``P_PRICE(D0) / P_LOW(D-N,
  D0)``, ranked ASC.

Round 34 (f34g) appends combinations tagged "r34" (``--part r34``; rounds 24-33 stay byte-identical for the default
seed and for seed 7), each draw said in four voices new to the generator, each putting the question inside hedged or
polite prose (third tag: "hedging-academic", "It would seem worthwhile, if I am not mistaken, to establish ...", "One
might reasonably ask, I think, which ..."; "courteous-letter", a salutation ("Dear Ms Whitfield,"), a request ("Would
you be kind enough to", "May I ask") and a signature; "long-aside", one long sentence with asides between commas;
"purpose-first", the question after a purpose clause, "To size a trading band for X, ..."): the year-to-date highest
close minus the lowest IN a currency, a calendar-period return in a screen sorted by market cap IN USD, the highest
(lowest) close between N and M trading days ago (a range ending before today) of two companies and beside today's
price IN a currency, today's price above such a range's high (a breakout screen), an item last quarter above the same
quarter a year earlier AND net income positive, a relative-span growth condition with TOP N lowest P/E, a union of two
sets AND NOT a profit, an index crossed with a sector with neither A nor B, TOP N lowest net debt with a sales
condition IN a currency, TOP N smallest market cap with a yield condition IN a currency, three companies ranked by
price over the year-to-date low and by a money item IN a currency, the last two quarters against the two before, a
margin last year against the year before, next year's EPS estimate above last year's EPS ranked by sales growth,
"fell in neither of two calendar years" (``NOT (A OR B)``), the last N trading days' high above a calendar half's
high; and refusals: a beta against an index, an intraday high or low (``unsupported``). Golds run with 1 to 10 rows and
no null. Its choices where SPEC is silent:
- "between N and M trading days ago" (N > M) is ``P_HIGH(D-N, D-M)`` (both ends counted, SPEC 2's d1 <= day <= d2);
- "a negative share price return in neither A nor B" is ``NOT (P_RETURN(A) < 0 OR P_RETURN(B) < 0)``;
- "the difference between the highest and lowest close year to date" is ``P_HIGH(2024-01-01, D0) - P_LOW(2024-01-01,
  D0)`` (a money amount, converted by IN);
- "the last two quarters combined" is ``m(FQ0) + m(FQ-1)``; "the margin" is the item over sales, compared times 100.

Round 35 (f35g) appends combinations tagged "r35" (``--part r35``; rounds 24-34 stay byte-identical for the default
seed and for seed 7), each draw said in four voices new to the generator, each a register that carries the question
(third tag: "minutes", an agenda item of meeting minutes with the question in reported speech and an action line;
"forwarded-thread", a forwarder's note, a forwarded header and the sender's question and sign-off; "checklist", one
"[ ]" line; "false-starts", a spoken question that restarts: "so, um, which - which banks ..."): several relative
periods in one screen (last year against N years ago AND the quarter before last), the average of the last four
quarters IN a currency and a four-quarter sum in a screen IN USD, calendar-month returns ranked (three companies worst
first; TOP N with a P/E condition), TOP N of a margin with NOT a negative free cash flow, an estimate for the year
after next against the actual two years ago (screen) and next year's estimate beside two actual years, P_HIGH / P_LOW
over trading-day windows in conditions (more than X% below the N-day high AND a yield; the N-day high more than X%
above the N-day low AND a P/E), a year-to-date return AND NOT last year's sales growth, (A OR B) AND neither C nor D,
TOP N lowest calendar-quarter return with a market-cap condition IN USD, TOP N by growth against the same quarter a
year earlier with NOT a loss, TOP N by an average over the last three fiscal years IN USD, market cap against its level
N trading days ago, one item at three relative periods IN a currency, a CAGR over the last N years beside last year's
growth, TOP N lowest quarter-end debt with a quarter-end cash condition IN USD; and a refusal: a consensus estimate for
next quarter (FE_ metrics take FY1 / FY2 only, SPEC 2). Golds run with 1 to 10 rows and no null. Its choices where
SPEC is silent:
- "the average <item> over the last four quarters" is ``AVG(m, FQ-3, FQ0)``; "summed (combined) over the last four
  quarters" ``SUM(m, FQ-3, FQ0)``; "the last three fiscal years" FY2022 to FY2024;
- "more than X% below its highest close of the last N trading days" is ``P_PRICE(D0) < (1 - X/100) * P_HIGH(D-N, D0)``;
  "a highest close more than X% above the lowest" ``P_HIGH(...) > (1 + X/100) * P_LOW(...)``;
- "did not grow sales last year" is ``NOT GROWTH(FF_SALES, FY2023, FY2024) > 0``; "leaving out any with negative free
  cash flow" ``NOT FF_FCF(FY2024) < 0``; "without a net loss last quarter" ``NOT FF_NET_INC(FQ0) < 0``;
- "the year after next" of an estimate is FY2; "two years ago" of an actual FY2023 (SPEC 5).

Round 36 (f36g) appends combinations tagged "r36" (``--part r36``; rounds 24-35 stay byte-identical for the default
seed and for seed 7), each draw said in the plain register of a careful SPEC reader, as a question and as a request
(third tag "question" / "request"; no new voice): a return over the past N months AND a dividend yield, a return up
in a calendar year's first half and down in its second (and the reverse), TOP N by year-to-date return with a sales
condition IN USD, TOP N by a margin last quarter with net income positive the quarter before last, a negative return
over the last N trading days AND a year-to-date return above X, TOP N by dividends per share as a percentage of EPS,
TOP N by capex as a percentage of sales over an index crossed with a sector, a free cash flow condition with a net
income SORT IN GBP, three companies x P/E and yield x today and a past year end, two companies x two items x the last
three fiscal years IN a currency, the highest and lowest close in each half of a year, TOP N lowest price over the
year-after-next EPS estimate with an analyst count, expected EPS growth next year AND from next year to the year
after, NOT (A AND B), A OR (B AND C), TOP N by a past year end's market cap among year-to-date losers IN USD, last
year's EPS beside next year's estimate and today's P/E, LTM net income in a screen with an LTM sales SORT IN USD; and
refusals near supported asks: an index's own return, a region's or segment's share of sales (``unsupported``). Golds
run with 1 to 10 rows and no null. Its choices where SPEC is silent:
- "the return of the TECHX index", "the NX100 index's own performance" are ``unsupported`` (an index is a set of
  companies, SPEC 2; FinQL carries no index level); "what share of X's sales came from Europe" ``unsupported``;
- "do not have both A and B", "excluding those that have both A and B" are ``NOT (A AND B)``; "either A, or B and C"
  and "A or both B and C" are ``A OR (B AND C)`` (the comma and "both" group; AND binds tighter);
- "dividends per share as a percentage of EPS" is ``FF_DPS / FF_EPS * 100``; "share price divided by the EPS estimate
  for the year after next" ``P_PRICE(D0) / FE_EPS(FY2)``, "covered by at least K analysts for the year after next"
  ``FE_NUM(FY2) >= K``;
- a return that only screens ("of those with a negative return year to date, the largest market cap at the end of
  2023, in US dollars") stays a return (SPEC 3: ``IN`` converts no return); "at the end of 2023" of a market cap or
  ratio is ``2023-12-31``; "each half of 2023" is its two halves (SPEC 5's calendar-period returns).

Round 37 (f37g) appends combinations tagged "r37" (``--part r37``; rounds 24-36 stay byte-identical for the default
seed and for seed 7), drawn from SPEC's least-drawn sections, each said as a question, a request and a terse note
(third tag "question" / "request" / "note"): section 6's licences inside screens and rankings (a guest's TOP N of NX100
by a return, a guest's screen of all companies by a trading-day return, a guest's close and volume on a date; refused
as not permitted: a guest's P/E screen or market-cap ranking, a guest's ticker list naming a company outside NX100,
analyst-basic's estimate screens and rankings; read: analyst-basic's market cap condition IN USD with a P/E SORT),
section 1's flow and stock items (last-twelve-months sales beside debt at the latest quarter end, a stock item at a
fiscal year end and at a named quarter's end, diluted shares beside a converted market cap), section 2's less drawn
forms (the latest fiscal year and the one before, the lowest gross margin in a named fiscal quarter, liabilities at
least N times equity, a yield of at least X AND a P/E of at most Y, SCREEN(ALL) ranked by the analyst count, next
year's sales estimate in a condition IN USD, TOP N by volume on a date, TOP N by a CAGR between named years, a loss
turned into a profit), and refusals near supported asks (an estimate for fiscal 2027 or later, a reported figure of the
unreported fiscal 2025). Golds run, as the case's principal, with 1 to 10 rows and no null; a TOP's cut falls on no
tie. Its choices where SPEC is silent:
- a guest's "which companies ..." is ``SCREEN(ALL, ...)`` run as guest (SPEC 6: a screen never returns hidden
  companies); a guest's P/E or market cap touches fundamentals and a guest's ticker list with a company outside NX100
  is refused (``not_permitted``); so is analyst-basic's estimate in a condition or a ranking;
- "debt at the end of the latest quarter" is ``FF_DEBT(FQ0)`` (SPEC 2's ``LTM`` of a stock item); "total assets at the
  end of fiscal 2023" ``FF_ASSETS(FY2023)`` (the Q4 value, SPEC 1); "the latest fiscal year and the one before" FY2024
  and FY2023 (``FY0``, ``FY-1``);
- "total liabilities of at least N times (N or more times) their equity" is ``FF_LIABS >= N * FF_EQUITY``;
- "went from a net loss in fiscal A to a net profit in fiscal B" is ``FF_NET_INC(FYA) < 0 AND FF_NET_INC(FYB) > 0``
  (operating: ``FF_OPER_INC``);
- "the last trading day of 2023" is 2023-12-29 (a Friday); "the compound annual growth rate from fiscal A to fiscal
  2024" ``CAGR(m, FYA, FY2024)``;
- "the consensus EPS estimate for fiscal 2027" and "the reported net income for fiscal 2025" are ``unsupported``
  (estimates are FY2025 and FY2026; fiscal 2025 is not reported, SPEC 5: never its estimate in its place).

Where SPEC leaves a choice the golds follow the project's documented conventions (docs/finql.md and
docs/finql-translation.md "Time forms" and "Readings where SPEC.md is silent"):
- a ranking by money over companies reporting in several currencies is in USD (`IN USD` added to the gold);
- "in March 2024", "in Q1 2024" of a return start at the close before the period (SPEC 5); of a high or low
  the range is the period's own days (`P_HIGH(2024-03-01, 2024-03-31)`);
- "since March 15, 2024" is from that day to D0; "since the start of 2022" from the close before the year;
- a growth "next year" runs from last year's actual (`(FE_X(FY1) / FF_X(FY2024) - 1) * 100`); between the two
  estimate years it is `GROWTH(FE_X, FY1, FY2)`;
- "not" before a condition is `NOT` of it (SPEC 3's two-valued logic: true where the value is null).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

SEED = 20240024
DEFAULT_OUT = Path("/tmp/spec_compose.jsonl")

# --- slots --------------------------------------------------------------------------------------------------

# metrics: FinQL name -> plain English names (SPEC section 1's and 2's descriptions, and everyday words)
FUND = {
    "FF_SALES": ["sales", "revenue"],
    "FF_GROSS_INC": ["gross income", "gross profit"],
    "FF_OPER_INC": ["operating income"],
    "FF_NET_INC": ["net income"],
    "FF_EPS": ["diluted EPS", "earnings per share"],
    "FF_DPS": ["dividends per share"],
    "FF_ASSETS": ["total assets"],
    "FF_LIABS": ["total liabilities"],
    "FF_EQUITY": ["shareholders' equity", "equity"],
    "FF_DEBT": ["debt"],
    "FF_CASH": ["cash"],
    "FF_CAPEX": ["capital expenditure", "capex"],
    "FF_FCF": ["free cash flow"],
    "FF_SHARES": ["diluted shares outstanding"],
    "FF_EMPLOYEES": ["number of employees", "headcount"],
}
FLOWS = ["FF_SALES", "FF_GROSS_INC", "FF_OPER_INC", "FF_NET_INC", "FF_CAPEX", "FF_FCF"]
MONEY_FUND = ["FF_SALES", "FF_GROSS_INC", "FF_OPER_INC", "FF_NET_INC", "FF_ASSETS", "FF_EQUITY", "FF_DEBT",
              "FF_CASH", "FF_FCF"]
POINT = {  # metrics of a date
    "FG_MKT_CAP": ["market cap", "market capitalisation"],
    "FG_PE": ["P/E", "price-to-earnings ratio"],
    "FG_DIV_YIELD": ["dividend yield"],
    "FG_PB": ["price-to-book ratio"],
}


def _sets() -> list[tuple[str, str]]:
    """(English, FinQL set) of screens; the set names are SPEC's (sectors, industries, countries, indexes)."""
    return [
        ("technology companies", 'SECTOR("Information Technology")'),
        ("utilities", 'SECTOR("Utilities")'),
        ("energy companies", 'SECTOR("Energy")'),
        ("health care companies", 'SECTOR("Health Care")'),
        ("real estate companies", 'SECTOR("Real Estate")'),
        ("banks", 'INDUSTRY("Banks")'),
        ("airlines", 'INDUSTRY("Airlines")'),
        ("semiconductor companies", 'INDUSTRY("Semiconductors")'),
        ("automakers", 'INDUSTRY("Automobiles")'),
        ("beverage companies", 'INDUSTRY("Beverages")'),
        ("insurers", 'INDUSTRY("Insurance")'),
        ("NX100 members", "INDEX(NX100)"),
        ("TECHX companies", "INDEX(TECHX)"),
        ("companies in the EUROPE index", "INDEX(EUROPE)"),
    ]


# one reporting currency each (money compared without IN stays in that currency, one unit for the whole set)
ONE_CURRENCY_SETS = [
    ("Japanese companies", 'COUNTRY("Japan")', "JPY"),
    ("German companies", 'COUNTRY("Germany")', "EUR"),
    ("British companies", 'COUNTRY("United Kingdom")', "GBP"),
    ("Canadian companies", 'COUNTRY("Canada")', "CAD"),
    ("US industrials", 'COUNTRY("United States") & SECTOR("Industrials")', "USD"),
    ("metals and mining companies", 'INDUSTRY("Metals & Mining")', "USD"),
]

CURRENCY_WORDS = {"USD": ["in US dollars", "in USD"], "EUR": ["in euros", "in EUR"], "GBP": ["in pounds sterling", "in GBP"],
                  "JPY": ["in yen"], "CHF": ["in Swiss francs"], "CAD": ["in Canadian dollars"]}

NUM_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}

# calendar periods of a return (SPEC 5: from the close before the period to its end) and of a high/low (its days)
CAL_PERIODS = [
    # English, return (d1, d2), high/low (d1, d2)
    ("in 2023", ("2022-12-31", "2023-12-31"), ("2023-01-01", "2023-12-31")),
    ("during calendar 2022", ("2021-12-31", "2022-12-31"), ("2022-01-01", "2022-12-31")),
    ("in Q1 2024", ("2023-12-31", "2024-03-31"), ("2024-01-01", "2024-03-31")),
    ("in the second quarter of 2023", ("2023-03-31", "2023-06-30"), ("2023-04-01", "2023-06-30")),
    ("in March 2024", ("2024-02-29", "2024-03-31"), ("2024-03-01", "2024-03-31")),
    ("in October 2023", ("2023-09-30", "2023-10-31"), ("2023-10-01", "2023-10-31")),
    ("year to date", ("2023-12-31", "D0"), ("2024-01-01", "D0")),
    ("since the start of 2022", ("2021-12-31", "D0"), ("2022-01-01", "D0")),
    ("since March 15, 2024", ("2024-03-15", "D0"), ("2024-03-15", "D0")),
    ("in the second half of 2023", ("2023-06-30", "2023-12-31"), ("2023-07-01", "2023-12-31")),
]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class Gen:
    def __init__(self, seed: int = SEED) -> None:
        from finql.language.registry import companies

        self.rng = random.Random(seed)
        cs = [c for c in companies() if c.ipo_year < 2014]  # data over every period asked
        self.companies = cs
        self.cases: list[dict] = []
        self.seen: set[str] = set()

    # helpers
    def pick(self, xs):
        return self.rng.choice(xs)

    def sample(self, xs, k):
        return self.rng.sample(xs, k)

    def co(self, c, form: int | None = None) -> str:
        form = self.rng.randrange(3) if form is None else form
        return [c.name, c.ticker, c.name][form]

    def poss(self, c) -> str:
        n = self.co(c)
        return n + ("'" if n.endswith("s") else "'s")

    def add(self, combo: str, question: str, query: str) -> None:
        if question in self.seen:
            return
        self.seen.add(question)
        self.cases.append({"id": "", "question": question, "query": query, "tags": [combo]})

    def mname(self, m: str) -> str:
        return self.pick(FUND.get(m) or POINT[m])

    def cur_of(self, tickers) -> set[str]:
        from finql.language.registry import by_ticker

        return {by_ticker()[t].currency for t in tickers}

    def set_currencies(self, finql_set: str) -> set[str]:
        """Currencies of the companies of a set (for the documented convention: money ranked across currencies
        is in USD)."""
        import re

        cur = set()
        for c in self.companies_all():
            if self._in_set(c, finql_set, re):
                cur.add(c.currency)
        return cur

    @staticmethod
    def companies_all():
        from finql.language.registry import companies

        return companies()

    @staticmethod
    def _in_set(c, s: str, re) -> bool:
        def one(part: str) -> bool:
            k, v = re.match(r'(\w+)\("?([^")]*)"?\)', part.strip()).groups()
            return {"SECTOR": c.sector == v, "INDUSTRY": c.industry == v, "COUNTRY": c.country == v,
                    "INDEX": v in c.indexes}[k]
        return all(one(p) for p in re.split(r"\s&\s(?=[A-Z]+\()", s))  # ("Metals & Mining" is one name)

    # --- combinations ---------------------------------------------------------------------------------------

    def build(self) -> list[dict]:
        for f in [self.rel_years, self.rel_years_two_metrics, self.growth_from_years_ago, self.quarter_before_last,
                  self.price_days_ago, self.return_days, self.highlow_days, self.highlow_calendar,
                  self.return_calendar, self.return_calendar_screen, self.return_calendar_top,
                  self.return_three_companies, self.currency_screen_cond, self.currency_sort_money,
                  self.currency_cond_sort, self.top_arith, self.top_growth, self.top_return_days,
                  self.not_with_cond, self.neither_nor_with_cond, self.three_companies, self.three_periods,
                  self.three_companies_growth, self.estimates_company, self.estimates_screen,
                  self.estimates_sort, self.expected_growth, self.expr_in_cond, self.quarterly_aggregates,
                  self.quarterly_aggregate_screen, self.items_periods_currency, self.three_companies_currency,
                  self.cond_years_ago, self.price_vs_days_ago_screen, self.ltm_vs_year,
                  self.deep_cond_sort_top_currency, self.net_cash_rank_currencies, self.quarter_cond_screen,
                  self.fg_days_ago, self.return_between_days, self.two_calendar_returns, self.price_vs_high_screen,
                  self.forward_pe, self.estimate_currency, self.aggregate_currency, self.cagr_years_ago,
                  self.growth_cond_years_ago, self.double_cond, self.either_or_not, self.three_conditions,
                  self.fields_top, self.three_relative_years, self.estimates_three_companies,
                  self.ytd_screen_sort, self.smallest_money_currency, self.estimates_words,
                  self.one_threshold_two_measures, self.amount_then_growth,
                  self.currency_sign_billion, self.sorted_by_words, self.excluding_cond, self.oxford_three,
                  self.three_quarters, self.estimate_forecast_words, self.two_quarter_sum, self.three_items_currency,
                  self.return_month_words, self.since_dates, self.highlow_days_screen_sort, self.growth_vs_years_ago_top] + self._r25() + self._r26() + self._r27() \
                + self._r28() + self._r29() + self._r30() + self._r31() + self._r32() + self._r33() \
                + self._r34() + self._r35() + self._r36() + self._r37():
            f()
        for i, c in enumerate(self.cases, start=1):
            c["id"] = f"sc{i:04d}"
        return self.cases

    def _r25(self) -> list:
        """Round 25's combinations (f25g), built after round 24's so these do not move its draws."""
        return [self.year_range_list, self.each_last_years, self.four_years_list, self.two_metrics_year_range,
                self.year_range_two_companies, self.relative_year_list, self.quarter_forms, self.quarter_relative_forms,
                self.last_quarters_list, self.quarter_range_aggregate, self.calendar_quarter, self.quarter_vs_year_earlier,
                self.screen_quarter_cond, self.screen_sort_quarter_sum, self.item_minus_item, self.item_over_item,
                self.per_share_items, self.expr_two_companies, self.ratio_change, self.screen_expr_cond_r25,
                self.screen_top_expr_r25, self.expr_relative, self.expr_each_year, self.screen_expr_relative,
                self.growth_relative_quarters, self.expr_currency, self.year_range_currency, self.quarter_currency,
                self.screen_expr_money_currency, self.two_companies_range_currency, self.quarter_sum_sort_currency,
                self.cond_quarter_sort_expr, self.growth_range_expr_cond, self.avg_years_relative,
                self.quarters_of_year, self.points_each_year_end, self.returns_each_period, self.absolute_change,
                self.ratio_last_quarters, self.per_share_years_currency, self.ltm_currency, self.top_quarter_growth,
                self.margin_change_relative, self.screen_cond_each_two_years, self.cond_quarter_sort_sum_currency,
                self.two_companies_expr_relative_currency, self.expr_quarter_list, self.screen_sum_vs_year]

    # relative fiscal years: "N years ago" is FY(2025-N) (SPEC 5)
    def rel_years(self):
        combo = "metric x N years ago x company"
        for _ in range(14):
            c, m, n = self.pick(self.companies), self.pick(list(FUND)), self.pick([3, 4, 5, 6])
            nw = self.pick([NUM_WORDS[n], str(n)])
            q = self.pick([f"What was {self.poss(c)} {self.mname(m)} {nw} years ago?",
                           f"{self.poss(c)} {self.mname(m)} {nw} fiscal years ago",
                           f"Show {self.poss(c)} {self.mname(m)} from {nw} years ago."])
            self.add(combo, q, f"{m}(FY{2025 - n}) FOR {c.ticker}")

    def rel_years_two_metrics(self):
        combo = "two metrics x relative year x company"
        for _ in range(12):
            c = self.pick(self.companies)
            m1, m2 = self.sample(list(FUND), 2)
            per, fy = self.pick([("the year before last", "FY2023"), ("three years ago", "FY2022"),
                                 ("two years ago", "FY2023"), ("four years ago", "FY2021")])
            q = self.pick([f"What were {self.poss(c)} {self.mname(m1)} and {self.mname(m2)} {per}?",
                           f"Give me {self.mname(m1)} and {self.mname(m2)} for {self.co(c)} {per}."])
            self.add(combo, q, f"{m1}({fy}), {m2}({fy}) FOR {c.ticker}")

    def growth_from_years_ago(self):
        combo = "growth x relative years x company"
        for _ in range(12):
            c, m = self.pick(self.companies), self.pick(FLOWS)
            n = self.pick([3, 4, 5])
            k = self.rng.randrange(3)
            if k == 0:
                q = f"How much did {self.poss(c)} {self.mname(m)} grow from {NUM_WORDS[n]} years ago to last year?"
                g = f"GROWTH({m}, FY{2025 - n}, FY2024)"
            elif k == 1:
                q = f"What was the growth in {self.poss(c)} {self.mname(m)} between the year before last and last year?"
                g = f"GROWTH({m}, FY2023, FY2024)"
            else:
                q = f"By what percentage did {self.poss(c)} {self.mname(m)} change from {NUM_WORDS[n]} years ago to last year?"
                g = f"GROWTH({m}, FY{2025 - n}, FY2024)"
            self.add(combo, q, f"{g} FOR {c.ticker}")

    def quarter_before_last(self):
        combo = "metric x quarter before last x company"
        for _ in range(12):
            c, m = self.pick(self.companies), self.pick(FLOWS + ["FF_CASH", "FF_DEBT"])
            k = self.rng.randrange(3)
            if k == 0:
                q, g = f"What was {self.poss(c)} {self.mname(m)} in the quarter before last?", f"{m}(FQ-1)"
            elif k == 1:
                q, g = (f"{self.poss(c)} {self.mname(m)} last quarter and the quarter before last",
                        f"{m}(FQ0), {m}(FQ-1)")
            else:
                q, g = (f"How much did {self.poss(c)} {self.mname(m)} grow from the quarter before last to last quarter, in percent?",
                        f"GROWTH({m}, FQ-1, FQ0)")
            self.add(combo, q, f"{g} FOR {c.ticker}")

    # trading days: "N trading days ago" is D-N, "the last N trading days" D-N..D0 (SPEC 5)
    def price_days_ago(self):
        combo = "price x N trading days ago x company"
        for _ in range(10):
            c, n = self.pick(self.companies), self.pick([5, 10, 20, 60, 120])
            m, w = self.pick([("P_PRICE", "closing price"), ("P_PRICE", "share price"), ("P_VOLUME", "trading volume"),
                              ("FG_MKT_CAP", "market cap")])
            q = self.pick([f"What was {self.poss(c)} {w} {n} trading days ago?",
                           f"{self.poss(c)} {w} {n} trading days ago"])
            self.add(combo, q, f"{m}(D-{n}) FOR {c.ticker}")

    def return_days(self):
        combo = "return x last N trading days x company"
        for _ in range(10):
            c, n = self.pick(self.companies), self.pick([5, 10, 20, 60, 250])
            q = self.pick([f"What was {self.poss(c)} share price return over the last {n} trading days?",
                           f"How much has {self.co(c)} stock returned in the last {n} trading days?",
                           f"{self.poss(c)} return since {n} trading days ago"])
            self.add(combo, q, f"P_RETURN(D-{n}, D0) FOR {c.ticker}")

    def highlow_days(self):
        combo = "high/low x last N trading days x company"
        for _ in range(12):
            c, n = self.pick(self.companies), self.pick([10, 20, 60, 120])
            k = self.rng.randrange(3)
            if k == 0:
                q, g = f"What was {self.poss(c)} highest close over the last {n} trading days?", f"P_HIGH(D-{n}, D0)"
            elif k == 1:
                q, g = f"{self.poss(c)} lowest closing price in the last {n} trading days", f"P_LOW(D-{n}, D0)"
            else:
                q, g = (f"Show the highest and lowest close of {self.co(c)} over the last {n} trading days.",
                        f"P_HIGH(D-{n}, D0), P_LOW(D-{n}, D0)")
            self.add(combo, q, f"{g} FOR {c.ticker}")

    def highlow_calendar(self):
        combo = "high/low x calendar period x company"
        for _ in range(14):
            c = self.pick(self.companies)
            per, _r, (d1, d2) = self.pick(CAL_PERIODS)
            hl, w = self.pick([("P_HIGH", "highest closing price"), ("P_LOW", "lowest closing price"),
                               ("P_HIGH", "highest close"), ("P_LOW", "lowest close")])
            q = self.pick([f"What was {self.poss(c)} {w} {per}?", f"{self.poss(c)} {w} {per}"])
            self.add(combo, q, f"{hl}({d1}, {d2}) FOR {c.ticker}")

    def return_calendar(self):
        combo = "return x calendar period x company"
        for _ in range(16):
            c = self.pick(self.companies)
            per, (d1, d2), _h = self.pick(CAL_PERIODS)
            q = self.pick([f"What was {self.poss(c)} share price return {per}?",
                           f"How much did {self.co(c)} stock return {per}?",
                           f"{self.poss(c)} stock performance {per}"])
            self.add(combo, q, f"P_RETURN({d1}, {d2}) FOR {c.ticker}")

    def return_calendar_screen(self):
        combo = "screen: return x calendar period cond"
        for _ in range(12):
            sw, s = self.pick(_sets())
            per, (d1, d2), _h = self.pick(CAL_PERIODS)
            x = self.pick([0, 5, 10, 20])
            up = self.rng.random() < 0.7
            q = (f"Which {sw} returned more than {x}% {per}?" if up else f"Which {sw} had a negative share price return {per}?")
            cond = f"P_RETURN({d1}, {d2}) > {x}" if up else f"P_RETURN({d1}, {d2}) < 0"
            self.add(combo, q, f"NAME FOR SCREEN({s}, {cond})")

    def return_calendar_top(self):
        combo = "screen: sort return x calendar period x top"
        for _ in range(12):
            sw, s = self.pick(_sets())
            per, (d1, d2), _h = self.pick(CAL_PERIODS)
            n = self.pick([2, 3])
            best = self.rng.random() < 0.6
            word, dirn = ("best", "DESC") if best else ("worst", "ASC")
            q = self.pick([f"Which {n} {sw} had the {word} share price return {per}?",
                           f"Top {n} {sw} by share price return {per}" if best else
                           f"The {n} {sw} with the {word} stock return {per}"])
            r = f"P_RETURN({d1}, {d2})"
            self.add(combo, q, f"NAME, {r} FOR SCREEN({s}) SORT {r} {dirn} TOP {n}")

    def return_three_companies(self):
        combo = "return x calendar period x three companies"
        for _ in range(10):
            cs = self.sample(self.companies, 3)
            per, (d1, d2), _h = self.pick(CAL_PERIODS)
            names = [self.co(c) for c in cs]
            q = self.pick([f"Compare the share price returns of {names[0]}, {names[1]} and {names[2]} {per}.",
                           f"How did {names[0]}, {names[1]} and {names[2]} stock perform {per}?"])
            self.add(combo, q, f"P_RETURN({d1}, {d2}) FOR {', '.join(c.ticker for c in cs)}")

    # IN with a screen condition and with a SORT key in money (SPEC 3: IN converts both)
    def currency_screen_cond(self):
        combo = "screen: money cond x IN currency"
        for _ in range(12):
            sw, s = self.pick([x for x in _sets() if "INDEX" in x[1] or "SECTOR" in x[1]])
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_OPER_INC", "FF_CASH", "FF_DEBT"])
            cur = self.pick(["USD", "EUR", "GBP"])
            x = self.pick([500, 1000, 2000, 5000])
            sign = {"USD": "US dollars", "EUR": "euros", "GBP": "pounds"}[cur]
            q = self.pick([f"Which {sw} had {self.mname(m)} above {x:,} million {sign} last year?",
                           f"List the {sw} whose {self.mname(m)} in FY2024 exceeded {x:,} million {sign}."])
            self.add(combo, q, f"NAME FOR SCREEN({s}, {m}(FY2024) > {x}) IN {cur}")
        for _ in range(4):
            sw, s = self.pick([x for x in _sets() if "INDEX" in x[1]])
            x = self.pick([5000, 10000, 20000])
            q = f"Which {sw} have a market cap above ${x:,} million?"
            self.add(combo, q, f"NAME FOR SCREEN({s}, FG_MKT_CAP(D0) > {x}) IN USD")

    def currency_sort_money(self):
        combo = "screen: sort money x IN currency x top"
        for _ in range(14):
            sw, s = self.pick(_sets())
            m = self.pick(["FF_SALES", "FF_NET_INC", "FG_MKT_CAP", "FF_CASH"])
            cur = self.pick(["USD", "EUR", "GBP"])
            cw = self.pick(CURRENCY_WORDS[cur])
            key = f"{m}(D0)" if m.startswith("FG") else f"{m}(FY2024)"
            when = "" if m.startswith("FG") else " last year"
            if self.rng.random() < 0.5:
                q = f"Rank the {sw} by {self.mname(m)}{when}, {cw}."
                self.add(combo, q, f"NAME, {key} FOR SCREEN({s}) SORT {key} DESC IN {cur}")
            else:
                n = self.pick([3, 5])
                q = f"Which {n} {sw} had the highest {self.mname(m)}{when} {cw}?"
                self.add(combo, q, f"NAME, {key} FOR SCREEN({s}) SORT {key} DESC TOP {n} IN {cur}")

    def currency_cond_sort(self):
        combo = "screen: cond x sort money x IN currency"
        for _ in range(10):
            sw, s = self.pick(_sets())
            cond, cw = self.pick([("FG_PE(D0) < 20", "a P/E below 20"), ("FG_DIV_YIELD(D0) > 2", "a dividend yield above 2%"),
                                  ("FF_NET_INC(FY2024) > 0", "positive net income last year")])
            m = self.pick(["FF_SALES", "FG_MKT_CAP"])
            key = f"{m}(D0)" if m.startswith("FG") else f"{m}(FY2024)"
            when = "" if m.startswith("FG") else " last year"
            cur = self.pick(["USD", "EUR"])
            q = f"Among {sw} with {cw}, rank them by {self.mname(m)}{when} {self.pick(CURRENCY_WORDS[cur])}."
            self.add(combo, q, f"NAME, {key} FOR SCREEN({s}, {cond}) SORT {key} DESC IN {cur}")

    # TOP N by a computed key
    def top_arith(self):
        combo = "screen: sort arithmetic x top"
        keys = [("net margin", "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100", "DESC", "highest"),
                ("operating margin", "FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100", "DESC", "highest"),
                ("gross margin", "FF_GROSS_INC(FY2024) / FF_SALES(FY2024) * 100", "DESC", "highest"),
                ("debt-to-equity ratio", "FF_DEBT(FY2024) / FF_EQUITY(FY2024)", "ASC", "lowest"),
                ("return on equity", "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100", "DESC", "highest"),
                ("capex as a share of sales", "FF_CAPEX(FY2024) / FF_SALES(FY2024) * 100", "DESC", "highest")]
        for _ in range(14):
            sw, s = self.pick(_sets())
            w, k, d, adj = self.pick(keys)
            n = self.pick([3, 5])
            q = self.pick([f"Which {n} {sw} had the {adj} {w} last year?",
                           f"Top {n} {sw} by {w} in FY2024" if d == "DESC" else
                           f"The {n} {sw} with the {adj} {w} in fiscal 2024"])
            self.add(combo, q, f"NAME, {k} FOR SCREEN({s}) SORT {k} {d} TOP {n}")
        for _ in range(4):  # a money difference within one currency
            sw, s, _cur = self.pick(ONE_CURRENCY_SETS)
            n = self.pick([2, 3])
            q = f"Which {n} {sw} had the most net cash (cash minus debt) last year?"
            k = "FF_CASH(FY2024) - FF_DEBT(FY2024)"
            self.add(combo, q, f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC TOP {n}")

    def top_growth(self):
        combo = "screen: sort growth x top"
        for _ in range(12):
            sw, s = self.pick(_sets())
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_EPS", "FF_OPER_INC"])
            n = self.pick([3, 5])
            per, a, b = self.pick([("last year", "FY2023", "FY2024"), ("from FY2021 to FY2024", "FY2021", "FY2024"),
                                   ("between fiscal 2020 and fiscal 2023", "FY2020", "FY2023"),
                                   ("over the last three years", "FY2021", "FY2024")])
            g = f"GROWTH({m}, {a}, {b})"
            q = self.pick([f"Which {n} {sw} grew {self.mname(m)} the most {per}?",
                           f"Top {n} {sw} by {self.mname(m)} growth {per}"])
            self.add(combo, q, f"NAME, {g} FOR SCREEN({s}) SORT {g} DESC TOP {n}")

    def top_return_days(self):
        combo = "screen: sort return x last N trading days x top"
        for _ in range(10):
            sw, s = self.pick(_sets())
            n, k = self.pick([3, 5]), self.pick([20, 60, 120])
            best = self.rng.random() < 0.6
            r = f"P_RETURN(D-{k}, D0)"
            q = (f"Which {n} {sw} had the best return over the last {k} trading days?" if best else
                 f"Which {n} {sw} had the worst return over the last {k} trading days?")
            self.add(combo, q, f"NAME, {r} FOR SCREEN({s}) SORT {r} {'DESC' if best else 'ASC'} TOP {n}")

    # NOT and neither/nor beside another condition (SPEC 2: NOT cond; 3: a comparison with null is false)
    def not_with_cond(self):
        combo = "screen: cond AND NOT cond"
        conds = [("a P/E above 25", "FG_PE(D0) > 25"), ("a dividend yield below 1%", "FG_DIV_YIELD(D0) < 1"),
                 ("more than 10,000 employees", "FF_EMPLOYEES(FY2024) > 10000"),
                 ("a price-to-book ratio above 3", "FG_PB(D0) > 3")]
        pos = [("positive net income last year", "FF_NET_INC(FY2024) > 0"),
               ("a dividend yield above 2%", "FG_DIV_YIELD(D0) > 2"),
               ("sales growth above 5% last year", "GROWTH(FF_SALES, FY2023, FY2024) > 5")]
        for _ in range(12):
            sw, s = self.pick(_sets())
            (pw, pc), (nw, nc) = self.pick(pos), self.pick(conds)
            q = self.pick([f"Which {sw} have {pw} but not {nw}?",
                           f"{_cap(sw)} with {pw} that do not have {nw}"])
            self.add(combo, q, f"NAME FOR SCREEN({s}, {pc} AND NOT {nc})")

    def neither_nor_with_cond(self):
        combo = "screen: cond AND neither/nor"
        pairs = [("a P/E above 30", "FG_PE(D0) > 30"), ("a dividend yield below 1%", "FG_DIV_YIELD(D0) < 1"),
                 ("a price-to-book ratio above 4", "FG_PB(D0) > 4"),
                 ("negative free cash flow last year", "FF_FCF(FY2024) < 0")]
        pos = [("positive net income last year", "FF_NET_INC(FY2024) > 0"),
               ("more than 5,000 employees", "FF_EMPLOYEES(FY2024) > 5000"),
               ("a market cap above 1,000 million", "FG_MKT_CAP(D0) > 1000")]
        for _ in range(12):
            sw, s = self.pick(_sets())
            (a, ac), (b, bc) = self.sample(pairs, 2)
            pw, pc = self.pick(pos)
            if "market cap" in pw and len(self.set_currencies(s)) > 1:
                continue
            q = self.pick([f"Which {sw} have {pw} and neither {a} nor {b}?",
                           f"{_cap(sw)} with {pw}, with neither {a} nor {b}"])
            self.add(combo, q, f"NAME FOR SCREEN({s}, {pc} AND NOT ({ac} OR {bc}))")

    # three companies or three periods
    def three_companies(self):
        combo = "metric x period x three companies"
        for _ in range(12):
            cs = self.sample(self.companies, 3)
            m = self.pick(list(FUND) + list(POINT))
            if m in POINT:
                per, p = self.pick([("today", "D0"), ("at the end of 2023", "2023-12-31"), ("on June 28, 2024", "2024-06-28")])
            else:
                per, p = self.pick([("last year", "FY2024"), ("in fiscal 2022", "FY2022"), ("in FY2023", "FY2023"),
                                    ("last quarter", "FQ0")])
            names = [self.co(c) for c in cs]
            q = self.pick([f"What was the {self.mname(m)} of {names[0]}, {names[1]} and {names[2]} {per}?",
                           f"{_cap(self.mname(m))} {per} for {names[0]}, {names[1]} and {names[2]}"])
            self.add(combo, q, f"{m}({p}) FOR {', '.join(c.ticker for c in cs)}")

    def three_periods(self):
        combo = "metric x three periods x company"
        for _ in range(12):
            c, m = self.pick(self.companies), self.pick(list(FUND))
            k = self.rng.randrange(4)
            if k == 0:
                ys = sorted(self.sample(range(2016, 2025), 3))
                per, ps = f"in FY{ys[0]}, FY{ys[1]} and FY{ys[2]}", [f"FY{y}" for y in ys]
            elif k == 1:
                ys = sorted(self.sample(range(2016, 2025), 3))
                per, ps = f"in fiscal {ys[0]}, {ys[1]} and {ys[2]}", [f"FY{y}" for y in ys]
            elif k == 2:
                per, ps = "in Q1, Q2 and Q3 of fiscal 2024", ["FQ2024Q1", "FQ2024Q2", "FQ2024Q3"]
            else:
                per, ps = "last year, the year before last and three years ago", ["FY2024", "FY2023", "FY2022"]
            self.add(combo, f"{self.poss(c)} {self.mname(m)} {per}", ", ".join(f"{m}({p})" for p in ps) + f" FOR {c.ticker}")

    def three_companies_growth(self):
        combo = "growth x span x three companies"
        for _ in range(8):
            cs = self.sample(self.companies, 3)
            m = self.pick(FLOWS)
            a, b = self.pick([(2020, 2024), (2021, 2023), (2019, 2024)])
            names = [self.co(c) for c in cs]
            q = f"How much did {self.mname(m)} grow from FY{a} to FY{b} at {names[0]}, {names[1]} and {names[2]}?"
            self.add(combo, q, f"GROWTH({m}, FY{a}, FY{b}) FOR {', '.join(c.ticker for c in cs)}")

    # estimates (FY1 = next year = FY2025, FY2 = FY2026)
    def estimates_company(self):
        combo = "estimate x FY1/FY2 x company"
        ests = [("FE_EPS", "consensus EPS estimate"), ("FE_SALES", "consensus sales estimate"),
                ("FE_EPS", "consensus mean EPS"), ("FE_NUM", "number of analysts")]
        for _ in range(14):
            c = self.pick(self.companies)
            m, w = self.pick(ests)
            per, ps = self.pick([("for next year", ["FY1"]), ("for fiscal 2026", ["FY2"]), ("for the year after next", ["FY2"]),
                                 ("for FY2025 and FY2026", ["FY1", "FY2"]), ("for next year and the year after", ["FY1", "FY2"])])
            q = self.pick([f"What is {self.poss(c)} {w} {per}?", f"{self.poss(c)} {w} {per}"])
            self.add(combo, q, ", ".join(f"{m}({p})" for p in ps) + f" FOR {c.ticker}")

    def estimates_screen(self):
        combo = "screen: estimate cond"
        for _ in range(10):
            sw, s = self.pick(_sets())
            k = self.rng.randrange(3)
            if k == 0:
                x = self.pick([5, 10, 15])
                q, cond = f"Which {sw} are covered by more than {x} analysts?", f"FE_NUM(FY1) > {x}"
            elif k == 1:
                q, cond = (f"Which {sw} have a higher consensus EPS for next year than last year's EPS?",
                           "FE_EPS(FY1) > FF_EPS(FY2024)")
            else:
                q, cond = (f"Which {sw} have a consensus sales estimate for fiscal 2026 above the one for fiscal 2025?",
                           "FE_SALES(FY2) > FE_SALES(FY1)")
            self.add(combo, q, f"NAME FOR SCREEN({s}, {cond})")

    def estimates_sort(self):
        combo = "screen: sort estimate x top"
        for _ in range(8):
            sw, s = self.pick(_sets())
            n = self.pick([3, 5])
            k = self.rng.randrange(2)
            if k == 0:
                q, key = f"Which {n} {sw} have the most analysts covering them?", "FE_NUM(FY1)"
            else:
                q, key = (f"Which {n} {sw} have the highest expected EPS growth from next year to the year after?",
                          "GROWTH(FE_EPS, FY1, FY2)")
            self.add(combo, q, f"NAME, {key} FOR SCREEN({s}) SORT {key} DESC TOP {n}")

    def expected_growth(self):
        combo = "expected growth x estimate x company"
        for _ in range(8):
            c = self.pick(self.companies)
            m, fe, w = self.pick([("FF_SALES", "FE_SALES", "sales"), ("FF_EPS", "FE_EPS", "EPS")])
            if self.rng.random() < 0.5:
                q, g = (f"By how much is {self.poss(c)} {w} expected to grow next year, based on the consensus?",
                        f"({fe}(FY1) / {m}(FY2024) - 1) * 100")
            else:
                q, g = (f"What is the expected {w} growth for {self.co(c)} from FY2025 to FY2026?",
                        f"GROWTH({fe}, FY1, FY2)")
            self.add(combo, q, f"{g} FOR {c.ticker}")

    # expressions in a screen condition
    def expr_in_cond(self):
        combo = "screen: expression cond"
        conds = [("a net margin above 15% last year", "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100 > 15"),
                 ("an operating margin below 10% in FY2024", "FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 < 10"),
                 ("more cash than debt last year", "FF_CASH(FY2024) > FF_DEBT(FY2024)"),
                 ("debt to equity below 0.5 last year", "FF_DEBT(FY2024) / FF_EQUITY(FY2024) < 0.5"),
                 ("free cash flow above 10% of sales last year", "FF_FCF(FY2024) / FF_SALES(FY2024) * 100 > 10"),
                 ("liabilities greater than half of their assets last year", "FF_LIABS(FY2024) > FF_ASSETS(FY2024) * 0.5"),
                 ("a return on equity above 12% last year", "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100 > 12")]
        for _ in range(14):
            sw, s = self.pick(_sets())
            w, c = self.pick(conds)
            q = self.pick([f"Which {sw} had {w}?", f"List {sw} with {w}."])
            self.add(combo, q, f"NAME FOR SCREEN({s}, {c})")

    # quarterly aggregates (SPEC 2: SUM/AVG over consecutive quarters)
    def quarterly_aggregates(self):
        combo = "sum/avg x quarters x company"
        for _ in range(14):
            c, m = self.pick(self.companies), self.pick(FLOWS)
            k = self.rng.randrange(4)
            if k == 0:
                q, g = f"What was {self.poss(c)} total {self.mname(m)} over the last four quarters?", f"SUM({m}, FQ-3, FQ0)"
            elif k == 1:
                y = self.pick([2022, 2023, 2024])
                q, g = (f"What was {self.poss(c)} average quarterly {self.mname(m)} in fiscal {y}?",
                        f"AVG({m}, FQ{y}Q1, FQ{y}Q4)")
            elif k == 2:
                q, g = (f"Sum of {self.poss(c)} {self.mname(m)} from Q1 2023 to Q3 2023",
                        f"SUM({m}, FQ2023Q1, FQ2023Q3)")
            else:
                q, g = (f"{self.poss(c)} average {self.mname(m)} per quarter over the last eight quarters",
                        f"AVG({m}, FQ-7, FQ0)")
            self.add(combo, q, f"{g} FOR {c.ticker}")

    def quarterly_aggregate_screen(self):
        combo = "screen: quarterly aggregate cond"
        for _ in range(8):
            sw, s, _cur = self.pick(ONE_CURRENCY_SETS)
            m = self.pick(["FF_NET_INC", "FF_FCF", "FF_OPER_INC"])
            q = self.pick([f"Which {sw} had positive total {self.mname(m)} over the last four quarters?",
                           f"Which {sw} had an average quarterly {self.mname(m)} above zero in fiscal 2024?"])
            g = f"SUM({m}, FQ-3, FQ0) > 0" if "total" in q else f"AVG({m}, FQ2024Q1, FQ2024Q4) > 0"
            self.add(combo, q, f"NAME FOR SCREEN({s}, {g})")

    # several items at several periods, in a currency
    def items_periods_currency(self):
        combo = "two metrics x two periods x company x IN currency"
        for _ in range(12):
            c = self.pick([x for x in self.companies if x.currency != "USD"])
            m1, m2 = self.sample(MONEY_FUND, 2)
            a, b = self.pick([(2022, 2023), (2023, 2024), (2020, 2024)])
            cur = "USD" if self.rng.random() < 0.7 else self.pick(["EUR", "GBP"])
            if cur == c.currency:
                cur = "USD"
            q = self.pick([f"{self.poss(c)} {self.mname(m1)} and {self.mname(m2)} in FY{a} and FY{b}, {self.pick(CURRENCY_WORDS[cur])}",
                           f"Show {self.mname(m1)} and {self.mname(m2)} for {self.co(c)} in fiscal {a} and fiscal {b} {self.pick(CURRENCY_WORDS[cur])}."])
            self.add(combo, q, f"{m1}(FY{a}), {m1}(FY{b}), {m2}(FY{a}), {m2}(FY{b}) FOR {c.ticker} IN {cur}")

    def three_companies_currency(self):
        combo = "metric x three companies x IN currency"
        for _ in range(8):
            cs = self.sample(self.companies, 3)
            m, p, per = self.pick([("FG_MKT_CAP", "D0", "today"), ("FF_SALES", "FY2024", "last year"),
                                   ("P_PRICE", "D0", "now"), ("FF_NET_INC", "FY2023", "in FY2023")])
            cur = self.pick(["USD", "EUR"])
            names = [self.co(c) for c in cs]
            q = f"{_cap(self.mname(m)) if m in POINT or m in FUND else 'Share price'} of {names[0]}, {names[1]} and {names[2]} {per} {self.pick(CURRENCY_WORDS[cur])}"
            self.add(combo, q, f"{m}({p}) FOR {', '.join(c.ticker for c in cs)} IN {cur}")

    def cond_years_ago(self):
        combo = "screen: metric now vs N years ago cond"
        for _ in range(10):
            sw, s = self.pick(_sets())
            m = self.pick(["FF_SALES", "FF_EMPLOYEES", "FF_NET_INC", "FF_DEBT"])
            n = self.pick([2, 3, 5])
            more = self.rng.random() < 0.6
            q = f"Which {sw} had {'higher' if more else 'lower'} {self.mname(m)} last year than {NUM_WORDS[n]} years ago?"
            self.add(combo, q, f"NAME FOR SCREEN({s}, {m}(FY2024) {'>' if more else '<'} {m}(FY{2025 - n}))")

    def price_vs_days_ago_screen(self):
        combo = "screen: price now vs N trading days ago"
        for _ in range(8):
            sw, s = self.pick(_sets())
            n = self.pick([5, 20, 60])
            up = self.rng.random() < 0.5
            q = f"Which {sw} closed {'higher' if up else 'lower'} on the latest trading day than {n} trading days before?"
            self.add(combo, q, f"NAME FOR SCREEN({s}, P_PRICE(D0) {'>' if up else '<'} P_PRICE(D-{n}))")

    def ltm_vs_year(self):
        combo = "metric x LTM vs relative year x company"
        for _ in range(8):
            c, m = self.pick(self.companies), self.pick(FLOWS)
            q = f"{self.poss(c)} {self.mname(m)} over the last twelve months and two years ago"
            self.add(combo, q, f"{m}(LTM), {m}(FY2023) FOR {c.ticker}")


    # round 24, deeper compositions (three or four slots at once)
    def deep_cond_sort_top_currency(self):
        combo = "screen: money cond x sort money x top x IN currency"
        for _ in range(10):
            sw, s = self.pick(_sets())
            cur = self.pick(["USD", "EUR"])
            x = self.pick([1000, 2000, 5000])
            unit = {"USD": "million US dollars", "EUR": "million euros"}[cur]
            m = self.pick(["FF_NET_INC", "FG_MKT_CAP", "FF_CASH"])
            key = f"{m}(D0)" if m.startswith("FG") else f"{m}(FY2024)"
            when = "" if m.startswith("FG") else " last year"
            n = self.pick([2, 3])
            q = self.pick([f"Among {sw} with sales above {x:,} {unit} last year, which {n} had the highest {self.mname(m)}{when}, {self.pick(CURRENCY_WORDS[cur])}?",
                           f"Of the {sw} whose FY2024 revenue exceeded {x:,} {unit}, show the top {n} by {self.mname(m)}{when} {self.pick(CURRENCY_WORDS[cur])}."])
            self.add(combo, q, f"NAME, {key} FOR SCREEN({s}, FF_SALES(FY2024) > {x}) SORT {key} DESC TOP {n} IN {cur}")

    def net_cash_rank_currencies(self):
        combo = "screen: sort money arithmetic x top (several currencies: USD)"
        for _ in range(8):
            sw, s = self.pick([x for x in _sets() if len(self.set_currencies(x[1])) > 1])
            n = self.pick([2, 3])
            w, k, d, adj = self.pick([("net cash (cash minus debt)", "FF_CASH(FY2024) - FF_DEBT(FY2024)", "DESC", "most"),
                                      ("net debt (debt minus cash)", "FF_DEBT(FY2024) - FF_CASH(FY2024)", "ASC", "least"),
                                      ("free cash flow", "FF_FCF(FY2024)", "DESC", "most")])
            q = f"Which {n} {sw} had the {adj} {w} last year?"
            self.add(combo, q, f"NAME, {k} FOR SCREEN({s}) SORT {k} {d} TOP {n} IN USD")

    def quarter_cond_screen(self):
        combo = "screen: last quarter vs quarter before last cond"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m = self.pick(FLOWS)
            up = self.rng.random() < 0.6
            q = self.pick([f"Which {sw} had {'higher' if up else 'lower'} {self.mname(m)} last quarter than in the quarter before last?",
                           f"Which {sw} saw {self.mname(m)} {'rise' if up else 'fall'} from the quarter before last to last quarter?"])
            self.add(combo, q, f"NAME FOR SCREEN({s}, {m}(FQ0) {'>' if up else '<'} {m}(FQ-1))")

    def fg_days_ago(self):
        combo = "valuation x N trading days ago x company"
        for _ in range(8):
            c, n = self.pick(self.companies), self.pick([10, 20, 60])
            m = self.pick(list(POINT))
            q = self.pick([f"What was {self.poss(c)} {self.mname(m)} {n} trading days ago?",
                           f"{self.poss(c)} {self.mname(m)} today and {n} trading days ago"])
            g = f"{m}(D-{n})" if q.startswith("What") else f"{m}(D0), {m}(D-{n})"
            self.add(combo, q, f"{g} FOR {c.ticker}")

    def return_between_days(self):
        combo = "return x between two trading-day offsets x company"
        for _ in range(6):
            c = self.pick(self.companies)
            a, b = self.pick([(60, 20), (120, 60), (250, 120)])
            q = f"What was {self.poss(c)} share price return from {a} trading days ago to {b} trading days ago?"
            self.add(combo, q, f"P_RETURN(D-{a}, D-{b}) FOR {c.ticker}")

    def two_calendar_returns(self):
        combo = "return x two calendar periods x company"
        for _ in range(8):
            c = self.pick(self.companies)
            (p1, (a1, b1), _h1), (p2, (a2, b2), _h2) = self.sample(CAL_PERIODS[:6], 2)
            q = f"{self.poss(c)} share price return {p1} and {p2}"
            self.add(combo, q, f"P_RETURN({a1}, {b1}), P_RETURN({a2}, {b2}) FOR {c.ticker}")

    def price_vs_high_screen(self):
        combo = "screen: price vs high/low of a period"
        for _ in range(8):
            sw, s = self.pick(_sets())
            per, _r, (d1, d2) = self.pick(CAL_PERIODS[:6])
            if self.rng.random() < 0.5:
                q, cond = f"Which {sw} trade above their highest close {per}?", f"P_PRICE(D0) > P_HIGH({d1}, {d2})"
            else:
                q, cond = f"Which {sw} trade below their lowest close {per}?", f"P_PRICE(D0) < P_LOW({d1}, {d2})"
            self.add(combo, q, f"NAME FOR SCREEN({s}, {cond})")

    def forward_pe(self):
        combo = "forward P/E x company / screen"
        for _ in range(8):
            if self.rng.random() < 0.5:
                c = self.pick(self.companies)
                y, p = self.pick([("next year's", "FY1"), ("fiscal 2026", "FY2")])
                q = f"What is {self.poss(c)} share price divided by its consensus EPS for {y.replace(chr(39) + 's', '')}?"
                self.add(combo, q, f"P_PRICE(D0) / FE_EPS({p}) FOR {c.ticker}")
            else:
                sw, s = self.pick(_sets())
                x = self.pick([10, 15, 20])
                q = f"Which {sw} trade at less than {x} times next year's consensus EPS?"
                self.add(combo, q, f"NAME FOR SCREEN({s}, P_PRICE(D0) / FE_EPS(FY1) < {x})")

    def estimate_currency(self):
        combo = "estimate x company x IN currency"
        for _ in range(6):
            c = self.pick([x for x in self.companies if x.currency != "USD"])
            m, w = self.pick([("FE_SALES", "consensus sales estimate"), ("FE_EPS", "consensus EPS estimate")])
            per, p = self.pick([("for next year", "FY1"), ("for fiscal 2026", "FY2")])
            q = f"{self.poss(c)} {w} {per} {self.pick(CURRENCY_WORDS['USD'])}"
            self.add(combo, q, f"{m}({p}) FOR {c.ticker} IN USD")

    def aggregate_currency(self):
        combo = "sum/avg x quarters x company x IN currency"
        for _ in range(6):
            c = self.pick([x for x in self.companies if x.currency != "USD"])
            m = self.pick(FLOWS)
            if self.rng.random() < 0.5:
                q, g = f"{self.poss(c)} total {self.mname(m)} over the last four quarters {self.pick(CURRENCY_WORDS['USD'])}", f"SUM({m}, FQ-3, FQ0)"
            else:
                q, g = f"{self.poss(c)} average quarterly {self.mname(m)} in fiscal 2023 {self.pick(CURRENCY_WORDS['USD'])}", f"AVG({m}, FQ2023Q1, FQ2023Q4)"
            self.add(combo, q, f"{g} FOR {c.ticker} IN USD")

    def cagr_years_ago(self):
        combo = "CAGR x relative years x company"
        for _ in range(6):
            c, m, n = self.pick(self.companies), self.pick(FLOWS), self.pick([3, 4, 5])
            q = self.pick([f"What was the compound annual growth rate of {self.poss(c)} {self.mname(m)} from {NUM_WORDS[n]} years ago to last year?",
                           f"{self.poss(c)} {self.mname(m)} CAGR from {NUM_WORDS[n]} years ago to last year"])
            self.add(combo, q, f"CAGR({m}, FY{2025 - n}, FY2024) FOR {c.ticker}")

    def growth_cond_years_ago(self):
        combo = "screen: growth from N years ago cond"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, n, x = self.pick(["FF_SALES", "FF_NET_INC", "FF_EPS"]), self.pick([3, 4, 5]), self.pick([10, 20, 50])
            q = f"Which {sw} grew {self.mname(m)} by more than {x}% from {NUM_WORDS[n]} years ago to last year?"
            self.add(combo, q, f"NAME FOR SCREEN({s}, GROWTH({m}, FY{2025 - n}, FY2024) > {x})")

    def double_cond(self):
        combo = "screen: metric vs multiple of itself at another period"
        for _ in range(6):
            sw, s = self.pick(_sets())
            m, (w, k), a = self.pick(["FF_SALES", "FF_NET_INC", "FF_EMPLOYEES"]), self.pick([("double", 2), ("triple", 3)]), self.pick([2019, 2020])
            q = f"Which {sw} had FY2024 {self.mname(m)} more than {w} their FY{a} {self.mname(m)}?"
            self.add(combo, q, f"NAME FOR SCREEN({s}, {m}(FY2024) > {m}(FY{a}) * {k})")

    def either_or_not(self):
        combo = "screen: (cond OR cond) AND NOT cond"
        for _ in range(8):
            sw, s = self.pick(_sets())
            q = self.pick([f"Which {sw} have either a P/E below 12 or a dividend yield above 4%, but not negative net income last year?",
                           f"Which {sw} have either a price-to-book ratio below 1 or a P/E below 10, but not more than 20,000 employees?"])
            cond = ("(FG_PE(D0) < 12 OR FG_DIV_YIELD(D0) > 4) AND NOT FF_NET_INC(FY2024) < 0" if "dividend" in q
                    else "(FG_PB(D0) < 1 OR FG_PE(D0) < 10) AND NOT FF_EMPLOYEES(FY2024) > 20000")
            self.add(combo, q, f"NAME FOR SCREEN({s}, {cond})")

    def three_conditions(self):
        combo = "screen: three conditions"
        conds = [("a P/E below 25", "FG_PE(D0) < 25"), ("a dividend yield above 1%", "FG_DIV_YIELD(D0) > 1"),
                 ("positive free cash flow last year", "FF_FCF(FY2024) > 0"), ("more than 2,000 employees", "FF_EMPLOYEES(FY2024) > 2000"),
                 ("a return above 0% in 2024", "P_RETURN(2023-12-31, 2024-12-31) > 0"),
                 ("sales growth above 3% last year", "GROWTH(FF_SALES, FY2023, FY2024) > 3")]
        for _ in range(10):
            sw, s = self.pick(_sets())
            (a, ac), (b, bc), (c, cc) = self.sample(conds, 3)
            q = self.pick([f"Which {sw} have {a}, {b} and {c}?", f"List {sw} with {a}, {b}, and {c}."])
            self.add(combo, q, f"NAME FOR SCREEN({s}, {ac} AND {bc} AND {cc})")

    def fields_top(self):
        combo = "fields x sort x top"
        for _ in range(6):
            sw, s = self.pick(_sets())
            n = self.pick([3, 5])
            f, fw = self.pick([("COUNTRY", "country"), ("INDUSTRY", "industry"), ("SECTOR", "sector")])
            q = f"Show the name, {fw} and P/E of the {n} {sw} with the lowest P/E."
            self.add(combo, q, f"NAME, {f}, FG_PE(D0) FOR SCREEN({s}) SORT FG_PE(D0) ASC TOP {n}")

    def three_relative_years(self):
        combo = "metric x three relative years x company"
        for _ in range(6):
            c, m = self.pick(self.companies), self.pick(list(FUND))
            q = f"{self.poss(c)} {self.mname(m)} three, four and five years ago"
            self.add(combo, q, f"{m}(FY2022), {m}(FY2021), {m}(FY2020) FOR {c.ticker}")

    def estimates_three_companies(self):
        combo = "estimate x three companies"
        for _ in range(6):
            cs = self.sample(self.companies, 3)
            m, w = self.pick([("FE_EPS", "consensus EPS"), ("FE_NUM", "number of analysts"), ("FE_SALES", "consensus sales")])
            per, p = self.pick([("for next year", "FY1"), ("for 2026", "FY2")])
            names = [self.co(x) for x in cs]
            q = f"{_cap(w)} {per} for {names[0]}, {names[1]} and {names[2]}"
            self.add(combo, q, f"{m}({p}) FOR {', '.join(x.ticker for x in cs)}")

    def ytd_screen_sort(self):
        combo = "screen: YTD return cond x sort other key"
        for _ in range(6):
            sw, s = self.pick(_sets())
            x = self.pick([0, 10])
            q = f"Which {sw} are up more than {x}% year to date? Sort them by P/E, lowest first."
            self.add(combo, q, f"NAME, FG_PE(D0) FOR SCREEN({s}, P_RETURN(2023-12-31, D0) > {x}) SORT FG_PE(D0) ASC")

    def smallest_money_currency(self):
        combo = "screen: sort money ASC x top x IN currency"
        for _ in range(6):
            sw, s = self.pick(_sets())
            n = self.pick([2, 3])
            cur = self.pick(["USD", "EUR", "GBP"])
            q = f"Which {n} {sw} have the smallest market cap {self.pick(CURRENCY_WORDS[cur])}?"
            self.add(combo, q, f"NAME, FG_MKT_CAP(D0) FOR SCREEN({s}) SORT FG_MKT_CAP(D0) ASC TOP {n} IN {cur}")

    def _company_forms(self, combo: str, forms: list) -> None:
        """Eight questions of one company each, every one in a form drawn from ``forms`` (a question template of the
        company and its gold metric)."""
        for _ in range(8):
            c = self.pick(self.companies)
            q, g = forms[self.rng.randrange(len(forms))]
            self.add(combo, q(c), f"{g} FOR {c.ticker}")

    def estimates_words(self):
        self._company_forms("estimate x plain wording x company", [
            (lambda c: f"How many analysts cover {self.co(c)}?", "FE_NUM(FY1)"),
            (lambda c: f"What do analysts expect {self.co(c)} to earn per share next year?", "FE_EPS(FY1)"),
            (lambda c: f"What sales do analysts expect for {self.co(c)} in fiscal 2026?", "FE_SALES(FY2)"),
            (lambda c: f"What is the consensus for {self.poss(c)} EPS in the year after next?", "FE_EPS(FY2)"),
        ])

    def one_threshold_two_measures(self):
        combo = "screen: one threshold after two measures"
        pairs = [("cash and debt", "FF_CASH", "FF_DEBT", "FY2024", [100, 500, 1000]),
                 ("net income and free cash flow", "FF_NET_INC", "FF_FCF", "FY2024", [50, 100, 200]),
                 ("sales and EPS growth", "GROWTH(FF_SALES, FY2023, FY2024)", "GROWTH(FF_EPS, FY2023, FY2024)", None, [3, 5, 10]),
                 ("a net margin and an operating margin", "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100",
                  "FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100", None, [5, 10, 15])]
        for _ in range(10):
            sw, s, _cur = self.pick(ONE_CURRENCY_SETS)
            w, a, b, p, xs = self.pick(pairs)
            x = self.pick(xs)
            ea, eb = (f"{a}({p})", f"{b}({p})") if p else (a, b)
            unit = "%" if p is None else " million"
            q = f"Which {sw} had {w} above {x}{unit} last year?"
            self.add(combo, q, f"NAME FOR SCREEN({s}, {ea} > {x} AND {eb} > {x})")

    def amount_then_growth(self):
        combo = "screen: amount cond and growth cond"
        for _ in range(8):
            sw, s = self.pick(_sets())
            n = self.pick([1000, 2000, 5000])
            m, w = self.pick([("FF_SALES", "sales"), ("FF_EPS", "EPS"), ("FF_NET_INC", "net income")])
            x = self.pick([3, 5, 10])
            q = self.pick([f"Which {sw} have more than {n:,} employees and {w} growth above {x}% last year?",
                           f"Which {sw} have at least {n:,} employees and {w} growth of more than {x}% in FY2024?"])
            op = ">" if "more than" in q.split("employees")[0] else ">="
            self.add(combo, q, f"NAME FOR SCREEN({s}, FF_EMPLOYEES(FY2024) {op} {n} AND GROWTH({m}, FY2023, FY2024) > {x})")


    # round 24, third batch: other plain wordings of the same slots
    def currency_sign_billion(self):
        combo = "screen: money cond with a currency sign in billions"
        for _ in range(8):
            sw, s = self.pick([x for x in _sets() if "INDEX" in x[1] or "SECTOR" in x[1]])
            sign, cur = self.pick([("$", "USD"), ("€", "EUR"), ("£", "GBP")])
            m = self.pick(["FF_SALES", "FG_MKT_CAP", "FF_DEBT"])
            x = self.pick([1, 2, 5, 10])
            key = f"{m}(D0)" if m.startswith("FG") else f"{m}(FY2024)"
            when = "" if m.startswith("FG") else " last year"
            q = f"Which {sw} had {self.mname(m)} above {sign}{x} billion{when}?"
            self.add(combo, q, f"NAME FOR SCREEN({s}, {key} > {x * 1000}) IN {cur}")

    def sorted_by_words(self):
        combo = "screen: sorted by computed key, both directions"
        keys = [("net margin", "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100"),
                ("return on equity", "FF_NET_INC(FY2024) / FF_EQUITY(FY2024) * 100"),
                ("revenue growth last year", "GROWTH(FF_SALES, FY2023, FY2024)"),
                ("share price return in 2024", "P_RETURN(2023-12-31, 2024-12-31)")]
        for _ in range(10):
            sw, s = self.pick(_sets())
            w, k = self.pick(keys)
            hi = self.rng.random() < 0.5
            q = self.pick([f"List the {sw} sorted by {w}, {'highest' if hi else 'lowest'} first.",
                           f"Show {sw} ranked by {w} from {'highest to lowest' if hi else 'lowest to highest'}."])
            self.add(combo, q, f"NAME, {k} FOR SCREEN({s}) SORT {k} {'DESC' if hi else 'ASC'}")

    def excluding_cond(self):
        combo = "screen: cond excluding another cond"
        for _ in range(8):
            sw, s = self.pick(_sets())
            (pw, pc), (nw, nc) = self.pick([("a dividend yield above 2%", "FG_DIV_YIELD(D0) > 2"),
                                            ("positive net income last year", "FF_NET_INC(FY2024) > 0")]), \
                self.pick([("a P/E above 30", "FG_PE(D0) > 30"), ("more than 20,000 employees", "FF_EMPLOYEES(FY2024) > 20000")])
            q = self.pick([f"Which {sw} have {pw}, excluding those with {nw}?",
                           f"{_cap(sw)} with {pw}, other than those with {nw}"])
            self.add(combo, q, f"NAME FOR SCREEN({s}, {pc} AND NOT {nc})")

    def oxford_three(self):
        combo = "metric x period x three companies (Oxford comma, &)"
        for _ in range(8):
            cs = self.sample(self.companies, 3)
            m = self.pick(list(FUND))
            per, p = self.pick([("last year", "FY2024"), ("in fiscal 2023", "FY2023")])
            names = [self.co(c) for c in cs]
            q = self.pick([f"{_cap(self.mname(m))} {per} for {names[0]}, {names[1]}, and {names[2]}",
                           f"What was the {self.mname(m)} of {names[0]}, {names[1]} & {names[2]} {per}?"])
            self.add(combo, q, f"{m}({p}) FOR {', '.join(c.ticker for c in cs)}")

    def three_quarters(self):
        combo = "metric x three fiscal quarters x company"
        for _ in range(8):
            c, m = self.pick(self.companies), self.pick(FLOWS)
            y = self.pick([2023, 2024])
            q = self.pick([f"{self.poss(c)} {self.mname(m)} in Q2, Q3 and Q4 of fiscal {y}",
                           f"{self.poss(c)} {self.mname(m)} for the second, third and fourth quarters of fiscal {y}"])
            self.add(combo, q, ", ".join(f"{m}(FQ{y}Q{k})" for k in (2, 3, 4)) + f" FOR {c.ticker}")

    def estimate_forecast_words(self):
        self._company_forms("estimate x forecast wording x company", [
            (lambda c: f"What is the analysts' EPS forecast for {self.co(c)} for next year?", "FE_EPS(FY1)"),
            (lambda c: f"Forecast revenue for {self.co(c)} in 2026", "FE_SALES(FY2)"),
            (lambda c: f"How many analysts provide estimates for {self.co(c)}?", "FE_NUM(FY1)"),
        ])

    def two_quarter_sum(self):
        combo = "sum/avg x last N quarters wording x company"
        for _ in range(8):
            c, m = self.pick(self.companies), self.pick(FLOWS)
            k = self.rng.randrange(3)
            if k == 0:
                q, g = f"{self.poss(c)} combined {self.mname(m)} over the last two quarters", f"SUM({m}, FQ-1, FQ0)"
            elif k == 1:
                q, g = f"{self.poss(c)} average quarterly {self.mname(m)} over the last four quarters", f"AVG({m}, FQ-3, FQ0)"
            else:
                q, g = f"What was the sum of {self.poss(c)} quarterly {self.mname(m)} across fiscal 2023?", f"SUM({m}, FQ2023Q1, FQ2023Q4)"
            self.add(combo, q, f"{g} FOR {c.ticker}")

    def three_items_currency(self):
        combo = "three metrics x two periods x company x IN currency"
        for _ in range(6):
            c = self.pick([x for x in self.companies if x.currency not in ("USD", "EUR")])
            ms = self.sample(MONEY_FUND, 3)
            a, b = self.pick([(2023, 2024), (2021, 2022)])
            q = f"{self.poss(c)} {self.mname(ms[0])}, {self.mname(ms[1])} and {self.mname(ms[2])} in FY{a} and FY{b}, in euros"
            self.add(combo, q, ", ".join(f"{m}(FY{y})" for m in ms for y in (a, b)) + f" FOR {c.ticker} IN EUR")

    def return_month_words(self):
        combo = "return x calendar period wording x company"
        periods = [("in the first quarter of 2024", "2023-12-31", "2024-03-31"), ("during March 2024", "2024-02-29", "2024-03-31"),
                   ("over the course of 2023", "2022-12-31", "2023-12-31"), ("in the month of May 2024", "2024-04-30", "2024-05-31"),
                   ("in H1 2024", "2023-12-31", "2024-06-30"), ("in the fourth quarter of 2023", "2023-09-30", "2023-12-31")]
        for _ in range(10):
            c = self.pick(self.companies)
            per, a, b = self.pick(periods)
            q = self.pick([f"{self.poss(c)} share price return {per}", f"How did {self.co(c)} shares perform {per}?"])
            self.add(combo, q, f"P_RETURN({a}, {b}) FOR {c.ticker}")

    def since_dates(self):
        combo = "return/high x since a date wording x company"
        periods = [("since 1 July 2024", "2024-07-01", "2024-07-01"), ("since the end of 2023", "2023-12-31", "2023-12-31"),
                   ("since January 2024", "2023-12-31", "2024-01-01"), ("since the start of 2023", "2022-12-31", "2023-01-01")]
        for _ in range(10):
            c = self.pick(self.companies)
            per, r, h = self.pick(periods)
            if self.rng.random() < 0.6:
                q, g = f"What is {self.poss(c)} share price return {per}?", f"P_RETURN({r}, D0)"
            else:
                q, g = f"{self.poss(c)} highest close {per}", f"P_HIGH({h}, D0)"
            self.add(combo, q, f"{g} FOR {c.ticker}")

    def highlow_days_screen_sort(self):
        combo = "screen: sort high/low over trading days x top"
        for _ in range(6):
            sw, s = self.pick(_sets())
            n, k = self.pick([3, 5]), self.pick([20, 60])
            q = f"Which {n} {sw} are furthest below their highest close of the last {k} trading days?"
            key = f"(P_PRICE(D0) / P_HIGH(D-{k}, D0) - 1) * 100"
            self.add(combo, q, f"NAME, {key} FOR SCREEN({s}) SORT {key} ASC TOP {n}")

    def growth_vs_years_ago_top(self):
        combo = "screen: sort growth from N years ago x top"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, n, t = self.pick(["FF_SALES", "FF_NET_INC", "FF_EPS"]), self.pick([3, 4, 5]), self.pick([3, 5])
            g = f"GROWTH({m}, FY{2025 - n}, FY2024)"
            q = f"Which {t} {sw} grew {self.mname(m)} the most between {NUM_WORDS[n]} years ago and last year?"
            self.add(combo, q, f"NAME, {g} FOR SCREEN({s}) SORT {g} DESC TOP {t}")


    # --- round 25 (f25g): several periods, quarters, arithmetic, relative periods, IN, two or three at once -----
    # Appended after round 24's combinations, so the default seed's first 658 questions stay byte-identical; each of
    # these cases carries a second tag "r25" (``--part new``).

    def _years_words(self, a: int, b: int) -> str:
        """A range of fiscal years in one of SPEC's forms ("FY2022 through FY2024", "fiscal 2021 to fiscal 2023")."""
        return self.pick([f"from FY{a} through FY{b}", f"for FY{a} through FY{b}", f"for fiscal {a} to fiscal {b}",
                          f"for fiscal years {a} to {b}", f"from fiscal {a} to fiscal {b}"])

    @staticmethod
    def _fq_ending(c, year: int, month: int) -> str | None:
        """The company's fiscal quarter that ends in ``month`` of calendar ``year`` (SPEC 1: fiscal year N ends in
        fiscal_year_end_month of calendar year N, Q4 with it), or None where none ends then."""
        for k in range(1, 5):
            m = c.fiscal_year_end_month - 3 * (4 - k)
            n = year if m >= 1 else year + 1
            if (m if m >= 1 else m + 12) == month:
                return f"FQ{n}Q{k}"
        return None

    def _add_r25(self, combo: str, question: str, query: str) -> None:
        """Add a round-25 case; a screen whose gold returns no row is dropped (it would measure nothing), so the
        draws depend on the data, which is deterministic too (SPEC 1)."""
        if "SCREEN(" in query and not self._gold_rows(query):
            return
        n = len(self.cases)
        self.add(combo, question, query)
        if len(self.cases) > n:
            self.cases[-1]["tags"].append("r25")

    _env = None

    @staticmethod
    def _open():
        if Gen._env is None:
            from finql.runtime import open_env

            Gen._env = open_env()
        return Gen._env

    def _gold_rows(self, query: str, principal: str = "analyst") -> int:
        return len(self._open().execute(query, principal).rows)

    def year_range_list(self):
        combo = "metric x fiscal year range (through, to) x company"
        for _ in range(10):
            c, m = self.pick(self.companies), self.pick(list(FUND))
            a = self.pick([2019, 2020, 2021, 2022])
            b = self.pick([y for y in (2022, 2023, 2024) if y > a])
            q = self.pick([f"{self.poss(c)} {self.mname(m)} {self._years_words(a, b)}",
                           f"Show {self.poss(c)} {self.mname(m)} {self._years_words(a, b)}."])
            self._add_r25(combo, q, ", ".join(f"{m}(FY{y})" for y in range(a, b + 1)) + f" FOR {c.ticker}")

    def each_last_years(self):
        combo = "metric x each of the last N years x company"
        for _ in range(10):
            c, m, n = self.pick(self.companies), self.pick(list(FUND)), self.pick([2, 3, 4, 5])
            nw = self.pick([NUM_WORDS[n], str(n)])
            q = self.pick([f"What was {self.poss(c)} {self.mname(m)} in each of the last {nw} years?",
                           f"{self.poss(c)} {self.mname(m)} for each of the last {nw} fiscal years",
                           f"Show {self.poss(c)} {self.mname(m)} over the last {nw} fiscal years, year by year."])
            self._add_r25(combo, q, ", ".join(f"{m}(FY{y})" for y in range(2025 - n, 2025)) + f" FOR {c.ticker}")

    def four_years_list(self):
        combo = "metric x four listed years x company"
        for _ in range(8):
            c, m = self.pick(self.companies), self.pick(list(FUND))
            ys = sorted(self.sample(range(2016, 2025), 4))
            q = self.pick([f"{self.poss(c)} {self.mname(m)} in FY{ys[0]}, FY{ys[1]}, FY{ys[2]} and FY{ys[3]}",
                           f"What was {self.poss(c)} {self.mname(m)} in fiscal {ys[0]}, {ys[1]}, {ys[2]} and {ys[3]}?"])
            self._add_r25(combo, q, ", ".join(f"{m}(FY{y})" for y in ys) + f" FOR {c.ticker}")

    def two_metrics_year_range(self):
        combo = "two metrics x fiscal year range x company"
        for _ in range(8):
            c = self.pick(self.companies)
            m1, m2 = self.sample(list(FUND), 2)
            a, b = self.pick([(2021, 2023), (2022, 2024), (2020, 2022)])
            q = f"{self.poss(c)} {self.mname(m1)} and {self.mname(m2)} {self._years_words(a, b)}"
            ys = range(a, b + 1)
            self._add_r25(combo, q, ", ".join(f"{m}(FY{y})" for m in (m1, m2) for y in ys) + f" FOR {c.ticker}")

    def year_range_two_companies(self):
        combo = "metric x fiscal year range x two companies"
        for _ in range(8):
            c1, c2 = self.sample(self.companies, 2)
            m = self.pick(list(FUND))
            a, b = self.pick([(2022, 2024), (2021, 2023), (2020, 2023)])
            q = self.pick([f"Compare the {self.mname(m)} of {self.co(c1)} and {self.co(c2)} {self._years_words(a, b)}.",
                           f"{_cap(self.mname(m))} {self._years_words(a, b)} for {self.co(c1)} and {self.co(c2)}"])
            self._add_r25(combo, q, ", ".join(f"{m}(FY{y})" for y in range(a, b + 1)) + f" FOR {c1.ticker}, {c2.ticker}")

    def relative_year_list(self):
        combo = "metric x last year and the year before x company"
        for _ in range(8):
            c, m = self.pick(self.companies), self.pick(list(FUND))
            k = self.rng.randrange(3)
            if k == 0:
                q, ps = f"{self.poss(c)} {self.mname(m)} last year and the year before", ["FY2024", "FY2023"]
            elif k == 1:
                q, ps = f"What was {self.poss(c)} {self.mname(m)} two and three years ago?", ["FY2023", "FY2022"]
            else:
                q, ps = f"{self.poss(c)} {self.mname(m)} last year compared with five years ago", ["FY2024", "FY2020"]
            self._add_r25(combo, q, ", ".join(f"{m}({p})" for p in ps) + f" FOR {c.ticker}")

    # quarters
    def quarter_forms(self):
        combo = "metric x single fiscal quarter (SPEC forms) x company"
        for _ in range(14):
            c, m = self.pick(self.companies), self.pick(FLOWS + ["FF_EPS", "FF_CASH", "FF_DEBT"])
            y, k = self.pick([2022, 2023, 2024]), self.pick([1, 2, 3, 4])
            ordw = {1: "first", 2: "second", 3: "third", 4: "fourth"}[k]
            per = self.pick([f"in Q{k} {y}", f"in the {ordw} quarter of fiscal {y}", f"in fiscal Q{k} {y}",
                             f"in Q{k} of fiscal {y}", f"for Q{k} FY{y}", f"in FQ{y}Q{k}"])
            q = self.pick([f"What was {self.poss(c)} {self.mname(m)} {per}?", f"{self.poss(c)} {self.mname(m)} {per}"])
            self._add_r25(combo, q, f"{m}(FQ{y}Q{k}) FOR {c.ticker}")

    def quarter_relative_forms(self):
        combo = "metric x relative fiscal quarter x company"
        forms = [("last quarter", "FQ0"), ("in the latest quarter", "FQ0"), ("in the most recent quarter", "FQ0"),
                 ("in the quarter before last", "FQ-1"), ("in Q4", "FQ2024Q4"), ("in the third quarter of last year", "FQ2024Q3"),
                 ("in Q2 of last year", "FQ2024Q2")]
        for _ in range(10):
            c, m = self.pick(self.companies), self.pick(FLOWS + ["FF_EPS"])
            per, p = self.pick(forms)
            q = self.pick([f"What was {self.poss(c)} {self.mname(m)} {per}?", f"{self.poss(c)} {self.mname(m)} {per}"])
            self._add_r25(combo, q, f"{m}({p}) FOR {c.ticker}")

    def last_quarters_list(self):
        combo = "metric x each of the last N quarters x company"
        for _ in range(8):
            c, m, n = self.pick(self.companies), self.pick(FLOWS + ["FF_EPS"]), self.pick([2, 3, 4])
            q = self.pick([f"{self.poss(c)} {self.mname(m)} in each of the last {NUM_WORDS[n]} quarters",
                           f"Show {self.poss(c)} quarterly {self.mname(m)} for the last {NUM_WORDS[n]} quarters."])
            self._add_r25(combo, q, ", ".join(f"{m}(FQ-{i})" if i else f"{m}(FQ0)" for i in range(n - 1, -1, -1))
                          + f" FOR {c.ticker}")

    def quarter_range_aggregate(self):
        combo = "sum/avg x quarter range across fiscal years x company"
        for _ in range(10):
            c, m = self.pick(self.companies), self.pick(FLOWS)
            k = self.rng.randrange(4)
            if k == 0:
                q, g = f"{self.poss(c)} total {self.mname(m)} from Q3 2023 through Q2 2024", f"SUM({m}, FQ2023Q3, FQ2024Q2)"
            elif k == 1:
                q, g = (f"What was {self.poss(c)} average quarterly {self.mname(m)} over the last six quarters?",
                        f"AVG({m}, FQ-5, FQ0)")
            elif k == 2:
                q, g = (f"{self.poss(c)} {self.mname(m)} summed over Q2 to Q4 of fiscal 2023",
                        f"SUM({m}, FQ2023Q2, FQ2023Q4)")
            else:
                q, g = (f"What was {self.poss(c)} average {self.mname(m)} per quarter from Q1 2022 to Q4 2023?",
                        f"AVG({m}, FQ2022Q1, FQ2023Q4)")
            self._add_r25(combo, q, f"{g} FOR {c.ticker}")

    def calendar_quarter(self):
        combo = "metric x calendar quarter (fiscal quarter ending then) x company"
        cs = [c for c in self.companies if c.fiscal_year_end_month % 3 == 0]
        for _ in range(10):
            c, m = self.pick(cs), self.pick(FLOWS)
            y, k = self.pick([2022, 2023, 2024]), self.pick([1, 2, 3, 4])
            fq = self._fq_ending(c, y, 3 * k)
            if fq is None or fq > "FQ2024Q4":
                continue
            q = self.pick([f"What was {self.poss(c)} {self.mname(m)} in calendar Q{k} {y}?",
                           f"{self.poss(c)} {self.mname(m)} in Q{k} {y} (calendar)"])
            self._add_r25(combo, q, f"{m}({fq}) FOR {c.ticker}")

    def quarter_vs_year_earlier(self):
        combo = "growth x quarter vs same quarter a year earlier x company"
        for _ in range(8):
            c, m = self.pick(self.companies), self.pick(FLOWS)
            k = self.rng.randrange(3)
            if k == 0:
                y, j = self.pick([2023, 2024]), self.pick([1, 2, 3, 4])
                q, g = (f"How much did {self.poss(c)} {self.mname(m)} grow from Q{j} {y - 1} to Q{j} {y}?",
                        f"GROWTH({m}, FQ{y - 1}Q{j}, FQ{y}Q{j})")
            elif k == 1:
                q, g = (f"By what percentage did {self.poss(c)} {self.mname(m)} change from the fourth quarter of fiscal 2023 to the fourth quarter of fiscal 2024?",
                        f"GROWTH({m}, FQ2023Q4, FQ2024Q4)")
            else:
                q, g = (f"{self.poss(c)} {self.mname(m)} growth from the quarter before last to last quarter",
                        f"GROWTH({m}, FQ-1, FQ0)")
            self._add_r25(combo, q, f"{g} FOR {c.ticker}")

    def screen_quarter_cond(self):
        combo = "screen: single fiscal quarter cond"
        for _ in range(8):
            sw, s, _cur = self.pick(ONE_CURRENCY_SETS)
            m = self.pick(["FF_NET_INC", "FF_FCF", "FF_OPER_INC"])
            y, k = self.pick([2023, 2024]), self.pick([1, 2, 3, 4])
            pos = self.rng.random() < 0.6
            q = self.pick([f"Which {sw} had {'positive' if pos else 'negative'} {self.mname(m)} in Q{k} {y}?",
                           f"Which {sw} reported {'positive' if pos else 'negative'} {self.mname(m)} in the quarter FQ{y}Q{k}?"])
            self._add_r25(combo, q, f"NAME FOR SCREEN({s}, {m}(FQ{y}Q{k}) {'>' if pos else '<'} 0)")

    def screen_sort_quarter_sum(self):
        combo = "screen: sort quarterly sum/avg x top"
        for _ in range(8):
            sw, s, _cur = self.pick(ONE_CURRENCY_SETS)
            m, n = self.pick(["FF_SALES", "FF_NET_INC", "FF_FCF"]), self.pick([2, 3])
            if self.rng.random() < 0.5:
                q, key = (f"Which {n} {sw} had the highest total {self.mname(m)} over the last four quarters?",
                          f"SUM({m}, FQ-3, FQ0)")
            else:
                q, key = (f"Which {n} {sw} had the highest average quarterly {self.mname(m)} in fiscal 2023?",
                          f"AVG({m}, FQ2023Q1, FQ2023Q4)")
            self._add_r25(combo, q, f"NAME, {key} FOR SCREEN({s}) SORT {key} DESC TOP {n}")

    # arithmetic
    _DIFFS = [("sales minus capex", "FF_SALES", "-", "FF_CAPEX"),
              ("gross income minus operating income", "FF_GROSS_INC", "-", "FF_OPER_INC"),
              ("total assets minus total liabilities", "FF_ASSETS", "-", "FF_LIABS"),
              ("cash minus debt", "FF_CASH", "-", "FF_DEBT"),
              ("net income plus capex", "FF_NET_INC", "+", "FF_CAPEX")]
    _RATIOS = [("debt divided by cash", "FF_DEBT(P) / FF_CASH(P)"),
               ("debt as a percentage of total assets", "FF_DEBT(P) / FF_ASSETS(P) * 100"),
               ("capex as a percentage of sales", "FF_CAPEX(P) / FF_SALES(P) * 100"),
               ("ratio of total liabilities to equity", "FF_LIABS(P) / FF_EQUITY(P)"),
               ("net margin", "FF_NET_INC(P) / FF_SALES(P) * 100"),
               ("operating margin", "FF_OPER_INC(P) / FF_SALES(P) * 100")]
    _PER_SHARE = [("free cash flow per share", "FF_FCF(P) / FF_SHARES(P)"),
                  ("sales per share", "FF_SALES(P) / FF_SHARES(P)"),
                  ("book value per share (equity divided by diluted shares)", "FF_EQUITY(P) / FF_SHARES(P)"),
                  ("cash per share", "FF_CASH(P) / FF_SHARES(P)")]

    def item_minus_item(self):
        combo = "item minus/plus item x period x company"
        for _ in range(10):
            c = self.pick(self.companies)
            w, a, op, b = self.pick(self._DIFFS)
            per, p = self.pick([("last year", "FY2024"), ("in FY2022", "FY2022"), ("last quarter", "FQ0"),
                                ("two years ago", "FY2023")])
            q = self.pick([f"What was {self.poss(c)} {w} {per}?", f"{self.poss(c)} {w} {per}"])
            self._add_r25(combo, q, f"{a}({p}) {op} {b}({p}) FOR {c.ticker}")

    def item_over_item(self):
        combo = "item over item x period x company"
        for _ in range(10):
            c = self.pick(self.companies)
            w, e = self.pick(self._RATIOS)
            per, p = self.pick([("last year", "FY2024"), ("in fiscal 2021", "FY2021"), ("in Q3 2024", "FQ2024Q3"),
                                ("three years ago", "FY2022"), ("in the quarter before last", "FQ-1")])
            q = self.pick([f"What was {self.poss(c)} {w} {per}?", f"{self.poss(c)} {w} {per}"])
            self._add_r25(combo, q, f"{e.replace('(P)', f'({p})')} FOR {c.ticker}")

    def per_share_items(self):
        combo = "per share / per employee x period x company"
        for _ in range(10):
            c = self.pick(self.companies)
            w, e = self.pick(self._PER_SHARE + [("sales per employee", "FF_SALES(P) / FF_EMPLOYEES(P)")])
            per, p = self.pick([("last year", "FY2024"), ("in FY2023", "FY2023"), ("four years ago", "FY2021")])
            q = self.pick([f"What was {self.poss(c)} {w} {per}?", f"{self.poss(c)} {w} {per}"])
            self._add_r25(combo, q, f"{e.replace('(P)', f'({p})')} FOR {c.ticker}")

    def expr_two_companies(self):
        combo = "expression x period x two companies"
        for _ in range(10):
            c1, c2 = self.sample(self.companies, 2)
            w, e = self.pick(self._RATIOS + self._PER_SHARE[:2])
            per, p = self.pick([("last year", "FY2024"), ("in fiscal 2022", "FY2022"), ("the year before last", "FY2023")])
            q = self.pick([f"Compare the {w} of {self.co(c1)} and {self.co(c2)} {per}.",
                           f"What was the {w} {per} for {self.co(c1)} and {self.co(c2)}?"])
            self._add_r25(combo, q, f"{e.replace('(P)', f'({p})')} FOR {c1.ticker}, {c2.ticker}")

    def ratio_change(self):
        combo = "change of a ratio between two years x company"
        for _ in range(8):
            c = self.pick(self.companies)
            a, b = self.pick([(2022, 2024), (2023, 2024), (2020, 2023)])
            if self.rng.random() < 0.5:
                w, e = self.pick([("net margin", "FF_NET_INC(P) / FF_SALES(P) * 100"),
                                  ("operating margin", "FF_OPER_INC(P) / FF_SALES(P) * 100")])
                q = f"By how many percentage points did {self.poss(c)} {w} change from FY{a} to FY{b}?"
                g = f"{e.replace('(P)', f'(FY{b})')} - ({e.replace('(P)', f'(FY{a})')})"
            else:
                w, e = self.pick([("sales per share", "FF_SALES(P) / FF_SHARES(P)"),
                                  ("free cash flow per share", "FF_FCF(P) / FF_SHARES(P)")])
                q = f"By what percentage did {self.poss(c)} {w} grow from FY{a} to FY{b}?"
                g = f"({e.replace('(P)', f'(FY{b})')}) / ({e.replace('(P)', f'(FY{a})')}) * 100 - 100"
            self._add_r25(combo, q, f"{g} FOR {c.ticker}")

    def screen_expr_cond_r25(self):
        combo = "screen: expression cond (ratios, per share, vs another year)"
        conds = [("a payout ratio (DPS over EPS) below 50% last year", "FF_DPS(FY2024) / FF_EPS(FY2024) * 100 < 50"),
                 ("debt more than three times their cash last year", "FF_DEBT(FY2024) > FF_CASH(FY2024) * 3"),
                 ("a higher operating margin in FY2024 than in FY2023",
                  "FF_OPER_INC(FY2024) / FF_SALES(FY2024) * 100 > FF_OPER_INC(FY2023) / FF_SALES(FY2023) * 100"),
                 ("capex above 10% of sales last year", "FF_CAPEX(FY2024) / FF_SALES(FY2024) * 100 > 10"),
                 ("cash above 20% of total assets last year", "FF_CASH(FY2024) / FF_ASSETS(FY2024) * 100 > 20"),
                 ("equity above half of total assets last year", "FF_EQUITY(FY2024) > FF_ASSETS(FY2024) * 0.5")]
        for _ in range(10):
            sw, s = self.pick(_sets())
            w, cnd = self.pick(conds)
            q = self.pick([f"Which {sw} had {w}?", f"List {sw} with {w}."])
            self._add_r25(combo, q, f"NAME FOR SCREEN({s}, {cnd})")

    def screen_top_expr_r25(self):
        combo = "screen: sort expression x top (per share, payout, cash share)"
        keys = [("cash as a percentage of total assets", "FF_CASH(FY2024) / FF_ASSETS(FY2024) * 100", "highest", "DESC"),
                ("payout ratio (DPS over EPS)", "FF_DPS(FY2024) / FF_EPS(FY2024) * 100", "lowest", "ASC"),
                ("debt as a percentage of total assets", "FF_DEBT(FY2024) / FF_ASSETS(FY2024) * 100", "lowest", "ASC"),
                ("ratio of total liabilities to equity", "FF_LIABS(FY2024) / FF_EQUITY(FY2024)", "highest", "DESC")]
        for _ in range(8):
            sw, s = self.pick(_sets())
            w, k, adj, d = self.pick(keys)
            n = self.pick([3, 5])
            q = f"Which {n} {sw} had the {adj} {w} last year?"
            self._add_r25(combo, q, f"NAME, {k} FOR SCREEN({s}) SORT {k} {d} TOP {n}")
        for _ in range(4):  # money per share within one currency
            sw, s, _cur = self.pick(ONE_CURRENCY_SETS)
            w, e = self.pick(self._PER_SHARE[:2])
            k, n = e.replace("(P)", "(FY2024)"), self.pick([2, 3])
            q = f"Which {n} {sw} had the highest {w} last year?"
            self._add_r25(combo, q, f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC TOP {n}")

    # relative periods with each of them
    def expr_relative(self):
        combo = "expression x relative period x company"
        for _ in range(10):
            c = self.pick(self.companies)
            w, e = self.pick(self._RATIOS + self._PER_SHARE)
            per, p = self.pick([("two years ago", "FY2023"), ("the year before last", "FY2023"), ("five years ago", "FY2020"),
                                ("last quarter", "FQ0"), ("in the quarter before last", "FQ-1")])
            q = f"{self.poss(c)} {w} {per}"
            self._add_r25(combo, q, f"{e.replace('(P)', f'({p})')} FOR {c.ticker}")

    def expr_each_year(self):
        combo = "expression x each of the last three years x company"
        for _ in range(8):
            c = self.pick(self.companies)
            w, e = self.pick(self._RATIOS)
            q = self.pick([f"{self.poss(c)} {w} in each of the last three years",
                           f"What was {self.poss(c)} {w} for FY2022 through FY2024?"])
            self._add_r25(combo, q, ", ".join(e.replace("(P)", f"(FY{y})") for y in (2022, 2023, 2024)) + f" FOR {c.ticker}")

    def screen_expr_relative(self):
        combo = "screen: expression cond x relative year"
        for _ in range(8):
            sw, s = self.pick(_sets())
            (w, e), x = self.pick([(("a net margin", "FF_NET_INC(P) / FF_SALES(P) * 100"), 10),
                                   (("an operating margin", "FF_OPER_INC(P) / FF_SALES(P) * 100"), 15)])
            per, p = self.pick([("two years ago", "FY2023"), ("three years ago", "FY2022"), ("the year before last", "FY2023")])
            q = f"Which {sw} had {w} above {x}% {per}?"
            self._add_r25(combo, q, f"NAME FOR SCREEN({s}, {e.replace('(P)', f'({p})')} > {x})")

    def growth_relative_quarters(self):
        combo = "screen: growth last quarter vs same quarter a year earlier cond"
        for _ in range(6):
            sw, s = self.pick(_sets())
            m, x = self.pick(["FF_SALES", "FF_NET_INC"]), self.pick([5, 10])
            q = f"Which {sw} grew {self.mname(m)} by more than {x}% from Q4 2023 to Q4 2024?"
            self._add_r25(combo, q, f"NAME FOR SCREEN({s}, GROWTH({m}, FQ2023Q4, FQ2024Q4) > {x})")

    # IN currency with them
    def expr_currency(self):
        combo = "money expression x period x company x IN currency"
        for _ in range(10):
            c = self.pick([x for x in self.companies if x.currency != "USD"])
            w, a, op, b = self.pick(self._DIFFS[:4])
            per, p = self.pick([("last year", "FY2024"), ("in FY2022", "FY2022"), ("last quarter", "FQ0")])
            cur = "USD" if self.rng.random() < 0.7 else ("EUR" if c.currency != "EUR" else "GBP")
            q = f"{self.poss(c)} {w} {per} {self.pick(CURRENCY_WORDS[cur])}"
            self._add_r25(combo, q, f"{a}({p}) {op} {b}({p}) FOR {c.ticker} IN {cur}")

    def year_range_currency(self):
        combo = "metric x fiscal year range x company x IN currency"
        for _ in range(8):
            c = self.pick([x for x in self.companies if x.currency != "USD"])
            m = self.pick(MONEY_FUND)
            a, b = self.pick([(2022, 2024), (2021, 2023)])
            q = f"{self.poss(c)} {self.mname(m)} {self._years_words(a, b)} {self.pick(CURRENCY_WORDS['USD'])}"
            self._add_r25(combo, q, ", ".join(f"{m}(FY{y})" for y in range(a, b + 1)) + f" FOR {c.ticker} IN USD")

    def quarter_currency(self):
        combo = "metric x fiscal quarter x company x IN currency"
        for _ in range(8):
            c = self.pick([x for x in self.companies if x.currency != "USD"])
            m = self.pick(FLOWS)
            per, p = self.pick([("in Q2 2024", "FQ2024Q2"), ("last quarter", "FQ0"), ("in the third quarter of fiscal 2023", "FQ2023Q3"),
                                ("in the quarter before last", "FQ-1")])
            q = f"{self.poss(c)} {self.mname(m)} {per} {self.pick(CURRENCY_WORDS['USD'])}"
            self._add_r25(combo, q, f"{m}({p}) FOR {c.ticker} IN USD")

    def screen_expr_money_currency(self):
        combo = "screen: money expression cond x IN currency"
        for _ in range(8):
            sw, s = self.pick([x for x in _sets() if len(self.set_currencies(x[1])) > 1])
            cur, unit = self.pick([("USD", "million US dollars"), ("EUR", "million euros")])
            x = self.pick([500, 1000])
            w, e, op = self.pick([("net cash (cash minus debt)", "FF_CASH(FY2024) - FF_DEBT(FY2024)", ">"),
                                  ("net debt (debt minus cash)", "FF_DEBT(FY2024) - FF_CASH(FY2024)", "<"),
                                  ("total assets minus total liabilities", "FF_ASSETS(FY2024) - FF_LIABS(FY2024)", ">")])
            q = f"Which {sw} had {w} {'above' if op == '>' else 'below'} {x:,} {unit} last year?"
            self._add_r25(combo, q, f"NAME FOR SCREEN({s}, {e} {op} {x}) IN {cur}")

    # two or three features in one sentence
    def two_companies_range_currency(self):
        combo = "metric x year range x two companies x IN currency"
        for _ in range(8):
            c1, c2 = self.sample(self.companies, 2)
            m = self.pick(MONEY_FUND)
            a, b = self.pick([(2022, 2024), (2021, 2023)])
            cur = self.pick(["USD", "EUR"])
            q = f"{_cap(self.mname(m))} of {self.co(c1)} and {self.co(c2)} {self._years_words(a, b)}, {self.pick(CURRENCY_WORDS[cur])}"
            self._add_r25(combo, q, ", ".join(f"{m}(FY{y})" for y in range(a, b + 1)) + f" FOR {c1.ticker}, {c2.ticker} IN {cur}")

    def quarter_sum_sort_currency(self):
        combo = "screen: sort quarterly sum x top x IN currency"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, n = self.pick(["FF_SALES", "FF_NET_INC"]), self.pick([3, 5])
            cur = self.pick(["USD", "EUR"])
            key = f"SUM({m}, FQ-3, FQ0)"
            q = f"Which {n} {sw} had the highest total {self.mname(m)} over the last four quarters, {self.pick(CURRENCY_WORDS[cur])}?"
            self._add_r25(combo, q, f"NAME, {key} FOR SCREEN({s}) SORT {key} DESC TOP {n} IN {cur}")

    def cond_quarter_sort_expr(self):
        combo = "screen: quarter cond x sort expression x top"
        for _ in range(8):
            sw, s = self.pick(_sets())
            n = self.pick([2, 3])
            key = "FF_NET_INC(FY2024) / FF_SALES(FY2024) * 100"
            q = self.pick([f"Among {sw} with positive net income last quarter, which {n} had the highest net margin last year?",
                           f"Of the {sw} that reported positive net income in Q4 2024, show the top {n} by net margin in FY2024."])
            cond = "FF_NET_INC(FQ0) > 0" if "last quarter" in q else "FF_NET_INC(FQ2024Q4) > 0"
            self._add_r25(combo, q, f"NAME, {key} FOR SCREEN({s}, {cond}) SORT {key} DESC TOP {n}")

    def growth_range_expr_cond(self):
        combo = "screen: growth over a year range cond and ratio cond"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, x = self.pick(["FF_SALES", "FF_EPS"]), self.pick([10, 20])
            a = self.pick([2021, 2022])
            q = f"Which {sw} grew {self.mname(m)} by more than {x}% from FY{a} through FY2024 and had a debt-to-equity ratio below 1 last year?"
            self._add_r25(combo, q, f"NAME FOR SCREEN({s}, GROWTH({m}, FY{a}, FY2024) > {x} AND FF_DEBT(FY2024) / FF_EQUITY(FY2024) < 1)")

    def avg_years_relative(self):
        combo = "avg/sum x last N years x company (x IN currency)"
        for _ in range(8):
            c, m, n = self.pick(self.companies), self.pick(FLOWS), self.pick([3, 5])
            k = self.rng.randrange(3)
            if k == 0:
                q, g = f"What was {self.poss(c)} average annual {self.mname(m)} over the last {NUM_WORDS[n]} years?", f"AVG({m}, FY{2025 - n}, FY2024)"
            elif k == 1:
                q, g = f"{self.poss(c)} total {self.mname(m)} over the last {NUM_WORDS[n]} fiscal years", f"SUM({m}, FY{2025 - n}, FY2024)"
            else:
                q, g = (f"{self.poss(c)} cumulative {self.mname(m)} from FY2020 through FY2024 in US dollars", f"SUM({m}, FY2020, FY2024)")
                self._add_r25(combo, q, f"{g} FOR {c.ticker} IN USD")
                continue
            self._add_r25(combo, q, f"{g} FOR {c.ticker}")

    def quarters_of_year(self):
        combo = "metric x quarters of one fiscal year (each quarter, first half, two quarters) x company"
        for _ in range(10):
            c, m = self.pick(self.companies), self.pick(FLOWS)
            y = self.pick([2022, 2023, 2024])
            k = self.rng.randrange(4)
            if k == 0:
                q, g = f"{self.poss(c)} {self.mname(m)} in each quarter of fiscal {y}", ", ".join(f"{m}(FQ{y}Q{j})" for j in range(1, 5))
            elif k == 1:
                q, g = f"What was {self.poss(c)} {self.mname(m)} in the first and second quarters of fiscal {y}?", f"{m}(FQ{y}Q1), {m}(FQ{y}Q2)"
            elif k == 2:
                q, g = f"{self.poss(c)} {self.mname(m)} in Q4 {y - 1} and Q4 {y}", f"{m}(FQ{y - 1}Q4), {m}(FQ{y}Q4)"
            else:
                q, g = f"{self.poss(c)} {self.mname(m)} in the last quarter of fiscal {y}", f"{m}(FQ{y}Q4)"
            self._add_r25(combo, q, f"{g} FOR {c.ticker}")

    def points_each_year_end(self):
        combo = "valuation x each year end / quarter ends x company"
        for _ in range(8):
            c, m = self.pick(self.companies), self.pick(list(POINT) + ["P_PRICE"])
            w = "share price" if m == "P_PRICE" else self.mname(m)
            if self.rng.random() < 0.5:
                q, ds = f"{self.poss(c)} {w} at the end of each of the last three years", ["2022-12-31", "2023-12-31", "2024-12-31"]
            else:
                q, ds = f"What was {self.poss(c)} {w} at the end of Q1, Q2 and Q3 2024?", ["2024-03-31", "2024-06-30", "2024-09-30"]
            self._add_r25(combo, q, ", ".join(f"{m}({d})" for d in ds) + f" FOR {c.ticker}")

    def returns_each_period(self):
        combo = "return x each of several calendar periods x company"
        for _ in range(8):
            c = self.pick(self.companies)
            if self.rng.random() < 0.5:
                q = f"{self.poss(c)} share price return in each of 2022, 2023 and 2024"
                g = "P_RETURN(2021-12-31, 2022-12-31), P_RETURN(2022-12-31, 2023-12-31), P_RETURN(2023-12-31, 2024-12-31)"
            else:
                q = f"What was {self.poss(c)} share price return in Q1, Q2 and Q3 2024?"
                g = "P_RETURN(2023-12-31, 2024-03-31), P_RETURN(2024-03-31, 2024-06-30), P_RETURN(2024-06-30, 2024-09-30)"
            self._add_r25(combo, q, f"{g} FOR {c.ticker}")

    def absolute_change(self):
        combo = "absolute change of an item between two periods x company"
        for _ in range(8):
            c, m = self.pick(self.companies), self.pick(MONEY_FUND)
            (pa, a), (pb, b) = self.pick([(("FY2023", "FY2023"), ("FY2024", "FY2024")), (("two years ago", "FY2023"), ("last year", "FY2024")),
                                          (("the quarter before last", "FQ-1"), ("last quarter", "FQ0")),
                                          (("Q3 2023", "FQ2023Q3"), ("Q3 2024", "FQ2024Q3"))])
            if pa.startswith(("FY", "Q")):
                pa, pb = f"in {pa}", f"in {pb}"
            q = self.pick([f"By how much did {self.poss(c)} {self.mname(m)} change in absolute terms from {pa.removeprefix('in ')} to {pb.removeprefix('in ')}?",
                           f"What is the difference between {self.poss(c)} {self.mname(m)} {pb} and {pa}?"])
            self._add_r25(combo, q, f"{m}({b}) - {m}({a}) FOR {c.ticker}")

    def ratio_last_quarters(self):
        combo = "expression x each of the last N quarters x company"
        for _ in range(6):
            c = self.pick(self.companies)
            w, e = self.pick(self._RATIOS[2:])
            n = self.pick([2, 3, 4])
            q = f"{self.poss(c)} {w} in each of the last {NUM_WORDS[n]} quarters"
            self._add_r25(combo, q, ", ".join(e.replace("(P)", f"(FQ-{i})" if i else "(FQ0)") for i in range(n - 1, -1, -1))
                          + f" FOR {c.ticker}")

    def per_share_years_currency(self):
        combo = "per-share item x year range / each of the last years x company x IN currency"
        for _ in range(8):
            c = self.pick([x for x in self.companies if x.currency != "USD"])
            m = self.pick(["FF_EPS", "FF_DPS"])
            if self.rng.random() < 0.5:
                q, ys = f"{self.poss(c)} {self.mname(m)} in each of the last three years, {self.pick(CURRENCY_WORDS['USD'])}", (2022, 2023, 2024)
            else:
                q, ys = f"{self.poss(c)} {self.mname(m)} for FY2020 through FY2022 {self.pick(CURRENCY_WORDS['USD'])}", (2020, 2021, 2022)
            self._add_r25(combo, q, ", ".join(f"{m}(FY{y})" for y in ys) + f" FOR {c.ticker} IN USD")

    def ltm_currency(self):
        combo = "metric x last twelve months x company x IN currency"
        for _ in range(6):
            c = self.pick([x for x in self.companies if x.currency != "USD"])
            m = self.pick(FLOWS)
            q = self.pick([f"{self.poss(c)} {self.mname(m)} over the last twelve months in US dollars",
                           f"What was {self.poss(c)} trailing twelve-month {self.mname(m)} in USD?"])
            self._add_r25(combo, q, f"{m}(LTM) FOR {c.ticker} IN USD")

    def top_quarter_growth(self):
        combo = "screen: sort growth quarter vs year-earlier quarter x top"
        for _ in range(6):
            sw, s = self.pick(_sets())
            m, n = self.pick(["FF_SALES", "FF_NET_INC"]), self.pick([3, 5])
            y, j = self.pick([2023, 2024]), self.pick([2, 3, 4])
            g = f"GROWTH({m}, FQ{y - 1}Q{j}, FQ{y}Q{j})"
            q = f"Which {n} {sw} grew {self.mname(m)} the most from Q{j} {y - 1} to Q{j} {y}?"
            self._add_r25(combo, q, f"NAME, {g} FOR SCREEN({s}) SORT {g} DESC TOP {n}")

    def margin_change_relative(self):
        combo = "ratio change x relative years x company"
        for _ in range(6):
            c = self.pick(self.companies)
            w, e = self.pick([("net margin", "FF_NET_INC(P) / FF_SALES(P) * 100"), ("operating margin", "FF_OPER_INC(P) / FF_SALES(P) * 100")])
            (pa, a) = self.pick([("two years ago", "FY2023"), ("three years ago", "FY2022")])
            q = f"How many percentage points did {self.poss(c)} {w} change from {pa} to last year?"
            self._add_r25(combo, q, f"{e.replace('(P)', '(FY2024)')} - ({e.replace('(P)', f'({a})')}) FOR {c.ticker}")

    def screen_cond_each_two_years(self):
        combo = "screen: cond in two named years"
        for _ in range(6):
            sw, s = self.pick(_sets())
            m = self.pick(["FF_NET_INC", "FF_FCF"])
            q = f"Which {sw} had positive {self.mname(m)} in both FY2023 and FY2024?"
            self._add_r25(combo, q, f"NAME FOR SCREEN({s}, {m}(FY2023) > 0 AND {m}(FY2024) > 0)")

    # three features in one sentence
    def cond_quarter_sort_sum_currency(self):
        combo = "screen: last-quarter money cond x sort quarterly sum x top x IN currency"
        for _ in range(8):
            sw, s = self.pick([x for x in _sets() if len(self.set_currencies(x[1])) > 1])
            x, n = self.pick([50, 100, 200]), self.pick([2, 3])
            cur, unit = self.pick([("USD", "million US dollars"), ("EUR", "million euros")])
            key = "SUM(FF_SALES, FQ-3, FQ0)"
            q = (f"Among {sw} with net income above {x} {unit} last quarter, which {n} had the highest total sales "
                 f"over the last four quarters, {self.pick(CURRENCY_WORDS[cur])}?")
            self._add_r25(combo, q, f"NAME, {key} FOR SCREEN({s}, FF_NET_INC(FQ0) > {x}) SORT {key} DESC TOP {n} IN {cur}")

    def two_companies_expr_relative_currency(self):
        combo = "money expression x relative year x two companies x IN currency"
        for _ in range(8):
            c1, c2 = self.sample(self.companies, 2)
            w, a, op, b = self.pick(self._DIFFS[:4])
            per, p = self.pick([("two years ago", "FY2023"), ("three years ago", "FY2022"), ("the year before last", "FY2023")])
            cur = self.pick(["USD", "EUR"])
            q = f"{_cap(w)} {per} for {self.co(c1)} and {self.co(c2)}, {self.pick(CURRENCY_WORDS[cur])}"
            self._add_r25(combo, q, f"{a}({p}) {op} {b}({p}) FOR {c1.ticker}, {c2.ticker} IN {cur}")

    def expr_quarter_list(self):
        combo = "expression x quarters of one fiscal year x company"
        for _ in range(8):
            c = self.pick(self.companies)
            w, e = self.pick(self._RATIOS[2:])
            y = self.pick([2023, 2024])
            q = self.pick([f"{self.poss(c)} {w} in Q1, Q2 and Q3 of fiscal {y}",
                           f"What was {self.poss(c)} {w} in each quarter of fiscal {y}?"])
            ks = (1, 2, 3) if "Q1, Q2" in q else (1, 2, 3, 4)
            self._add_r25(combo, q, ", ".join(e.replace("(P)", f"(FQ{y}Q{k})") for k in ks) + f" FOR {c.ticker}")

    def screen_sum_vs_year(self):
        combo = "screen: quarterly sum vs a fiscal year cond"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m = self.pick(["FF_SALES", "FF_NET_INC"])
            more = self.rng.random() < 0.6
            q = (f"Which {sw} had {'higher' if more else 'lower'} total {self.mname(m)} over the last four quarters "
                 f"than in fiscal 2023?")
            self._add_r25(combo, q, f"NAME FOR SCREEN({s}, SUM({m}, FQ-3, FQ0) {'>' if more else '<'} {m}(FY2023))")

    # --- round 26 (f26g): every metric in every form, ranges of P_HIGH/P_LOW, IN on conditions and sort keys, -----
    # calendar returns, estimate arithmetic, three conditions with NOT/OR/parentheses, companies x items x periods,
    # licences (SPEC 6) and near-supported asks that must be refused. Appended after round 25's; tagged "r26".

    # every metric of SPEC 2's table, two or three plain names each (r26's own lists: FUND/POINT stay as they were,
    # so rounds 24-25 draw the same words)
    _R26_NAMES = {
        "FF_SALES": ["sales", "revenue", "net sales"],
        "FF_GROSS_INC": ["gross income", "gross profit"],
        "FF_OPER_INC": ["operating income", "operating profit"],
        "FF_NET_INC": ["net income", "net profit"],
        "FF_EPS": ["diluted EPS", "diluted earnings per share"],
        "FF_DPS": ["dividends per share", "dividend per share"],
        "FF_ASSETS": ["total assets"],
        "FF_LIABS": ["total liabilities"],
        "FF_EQUITY": ["shareholders' equity", "book equity"],
        "FF_DEBT": ["debt", "total debt"],
        "FF_CASH": ["cash", "cash balance"],
        "FF_CAPEX": ["capital expenditure", "capex", "capital spending"],
        "FF_FCF": ["free cash flow"],
        "FF_SHARES": ["diluted shares outstanding", "diluted share count"],
        "FF_EMPLOYEES": ["number of employees", "headcount", "employee count"],
        "P_PRICE": ["closing price", "share price", "stock price"],
        "P_VOLUME": ["trading volume", "volume of shares traded"],
        "FG_MKT_CAP": ["market cap", "market capitalization"],
        "FG_PE": ["P/E ratio", "price-to-earnings ratio", "price/earnings multiple"],
        "FG_DIV_YIELD": ["dividend yield"],
        "FG_PB": ["price-to-book ratio", "P/B ratio"],
        "FE_EPS": ["consensus EPS estimate", "consensus earnings per share estimate"],
        "FE_SALES": ["consensus sales estimate", "consensus revenue estimate"],
        "FE_NUM": ["number of analysts covering", "analyst coverage count"],
    }
    _R26_MONEY = {"FF_SALES", "FF_GROSS_INC", "FF_OPER_INC", "FF_NET_INC", "FF_EPS", "FF_DPS", "FF_ASSETS", "FF_LIABS",
                  "FF_EQUITY", "FF_DEBT", "FF_CASH", "FF_CAPEX", "FF_FCF", "P_PRICE", "FG_MKT_CAP", "FE_EPS", "FE_SALES"}
    _R26_PER_SHARE = {"FF_EPS", "FF_DPS", "P_PRICE", "FE_EPS"}

    def _r26(self) -> list:
        """Round 26's combinations (f26g), built after round 25's so its draws do not move."""
        return [self.every_metric_lookup, self.every_metric_screen, self.every_metric_top, self.every_metric_sort,
                self.every_metric_arith, self.highlow_every_range, self.return_calendar_r26, self.return_past_months,
                self.currency_cond_and_sort, self.currency_per_share_cond, self.estimate_arith,
                self.estimate_arith_screen, self.three_conds_logic, self.companies_items_periods,
                self.licence_refusals, self.licence_answers, self.unsupported_near]

    def _r26_period(self, m: str) -> tuple[str, str]:
        """(English, FinQL period) of a metric's kind: fiscal for fundamentals, a date for prices and ratios, FY1/FY2
        for estimates."""
        if m.startswith("FF_"):
            return self.pick([("last year", "FY2024"), ("in fiscal 2023", "FY2023"), ("in FY2022", "FY2022"),
                              ("last quarter", "FQ0"), ("two years ago", "FY2023")])
        if m.startswith("FE_"):
            return self.pick([("for next year", "FY1"), ("for fiscal 2026", "FY2"), ("for FY2025", "FY1")])
        return self.pick([("today", "D0"), ("on June 28, 2024", "2024-06-28"), ("at the end of 2023", "2023-12-31"),
                          ("20 trading days ago", "D-20")])

    def _add_r26(self, combo: str, question: str, query: str | None, refusal: str | None = None,
                 principal: str | None = None) -> None:
        """Add a round-26 case (a screen whose gold returns no row is dropped, as in round 25); a refusal has
        ``query`` None and ``refusal`` (SPEC 5), a case may name its ``principal``."""
        if query and "SCREEN(" in query and not self._gold_rows(query, principal or "analyst"):
            return
        key = (question, principal)
        if key in self.seen:
            return
        self.seen.add(key)
        case = {"id": "", "question": question, "query": query, "tags": [combo, "r26"]}
        if refusal:
            case["refusal"] = refusal
        if principal:
            case["principal"] = principal
        self.cases.append(case)

    def _threshold(self, expr: str, finql_set: str, cur: str = "") -> float | None:
        """A round number near the median of ``expr`` over a set (two significant figures), so a condition on it
        keeps some rows and drops others."""
        import math

        rows = self._open().execute(f"{expr} FOR SCREEN({finql_set}){' IN ' + cur if cur else ''}").rows
        vals = sorted(r[1] for r in rows if r[1] is not None)
        if len(vals) < 3:
            return None
        v = vals[len(vals) // 2]
        if v == 0:
            return 0
        e = 10 ** (math.floor(math.log10(abs(v))) - 1)
        x = round(v / e) * e
        return int(x) if abs(x) >= 1 else round(x, 2)

    @staticmethod
    def _num(x: float) -> str:
        return f"{x:,}" if isinstance(x, int) else f"{x:g}"

    def every_metric_lookup(self):
        combo = "every metric x its period kind x company (r26)"
        for m in self._R26_NAMES:
            for _ in range(2):
                c = self.pick(self.companies)
                per, p = self._r26_period(m)
                w = self.pick(self._R26_NAMES[m])
                if m == "FE_NUM":  # (its names end in "covering" or "count": said with or without "of")
                    q = self.pick([f"How many analysts cover {self.co(c)} {per}?",
                                   f"What is the {w}{'' if w.endswith('covering') else ' of'} {self.co(c)} {per}?"])
                else:
                    q = self.pick([f"What was {self.poss(c)} {w} {per}?", f"{self.poss(c)} {w} {per}",
                                   f"Show me the {w} of {self.co(c)} {per}."])
                self._add_r26(combo, q, f"{m}({p}) FOR {c.ticker}")

    def _r26_set(self, m: str):
        """A set for a condition or ranking on ``m``: money over one reporting currency (no IN needed)."""
        if m in self._R26_MONEY:  # ONE_CURRENCY_SETS' metals and mining holds KING (GBP): only true one-currency sets
            sw, s, _cur = self.pick([x for x in ONE_CURRENCY_SETS if len(self.set_currencies(x[1])) == 1])
            return sw, s
        return self.pick(_sets())

    def every_metric_screen(self):
        combo = "screen: every metric cond (r26)"
        for m in self._R26_NAMES:
            sw, s = self._r26_set(m)
            per, p = self._r26_period(m)
            if m == "FE_NUM":
                per, p = "", "FY1"
            x = self._threshold(f"{m}({p})", s)
            if x is None:
                continue
            w = self.pick(self._R26_NAMES[m])
            up = self.rng.random() < 0.5
            cmpw = self.pick(["above", "more than", "greater than"] if up else ["below", "less than", "under"])
            unit = "%" if m == "FG_DIV_YIELD" else (" million" if m in self._R26_MONEY - self._R26_PER_SHARE else "")
            if m == "FE_NUM":
                q = f"Which {sw} are covered by {'more' if up else 'fewer'} than {self._num(x)} analysts?"
            else:
                q = self.pick([f"Which {sw} had {w} {cmpw} {self._num(x)}{unit} {per}?",
                               f"List {sw} with {w} {per} {cmpw} {self._num(x)}{unit}."])
            self._add_r26(combo, q, f"NAME FOR SCREEN({s}, {m}({p}) {'>' if up else '<'} {x})")

    def every_metric_top(self):
        combo = "screen: TOP N by every metric (r26)"
        for m in self._R26_NAMES:
            sw, s = self._r26_set(m)
            per, p = self._r26_period(m)
            n = self.pick([3, 5])
            w = self.pick(self._R26_NAMES[m])
            hi = self.rng.random() < 0.6
            word = self.pick(["highest", "largest"] if hi else ["lowest", "smallest"])
            if m == "FE_NUM":
                per, p = "", "FY1"
                q = f"Which {n} {sw} are covered by the {'most' if hi else 'fewest'} analysts?"
            else:
                q = self.pick([f"Which {n} {sw} had the {word} {w} {per}?",
                               f"Top {n} {sw} by {w} {per}" if hi else f"The {n} {sw} with the {word} {w} {per}"])
            key = f"{m}({p})"
            self._add_r26(combo, q, f"NAME, {key} FOR SCREEN({s}) SORT {key} {'DESC' if hi else 'ASC'} TOP {n}")

    def every_metric_sort(self):
        combo = "screen: SORT (no TOP) by every metric (r26)"
        for m in self.sample(list(self._R26_NAMES), 12):
            sw, s = self._r26_set(m)
            per, p = self._r26_period(m)
            if m == "FE_NUM":
                per, p = "for next year", "FY1"
            w = self.pick(self._R26_NAMES[m])
            hi = self.rng.random() < 0.5
            order = self.pick(["highest first", "from highest to lowest"] if hi else ["lowest first", "from lowest to highest"])
            q = self.pick([f"List all {sw} sorted by {w} {per}, {order}.", f"Rank {sw} by {w} {per}, {order}"])
            key = f"{m}({p})"
            self._add_r26(combo, q, f"NAME, {key} FOR SCREEN({s}) SORT {key} {'DESC' if hi else 'ASC'}")

    _R26_EXPRS = [  # (English, FinQL with {p}), less common items of SPEC's list
        ("total liabilities divided by total assets", "FF_LIABS({p}) / FF_ASSETS({p})"),
        ("total assets minus total liabilities", "FF_ASSETS({p}) - FF_LIABS({p})"),
        ("dividends per share as a percentage of diluted EPS", "FF_DPS({p}) / FF_EPS({p}) * 100"),
        ("capital expenditure as a percentage of sales", "FF_CAPEX({p}) / FF_SALES({p}) * 100"),
        ("shareholders' equity per diluted share", "FF_EQUITY({p}) / FF_SHARES({p})"),
        ("gross profit minus operating income", "FF_GROSS_INC({p}) - FF_OPER_INC({p})"),
        ("free cash flow divided by net income", "FF_FCF({p}) / FF_NET_INC({p})"),
        ("cash divided by total liabilities", "FF_CASH({p}) / FF_LIABS({p})"),
        ("operating income per employee", "FF_OPER_INC({p}) / FF_EMPLOYEES({p})"),
        ("total debt as a percentage of total assets", "FF_DEBT({p}) / FF_ASSETS({p}) * 100"),
    ]

    def every_metric_arith(self):
        combo = "arithmetic of less common items x period x company (r26)"
        for w, e in self._R26_EXPRS:
            c = self.pick(self.companies)
            per, p = self.pick([("last year", "FY2024"), ("in fiscal 2022", "FY2022"), ("last quarter", "FQ0")])
            q = self.pick([f"What was {self.poss(c)} {w} {per}?", f"{_cap(w)} for {self.co(c)} {per}"])
            self._add_r26(combo, q, e.format(p=p) + f" FOR {c.ticker}")

    # P_HIGH / P_LOW over every range form (SPEC 2: trading days d1..d2; SPEC 5 and docs "Time forms")
    _R26_RANGES = [
        ("over the last 30 trading days", "D-30", "D0"),
        ("in 2022", "2022-01-01", "2022-12-31"),
        ("during calendar 2021", "2021-01-01", "2021-12-31"),
        ("in Q3 2024", "2024-07-01", "2024-09-30"),
        ("in the first quarter of 2023", "2023-01-01", "2023-03-31"),
        ("in June 2024", "2024-06-01", "2024-06-30"),
        ("in February 2023", "2023-02-01", "2023-02-28"),
        ("in the first half of 2024", "2024-01-01", "2024-06-30"),
        ("year to date", "2024-01-01", "D0"),
        ("so far this year", "2024-01-01", "D0"),
        ("over the past six months", "2024-07-15", "D0"),
        ("over the past three months", "2024-10-15", "D0"),
        ("since the start of 2023", "2023-01-01", "D0"),
        ("since June 3, 2024", "2024-06-03", "D0"),
        ("between March 1 and September 30, 2024", "2024-03-01", "2024-09-30"),
        ("from January 15, 2024 to April 15, 2024", "2024-01-15", "2024-04-15"),
    ]

    def highlow_every_range(self):
        combo = "high/low x every range form x company (r26)"
        for per, d1, d2 in self._R26_RANGES:
            c = self.pick(self.companies)
            k = self.rng.randrange(3)
            if k == 2:
                q = self.pick([f"What were {self.poss(c)} highest and lowest closing prices {per}?",
                               f"{self.poss(c)} high and low close {per}"])
                self._add_r26(combo, q, f"P_HIGH({d1}, {d2}), P_LOW({d1}, {d2}) FOR {c.ticker}")
                continue
            f, w = [("P_HIGH", self.pick(["highest closing price", "highest close", "peak closing price"])),
                    ("P_LOW", self.pick(["lowest closing price", "lowest close"]))][k]
            q = self.pick([f"What was {self.poss(c)} {w} {per}?", f"{self.poss(c)} {w} {per}"])
            self._add_r26(combo, q, f"{f}({d1}, {d2}) FOR {c.ticker}")

    # calendar-period returns (SPEC 5: from the close before the period to its end)
    _R26_RETURNS = [
        ("in January 2024", "2023-12-31", "2024-01-31"), ("in April 2023", "2023-03-31", "2023-04-30"),
        ("in September 2022", "2022-08-31", "2022-09-30"), ("in December 2024", "2024-11-30", "2024-12-31"),
        ("in Q4 2023", "2023-09-30", "2023-12-31"), ("in the third quarter of 2024", "2024-06-30", "2024-09-30"),
        ("in Q2 2022", "2022-03-31", "2022-06-30"), ("in the first half of 2024", "2023-12-31", "2024-06-30"),
        ("in the second half of 2022", "2022-06-30", "2022-12-31"), ("in H1 2023", "2022-12-31", "2023-06-30"),
        ("year to date", "2023-12-31", "D0"), ("so far this year", "2023-12-31", "D0"),
        ("in 2021", "2020-12-31", "2021-12-31"),
    ]

    def return_calendar_r26(self):
        combo = "return x calendar month/quarter/half/YTD x company (r26)"
        for per, d1, d2 in self._R26_RETURNS:
            c = self.pick(self.companies)
            q = self.pick([f"What was {self.poss(c)} share price return {per}?", f"How did {self.co(c)} stock do {per}?",
                           f"How much did {self.poss(c)} shares gain or lose {per}?"])
            self._add_r26(combo, q, f"P_RETURN({d1}, {d2}) FOR {c.ticker}")
        for _ in range(6):
            sw, s = self.pick(_sets())
            per, d1, d2 = self.pick(self._R26_RETURNS)
            x = self.pick([0, 5, 10])
            q = self.pick([f"Which {sw} gained more than {x}% {per}?", f"{_cap(sw)} with a share price return above {x}% {per}"])
            self._add_r26(combo.replace("x company", "x screen"), q, f"NAME FOR SCREEN({s}, P_RETURN({d1}, {d2}) > {x})")

    def return_past_months(self):
        combo = "return x the past N months (counted back from 2025-01-15) (r26)"
        months = {3: "2024-10-15", 6: "2024-07-15", 9: "2024-04-15", 12: "2024-01-15", 18: "2023-07-15"}
        for _ in range(10):
            c = self.pick(self.companies)
            n = self.pick(list(months))
            nw = self.pick([NUM_WORDS.get(n, str(n)), str(n)])
            q = self.pick([f"What was {self.poss(c)} share price return over the past {nw} months?",
                           f"How much has {self.co(c)} stock returned in the past {nw} months?",
                           f"{self.poss(c)} return over the past {nw} months"])
            self._add_r26(combo, q, f"P_RETURN({months[n]}, D0) FOR {c.ticker}")

    # IN converts money in conditions and SORT keys too (SPEC 3)
    def currency_cond_and_sort(self):
        combo = "screen: money cond + money sort key x IN currency (r26)"
        sets = [x for x in _sets() if len(self.set_currencies(x[1])) > 1]
        for _ in range(10):
            sw, s = self.pick(sets)
            cur = self.pick(["USD", "EUR", "GBP", "JPY"])
            cm = self.pick(["FF_SALES", "FF_NET_INC", "FF_ASSETS", "FF_CASH"])
            sm, sp, sper = self.pick([("FG_MKT_CAP", "D0", ""), ("FF_NET_INC", "FY2024", " last year"),
                                      ("FF_FCF", "FY2024", " last year"), ("FF_DEBT", "FY2024", " at the end of last year")])
            if sm == cm:
                continue
            x = self._threshold(f"{cm}(FY2024)", s, cur)
            if x is None or x <= 0:
                continue
            cw = {"USD": "US dollars", "EUR": "euros", "GBP": "pounds", "JPY": "yen"}[cur]
            n = self.pick([3, 5, None])
            topw = f"the top {n} " if n else ""
            q = self.pick([f"Of the {sw} with {self._R26_NAMES[cm][0]} above {self._num(x)} million {cw} last year, "
                           f"show {topw or 'all, '}ranked by {self.pick(self._R26_NAMES[sm])}{sper} in {cw}.",
                           f"Rank {sw} with last year's {self._R26_NAMES[cm][0]} over {self._num(x)} million {cw} by "
                           f"{self.pick(self._R26_NAMES[sm])}{sper}, in {cw}{f', top {n}' if n else ''}"])
            key = f"{sm}({sp})"
            self._add_r26(combo, q, f"NAME, {key} FOR SCREEN({s}, {cm}(FY2024) > {x}) SORT {key} DESC"
                          f"{f' TOP {n}' if n else ''} IN {cur}")

    def currency_per_share_cond(self):
        combo = "screen: per-share money cond x IN currency (r26)"
        sets = [x for x in _sets() if len(self.set_currencies(x[1])) > 1]
        for _ in range(8):
            sw, s = self.pick(sets)
            m, per, p = self.pick([("P_PRICE", "", "D0"), ("FF_EPS", " last year", "FY2024"), ("FF_DPS", " in FY2024", "FY2024"),
                                   ("P_PRICE", " at the end of 2023", "2023-12-31")])
            cur = self.pick(["USD", "EUR"])
            x = self._threshold(f"{m}({p})", s, cur)
            if x is None or x <= 0:
                continue
            cw = self.pick({"USD": ["US dollars", "dollars"], "EUR": ["euros"]}[cur])
            w = self.pick(self._R26_NAMES[m])
            up = self.rng.random() < 0.5
            q = self.pick([f"Which {sw} had a {w}{per} {'above' if up else 'below'} {self._num(x)} {cw}?",
                           f"{_cap(sw)} whose {w}{per} was {'more' if up else 'less'} than {self._num(x)} {cw}"])
            self._add_r26(combo, q, f"NAME FOR SCREEN({s}, {m}({p}) {'>' if up else '<'} {x}) IN {cur}")

    # estimates with arithmetic (SPEC 2: FE_* at FY1/FY2; docstring: growth "next year" from last year's actual)
    def estimate_arith(self):
        combo = "estimate arithmetic x company (r26)"
        forms = [
            ("What is {P} forward P/E based on next year's consensus EPS?", "P_PRICE(D0) / FE_EPS(FY1)"),
            ("{P} share price divided by its consensus EPS estimate for fiscal 2026", "P_PRICE(D0) / FE_EPS(FY2)"),
            ("How much are {P} sales expected to grow next year, in percent, based on the consensus estimate?",
             "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100"),
            ("What is the expected change in {P} EPS from fiscal 2025 to fiscal 2026, in percent?",
             "GROWTH(FE_EPS, FY1, FY2)"),
            ("{P} consensus sales estimate for next year minus last year's sales", "FE_SALES(FY1) - FF_SALES(FY2024)"),
            ("By what percentage is {P} consensus revenue for FY2026 above its FY2025 consensus?",
             "GROWTH(FE_SALES, FY1, FY2)"),
            ("What is {P} forward earnings yield (next year's consensus EPS over today's price, in percent)?",
             "FE_EPS(FY1) / P_PRICE(D0) * 100"),
        ]
        for t, g in forms:
            for _ in range(2):
                c = self.pick(self.companies)
                self._add_r26(combo, _cap(t.format(P=self.poss(c))), f"{g} FOR {c.ticker}")

    def estimate_arith_screen(self):
        combo = "screen: estimate arithmetic cond / TOP (r26)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            k = self.rng.randrange(3)
            if k == 0:
                x = self.pick([10, 15, 20, 25])
                q, g = (self.pick([f"Which {sw} have a forward P/E below {x} on next year's consensus EPS?",
                                   f"{_cap(sw)} trading at under {x} times their consensus EPS for next year"]),
                        f"NAME FOR SCREEN({s}, P_PRICE(D0) / FE_EPS(FY1) < {x})")
            elif k == 1:
                x = self.pick([0, 5, 10])
                q, g = (self.pick([f"Which {sw} are expected to grow sales by more than {x}% next year, on consensus?",
                                   f"{_cap(sw)} whose consensus sales for next year are more than {x}% above last year's sales"]),
                        f"NAME FOR SCREEN({s}, (FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100 > {x})")
            else:
                n = self.pick([3, 5])
                key = "GROWTH(FE_SALES, FY1, FY2)"
                q, g = (self.pick([f"Which {n} {sw} have the highest expected sales growth from FY2025 to FY2026?",
                                   f"Top {n} {sw} by consensus revenue growth between fiscal 2025 and fiscal 2026"]),
                        f"NAME, {key} FOR SCREEN({s}) SORT {key} DESC TOP {n}")
            self._add_r26(combo, q, g)

    # three conditions with NOT / OR / parentheses (SPEC 3)
    def three_conds_logic(self):
        combo = "screen: three conditions with NOT / OR / parentheses (r26)"
        conds = [("a P/E below 20", "FG_PE(D0) < 20"), ("a dividend yield above 2%", "FG_DIV_YIELD(D0) > 2"),
                 ("positive net income last year", "FF_NET_INC(FY2024) > 0"),
                 ("more than 5,000 employees", "FF_EMPLOYEES(FY2024) > 5000"),
                 ("a price-to-book ratio below 3", "FG_PB(D0) < 3"),
                 ("sales growth above 5% last year", "GROWTH(FF_SALES, FY2023, FY2024) > 5"),
                 ("a positive share price return in 2024", "P_RETURN(2023-12-31, 2024-12-31) > 0")]
        for _ in range(14):
            sw, s = self.pick(_sets())
            (a, ac), (b, bc), (c, cc) = self.sample(conds, 3)
            k = self.rng.randrange(4)
            if k == 0:
                q, g = f"Which {sw} have {a} and either {b} or {c}?", f"{ac} AND ({bc} OR {cc})"
            elif k == 1:
                q, g = f"Which {sw} have {a}, {b} or {c}?", f"{ac} OR {bc} OR {cc}"
            elif k == 2:
                q, g = f"Which {sw} have {a} and {b} but not {c}?", f"{ac} AND {bc} AND NOT {cc}"
            else:
                q, g = f"Which {sw} have either {a} or {b}, and do not have {c}?", f"({ac} OR {bc}) AND NOT {cc}"
            self._add_r26(combo, q, f"NAME FOR SCREEN({s}, {g})")

    def companies_items_periods(self):
        combo = "several companies x several items x several periods (r26)"
        for _ in range(10):
            n = self.pick([2, 3])
            cs = self.sample(self.companies, n)
            m1, m2 = self.sample(list(FUND), 2)
            per, ps = self.pick([("in FY2023 and FY2024", ["FY2023", "FY2024"]),
                                 ("last year and the year before", ["FY2024", "FY2023"]),
                                 ("in fiscal 2021 and fiscal 2022", ["FY2021", "FY2022"]),
                                 ("in the last two quarters", ["FQ-1", "FQ0"])])
            names = [self.co(c) for c in cs]
            who = " and ".join(names) if n == 2 else f"{names[0]}, {names[1]} and {names[2]}"
            w1, w2 = self.pick(self._R26_NAMES[m1]), self.pick(self._R26_NAMES[m2])
            q = self.pick([f"Compare the {w1} and {w2} of {who} {per}.", f"{_cap(w1)} and {w2} for {who} {per}",
                           f"Show {who}'s {w1} and {w2} {per}."])
            items = ", ".join(f"{m}({p})" for m in (m1, m2) for p in ps)
            self._add_r26(combo, q, f"{items} FOR {', '.join(c.ticker for c in cs)}")

    # licences (SPEC 6): a query touching a data set the asker may not read, or a hidden company, is not_permitted
    def licence_refusals(self):
        combo = "licence refusal (not_permitted) x principal (r26)"
        from finql.language.registry import companies

        nx = [c for c in self.companies if "NX100" in c.indexes]
        hidden = [c for c in companies() if "NX100" not in c.indexes]
        for _ in range(6):  # analyst-basic: no estimates
            c = self.pick(self.companies)
            q = self.pick([f"What is {self.poss(c)} consensus EPS estimate for next year?",
                           f"How many analysts cover {self.co(c)}?",
                           f"What is {self.poss(c)} forward P/E on next year's consensus EPS?",
                           f"{self.poss(c)} consensus sales estimate for fiscal 2026"])
            self._add_r26(combo, q, None, "not_permitted", "analyst-basic")
        for _ in range(6):  # guest: prices only
            c = self.pick(nx)
            m, per = self.pick([("sales", "last year"), ("net income", "in fiscal 2023"), ("P/E ratio", "today"),
                                ("market cap", "today"), ("dividend yield", "today"), ("consensus EPS estimate", "for next year")])
            q = self.pick([f"What was {self.poss(c)} {m} {per}?", f"{self.poss(c)} {m} {per}"])
            self._add_r26(combo, q, None, "not_permitted", "guest")
        for _ in range(5):  # guest: a company outside NX100 named (row filter), or money converted (fx)
            if self.rng.random() < 0.6:
                c = self.pick(hidden)
                q = self.pick([f"What was {self.poss(c)} closing price today?",
                               f"{self.poss(c)} share price return in 2024", f"{self.poss(c)} highest close in 2023"])
            else:
                c = self.pick([x for x in nx if x.currency != "USD"] or nx)
                cur = "EUR" if c.currency == "USD" else "USD"
                q = f"What is {self.poss(c)} share price today {self.pick(CURRENCY_WORDS[cur])}?"
            self._add_r26(combo, q, None, "not_permitted", "guest")

    def licence_answers(self):
        combo = "licence: permitted asks x principal (r26)"
        nx = [c for c in self.companies if "NX100" in c.indexes]
        for _ in range(5):
            c = self.pick(nx)
            per, d1, d2 = self.pick(self._R26_RETURNS)
            self._add_r26(combo, f"What was {self.poss(c)} share price return {per}?", f"P_RETURN({d1}, {d2}) FOR {c.ticker}",
                          principal="guest")
        for _ in range(3):  # a screen simply never returns hidden companies (SPEC 6)
            sw, s = self.pick(_sets())
            self._add_r26(combo, f"Which {sw} had a positive share price return in 2024?",
                          f"NAME FOR SCREEN({s}, P_RETURN(2023-12-31, 2024-12-31) > 0)", principal="guest")
        for _ in range(4):
            c = self.pick(self.companies)
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_DEBT"])
            self._add_r26(combo, f"{self.poss(c)} {self.pick(self._R26_NAMES[m])} last year in US dollars",
                          f"{m}(FY2024) FOR {c.ticker} IN USD", principal="analyst-basic")

    # asks near supported ones that FinQL cannot express: a metric SPEC lacks, a forecast, an opinion
    def unsupported_near(self):
        combo = "unsupported near a supported ask (r26)"
        missing = ["EBITDA", "R&D spending", "inventory", "goodwill", "credit rating", "beta", "short interest",
                   "opening price", "intraday high", "analyst price target", "ESG score", "interest expense"]
        for _ in range(12):
            c = self.pick(self.companies)
            k = self.rng.randrange(4)
            if k == 0:
                w = self.pick(missing)
                q = self.pick([f"What was {self.poss(c)} {w} last year?", f"{self.poss(c)} {w} in fiscal 2023"])
            elif k == 1:
                q = self.pick([f"What will {self.poss(c)} share price be at the end of 2025?",
                               f"Forecast {self.poss(c)} sales for fiscal 2027.",
                               f"What will {self.poss(c)} net income be in 2026?",
                               f"Predict {self.poss(c)} stock return next year."])
            elif k == 2:
                q = self.pick([f"Is {self.co(c)} a good investment?", f"Should I buy {self.co(c)} stock?",
                               f"Is {self.co(c)} undervalued?", f"Would you recommend selling {self.co(c)}?"])
            else:
                sw, _s = self.pick(_sets())
                q = self.pick([f"Which {sw} had the highest EBITDA margin last year?",
                               f"Which {sw} are the best stocks to buy now?",
                               f"Which {sw} will grow sales fastest in 2027?"])
            self._add_r26(combo, q, None, "unsupported")

    # --- round 27 (f27g): terms defined in the question, two asks in one, spreadsheet words, fiscal quarters said by
    # their calendar end, "how high / low did ... get", rank direction words, one estimate over another, cash generated,
    # "respectively" and bracketed asides. Appended after round 26's; tagged "r27".

    def _r27(self) -> list:
        """Round 27's combinations (f27g), built after round 26's so its draws do not move."""
        return [self.defined_term_screen, self.defined_term_company, self.two_asks_items, self.two_asks_item_ratio,
                self.spreadsheet_screen, self.spreadsheet_list, self.quarter_said_by_calendar,
                self.quarter_said_by_calendar_return, self.how_high_low_price, self.how_high_low_ratio,
                self.rank_ascending_words, self.rank_descending_words, self.estimate_as_percentage,
                self.estimate_percent_above, self.cash_generated, self.respectively_items_periods,
                self.respectively_thresholds, self.respectively_companies, self.aside_restates, self.aside_adds_condition]

    def _add_r27(self, combo: str, question: str, query: str | None, refusal: str | None = None) -> None:
        """Add a round-27 case (as round 26's: a screen whose gold returns no row is dropped)."""
        n = len(self.cases)
        self._add_r26(combo, question, query, refusal)
        if len(self.cases) > n:
            self.cases[-1]["tags"] = [combo, "r27"]

    # a term defined in the question, then used (the definition's arithmetic, in its own unit)
    _R27_TERMS = [  # (term, definition, FinQL with {p})
        ("leverage", "total debt divided by shareholders' equity", "FF_DEBT({p}) / FF_EQUITY({p})"),
        ("asset cover", "total assets over total liabilities", "FF_ASSETS({p}) / FF_LIABS({p})"),
        ("cash conversion", "free cash flow divided by net income", "FF_FCF({p}) / FF_NET_INC({p})"),
        ("capex intensity", "capital expenditure as a percentage of sales", "FF_CAPEX({p}) / FF_SALES({p}) * 100"),
        ("payout", "dividends per share as a percentage of diluted EPS", "FF_DPS({p}) / FF_EPS({p}) * 100"),
        ("cash cushion", "cash minus debt", "FF_CASH({p}) - FF_DEBT({p})"),
    ]

    def defined_term_screen(self):
        combo = "term defined in the question x screen cond (r27)"
        for _ in range(10):
            term, d, e = self.pick(self._R27_TERMS)
            money = term == "cash cushion"
            if money:
                sw, s, _cur = self.pick([x for x in ONE_CURRENCY_SETS if len(self.set_currencies(x[1])) == 1])
            else:
                sw, s = self.pick(_sets())
            per, p = self.pick([("last year", "FY2024"), ("in fiscal 2023", "FY2023"), ("in FY2022", "FY2022")])
            x = self._threshold(e.format(p=p), s)
            if x is None:
                continue
            up = self.rng.random() < 0.5
            cmpw = "above" if up else "below"
            unit = (" million" if money else "%" if e.endswith("* 100") else "")
            q = self.pick([f"Define {term} as {d}. Which {sw} had {term} {cmpw} {self._num(x)}{unit} {per}?",
                           f"Let's call {d} '{term}'. Which {sw} had {term} {cmpw} {self._num(x)}{unit} {per}?",
                           f"Taking {term} to mean {d}, list the {sw} whose {term} {per} was {cmpw} {self._num(x)}{unit}."])
            self._add_r27(combo, q, f"NAME FOR SCREEN({s}, {e.format(p=p)} {'>' if up else '<'} {x})")

    def defined_term_company(self):
        combo = "term defined in the question x company lookup (r27)"
        for _ in range(8):
            term, d, e = self.pick(self._R27_TERMS)
            c = self.pick(self.companies)
            per, p = self.pick([("last year", "FY2024"), ("in fiscal 2021", "FY2021"), ("in FY2023", "FY2023")])
            q = self.pick([f"Define {term} as {d}. What was {self.poss(c)} {term} {per}?",
                           f"By {term} I mean {d}. What was the {term} of {self.co(c)} {per}?",
                           f"Let's call {d} '{term}'. Show {self.poss(c)} {term} {per}."])
            self._add_r27(combo, q, f"{e.format(p=p)} FOR {c.ticker}")

    # two asks answered by one query (SPEC 4: the gold's items, each a column)
    def two_asks_items(self):
        combo = "two asks in one question: two items x company (r27)"
        for _ in range(10):
            c = self.pick(self.companies)
            m1, m2 = self.sample(list(FUND), 2)
            w1, w2 = self.pick(self._R26_NAMES[m1]), self.pick(self._R26_NAMES[m2])
            per, p = self.pick([("last year", "FY2024"), ("in fiscal 2023", "FY2023"), ("in FY2022", "FY2022")])
            q = self.pick([f"What was {self.poss(c)} {w1} {per}? And what was its {w2}?",
                           f"What was {self.poss(c)} {w1} {per}, and what was its {w2}?",
                           f"What was {self.poss(c)} {w1} {per} and how much was its {w2}?"])
            self._add_r27(combo, q, f"{m1}({p}), {m2}({p}) FOR {c.ticker}")

    _R27_RATIOS = [  # (English, FinQL with {p}) of a fiscal period
        ("net margin", "FF_NET_INC({p}) / FF_SALES({p}) * 100"),
        ("operating margin", "FF_OPER_INC({p}) / FF_SALES({p}) * 100"),
        ("gross margin", "FF_GROSS_INC({p}) / FF_SALES({p}) * 100"),
        ("return on equity", "FF_NET_INC({p}) / FF_EQUITY({p}) * 100"),
    ]

    def two_asks_item_ratio(self):
        combo = "two asks in one question: item and ratio x company (r27)"
        for _ in range(10):
            c = self.pick(self.companies)
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_DEBT", "FF_EMPLOYEES", "FF_CASH"])
            w = self.pick(self._R26_NAMES[m])
            rw, r = self.pick(self._R27_RATIOS)
            per, p = self.pick([("last year", "FY2024"), ("in fiscal 2023", "FY2023"), ("in FY2021", "FY2021")])
            q = self.pick([f"What was {self.poss(c)} {w} {per}, and what was its {rw} that year?",
                           f"What was {self.poss(c)} {w} {per}? And its {rw}?",
                           f"How much was {self.poss(c)} {w} {per}, and what {rw} did it have?"])
            self._add_r27(combo, q, f"{m}({p}), {r.format(p=p)} FOR {c.ticker}")

    # spreadsheet words: columns, rows, filter, sorted by
    def spreadsheet_screen(self):
        combo = "spreadsheet words: columns / filter / sorted by x screen (r27)"
        conds = [("dividend yield", "FG_DIV_YIELD(D0)", "%"), ("P/E", "FG_PE(D0)", ""), ("price-to-book ratio", "FG_PB(D0)", "")]
        cols = [("market cap", "FG_MKT_CAP(D0)"), ("P/E", "FG_PE(D0)"), ("dividend yield", "FG_DIV_YIELD(D0)"),
                ("price-to-book ratio", "FG_PB(D0)")]
        for _ in range(10):
            sw, s, _cur = self.pick([x for x in ONE_CURRENCY_SETS if len(self.set_currencies(x[1])) == 1])
            (cw, ce, unit) = self.pick(conds)
            (kw, ke) = self.pick([x for x in cols if x[1] != ce])
            x = self._threshold(ce, s)
            if x is None:
                continue
            up = self.rng.random() < 0.5
            hi = self.rng.random() < 0.5
            cmpw = self.pick(["above", "greater than"] if up else ["below", "less than"])
            dirw = self.pick(["descending", "high to low"] if hi else ["ascending", "low to high"])
            q = self.pick([f"Make a table of {sw} with columns name and {kw}; filter to {cw} {cmpw} {self._num(x)}{unit}; "
                           f"sort by {kw} {dirw}.",
                           f"Spreadsheet of {sw}: one row per company, a column for {kw}, only rows where {cw} is "
                           f"{cmpw} {self._num(x)}{unit}, sorted by {kw} ({dirw}).",
                           f"Filter {sw} on {cw} {cmpw} {self._num(x)}{unit}, show the {kw} column and sort the rows "
                           f"by it, {dirw}."])
            self._add_r27(combo, q, f"NAME, {ke} FOR SCREEN({s}, {ce} {'>' if up else '<'} {x}) SORT {ke} "
                          f"{'DESC' if hi else 'ASC'}")

    def spreadsheet_list(self):
        combo = "spreadsheet words: rows = companies, columns = items (r27)"
        for _ in range(8):
            cs = self.sample(self.companies, self.pick([2, 3]))
            m1, m2 = self.sample(list(FUND), 2)
            w1, w2 = self.pick(self._R26_NAMES[m1]), self.pick(self._R26_NAMES[m2])
            per, p = self.pick([("for FY2023", "FY2023"), ("for last year", "FY2024"), ("for fiscal 2022", "FY2022")])
            names = [self.co(c) for c in cs]
            who = ", ".join(names[:-1]) + " and " + names[-1]
            q = self.pick([f"Table with rows {who} and columns {w1} and {w2}, {per}.",
                           f"Rows: {who}. Columns: {w1}, {w2}. Period: {per.split(' ', 1)[1]}.",
                           f"Put {who} in the rows and {w1} and {w2} {per} in the columns."])
            self._add_r27(combo, q, f"{m1}({p}), {m2}({p}) FOR {', '.join(c.ticker for c in cs)}")

    # SPEC 5 / docs "Time forms": a fundamentals quarter said by its calendar end is the company's fiscal quarter
    # ending that month (FQ2024Q1 for a December year end, FQ2024Q2 for September, FQ2024Q3 for June, FQ2024Q4 for
    # March); two companies whose quarters differ cannot share one period: refused (unsupported)
    _R27_MONTHS = {3: "March", 6: "June", 9: "September", 12: "December"}

    def quarter_said_by_calendar(self):
        combo = "fundamentals quarter said by its calendar end x fiscal year end (r27)"
        by_fye = defaultdict(list)
        for c in self.companies:
            by_fye[c.fiscal_year_end_month].append(c)
        for fye in sorted(by_fye):
            for _ in range(3):
                c = self.pick(by_fye[fye])
                year, month = self.pick([(2024, 3), (2024, 6), (2023, 9), (2023, 12), (2022, 6)])
                fq = self._fq_ending(c, year, month)
                m = self.pick(FLOWS)
                w = self.pick(self._R26_NAMES[m])
                mw = self._R27_MONTHS[month]
                q = self.pick([f"What was {self.poss(c)} {w} in the quarter ending {mw} {year}?",
                               f"{self.poss(c)} {w} for the three months ended {mw} {year}",
                               f"How much {w} did {self.co(c)} report for the quarter that ended in {mw} {year}?"])
                self._add_r27(combo, q, f"{m}({fq}) FOR {c.ticker}")
        for _ in range(4):
            fa, fb = self.sample(sorted(by_fye), 2)
            a, b = self.pick(by_fye[fa]), self.pick(by_fye[fb])
            m = self.pick(FLOWS)
            q = f"Compare the {self.pick(self._R26_NAMES[m])} of {self.co(a)} and {self.co(b)} in the quarter ending March 2024."
            self._add_r27(combo.replace("x fiscal", "x two companies, different fiscal"), q, None, "unsupported")

    def quarter_said_by_calendar_return(self):
        combo = "price return in the quarter said by its calendar end (r27)"
        ends = {(2024, 3): ("2023-12-31", "2024-03-31"), (2024, 6): ("2024-03-31", "2024-06-30"),
                (2023, 9): ("2023-06-30", "2023-09-30"), (2023, 12): ("2023-09-30", "2023-12-31")}
        for _ in range(6):
            c = self.pick(self.companies)
            (year, month), (d1, d2) = self.pick(list(ends.items()))
            q = self.pick([f"What was {self.poss(c)} share price return in the quarter ending {self._R27_MONTHS[month]} {year}?",
                           f"How did {self.co(c)} stock do in the three months to {self._R27_MONTHS[month]} {year}?"])
            self._add_r27(combo, q, f"P_RETURN({d1}, {d2}) FOR {c.ticker}")

    # "how high / low did X get": P_HIGH / P_LOW are closes only (SPEC 2); of a ratio or market cap, refused
    def how_high_low_price(self):
        combo = "how high / low did the price get x range x company (r27)"
        for _ in range(10):
            c = self.pick(self.companies)
            per, d1, d2 = self.pick(self._R26_RANGES)
            hi = self.rng.random() < 0.5
            f = "P_HIGH" if hi else "P_LOW"
            q = self.pick([f"How {'high' if hi else 'low'} did {self.poss(c)} share price get {per}?",
                           f"How {'high' if hi else 'low'} did {self.co(c)} stock go {per}?",
                           f"How {'high' if hi else 'low'} did {self.poss(c)} closing price get {per}?"])
            self._add_r27(combo, q, f"{f}({d1}, {d2}) FOR {c.ticker}")

    def how_high_low_ratio(self):
        combo = "how high / low did a ratio get (refused: highs of closes only) (r27)"
        for _ in range(8):
            c = self.pick(self.companies)
            per, _d1, _d2 = self.pick(self._R26_RANGES)
            w = self.pick(["P/E", "P/E ratio", "dividend yield", "price-to-book ratio", "market cap"])
            hi = self.rng.random() < 0.5
            q = self.pick([f"How {'high' if hi else 'low'} did {self.poss(c)} {w} get {per}?",
                           f"How {'high' if hi else 'low'} did {self.poss(c)} {w} go {per}?"])
            self._add_r27(combo, q, None, "unsupported")

    # "rank ... by X": the direction words
    def _rank_key(self):
        m = self.pick(["FG_PE", "FG_DIV_YIELD", "FG_PB", "FF_EMPLOYEES", "FE_NUM"])
        w = self.pick(self._R26_NAMES[m])
        if m == "FE_NUM":
            return "the number of analysts covering them", "FE_NUM(FY1)"
        if m == "FF_EMPLOYEES":
            return f"{w} last year", "FF_EMPLOYEES(FY2024)"
        return w, f"{m}(D0)"

    def rank_ascending_words(self):
        combo = "rank by X, ascending words (r27)"
        for _ in range(10):
            sw, s = self.pick(_sets())
            w, k = self._rank_key()
            d = self.pick(["in ascending order", "from low to high", "smallest first", "in increasing order",
                           "lowest to highest"])
            q = self.pick([f"Rank {sw} by {w}, {d}.", f"Rank the {sw} by {w} {d}"])
            self._add_r27(combo, q, f"NAME, {k} FOR SCREEN({s}) SORT {k} ASC")

    def rank_descending_words(self):
        combo = "rank by X, descending words (r27)"
        for _ in range(10):
            sw, s = self.pick(_sets())
            w, k = self._rank_key()
            d = self.pick(["in descending order", "from high to low", "biggest first", "in decreasing order",
                           "highest to lowest"])
            q = self.pick([f"Rank {sw} by {w}, {d}.", f"Rank the {sw} by {w} {d}"])
            self._add_r27(combo, q, f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC")

    # one estimate over another: "as a percentage of" is the quotient in percent, "percent above" the growth
    def estimate_as_percentage(self):
        combo = "estimate as a percentage of another (quotient) x company (r27)"
        forms = [("What is {P} FY2026 consensus EPS as a percentage of its FY2025 consensus EPS?", "FE_EPS(FY2) / FE_EPS(FY1) * 100"),
                 ("{P} consensus sales for fiscal 2026 as a percentage of the fiscal 2025 consensus", "FE_SALES(FY2) / FE_SALES(FY1) * 100"),
                 ("What is {P} consensus revenue for next year as a percentage of last year's revenue?", "FE_SALES(FY1) / FF_SALES(FY2024) * 100"),
                 ("Express {P} consensus EPS for 2026 as a percent of its 2025 consensus EPS.", "FE_EPS(FY2) / FE_EPS(FY1) * 100")]
        for t, g in forms:
            for _ in range(2):
                c = self.pick(self.companies)
                self._add_r27(combo, _cap(t.format(P=self.poss(c))), f"{g} FOR {c.ticker}")

    def estimate_percent_above(self):
        combo = "estimate percent above another (growth) x company (r27)"
        forms = [("By what percentage does {P} FY2026 consensus EPS exceed its FY2025 consensus?", "GROWTH(FE_EPS, FY1, FY2)"),
                 ("How many percent higher is {P} consensus sales estimate for fiscal 2026 than for fiscal 2025?", "GROWTH(FE_SALES, FY1, FY2)"),
                 ("By how much, in percent, is {P} 2026 EPS consensus above the 2025 consensus?", "GROWTH(FE_EPS, FY1, FY2)"),
                 ("How much higher in percent is {P} consensus revenue for next year than last year's revenue?",
                  "(FE_SALES(FY1) / FF_SALES(FY2024) - 1) * 100")]
        for t, g in forms:
            for _ in range(2):
                c = self.pick(self.companies)
                self._add_r27(combo, _cap(t.format(P=self.poss(c))), f"{g} FOR {c.ticker}")

    # cash generated: free cash flow when said; operating cash flow (SPEC has none) and plain "cash generated"
    # (operating or free: two readings) refused
    def cash_generated(self):
        combo = "cash generated: free cash flow / operating (refused) (r27)"
        for _ in range(10):
            c = self.pick(self.companies)
            per, p = self.pick([("last year", "FY2024"), ("in fiscal 2023", "FY2023"), ("in FY2022", "FY2022")])
            k = self.rng.randrange(3)
            if k == 0:
                q = self.pick([f"How much free cash flow did {self.co(c)} generate {per}?",
                               f"What free cash flow was generated by {self.co(c)} {per}?"])
                self._add_r27(combo, q, f"FF_FCF({p}) FOR {c.ticker}")
            elif k == 1:
                q = self.pick([f"How much cash did {self.co(c)} generate from operations {per}?",
                               f"What was {self.poss(c)} operating cash flow {per}?",
                               f"{self.poss(c)} cash flow from operating activities {per}"])
                self._add_r27(combo, q, None, "unsupported")
            else:
                q = self.pick([f"How much cash did {self.co(c)} generate {per}?",
                               f"What was the cash generated by {self.co(c)} {per}?"])
                self._add_r27(combo, q, None, "unsupported")
        for _ in range(3):
            sw, s, _cur = self.pick([x for x in ONE_CURRENCY_SETS if len(self.set_currencies(x[1])) == 1])
            x = self._threshold("FF_FCF(FY2024)", s)
            if x is None or x <= 0:
                continue
            self._add_r27("cash generated: free cash flow x screen (r27)", f"Which {sw} generated more than {self._num(x)} million of "
                          f"free cash flow last year?", f"NAME FOR SCREEN({s}, FF_FCF(FY2024) > {x})")

    # "respectively": items paired with periods (one query), thresholds paired with measures (a screen),
    # items paired with companies (FinQL has one column per item for every row: refused)
    def respectively_items_periods(self):
        combo = "respectively: items x periods x company (r27)"
        for _ in range(8):
            c = self.pick(self.companies)
            m1, m2 = self.sample(list(FUND), 2)
            w1, w2 = self.pick(self._R26_NAMES[m1]), self.pick(self._R26_NAMES[m2])
            (a, pa), (b, pb) = self.pick([(("FY2023", "FY2023"), ("FY2024", "FY2024")),
                                          (("fiscal 2021", "FY2021"), ("fiscal 2022", "FY2022")),
                                          (("FY2024", "FY2024"), ("FY2020", "FY2020"))])
            q = self.pick([f"What were {self.poss(c)} {w1} and {w2} in {a} and {b}, respectively?",
                           f"{self.poss(c)} {w1} and {w2} for {a} and {b} respectively"])
            self._add_r27(combo, q, f"{m1}({pa}), {m2}({pb}) FOR {c.ticker}")

    def respectively_thresholds(self):
        combo = "respectively: two measures x two thresholds x screen (r27)"
        pairs = [("a P/E", "FG_PE(D0)", "below", "<", [15, 20, 25]),
                 ("a dividend yield", "FG_DIV_YIELD(D0)", "above", ">", [1, 2, 3]),
                 ("a price-to-book ratio", "FG_PB(D0)", "below", "<", [2, 3, 5])]
        for _ in range(8):
            sw, s = self.pick(_sets())
            (aw, ae, acw, aop, axs), (bw, be, bcw, bop, bxs) = self.sample(pairs, 2)
            ax, bx = self.pick(axs), self.pick(bxs)
            au = "%" if "YIELD" in ae else ""
            bu = "%" if "YIELD" in be else ""
            if acw == bcw:
                q = f"Which {sw} have {aw} and {bw} {acw} {ax}{au} and {bx}{bu}, respectively?"
            else:
                q = f"Which {sw} have {aw} and {bw} {acw} {ax}{au} and {bcw} {bx}{bu} respectively?"
            self._add_r27(combo, q, f"NAME FOR SCREEN({s}, {ae} {aop} {ax} AND {be} {bop} {bx})")

    def respectively_companies(self):
        combo = "respectively: items x companies (refused) (r27)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            m1, m2 = self.sample(list(FUND), 2)
            q = (f"What were the {self.pick(self._R26_NAMES[m1])} and {self.pick(self._R26_NAMES[m2])} of "
                 f"{self.co(a)} and {self.co(b)} last year, respectively?")
            self._add_r27(combo, q, None, "unsupported")

    # bracketed asides: one that restates what was said is read once; one that adds a condition is applied
    def aside_restates(self):
        combo = "bracketed aside restating a company / set / period (r27)"
        for _ in range(10):
            k = self.rng.randrange(3)
            if k == 0:
                c = self.pick(self.companies)
                m = self.pick(list(FUND))
                q = f"What was {c.name} ({c.ticker})'s {self.pick(self._R26_NAMES[m])} in fiscal 2023?"
                self._add_r27(combo, q, f"{m}(FY2023) FOR {c.ticker}")
            elif k == 1:
                c = self.pick(self.companies)
                m = self.pick(list(FUND))
                per, p = self.pick([("last year (fiscal 2024)", "FY2024"), ("in fiscal 2022 (FY2022)", "FY2022"),
                                    ("last year (FY2024)", "FY2024")])
                q = f"What was {self.poss(c)} {self.pick(self._R26_NAMES[m])} {per}?"
                self._add_r27(combo, q, f"{m}({p}) FOR {c.ticker}")
            else:
                sw, s = self.pick([("banks (the Banks industry)", 'INDUSTRY("Banks")'),
                                   ("utilities (the Utilities sector)", 'SECTOR("Utilities")'),
                                   ("NX100 members (companies in the NX100 index)", "INDEX(NX100)"),
                                   ("airlines (the Airlines industry)", 'INDUSTRY("Airlines")')])
                x = self.pick([10, 15, 20])
                self._add_r27(combo, f"Which {sw} have a P/E below {x}?", f"NAME FOR SCREEN({s}, FG_PE(D0) < {x})")

    def aside_adds_condition(self):
        combo = "bracketed aside adding a condition (applied) x screen (r27)"
        extra = [("only those with a dividend yield above 2%", "FG_DIV_YIELD(D0) > 2"),
                 ("only those with positive net income last year", "FF_NET_INC(FY2024) > 0"),
                 ("just the ones with more than 5,000 employees", "FF_EMPLOYEES(FY2024) > 5000"),
                 ("only those with a price-to-book ratio under 3", "FG_PB(D0) < 3")]
        for _ in range(10):
            sw, s = self.pick(_sets())
            aw, ac = self.pick(extra)
            x = self.pick([15, 20, 25])
            q = self.pick([f"Which {sw} ({aw}) have a P/E below {x}?", f"Which {sw} have a P/E below {x} ({aw})?"])
            self._add_r27(combo, q, f"NAME FOR SCREEN({s}, FG_PE(D0) < {x} AND {ac})")

    # --- round 28 (f28g): a constant operand, two limits in two sentences, growth "from FY X" with and without an
    # end, "versus <year>", arithmetic across companies (refused), "A and B or C" without commas, conditions with
    # periods of their own, IN with two currencies and a difference, SORT by an estimate, TOP N by growth over a
    # relative span, trading-day windows in screens; each draw said plainly and in three voices (a lawyer's defined
    # terms, an engineer's "where" / "inclusive" / "limit", a sales rep's casual words and typos). Appended after
    # round 27's; tagged "r28" and the voice ("plain", "lawyer", "engineer", "sales").

    def _r28(self) -> list:
        """Round 28's combinations (f28g), built after round 27's so its draws do not move."""
        return [self.const_arith_company, self.const_cond_screen, self.two_limits_two_sentences,
                self.limit_corrected, self.growth_from_year_with_end, self.growth_from_year_no_end,
                self.price_versus_date, self.fundamentals_versus_year, self.cross_company_arith,
                self.same_expr_two_companies, self.and_or_no_commas, self.or_and_no_commas,
                self.conds_own_periods, self.currency_two_companies_difference, self.sort_by_estimate,
                self.top_growth_relative_span, self.trading_days_screen, self.near_high_screen,
                self.between_inclusive_screen, self.absolute_change_currency]

    _R28_VOICES = ("plain", "lawyer", "engineer", "sales")

    def _add_r28(self, combo: str, qs: dict, query: str | None, refusal: str | None = None) -> None:
        """Add one draw of a round-28 combination, said in each voice of ``qs`` (voice -> question; a screen whose
        gold returns no row is dropped, as in rounds 25-27)."""
        for voice in self._R28_VOICES:
            if voice not in qs:
                continue
            n = len(self.cases)
            self._add_r26(combo, qs[voice], query, refusal)
            if len(self.cases) > n:
                self.cases[-1]["tags"] = [combo, "r28", voice]

    _R28_TYPOS = {"revenue": "revenu", "dividend yield": "divident yield", "net income": "net incom",
                  "P/E": "pe", "sales": "sales", "share price": "shareprice", "debt": "debt", "equity": "equity",
                  "market cap": "mkt cap", "free cash flow": "free cashflow", "operating income": "operating incme"}

    def _casual(self, w: str) -> str:
        """A sales rep's spelling of a measure's words (one typo where the table has one)."""
        return self._R28_TYPOS.get(w, w)

    def _lawyer_co(self, c) -> tuple[str, str]:
        """(definition, reference) of a company in a lawyer's words: 'Acme Corp (the "Company")', 'the Company'."""
        return f'{c.name} (the "Company")', "the Company"

    # a constant operand (SPEC 2: expr := NUMBER | call | expr op expr)
    def const_arith_company(self):
        combo = "constant operand in arithmetic x company (r28)"
        forms = [  # (plain, lawyer, engineer, sales, FinQL): {P} possessive, {C} company, {L}/{R} lawyer's
            ("What is 100 divided by {P} P/E ratio today?",
             "Provide, for {L}, the quotient of 100 divided by {R}'s current price-to-earnings ratio.",
             "compute 100 / pe for {T} where date = today",
             "can u do 100 divided by {C} pe today", "100 / FG_PE(D0)"),
            ("What were {P} sales last year in billions?",
             "State the sales of {L} for fiscal year 2024, expressed in billions.",
             "{T} sales FY2024 / 1000 (billions)",
             "whats {C} revenu last yr in billions?", "FF_SALES(FY2024) / 1000"),
            ("What is twice {P} debt at the end of fiscal 2023?",
             "Provide two times the total debt of {L} as of the end of fiscal year 2023.",
             "compute 2 * debt for {T} where period = FY2023",
             "whats 2x {C} debt for fiscal 2023", "2 * FF_DEBT(FY2023)"),
            ("What is {P} market cap today in billions?",
             "State the market capitalization of {L} as of today, expressed in billions.",
             "{T} market cap today / 1000 (billions)",
             "{C} mkt cap now in billions pls", "FG_MKT_CAP(D0) / 1000"),
            ("What is half of {P} cash last year?",
             "Provide one half of the cash of {L} for fiscal year 2024.",
             "compute cash / 2 for {T} where period = FY2024",
             "half of {C} cash last yr?", "FF_CASH(FY2024) / 2"),
        ]
        for pl, lw, en, sa, g in forms:
            for _ in range(2):
                c = self.pick(self.companies)
                lq, lr = self._lawyer_co(c)
                fmt = {"P": self.poss(c), "C": self.co(c, 0).lower(), "T": c.ticker, "L": lq, "R": lr}
                self._add_r28(combo, {"plain": _cap(pl.format(**fmt)), "lawyer": lw.format(**fmt),
                                      "engineer": en.format(**fmt), "sales": sa.format(**fmt)}, f"{g} FOR {c.ticker}")

    def const_cond_screen(self):
        combo = "constant operand in a screen condition (r28)"
        forms = [  # (plain, lawyer, engineer, sales, cond)
            ("Which {S} had debt more than twice their equity last year?",
             "Identify each of the {S} (each, a \"Company\") whose total debt for fiscal year 2024 exceeded two times "
             "such Company's shareholders' equity for fiscal year 2024.",
             "list {S} where debt(FY2024) > 2 * equity(FY2024)",
             "which {S} got debt over 2x their equity last yr?", "FF_DEBT(FY2024) > 2 * FF_EQUITY(FY2024)"),
            ("Which {S} had cash above half of their debt last year?",
             "Identify each of the {S} whose cash for fiscal year 2024 exceeded one half of its total debt for fiscal "
             "year 2024.",
             "list {S} where cash(FY2024) > 0.5 * debt(FY2024)",
             "{S} w/ cash more than half there debt last yr", "FF_CASH(FY2024) > 0.5 * FF_DEBT(FY2024)"),
            ("Which {S} have an earnings yield, 100 divided by the P/E, above {X}?",
             "Identify each of the {S} whose earnings yield (as used herein, 100 divided by the current "
             "price-to-earnings ratio) exceeds {X}.",
             "list {S} where 100 / pe > {X}",
             "which {S} have 100 divided by pe over {X}?", "100 / FG_PE(D0) > {X}"),
        ]
        for pl, lw, en, sa, g in forms:
            for _ in range(3):
                sw, s = self.pick(_sets())
                x = self.pick([5, 6, 8]) if "FG_PE" in g else None
                fmt = {"S": sw, "X": x}
                self._add_r28(combo, {"plain": pl.format(**fmt), "lawyer": lw.format(**fmt),
                                      "engineer": en.format(**fmt), "sales": sa.format(**fmt)},
                              f"NAME FOR SCREEN({s}, {g.format(X=x)})")

    # two limits on one measure, said in two sentences: both apply (AND)
    _R28_RANGES = [("P/E", "price-to-earnings ratio", "pe", "FG_PE(D0)", [(8, 15), (10, 20), (12, 25)], ""),
                   ("dividend yield", "dividend yield", "divident yield", "FG_DIV_YIELD(D0)", [(1, 4), (2, 5), (1, 3)], "%"),
                   ("price-to-book ratio", "price-to-book ratio", "p/b", "FG_PB(D0)", [(1, 3), (0.5, 2), (1, 4)], "")]

    def two_limits_two_sentences(self):
        combo = "two limits on one measure in two sentences (r28)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            w, lw, sw_, e, rs, u = self.pick(self._R28_RANGES)
            a, b = self.pick(rs)
            qs = {"plain": self.pick([f"Which {sw} have a {w} above {a}{u}? Of those, which have a {w} below {b}{u}?",
                                      f"List {sw} with a {w} above {a}{u}. Keep only those with a {w} below {b}{u}."]),
                  "lawyer": f"Identify the {sw} whose {lw} exceeds {a}{u}. Of such companies, identify those whose "
                            f"{lw} is less than {b}{u}.",
                  "engineer": f"select {sw} where {w} > {a}{u}. then filter where {w} < {b}{u}.",
                  "sales": f"{sw} with {sw_} over {a}{u}? and then only the ones under {b}{u}"}
            self._add_r28(combo, qs, f"NAME FOR SCREEN({s}, {e} > {a} AND {e} < {b})")

    def limit_corrected(self):
        combo = "a limit corrected in a second sentence (the second only) (r28)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            w, lw, sw_, e, rs, u = self.pick(self._R28_RANGES[::2])  # P/E, P/B: "below"
            a, b = self.pick(rs)
            qs = {"plain": f"Which {sw} have a {w} below {a}{u}? Sorry, I meant below {b}{u}.",
                  "lawyer": f"Identify the {sw} whose {lw} is less than {a}{u}; provided, however, that the foregoing "
                            f"threshold is hereby amended to {b}{u}.",
                  "engineer": f"list {sw} where {w} < {a}{u}. correction: the limit is {b}{u}, not {a}{u}.",
                  "sales": f"{sw} with {sw_} under {a}{u}.. wait no, make that under {b}{u}"}
            self._add_r28(combo, qs, f"NAME FOR SCREEN({s}, {e} < {b})")

    # growth "from FY X": to the named end, or with no end to the latest fiscal year (FY2024)
    def growth_from_year_with_end(self):
        combo = "growth from FY X to FY Y x company (r28)"
        for _ in range(5):
            c, m = self.pick(self.companies), self.pick(FLOWS)
            w = self.pick(self._R26_NAMES[m])
            a = self.pick([2019, 2020, 2021])
            b = self.pick([2022, 2023, 2024])
            lq, lr = self._lawyer_co(c)
            qs = {"plain": f"What was the growth in {self.poss(c)} {w} from fiscal {a} to fiscal {b}?",
                  "lawyer": f"State the percentage growth of the {w} of {lq} from fiscal year {a} to fiscal year {b}.",
                  "engineer": f"{c.ticker} {w} growth %, from FY{a} to FY{b}",
                  "sales": f"how much did {self.co(c, 0).lower()} grow {self._casual(w)} from {a} to {b}?"}
            self._add_r28(combo, qs, f"GROWTH({m}, FY{a}, FY{b}) FOR {c.ticker}")

    def growth_from_year_no_end(self):
        combo = "growth from FY X with no end (to last year) x company (r28)"
        for _ in range(5):
            c, m = self.pick(self.companies), self.pick(FLOWS)
            w = self.pick(self._R26_NAMES[m])
            a = self.pick([2019, 2020, 2021, 2022])
            lq, lr = self._lawyer_co(c)
            qs = {"plain": self.pick([f"What was the growth in {self.poss(c)} {w} from fiscal {a}?",
                                      f"How much has {self.poss(c)} {w} grown since fiscal {a}, in percent?"]),
                  "lawyer": f"State the percentage growth of the {w} of {lq} from fiscal year {a} through the most "
                            f"recent fiscal year.",
                  "engineer": f"{c.ticker} {w} growth % from FY{a} to latest FY",
                  "sales": f"{self.co(c, 0).lower()} {self._casual(w)} growth since {a}?"}
            self._add_r28(combo, qs, f"GROWTH({m}, FY{a}, FY2024) FOR {c.ticker}")

    # "versus": two values side by side, or (with "change ... in percent") the return / growth between them
    def price_versus_date(self):
        combo = "share price today versus a past date (values / change) x company (r28)"
        dates = [("the end of 2023", "2023-12-31"), ("the end of 2022", "2022-12-31"), ("June 28, 2024", "2024-06-28")]
        for _ in range(6):
            c = self.pick(self.companies)
            dw, d = self.pick(dates)
            lq, lr = self._lawyer_co(c)
            if self.rng.random() < 0.5:
                qs = {"plain": f"{self.poss(c)} share price today versus {dw}",
                      "lawyer": f"State the closing share price of {lq} as of today and, for comparison, as of {dw}.",
                      "engineer": f"{c.ticker} close: today vs {dw}",
                      "sales": f"{self.co(c, 0).lower()} shareprice now vs {dw}?"}
                g = f"P_PRICE(D0), P_PRICE({d})"
            else:
                qs = {"plain": f"By how much, in percent, has {self.poss(c)} share price changed today versus {dw}?",
                      "lawyer": f"State the percentage change in the share price of {lq} as of today versus {dw}.",
                      "engineer": f"{c.ticker} price change % today vs {dw}",
                      "sales": f"how much % is {self.co(c, 0).lower()} stock up or down now vs {dw}?"}
                g = f"P_RETURN({d}, D0)"
            self._add_r28(combo, qs, f"{g} FOR {c.ticker}")

    def fundamentals_versus_year(self):
        combo = "fundamentals versus another year (values / growth) x company (r28)"
        for _ in range(6):
            c, m = self.pick(self.companies), self.pick(FLOWS)
            w = self.pick(self._R26_NAMES[m])
            a = self.pick([2020, 2021, 2022])
            lq, lr = self._lawyer_co(c)
            if self.rng.random() < 0.5:
                qs = {"plain": f"{self.poss(c)} {w} in fiscal 2024 versus fiscal {a}",
                      "lawyer": f"State the {w} of {lq} for fiscal year 2024 and, for comparison, for fiscal year {a}.",
                      "engineer": f"{c.ticker} {w}: FY2024 vs FY{a}",
                      "sales": f"{self.co(c, 0).lower()} {self._casual(w)} 2024 vs {a}?"}
                g = f"{m}(FY2024), {m}(FY{a})"
            else:
                qs = {"plain": f"By what percentage did {self.poss(c)} {w} change in fiscal 2024 versus fiscal {a}?",
                      "lawyer": f"State the percentage change in the {w} of {lq} for fiscal year 2024 versus fiscal "
                                f"year {a}.",
                      "engineer": f"{c.ticker} {w} % change FY2024 vs FY{a}",
                      "sales": f"how much % did {self.co(c, 0).lower()} {self._casual(w)} change 2024 vs {a}?"}
                g = f"GROWTH({m}, FY{a}, FY2024)"
            self._add_r28(combo, qs, f"{g} FOR {c.ticker}")

    # one company's item over (minus) another company's: FinQL's expressions are of one company per row (SPEC 3):
    # refused (unsupported); the same expression for each of two companies is answered
    def cross_company_arith(self):
        combo = "arithmetic across two companies (refused) (r28)"
        for _ in range(6):
            a, b = self.sample(self.companies, 2)
            m1, m2 = self.pick([("FF_NET_INC", "FF_SALES"), ("FF_SALES", "FF_SALES"), ("FF_DEBT", "FF_EQUITY")])
            w1, w2 = self.pick(self._R26_NAMES[m1]), self.pick(self._R26_NAMES[m2])
            op, opw = self.pick([("/", "divided by"), ("-", "minus")])
            qs = {"plain": f"What is {self.poss(a)} {w1} last year {opw} {self.poss(b)} {w2}?",
                  "lawyer": f'Provide the {w1} of {a.name} (the "First Company") for fiscal year 2024 {opw} the {w2} '
                            f'of {b.name} (the "Second Company") for the same fiscal year.',
                  "engineer": f"compute {a.ticker}.{w1.replace(' ', '_')}(FY2024) {op} {b.ticker}.{w2.replace(' ', '_')}(FY2024)",
                  "sales": f"{self.co(a, 0).lower()} {self._casual(w1)} {opw} {self.co(b, 0).lower()} {self._casual(w2)} last yr?"}
            self._add_r28(combo, qs, None, "unsupported")

    def same_expr_two_companies(self):
        combo = "the same expression for each of two companies (near the refusal) (r28)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            m1, m2 = self.pick([("FF_NET_INC", "FF_SALES"), ("FF_DEBT", "FF_EQUITY"), ("FF_CAPEX", "FF_SALES")])
            w1, w2 = self._R26_NAMES[m1][0], self._R26_NAMES[m2][0]
            qs = {"plain": f"What was {w1} divided by {w2} last year for {self.co(a)} and {self.co(b)}?",
                  "lawyer": f'For each of {a.name} and {b.name} (each, a "Company"), provide such Company\'s {w1} '
                            f"divided by its {w2} for fiscal year 2024.",
                  "engineer": f"{w1} / {w2} for {a.ticker}, {b.ticker} where period = FY2024",
                  "sales": f"{self._casual(w1)} divided by {self._casual(w2)} last yr for {self.co(a, 0).lower()} and "
                           f"{self.co(b, 0).lower()}?"}
            self._add_r28(combo, qs, f"{m1}(FY2024) / {m2}(FY2024) FOR {a.ticker}, {b.ticker}")

    # "A and B or C" without commas: AND binds tighter than OR (SPEC 2's grammar; docs "Conditions")
    _R28_CONDS = [("a P/E below 20", "a price-to-earnings ratio of less than 20", "pe < 20", "pe under 20", "FG_PE(D0) < 20"),
                  ("a dividend yield above 2%", "a dividend yield exceeding 2%", "yield > 2%", "divident yield over 2%",
                   "FG_DIV_YIELD(D0) > 2"),
                  ("positive net income last year", "net income greater than zero for fiscal year 2024",
                   "net_income(FY2024) > 0", "positive net incom last yr", "FF_NET_INC(FY2024) > 0"),
                  ("a price-to-book ratio below 3", "a price-to-book ratio of less than 3", "p/b < 3", "p/b under 3",
                   "FG_PB(D0) < 3")]

    def _and_or(self, combo: str, and_first: bool):
        for _ in range(6):
            sw, s = self.pick(_sets())
            a, b, c = self.sample(self._R28_CONDS, 3)
            if and_first:
                j1, j2, g = "and", "or", f"{a[4]} AND {b[4]} OR {c[4]}"
            else:
                j1, j2, g = "or", "and", f"{a[4]} OR {b[4]} AND {c[4]}"
            qs = {"plain": f"Which {sw} have {a[0]} {j1} {b[0]} {j2} {c[0]}?",
                  "lawyer": f"Identify the {sw} having {a[1]} {j1} {b[1]} {j2} {c[1]}.",
                  "engineer": f"list {sw} where {a[2]} {j1} {b[2]} {j2} {c[2]}",
                  "sales": f"{sw} w/ {a[3]} {j1} {b[3]} {j2} {c[3]}?"}
            self._add_r28(combo, qs, f"NAME FOR SCREEN({s}, {g})")

    def and_or_no_commas(self):
        self._and_or("A and B or C without commas: (A AND B) OR C (r28)", True)

    def or_and_no_commas(self):
        self._and_or("A or B and C without commas: A OR (B AND C) (r28)", False)

    # a condition with its own period beside another with another period
    def conds_own_periods(self):
        combo = "two conditions, each with its own period x screen (r28)"
        first = [("a dividend yield above 2% at the end of 2023", "a dividend yield exceeding 2% as of December 31, 2023",
                  "yield(2023-12-31) > 2%", "divident yield over 2% end of 2023", "FG_DIV_YIELD(2023-12-31) > 2"),
                 ("a P/E below 20 on June 28, 2024", "a price-to-earnings ratio of less than 20 as of June 28, 2024",
                  "pe(2024-06-28) < 20", "pe under 20 on june 28 2024", "FG_PE(2024-06-28) < 20"),
                 ("a positive share price return in 2023", "a positive share price return for calendar year 2023",
                  "return(2023) > 0", "stock up in 2023", "P_RETURN(2022-12-31, 2023-12-31) > 0")]
        second = [("positive net income in fiscal 2022", "net income greater than zero for fiscal year 2022",
                   "net_income(FY2022) > 0", "positive net incom in 2022", "FF_NET_INC(FY2022) > 0"),
                  ("sales growth above 5% last year", "sales growth exceeding 5% for fiscal year 2024",
                   "sales_growth(FY2023->FY2024) > 5%", "sales growth over 5% last yr", "GROWTH(FF_SALES, FY2023, FY2024) > 5"),
                  ("more than 5,000 employees in fiscal 2021", "more than 5,000 employees for fiscal year 2021",
                   "employees(FY2021) > 5000", "over 5000 employees back in 2021", "FF_EMPLOYEES(FY2021) > 5000")]
        for _ in range(6):
            sw, s = self.pick(_sets())
            a, b = self.pick(first), self.pick(second)
            qs = {"plain": f"Which {sw} had {a[0]} and {b[0]}?",
                  "lawyer": f"Identify the {sw} having {a[1]} and {b[1]}.",
                  "engineer": f"list {sw} where {a[2]} and {b[2]}",
                  "sales": f"{sw} with {a[3]} and {b[3]}?"}
            self._add_r28(combo, qs, f"NAME FOR SCREEN({s}, {a[4]} AND {b[4]})")

    # IN with two companies of different currencies and a difference of two items per company (SPEC 3: IN converts
    # each money value at its period's end)
    def currency_two_companies_difference(self):
        combo = "difference of two items x two companies of different currencies x IN currency (r28)"
        for _ in range(6):
            a = self.pick(self.companies)
            others = [c for c in self.companies if c.currency != a.currency]
            b = self.pick(others)
            m1, m2 = self.pick([("FF_SALES", "FF_CAPEX"), ("FF_CASH", "FF_DEBT"), ("FF_ASSETS", "FF_LIABS"),
                                ("FF_OPER_INC", "FF_NET_INC")])
            w1, w2 = self._R26_NAMES[m1][0], self._R26_NAMES[m2][0]
            cur = self.pick([x for x in ("USD", "EUR", "GBP") if x not in (a.currency, b.currency)] or ["USD"])
            cw = self.pick(CURRENCY_WORDS[cur])
            qs = {"plain": f"What was {w1} minus {w2} last year for {self.co(a)} and {self.co(b)}, {cw}?",
                  "lawyer": f'For each of {a.name} and {b.name} (each, a "Company"), state such Company\'s {w1} less '
                            f"its {w2} for fiscal year 2024, expressed {cw}.",
                  "engineer": f"{w1} - {w2} for {a.ticker}, {b.ticker} where period = FY2024, currency {cur}",
                  "sales": f"{self._casual(w1)} minus {self._casual(w2)} last yr for {self.co(a, 0).lower()} and "
                           f"{self.co(b, 0).lower()} {cw} pls"}
            self._add_r28(combo, qs, f"{m1}(FY2024) - {m2}(FY2024) FOR {a.ticker}, {b.ticker} IN {cur}")

    # SORT by an estimate (a money estimate over several currencies is ranked in USD: the docstring's convention)
    def sort_by_estimate(self):
        combo = "SORT (no TOP) by an estimate x screen (r28)"
        keys = [("the number of analysts covering them", "analyst coverage", "analysts", "FE_NUM(FY1)", False),
                ("next year's consensus EPS estimate", "the consensus EPS estimate for fiscal year 2025",
                 "eps_est(FY1)", "FE_EPS(FY1)", True),
                ("the consensus sales estimate for fiscal 2026", "the consensus sales estimate for fiscal year 2026",
                 "sales_est(FY2)", "FE_SALES(FY2)", True),
                ("expected sales growth from fiscal 2025 to fiscal 2026",
                 "the expected growth of consensus sales from fiscal year 2025 to fiscal year 2026",
                 "growth(sales_est, FY1, FY2)", "GROWTH(FE_SALES, FY1, FY2)", False)]
        for _ in range(6):
            sw, s = self.pick(_sets())
            kw, klw, kew, k, money = self.pick(keys)
            hi = self.rng.random() < 0.5
            cur = " IN USD" if money and len(self.set_currencies(s)) > 1 else ""
            inw = ", in US dollars" if cur else ""
            qs = {"plain": f"Sort the {sw} by {kw}{inw}, {'highest' if hi else 'lowest'} first.",
                  "lawyer": f"List the {sw}, ordered by {klw}{inw}, in {'descending' if hi else 'ascending'} order.",
                  "engineer": f"select {sw} order by {kew} {'desc' if hi else 'asc'}{' (USD)' if cur else ''}",
                  "sales": f"can u sort {sw} by {kw}{inw}, {'biggest' if hi else 'smallest'} first"}
            self._add_r28(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} {'DESC' if hi else 'ASC'}{cur}")

    # TOP N by growth over a relative span ("over the last three years" is FY2021 to FY2024: dev0318)
    def top_growth_relative_span(self):
        combo = "TOP N by growth over a relative span x screen (r28)"
        spans = [("over the last three years", "over the three fiscal years ended fiscal year 2024", "last 3 years",
                  "FY2021", "FY2024"),
                 ("from two years ago to last year", "from fiscal year 2023 to fiscal year 2024", "FY-1 to FY0",
                  "FY2023", "FY2024"),
                 ("from four years ago to last year", "from fiscal year 2021 to fiscal year 2024", "FY-3 to FY0",
                  "FY2021", "FY2024"),
                 ("over the last two years", "over the two fiscal years ended fiscal year 2024", "last 2 years",
                  "FY2022", "FY2024")]
        for _ in range(6):
            sw, s = self.pick(_sets())
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_EPS"])
            w = self._R26_NAMES[m][0]
            spw, spl, spe, p1, p2 = self.pick(spans)
            n = self.pick([3, 5])
            key = f"GROWTH({m}, {p1}, {p2})"
            qs = {"plain": f"Which {NUM_WORDS[n]} {sw} grew {w} the most {spw}?",
                  "lawyer": f"Identify the {NUM_WORDS[n]} {sw} with the highest percentage growth in {w} {spl}.",
                  "engineer": f"{sw}: sort by {w} growth ({spe}) desc, limit {n}",
                  "sales": f"top {n} {sw} by {self._casual(w)} growth {spw}?"}
            self._add_r28(combo, qs, f"NAME, {key} FOR SCREEN({s}) SORT {key} DESC TOP {n}")

    # trading-day windows in screens (SPEC 5: "the last N trading days" is D-N to D0)
    def trading_days_screen(self):
        combo = "screen: trading-day window cond x another cond (r28)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            n = self.pick([10, 20, 60])
            x = self.pick([0, 2, 5])
            k = self.rng.randrange(2)
            if k == 0:
                other, olw, oe, osa, oc = ("a P/E below 25", "a price-to-earnings ratio of less than 25", "pe < 25",
                                            "pe under 25", "FG_PE(D0) < 25")
            else:
                other, olw, oe, osa, oc = ("positive net income last year", "net income greater than zero for fiscal "
                                            "year 2024", "net_income(FY2024) > 0", "positive net incom last yr",
                                            "FF_NET_INC(FY2024) > 0")
            qs = {"plain": f"Which {sw} returned more than {x}% over the last {n} trading days and have {other}?",
                  "lawyer": f"Identify the {sw} whose share price return over the {n} trading days ended on the most "
                            f"recent trading day exceeded {x}% and that have {olw}.",
                  "engineer": f"list {sw} where return(D-{n}, D0) > {x}% and {oe}",
                  "sales": f"{sw} up more than {x}% last {n} trading days with {osa}?"}
            self._add_r28(combo, qs, f"NAME FOR SCREEN({s}, P_RETURN(D-{n}, D0) > {x} AND {oc})")

    def near_high_screen(self):
        combo = "screen: price within X% of its N-trading-day high (constant operand) (r28)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            n = self.pick([20, 60, 120])
            x = self.pick([5, 10])
            f = 1 - x / 100
            qs = {"plain": f"Which {sw} have a share price within {x}% of their highest close of the last {n} trading days?",
                  "lawyer": f"Identify the {sw} whose closing share price as of the most recent trading day is at least "
                            f"{100 - x}% of the highest closing price during the {n} trading days then ended.",
                  "engineer": f"list {sw} where price(D0) >= {f:g} * high(D-{n}, D0)",
                  "sales": f"{sw} trading within {x}% of there {n}-day high?"}
            self._add_r28(combo, qs, f"NAME FOR SCREEN({s}, P_PRICE(D0) >= {f:g} * P_HIGH(D-{n}, D0))")

    # "between A and B inclusive" (>= and <=)
    def between_inclusive_screen(self):
        combo = "screen: between A and B inclusive (>= and <=) (r28)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            w, lw, sw_, e, rs, u = self.pick(self._R28_RANGES)
            a, b = self.pick(rs)
            qs = {"plain": f"Which {sw} have a {w} between {a}{u} and {b}{u}, inclusive?",
                  "lawyer": f"Identify the {sw} whose {lw} is not less than {a}{u} and not more than {b}{u}.",
                  "engineer": f"list {sw} where {w} between {a}{u} and {b}{u} inclusive",
                  "sales": f"{sw} with {sw_} from {a}{u} to {b}{u} (inclusive)"}
            self._add_r28(combo, qs, f"NAME FOR SCREEN({s}, {e} >= {a} AND {e} <= {b})")

    # the absolute change of an item between two years, in a currency (SPEC 3: each value at its own period's rate)
    def absolute_change_currency(self):
        combo = "absolute change of an item between two years x company x IN currency (r28)"
        for _ in range(5):
            c = self.pick([x for x in self.companies if x.currency != "USD"])
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_CASH", "FF_DEBT"])
            w = self._R26_NAMES[m][0]
            a = self.pick([2021, 2022, 2023])
            lq, lr = self._lawyer_co(c)
            qs = {"plain": f"By how much did {self.poss(c)} {w} change from fiscal {a} to fiscal 2024, in US dollars?",
                  "lawyer": f"State the amount by which the {w} of {lq} for fiscal year 2024 differs from its {w} for "
                            f"fiscal year {a}, expressed in US dollars.",
                  "engineer": f"{c.ticker} {w}(FY2024) - {w}(FY{a}) in USD",
                  "sales": f"how much did {self.co(c, 0).lower()} {self._casual(w)} go up or down from {a} to 2024 in usd?"}
            self._add_r28(combo, qs, f"{m}(FY2024) - {m}(FY{a}) FOR {c.ticker} IN USD")

    def _r29(self) -> list:
        """Round 29's combinations (f29g), built after round 28's so its draws do not move."""
        return [self.ytd_high_and_return, self.ytd_price_below_high_screen, self.named_period_return_two_companies,
                self.named_period_returns_compared_screen, self.high_date_range_and_trading_days,
                self.price_as_percent_of_period_high, self.high_over_low_named_period,
                self.currency_estimate_cond_expr_sort, self.top_margin_change_relative_span,
                self.top_cagr_relative_span, self.expected_vs_actual_growth_company,
                self.expected_vs_actual_growth_screen, self.items_x_years_company, self.items_x_quarters_companies,
                self.non_country_set, self.non_condition_words, self.either_or_then_and_words,
                self.both_and_or_else_words, self.set_union_cond_sort, self.mkt_cap_date_two_companies_currency,
                self.top_ltm_money_currency]

    _R29_VOICES = ("plain", "auditor-memo", "chat-terse", "non-native")

    def _add_r29(self, combo: str, qs: dict, query: str | None, refusal: str | None = None) -> None:
        """Add one draw of a round-29 combination, said in each voice of ``qs`` (voice -> question; a screen whose
        gold returns no row is dropped, as in rounds 25-28)."""
        for voice in self._R29_VOICES:
            if voice not in qs:
                continue
            n = len(self.cases)
            self._add_r26(combo, qs[voice], query, refusal)
            if len(self.cases) > n:
                self.cases[-1]["tags"] = [combo, "r29", voice]

    # named calendar periods of a price (SPEC 5): (plain, terse, return (d1, d2), high/low (d1, d2))
    _R29_PERIODS = [("in July 2023", "jul 2023", ("2023-06-30", "2023-07-31"), ("2023-07-01", "2023-07-31")),
                    ("during May 2024", "may 2024", ("2024-04-30", "2024-05-31"), ("2024-05-01", "2024-05-31")),
                    ("in the third quarter of 2023", "Q3 2023", ("2023-06-30", "2023-09-30"),
                     ("2023-07-01", "2023-09-30")),
                    ("in Q4 2022", "Q4 2022", ("2022-09-30", "2022-12-31"), ("2022-10-01", "2022-12-31")),
                    ("in the first half of 2024", "H1 2024", ("2023-12-31", "2024-06-30"),
                     ("2024-01-01", "2024-06-30")),
                    ("in the second half of 2022", "H2 2022", ("2022-06-30", "2022-12-31"),
                     ("2022-07-01", "2022-12-31"))]

    # year to date (SPEC 5: the year of D0): a high of its days and a return from the close before it
    def ytd_high_and_return(self):
        combo = "year-to-date high or low and year-to-date return x company (r29)"
        for _ in range(6):
            c = self.pick(self.companies)
            hi = self.rng.random() < 0.5
            hw, f = ("highest", "P_HIGH") if hi else ("lowest", "P_LOW")
            qs = {"plain": f"What are {self.poss(c)} {hw} closing price year to date and its share price return year "
                           f"to date?",
                  "auditor-memo": f"For the working papers, please document {c.name}'s {hw} closing share price for "
                                  f"the year to date and its year-to-date share price return.",
                  "chat-terse": f"{c.ticker} ytd {'high' if hi else 'low'} + ytd return",
                  "non-native": f"Please tell me the {hw} close of {c.name} for the year to date and also how much "
                                f"return the share made year to date."}
            self._add_r29(combo, qs, f"{f}(2024-01-01, D0), P_RETURN(2023-12-31, D0) FOR {c.ticker}")

    def ytd_price_below_high_screen(self):
        combo = "screen: price more than X% below its year-to-date high (r29)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            x = self.pick([10, 15, 20])
            f = 1 - x / 100
            qs = {"plain": f"Which {sw} trade more than {x}% below their year-to-date high?",
                  "auditor-memo": f"Please list, for our file, the {sw} whose closing share price today is more than "
                                  f"{x}% below the highest close of the year to date.",
                  "chat-terse": f"{sw} >{x}% off ytd high",
                  "non-native": f"Which {sw} have the price today more than {x}% under the highest close of the "
                                f"year to date?"}
            self._add_r29(combo, qs, f"NAME FOR SCREEN({s}, P_PRICE(D0) < {f:g} * P_HIGH(2024-01-01, D0))")

    # returns over a named month / quarter / half (SPEC 5: from the close before the period to its end)
    def named_period_return_two_companies(self):
        combo = "return x named month/quarter/half x two companies (r29)"
        for _ in range(6):
            a, b = self.sample(self.companies, 2)
            pw, pt, (d1, d2), _hl = self.pick(self._R29_PERIODS)
            qs = {"plain": f"Compare the share price returns of {self.co(a)} and {self.co(b)} {pw}.",
                  "auditor-memo": f"Please confirm the share price returns of {a.name} and {b.name} {pw} for the "
                                  f"audit file.",
                  "chat-terse": f"{a.ticker} vs {b.ticker} return {pt}",
                  "non-native": f"How much was the return of the shares of {a.name} and of {b.name} {pw}?"}
            self._add_r29(combo, qs, f"P_RETURN({d1}, {d2}) FOR {a.ticker}, {b.ticker}")

    def named_period_returns_compared_screen(self):
        combo = "screen: return in one named period above the return in another (r29)"
        pairs = [(("in the second half of 2023", "H2 2023", "2023-06-30", "2023-12-31"),
                  ("in the first half of 2023", "H1 2023", "2022-12-31", "2023-06-30")),
                 (("in Q2 2024", "Q2 2024", "2024-03-31", "2024-06-30"),
                  ("in Q1 2024", "Q1 2024", "2023-12-31", "2024-03-31")),
                 (("in 2024", "2024", "2023-12-31", "2024-12-31"), ("in 2023", "2023", "2022-12-31", "2023-12-31"))]
        for _ in range(5):
            sw, s = self.pick(_sets())
            (aw, at, a1, a2), (bw, bt, b1, b2) = self.pick(pairs)
            qs = {"plain": f"Which {sw} had a higher share price return {aw} than {bw}?",
                  "auditor-memo": f"Please identify the {sw} whose share price return {aw} exceeded their share "
                                  f"price return {bw}.",
                  "chat-terse": f"{sw}: return {at} > return {bt}",
                  "non-native": f"Which {sw} made more return of the share {aw} compared to {bw}?"}
            self._add_r29(combo, qs, f"NAME FOR SCREEN({s}, P_RETURN({a1}, {a2}) > P_RETURN({b1}, {b2}))")

    # P_HIGH / P_LOW over a date range beside the same over trading days (SPEC 2, 5)
    def high_date_range_and_trading_days(self):
        combo = "high/low over a date range and over the last N trading days x company (r29)"
        ranges = [("March 1, 2024", "June 30, 2024", "2024-03-01", "2024-06-30"),
                  ("January 15, 2023", "April 14, 2023", "2023-01-15", "2023-04-14"),
                  ("September 1, 2022", "December 31, 2022", "2022-09-01", "2022-12-31")]
        for _ in range(6):
            c = self.pick(self.companies)
            aw, bw, a, b = self.pick(ranges)
            n = self.pick([20, 60, 120])
            hi = self.rng.random() < 0.5
            hw, f, tw = ("highest", "P_HIGH", "high") if hi else ("lowest", "P_LOW", "low")
            qs = {"plain": f"What was {self.poss(c)} {hw} close between {aw} and {bw}, and what is its {hw} close "
                           f"over the last {n} trading days?",
                  "auditor-memo": f"Please document {c.name}'s {hw} closing price for the period from {aw} to {bw} "
                                  f"and its {hw} closing price over the last {n} trading days.",
                  "chat-terse": f"{c.ticker} {tw} {a}..{b} and {tw} last {n} trading days",
                  "non-native": f"Which was the {hw} close of {c.name} between {aw} and {bw}, and which is the "
                                f"{hw} close in the last {n} trading days?"}
            self._add_r29(combo, qs, f"{f}({a}, {b}), {f}(D-{n}, D0) FOR {c.ticker}")

    def price_as_percent_of_period_high(self):
        combo = "price today as a percentage of a named period's high x company (r29)"
        for _ in range(6):
            c = self.pick(self.companies)
            pw, pt, _r, (h1, h2) = self.pick(self._R29_PERIODS + [("in 2023", "2023", None, ("2023-01-01", "2023-12-31"))])
            qs = {"plain": f"What is {self.poss(c)} share price today as a percentage of its highest close {pw}?",
                  "auditor-memo": f"Please compute, for the audit file, {c.name}'s closing share price today as a "
                                  f"percentage of its highest closing price {pw}.",
                  "chat-terse": f"{c.ticker} price now as % of {pt} high",
                  "non-native": f"The price of {c.name} today, it is what percent of the highest close {pw}?"}
            self._add_r29(combo, qs, f"P_PRICE(D0) / P_HIGH({h1}, {h2}) * 100 FOR {c.ticker}")

    def high_over_low_named_period(self):
        combo = "ratio of high to low over a named period x company (r29)"
        for _ in range(5):
            c = self.pick(self.companies)
            pw, pt, _r, (h1, h2) = self.pick(self._R29_PERIODS)
            qs = {"plain": f"What was the ratio of {self.poss(c)} highest close to its lowest close {pw}?",
                  "auditor-memo": f"Please compute {c.name}'s highest closing price {pw} divided by its lowest "
                                  f"closing price {pw}.",
                  "chat-terse": f"{c.ticker} high-to-low close ratio {pt}",
                  "non-native": f"How much is the highest close of {c.name} {pw} divided by the lowest close of "
                                f"the same period?"}
            self._add_r29(combo, qs, f"P_HIGH({h1}, {h2}) / P_LOW({h1}, {h2}) FOR {c.ticker}")

    # IN converts a condition and a SORT key together (SPEC 3): an estimate condition, an expression key
    def currency_estimate_cond_expr_sort(self):
        combo = "screen: estimate cond + expression SORT key x TOP x IN currency (r29)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            cur = self.pick(["USD", "EUR"])
            x = self._threshold("FE_SALES(FY1)", s, cur)
            if x is None or x <= 0:
                continue
            n = self.pick([3, 5])
            cw = self.pick(CURRENCY_WORDS[cur])
            m1, m2, w, tw = self.pick([("FF_CASH", "FF_DEBT", "net cash (cash minus debt)", "cash - debt"),
                                       ("FF_SALES", "FF_CAPEX", "sales minus capex", "sales - capex")])
            key = f"{m1}(FY2024) - {m2}(FY2024)"
            xs = self._num(x)
            qs = {"plain": f"Among {sw} with a consensus sales estimate for next year above {xs} million {cw[3:]}, "
                           f"which {NUM_WORDS[n]} had the largest {w} last year, {cw}?",
                  "auditor-memo": f"Please list the {NUM_WORDS[n]} {sw} with the largest {w} for fiscal year 2024, "
                                  f"limited to those whose consensus sales estimate for fiscal year 2025 exceeds {xs} "
                                  f"million, all amounts {cw}.",
                  "chat-terse": f"{sw} w/ fy1 sales est > {xs}m {cur}, top {n} by {tw} FY2024 ({cur})",
                  "non-native": f"Between the {sw} that have the consensus sales estimate of next year more than "
                                f"{xs} million, which {NUM_WORDS[n]} had the biggest {w} in last year? All {cw}."}
            self._add_r29(combo, qs, f"NAME FOR SCREEN({s}, FE_SALES(FY1) > {x}) SORT {key} DESC TOP {n} IN {cur}")

    # TOP N by a computed key over a relative span ("two years ago" is FY2023: SPEC 5)
    def top_margin_change_relative_span(self):
        combo = "TOP N by a margin's change over a relative span x screen (r29)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FF_NET_INC", "net margin"), ("FF_OPER_INC", "operating margin")])
            (spw, spa, p1), n = self.pick([("from two years ago to last year", "fiscal year 2023", "FY2023"),
                                           ("from three years ago to last year", "fiscal year 2022", "FY2022")]), \
                self.pick([3, 5])
            key = f"{m}(FY2024) / FF_SALES(FY2024) * 100 - {m}({p1}) / FF_SALES({p1}) * 100"
            qs = {"plain": f"Which {NUM_WORDS[n]} {sw} improved their {w} the most {spw}, in percentage points?",
                  "auditor-memo": f"Please identify the {NUM_WORDS[n]} {sw} with the largest increase in {w}, in "
                                  f"percentage points, from {spa} to fiscal year 2024.",
                  "chat-terse": f"top {n} {sw} by {w} change (pp) {p1}->FY2024",
                  "non-native": f"Which are the {NUM_WORDS[n]} {sw} whose {w} went up the most {spw}, in "
                                f"percentage points?"}
            self._add_r29(combo, qs, f"NAME, {key} FOR SCREEN({s}) SORT {key} DESC TOP {n}")

    def top_cagr_relative_span(self):
        combo = "TOP N by CAGR over the last N years x screen (r29)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            m = self.pick(["FF_SALES", "FF_EPS", "FF_DPS"])
            w = self._R26_NAMES[m][0]
            k, n = self.pick([3, 4, 5]), self.pick([3, 5])
            key = f"CAGR({m}, FY{2024 - k}, FY2024)"
            qs = {"plain": f"Which {NUM_WORDS[n]} {sw} had the highest compound annual growth rate of {w} over the "
                           f"last {NUM_WORDS[k]} years?",
                  "auditor-memo": f"Please identify the {NUM_WORDS[n]} {sw} with the highest compound annual growth "
                                  f"rate of {w} from fiscal year {2024 - k} to fiscal year 2024.",
                  "chat-terse": f"top {n} {sw} by {w} cagr FY{2024 - k}-FY2024",
                  "non-native": f"Which {NUM_WORDS[n]} {sw} have the biggest CAGR of {w} for the last "
                                f"{NUM_WORDS[k]} years?"}
            self._add_r29(combo, qs, f"NAME, {key} FOR SCREEN({s}) SORT {key} DESC TOP {n}")

    # estimates against actuals: next year's expected growth (from last year's actual) beside last year's growth
    def expected_vs_actual_growth_company(self):
        combo = "expected growth next year and actual growth last year x company (r29)"
        for _ in range(6):
            c = self.pick(self.companies)
            fe, ff, w = self.pick([("FE_EPS", "FF_EPS", "EPS"), ("FE_SALES", "FF_SALES", "sales")])
            qs = {"plain": f"How does {self.poss(c)} expected {w} growth for next year compare with its actual {w} "
                           f"growth last year?",
                  "auditor-memo": f"Please set out {c.name}'s expected {w} growth for fiscal year 2025, based on the "
                                  f"consensus estimate against the fiscal 2024 actual, alongside its actual {w} growth "
                                  f"for fiscal year 2024.",
                  "chat-terse": f"{c.ticker} expected {w} growth FY2025 + actual {w} growth FY2024",
                  "non-native": f"For {c.name}, what is the {w} growth the analysts expect for next year, and what "
                                f"was the actual {w} growth in last year?"}
            self._add_r29(combo, qs, f"({fe}(FY1) / {ff}(FY2024) - 1) * 100, GROWTH({ff}, FY2023, FY2024) "
                                     f"FOR {c.ticker}")

    def expected_vs_actual_growth_screen(self):
        combo = "screen: expected growth next year above actual growth last year (r29)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            fe, ff, w = self.pick([("FE_EPS", "FF_EPS", "EPS"), ("FE_SALES", "FF_SALES", "sales")])
            qs = {"plain": f"Which {sw} are expected to grow {w} faster next year than they did last year?",
                  "auditor-memo": f"Please identify the {sw} whose expected {w} growth for fiscal year 2025 "
                                  f"(consensus estimate against the fiscal 2024 actual) exceeds their actual {w} "
                                  f"growth for fiscal year 2024.",
                  "chat-terse": f"{sw}: exp {w} growth FY2025 > actual {w} growth FY2024",
                  "non-native": f"Which {sw} the analysts expect to grow the {w} more quickly in next year than "
                                f"they grew in last year?"}
            self._add_r29(combo, qs, f"NAME FOR SCREEN({s}, ({fe}(FY1) / {ff}(FY2024) - 1) * 100 > "
                                     f"GROWTH({ff}, FY2023, FY2024))")

    # several items x several periods
    def items_x_years_company(self):
        combo = "three items x three fiscal years x company (r29)"
        for _ in range(5):
            c = self.pick(self.companies)
            ms = self.sample(["FF_SALES", "FF_NET_INC", "FF_FCF", "FF_DEBT", "FF_CASH", "FF_EPS"], 3)
            ws = [self._R26_NAMES[m][0] for m in ms]
            a = self.pick([2020, 2021, 2022])
            ys = [a, a + 1, a + 2]
            items = ", ".join(f"{m}(FY{y})" for m in ms for y in ys)
            qs = {"plain": f"What were {self.poss(c)} {ws[0]}, {ws[1]} and {ws[2]} in each of fiscal {ys[0]}, "
                           f"{ys[1]} and {ys[2]}?",
                  "auditor-memo": f"Please provide {c.name}'s {ws[0]}, {ws[1]} and {ws[2]} for each of fiscal years "
                                  f"{ys[0]} through {ys[2]}.",
                  "chat-terse": f"{c.ticker} {ws[0]}/{ws[1]}/{ws[2]} FY{ys[0]}-FY{ys[2]}",
                  "non-native": f"Can you give the {ws[0]}, the {ws[1]} and the {ws[2]} of {c.name} for every year "
                                f"from fiscal {ys[0]} until fiscal {ys[2]}?"}
            self._add_r29(combo, qs, f"{items} FOR {c.ticker}")

    def items_x_quarters_companies(self):
        combo = "two items x two fiscal quarters x two companies (r29)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            m1, m2 = self.sample(["FF_SALES", "FF_NET_INC", "FF_OPER_INC", "FF_EPS"], 2)
            w1, w2 = self._R26_NAMES[m1][0], self._R26_NAMES[m2][0]
            items = ", ".join(f"{m}({p})" for m in (m1, m2) for p in ("FQ-1", "FQ0"))
            qs = {"plain": f"What were the {w1} and {w2} of {self.co(a)} and {self.co(b)} in the last two quarters?",
                  "auditor-memo": f"Please provide the {w1} and {w2} of {a.name} and {b.name} for each of their two "
                                  f"most recent fiscal quarters.",
                  "chat-terse": f"{a.ticker}, {b.ticker} {w1} + {w2}, last 2 qtrs",
                  "non-native": f"Please give me {w1} and {w2} of {a.name} and {b.name} for the last two quarters."}
            self._add_r29(combo, qs, f"{items} FOR {a.ticker}, {b.ticker}")

    # NOT / non-: a set has no complement in FinQL (SPEC 2), so "non-US" is the union of the other countries
    _R29_NON_US = ("Canada", "France", "Germany", "Japan", "Switzerland", "United Kingdom")

    def non_country_set(self):
        combo = "screen: non-US set (the other countries) x cond (r29)"
        secs = [("technology companies", "tech companies", 'SECTOR("Information Technology")'),
                ("financial companies", "financials", 'SECTOR("Financials")'),
                ("consumer discretionary companies", "consumer discretionary names", 'SECTOR("Consumer Discretionary")'),
                ("real estate companies", "real estate names", 'SECTOR("Real Estate")'),
                ("energy companies", "energy names", 'SECTOR("Energy")')]
        conds = [("a P/E below 20", "a price-to-earnings ratio below 20", "pe < 20", "FG_PE(D0) < 20"),
                 ("a dividend yield above 2%", "a dividend yield above 2%", "yield > 2%", "FG_DIV_YIELD(D0) > 2"),
                 ("positive net income last year", "positive net income for fiscal year 2024",
                  "net income FY2024 > 0", "FF_NET_INC(FY2024) > 0")]
        others = " | ".join(f'COUNTRY("{x}")' for x in self._R29_NON_US)
        for _ in range(6):
            sw, st, s = self.pick(secs)
            cw, cl, ct, cc = self.pick(conds)
            qs = {"plain": f"Which non-US {sw} have {cw}?",
                  "auditor-memo": f"Please list the {sw} domiciled outside the United States that have {cl}.",
                  "chat-terse": f"non-US {st} w/ {ct}",
                  "non-native": f"Which {sw} that are not from the United States have {cw}?"}
            self._add_r29(combo, qs, f"NAME FOR SCREEN({s} & ({others}), {cc})")

    def non_condition_words(self):
        combo = "screen: non-<condition> words (NOT) x another cond (r29)"
        nons = [("non-dividend-paying", "that did not pay a dividend last year", "no dividend FY2024",
                 "which did not pay any dividend in last year", "NOT FF_DPS(FY2024) > 0"),
                ("non-loss-making", "that did not report a net loss last year", "not loss-making FY2024",
                 "which did not make a loss in last year", "NOT FF_NET_INC(FY2024) < 0")]
        conds = [("a P/E below 25", "a price-to-earnings ratio below 25", "pe < 25", "FG_PE(D0) < 25"),
                 ("a price-to-book ratio below 3", "a price-to-book ratio below 3", "p/b < 3", "FG_PB(D0) < 3"),
                 ("more than 5,000 employees", "more than 5,000 employees", "employees > 5000",
                  "FF_EMPLOYEES(FY2024) > 5000")]
        for _ in range(6):
            sw, s = self.pick(_sets())
            nw, nl, nt, nn, ng = self.pick(nons)
            cw, cl, ct, cc = self.pick(conds)
            qs = {"plain": f"Which {nw} {sw} have {cw}?",
                  "auditor-memo": f"Please list the {sw} {nl} and that have {cl}.",
                  "chat-terse": f"{sw}, {nt}, {ct}",
                  "non-native": f"Which {sw} {nn} and have {cw}?"}
            self._add_r29(combo, qs, f"NAME FOR SCREEN({s}, {ng} AND {cc})")

    # mixed AND / OR, the grouping said in words
    _R29_CONDS = [("a P/E below 20", "a price-to-earnings ratio below 20", "pe<20", "FG_PE(D0) < 20"),
                  ("a dividend yield above 2%", "a dividend yield above 2%", "yield>2%", "FG_DIV_YIELD(D0) > 2"),
                  ("positive net income last year", "positive net income for fiscal year 2024", "net income>0",
                   "FF_NET_INC(FY2024) > 0"),
                  ("a price-to-book ratio below 3", "a price-to-book ratio below 3", "p/b<3", "FG_PB(D0) < 3"),
                  ("a positive share price return in 2024", "a positive share price return for calendar 2024",
                   "2024 return>0", "P_RETURN(2023-12-31, 2024-12-31) > 0")]

    def either_or_then_and_words(self):
        combo = "screen: (A OR B) AND C, grouping in words (r29)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            a, b, c = self.sample(self._R29_CONDS, 3)
            qs = {"plain": f"Which {sw} have at least one of {a[0]} or {b[0]}, and in addition {c[0]}?",
                  "auditor-memo": f"Please list the {sw} that meet at least one of the following two criteria: "
                                  f"{a[1]}; or {b[1]}. In all cases the company must also have {c[1]}.",
                  "chat-terse": f"{sw}: ({a[2]} or {b[2]}) and {c[2]}",
                  "non-native": f"Which {sw} have {a[0]} or {b[0]} (one of the two is enough), and they must also "
                                f"have {c[0]}?"}
            self._add_r29(combo, qs, f"NAME FOR SCREEN({s}, ({a[3]} OR {b[3]}) AND {c[3]})")

    def both_and_or_else_words(self):
        combo = "screen: (A AND B) OR C, grouping in words (r29)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            a, b, c = self.sample(self._R29_CONDS, 3)
            qs = {"plain": f"Which {sw} have both {a[0]} and {b[0]}, or else {c[0]}?",
                  "auditor-memo": f"Please list the {sw} that either (i) have both {a[1]} and {b[1]}, or (ii) "
                                  f"have {c[1]}.",
                  "chat-terse": f"{sw}: ({a[2]} and {b[2]}) or {c[2]}",
                  "non-native": f"Which {sw} have {a[0]} together with {b[0]}, or otherwise have {c[0]}?"}
            self._add_r29(combo, qs, f"NAME FOR SCREEN({s}, ({a[3]} AND {b[3]}) OR {c[3]})")

    # a union of two sets (SPEC 2: set "|" set) with a condition and a SORT
    def set_union_cond_sort(self):
        combo = "screen: union of two sets x cond x SORT (r29)"
        pairs = [("banks", "insurers", 'INDUSTRY("Banks") | INDUSTRY("Insurance")'),
                 ("utilities", "energy companies", 'SECTOR("Utilities") | SECTOR("Energy")'),
                 ("airlines", "automakers", 'INDUSTRY("Airlines") | INDUSTRY("Automobiles")'),
                 ("semiconductor companies", "TECHX companies", 'INDUSTRY("Semiconductors") | INDEX(TECHX)')]
        keys = [("P/E", "price-to-earnings ratio", "pe", "FG_PE(D0)"),
                ("dividend yield", "dividend yield", "yield", "FG_DIV_YIELD(D0)"),
                ("price-to-book ratio", "price-to-book ratio", "p/b", "FG_PB(D0)")]
        for _ in range(6):
            a, b, s = self.pick(pairs)
            kw, kl, kt, k = self.pick(keys)
            cond = self.pick([("positive net income last year", "positive net income for fiscal year 2024",
                               "net income FY2024 > 0", "FF_NET_INC(FY2024) > 0"),
                              ("a positive share price return in 2024", "a positive share price return for "
                               "calendar 2024", "2024 return > 0", "P_RETURN(2023-12-31, 2024-12-31) > 0")])
            hi = self.rng.random() < 0.5
            qs = {"plain": f"List the {a} and {b} with {cond[0]}, sorted by {kw}, "
                           f"{'highest' if hi else 'lowest'} first.",
                  "auditor-memo": f"Please list all {a}, together with all {b}, that have {cond[1]}, in "
                                  f"{'descending' if hi else 'ascending'} order of {kl}.",
                  "chat-terse": f"{a} + {b}, {cond[2]}, sort {kt} {'desc' if hi else 'asc'}",
                  "non-native": f"Give me the {a} and also the {b} which have {cond[0]}, ordered by the {kw} from "
                                f"{'the highest' if hi else 'the lowest'}."}
            self._add_r29(combo, qs, f"NAME, {k} FOR SCREEN({s}, {cond[3]}) SORT {k} {'DESC' if hi else 'ASC'}")

    # market cap at a calendar date, two companies, IN a currency (SPEC 3: at that date's rate)
    def mkt_cap_date_two_companies_currency(self):
        combo = "market cap at a calendar date x two companies x IN currency (r29)"
        dates = [("at the end of 2023", "end of 2023", "2023-12-31"), ("on June 28, 2024", "2024-06-28", "2024-06-28"),
                 ("at the end of 2022", "end 2022", "2022-12-31")]
        for _ in range(6):
            a = self.pick(self.companies)
            b = self.pick([c for c in self.companies if c.currency != a.currency])
            dw, dt, d = self.pick(dates)
            cur = self.pick([x for x in ("USD", "EUR", "GBP") if x not in (a.currency, b.currency)] or ["USD"])
            cw = self.pick(CURRENCY_WORDS[cur])
            qs = {"plain": f"What were the market caps of {self.co(a)} and {self.co(b)} {dw}, {cw}?",
                  "auditor-memo": f"Please confirm the market capitalisation of {a.name} and of {b.name} {dw}, "
                                  f"both expressed {cw}.",
                  "chat-terse": f"mkt cap {a.ticker}, {b.ticker} {dt} in {cur}",
                  "non-native": f"How big was the market capitalization of {a.name} and {b.name} {dw}? Please "
                                f"{cw}."}
            self._add_r29(combo, qs, f"FG_MKT_CAP({d}) FOR {a.ticker}, {b.ticker} IN {cur}")

    # TOP N by a last-twelve-months money figure over several currencies (in USD: the docstring's convention)
    def top_ltm_money_currency(self):
        combo = "screen: TOP N by a last-twelve-months money figure x IN currency (r29)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            m = self.pick(["FF_SALES", "FF_FCF", "FF_NET_INC"])
            w = self._R26_NAMES[m][0]
            n = self.pick([3, 5])
            cur = self.pick(["USD", "EUR"])
            cw = self.pick(CURRENCY_WORDS[cur])
            qs = {"plain": f"Which {NUM_WORDS[n]} {sw} had the highest {w} over the last twelve months, {cw}?",
                  "auditor-memo": f"Please identify the {NUM_WORDS[n]} {sw} with the highest trailing twelve-month "
                                  f"{w}, expressed {cw}.",
                  "chat-terse": f"top {n} {sw} by ltm {w} ({cur})",
                  "non-native": f"Which are the {NUM_WORDS[n]} {sw} with the most {w} in the last twelve months, "
                                f"counted {cw}?"}
            self._add_r29(combo, qs, f"NAME, {m}(LTM) FOR SCREEN({s}) SORT {m}(LTM) DESC TOP {n} IN {cur}")

    # --- round 30 (f30g) ----------------------------------------------------------------------------------------

    def _r30(self) -> list:
        """Round 30's combinations (f30g), built after round 29's so its draws do not move."""
        return [self.quarter_before_last_and_year, self.quarters_ago_refused, self.price_days_ago_high_and_fiscal,
                self.trading_days_return_and_growth, self.calendar_return_and_fiscal_growth,
                self.calendar_return_above_fiscal_growth_screen, self.calendar_high_over_fiscal_eps,
                self.price_days_ago_over_fiscal_eps, self.const_sort_key_top, self.two_year_sum_cond_screen,
                self.two_year_multiple_cond_screen, self.currency_top_estimate_cond, self.not_in_set_screen,
                self.sort_asc_limit_valuation_days_ago, self.sort_asc_limit_growth_years,
                self.growth_actual_to_estimate_company, self.growth_actual_to_estimate_screen,
                self.estimate_minus_actual_currency, self.companies_items_quarters_currency,
                self.companies_items_mixed_kinds, self.sort_asc_limit_net_debt_currency,
                self.companies_items_years_and_return]

    _R30_VOICES = ("email-formal", "spoken", "spreadsheet-header", "terse-question")
    _R30_OPEN = ("Dear team, could you please send me", "Hello, could you kindly provide",
                 "Good morning, I would be grateful if you could send")
    _R30_CLOSE = ("Kind regards.", "Many thanks in advance.", "Thank you.")

    def _add_r30(self, combo: str, qs: dict, query: str | None, refusal: str | None = None) -> None:
        """Add one draw of a round-30 combination, said in each voice of ``qs`` (voice -> question; a screen whose
        gold returns no row is dropped, as in rounds 25-29)."""
        for voice in self._R30_VOICES:
            if voice not in qs:
                continue
            n = len(self.cases)
            self._add_r26(combo, qs[voice], query, refusal)
            if len(self.cases) > n:
                self.cases[-1]["tags"] = [combo, "r30", voice]

    def _mail(self, ask: str) -> str:
        """An email's request: a greeting that asks, the ask, a sign-off."""
        return f"{self.pick(self._R30_OPEN)} {ask}? {self.pick(self._R30_CLOSE)}"

    # the quarter before last (FQ-1, SPEC 5) beside the same item for the last fiscal year
    def quarter_before_last_and_year(self):
        combo = "metric in the quarter before last and last fiscal year x company (r30)"
        for _ in range(6):
            c = self.pick(self.companies)
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_OPER_INC", "FF_FCF", "FF_CAPEX"])
            w = self._R26_NAMES[m][0]
            qs = {"email-formal": self._mail(f"{c.name}'s {w} for the quarter before last and for fiscal year 2024"),
                  "spoken": f"so what was {c.name}'s {w} in the quarter before last, and, um, for last year as a "
                            f"whole?",
                  "spreadsheet-header": f"{c.ticker} | {_cap(w)} (quarter before last) | {_cap(w)} (FY2024)",
                  "terse-question": f"{c.ticker} {w} in the quarter before last and in FY2024?"}
            self._add_r30(combo, qs, f"{m}(FQ-1), {m}(FY2024) FOR {c.ticker}")

    # "N quarters ago" reads two ways (FQ-N, or FQ-(N-1) as "N years ago" is FY(2025-N)): refused (docs round 8)
    def quarters_ago_refused(self):
        combo = "N quarters ago beside the quarter before last (refused: two readings) (r30)"
        for _ in range(5):
            c = self.pick(self.companies)
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_EPS"])
            w = self._R26_NAMES[m][0]
            n = self.pick([2, 3, 4])
            qs = {"email-formal": self._mail(f"{c.name}'s {w} for the quarter before last and for the quarter "
                                             f"{NUM_WORDS[n]} quarters ago"),
                  "spoken": f"what were {c.name}'s {w}, uh, in the quarter before last and then {NUM_WORDS[n]} "
                            f"quarters ago?",
                  "spreadsheet-header": f"{c.ticker} | {_cap(w)} (quarter before last) | {_cap(w)} ({n} quarters ago)",
                  "terse-question": f"{c.ticker} {w} quarter before last and {n} quarters ago?"}
            self._add_r30(combo, qs, None, "unsupported")

    # a price N trading days ago (D-n), the high of the last M trading days (D-M to D0) and a fiscal figure
    def price_days_ago_high_and_fiscal(self):
        combo = "price N trading days ago + high of the last M trading days + a fiscal figure x company (r30)"
        for _ in range(6):
            c = self.pick(self.companies)
            n, k = self.pick([5, 10, 20]), self.pick([60, 120, 250])
            m = self.pick(["FF_NET_INC", "FF_EPS", "FF_SALES"])
            w = self._R26_NAMES[m][0]
            hi = self.rng.random() < 0.5
            hw, f = ("highest", "P_HIGH") if hi else ("lowest", "P_LOW")
            qs = {"email-formal": self._mail(f"{c.name}'s closing share price {n} trading days ago, its {hw} close over "
                                             f"the last {k} trading days and its {w} for fiscal year 2024"),
                  "spoken": f"okay so for {c.name}, what was the closing price {n} trading days ago, what's the {hw} "
                            f"close over the last {k} trading days, and, uh, what was the {w} last year?",
                  "spreadsheet-header": f"{c.ticker} | Close ({n} trading days ago) | {_cap(hw)} close (last {k} "
                                        f"trading days) | {_cap(w)} (FY2024)",
                  "terse-question": f"{c.ticker} close {n} trading days ago, {hw} close last {k} trading days, "
                                    f"{w} FY2024?"}
            self._add_r30(combo, qs, f"P_PRICE(D-{n}), {f}(D-{k}, D0), {m}(FY2024) FOR {c.ticker}")

    # a return over the last N trading days (D-N to D0) beside last year's growth of a fiscal item
    def trading_days_return_and_growth(self):
        combo = "return over the last N trading days + last year's growth of an item x company (r30)"
        for _ in range(6):
            c = self.pick(self.companies)
            n = self.pick([20, 60, 120])
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_EPS"])
            w = self._R26_NAMES[m][0]
            qs = {"email-formal": self._mail(f"{c.name}'s share price return over the last {n} trading days and its "
                                             f"{w} growth for fiscal year 2024"),
                  "spoken": f"how much has {c.name}'s stock returned over the last {n} trading days, and, um, how "
                            f"much did its {w} grow last year?",
                  "spreadsheet-header": f"{c.ticker} | Return, last {n} trading days (%) | {_cap(w)} growth FY2024 "
                                        f"(%)",
                  "terse-question": f"{c.ticker} return last {n} trading days and {w} growth last year?"}
            self._add_r30(combo, qs, f"P_RETURN(D-{n}, D0), GROWTH({m}, FY2023, FY2024) FOR {c.ticker}")

    # a calendar year's return (SPEC 5: from the close before it) beside the fiscal year's growth of an item
    def calendar_return_and_fiscal_growth(self):
        combo = "calendar-year return + the fiscal year's growth of an item x company (r30)"
        for _ in range(6):
            c = self.pick(self.companies)
            y = self.pick([2022, 2023, 2024])
            m = self.pick(["FF_SALES", "FF_EPS", "FF_NET_INC"])
            w = self._R26_NAMES[m][0]
            qs = {"email-formal": self._mail(f"{c.name}'s share price return for calendar year {y} and its {w} growth "
                                             f"for fiscal year {y}"),
                  "spoken": f"what was {c.name}'s share price return in {y}, and, you know, its {w} growth in fiscal "
                            f"{y}?",
                  "spreadsheet-header": f"{c.ticker} | Share price return, calendar {y} (%) | {_cap(w)} growth, "
                                        f"FY{y} (%)",
                  "terse-question": f"{c.ticker} share price return in calendar {y} vs {w} growth in fiscal {y}?"}
            self._add_r30(combo, qs, f"P_RETURN({y - 1}-12-31, {y}-12-31), GROWTH({m}, FY{y - 1}, FY{y}) "
                                     f"FOR {c.ticker}")

    def calendar_return_above_fiscal_growth_screen(self):
        combo = "screen: calendar-year return above the fiscal year's growth of an item (r30)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            y = self.pick([2023, 2024])
            m = self.pick(["FF_SALES", "FF_EPS"])
            w = self._R26_NAMES[m][0]
            qs = {"email-formal": self._mail(f"a list of the {sw} whose share price return for calendar year {y} "
                                             f"exceeded their {w} growth for fiscal year {y}"),
                  "spoken": f"which {sw} had, like, a bigger share price return in {y} than their {w} growth in "
                            f"fiscal {y}?",
                  "spreadsheet-header": f"Name | {_cap(sw)} | Share price return {y} (%) > {w} growth FY{y} (%)",
                  "terse-question": f"{sw} with share price return in {y} above {w} growth in fiscal {y}?"}
            self._add_r30(combo, qs, f"NAME FOR SCREEN({s}, P_RETURN({y - 1}-12-31, {y}-12-31) > "
                                     f"GROWTH({m}, FY{y - 1}, FY{y}))")

    # a calendar period's high (its own days, SPEC 5) over a fiscal figure of the same year
    def calendar_high_over_fiscal_eps(self):
        combo = "highest close of a calendar year divided by that fiscal year's EPS x company (r30)"
        for _ in range(5):
            c = self.pick(self.companies)
            y = self.pick([2023, 2024])
            qs = {"email-formal": self._mail(f"{c.name}'s highest closing price in {y} divided by its diluted EPS "
                                             f"for fiscal year {y}"),
                  "spoken": f"um, what do you get if you take {c.name}'s highest close in {y} and divide it by its "
                            f"diluted EPS for fiscal {y}?",
                  "spreadsheet-header": f"{c.ticker} | Highest close {y} / diluted EPS FY{y}",
                  "terse-question": f"{c.ticker} highest close in {y} divided by FY{y} diluted EPS?"}
            self._add_r30(combo, qs, f"P_HIGH({y}-01-01, {y}-12-31) / FF_EPS(FY{y}) FOR {c.ticker}")

    def price_days_ago_over_fiscal_eps(self):
        combo = "price N trading days ago divided by last year's EPS x company (r30)"
        for _ in range(5):
            c = self.pick(self.companies)
            n = self.pick([10, 20, 60])
            qs = {"email-formal": self._mail(f"{c.name}'s closing share price {n} trading days ago divided by its "
                                             f"diluted EPS for fiscal year 2024"),
                  "spoken": f"so take {c.name}'s closing price from {n} trading days ago and, uh, divide it by last "
                            f"year's diluted EPS. what's that?",
                  "spreadsheet-header": f"{c.ticker} | Close ({n} trading days ago) / diluted EPS (FY2024)",
                  "terse-question": f"{c.ticker} close {n} trading days ago divided by FY2024 diluted EPS?"}
            self._add_r30(combo, qs, f"P_PRICE(D-{n}) / FF_EPS(FY2024) FOR {c.ticker}")

    # a constant in a SORT key (SPEC 2: expr := NUMBER | ...): earnings yield, book-to-price
    def const_sort_key_top(self):
        combo = "TOP N by a key with a constant (100 / P/E, 1 / P/B) x screen (r30)"
        keys = [("earnings yield (100 divided by the P/E)", "earnings yield", "100 / P/E", "100 / FG_PE(D0)"),
                ("book-to-price ratio (1 divided by the price-to-book ratio)", "book-to-price ratio", "1 / P/B",
                 "1 / FG_PB(D0)")]
        for _ in range(6):
            sw, s = self.pick(_sets())
            lw, short, tw, k = self.pick(keys)
            n = self.pick([3, 5])
            qs = {"email-formal": self._mail(f"the {NUM_WORDS[n]} {sw} with the highest {lw}"),
                  "spoken": f"which {NUM_WORDS[n]} {sw} have the highest, um, {lw}?",
                  "spreadsheet-header": f"Name | {_cap(sw)} | {tw} (sort descending, top {n})",
                  "terse-question": f"top {n} {sw} by {lw}?"}
            self._add_r30(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC TOP {n}")

    # screens on an expression of two fiscal years (one reporting currency: no IN needed)
    def _r30_one_currency_set(self):
        sw, s, _cur = self.pick([x for x in ONE_CURRENCY_SETS if "Metals" not in x[1]])
        return sw, s

    def two_year_sum_cond_screen(self):
        combo = "screen: the sum of an item over two fiscal years above X (r30)"
        for _ in range(5):
            sw, s = self._r30_one_currency_set()
            m = self.pick(["FF_FCF", "FF_NET_INC", "FF_CAPEX"])
            w = self._R26_NAMES[m][0]
            e = f"{m}(FY2023) + {m}(FY2024)"
            x = self._threshold(e, s)
            if not x or x <= 0:
                continue
            xs = self._num(x)
            qs = {"email-formal": self._mail(f"the {sw} whose combined {w} for fiscal years 2023 and 2024 exceeded "
                                             f"{xs} million"),
                  "spoken": f"which {sw} had more than {xs} million of {w}, um, in fiscal 2023 and 2024 added "
                            f"together?",
                  "spreadsheet-header": f"Name | {_cap(sw)} | {_cap(w)} FY2023 + {w} FY2024 > {xs} million",
                  "terse-question": f"{sw} with {w} in FY2023 plus {w} in FY2024 above {xs} million?"}
            self._add_r30(combo, qs, f"NAME FOR SCREEN({s}, {e} > {x})")

    def two_year_multiple_cond_screen(self):
        combo = "screen: an item at least X% above its level two years earlier (constant multiple) (r30)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            m = self.pick(["FF_SALES", "FF_ASSETS", "FF_EQUITY"])
            w = self._R26_NAMES[m][0]
            x = self.pick([10, 20, 25])
            f = 1 + x / 100
            qs = {"email-formal": self._mail(f"the {sw} whose {w} for fiscal year 2024 was at least {x}% higher than "
                                             f"their {w} for fiscal year 2022"),
                  "spoken": f"which {sw} had {w} last year that was, like, at least {x}% above their {w} in fiscal "
                            f"2022?",
                  "spreadsheet-header": f"Name | {_cap(sw)} | {_cap(w)} FY2024 >= {f:g} x {w} FY2022",
                  "terse-question": f"{sw} with FY2024 {w} at least {x}% above FY2022 {w}?"}
            self._add_r30(combo, qs, f"NAME FOR SCREEN({s}, {m}(FY2024) >= {f:g} * {m}(FY2022))")

    # IN with a TOP N by an estimate and an estimate condition (SPEC 3: estimates converted at D0)
    def currency_top_estimate_cond(self):
        combo = "screen: TOP N by an estimate x analyst-count cond x IN currency (r30)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FE_SALES", "consensus sales estimate"), ("FE_EPS", "consensus EPS estimate")])
            p, pw, pt = self.pick([("FY1", "for next year", "FY2025"), ("FY2", "for fiscal 2026", "FY2026")])
            k = self._threshold(f"FE_NUM({p})", s)  # (the analysts of the estimate's year)
            if not k or k < 2:
                continue
            k = int(k)
            n = self.pick([3, 5])
            cur = self.pick(["USD", "EUR"])
            cw = self.pick(CURRENCY_WORDS[cur])
            qs = {"email-formal": self._mail(f"the {NUM_WORDS[n]} {sw} with the highest {w} {pw}, {cw}, among those "
                                             f"covered by at least {k} analysts"),
                  "spoken": f"of the {sw} with at least {k} analysts covering them, which {NUM_WORDS[n]} have the "
                            f"highest {w} {pw}, {cw}?",
                  "spreadsheet-header": f"Name | {_cap(sw)}, analysts >= {k} | {_cap(w)} {pt} ({cur}, top {n})",
                  "terse-question": f"top {n} {sw} by {w} {pw} {cw}, at least {k} analysts?"}
            self._add_r30(combo, qs, f"NAME, {m}({p}) FOR SCREEN({s}, FE_NUM({p}) >= {k}) SORT {m}({p}) DESC "
                                     f"TOP {n} IN {cur}")

    # NOT with set membership: a set minus a part of it is the set crossed with the union of its other parts
    # (FinQL has no complement of a set, SPEC 2; round 29's "non-US" did the same for countries)
    def not_in_set_screen(self):
        import re

        combo = "screen: a set excluding a part of it (NOT member) x cond (r30)"
        pairs = [("NX100 members", "banks", 'INDEX(NX100)', "industry", "Banks"),
                 ("financial companies", "banks", 'SECTOR("Financials")', "industry", "Banks"),
                 ("companies in the EUROPE index", "British companies", "INDEX(EUROPE)", "country", "United Kingdom"),
                 ("TECHX companies", "semiconductor companies", "INDEX(TECHX)", "industry", "Semiconductors"),
                 ("energy companies", "US companies", 'SECTOR("Energy")', "country", "United States"),
                 ("NX100 members", "energy companies", "INDEX(NX100)", "sector", "Energy")]
        conds = [("a P/E below 20", "pe < 20", "FG_PE(D0) < 20"),
                 ("a dividend yield above 2%", "yield > 2%", "FG_DIV_YIELD(D0) > 2"),
                 ("a price-to-book ratio below 2", "p/b < 2", "FG_PB(D0) < 2")]
        for _ in range(6):
            bw, xw, base, attr, val = self.pick(pairs)
            cw, ct, cc = self.pick(conds)
            members = [c for c in self.companies_all() if self._in_set(c, base, re)]
            others = sorted({getattr(c, attr) for c in members} - {val})
            fn = attr.upper()
            rest = " | ".join(f'{fn}("{v}")' for v in others)
            s = f"{base} & ({rest})"
            xs = xw.replace(" companies", "") if attr == "country" else xw
            qs = {"email-formal": self._mail(f"the {bw} that are not {xw} and have {cw}"),
                  "spoken": f"which {bw}, but not the {xw}, have, um, {cw}?",
                  "spreadsheet-header": f"Name | {_cap(bw)} excl. {xs} | {ct}",
                  "terse-question": f"{bw} other than {xw} with {cw}?"}
            self._add_r30(combo, qs, f"NAME FOR SCREEN({s}, {cc})")

    # SORT ASC with a limit (TOP N of the lowest)
    def sort_asc_limit_valuation_days_ago(self):
        combo = "TOP N lowest by a valuation N trading days ago (SORT ASC) x screen (r30)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            w, tw, m = self.pick([("P/E", "P/E", "FG_PE"), ("price-to-book ratio", "P/B", "FG_PB"),
                                  ("dividend yield", "yield", "FG_DIV_YIELD")])
            d, n = self.pick([20, 60, 120]), self.pick([3, 5])
            k = f"{m}(D-{d})"
            qs = {"email-formal": self._mail(f"the {NUM_WORDS[n]} {sw} with the lowest {w} as of {d} trading days "
                                             f"ago"),
                  "spoken": f"which {NUM_WORDS[n]} {sw} had the lowest {w}, uh, {d} trading days ago?",
                  "spreadsheet-header": f"Name | {_cap(sw)} | {tw} ({d} trading days ago), ascending, top {n}",
                  "terse-question": f"bottom {n} {sw} by {w} {d} trading days ago?"}
            self._add_r30(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} ASC TOP {n}")

    def sort_asc_limit_growth_years(self):
        combo = "TOP N lowest growth between two fiscal years (SORT ASC) x screen (r30)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_EPS"])
            w = self._R26_NAMES[m][0]
            a = self.pick([2020, 2021, 2022])
            n = self.pick([3, 5])
            k = f"GROWTH({m}, FY{a}, FY2024)"
            qs = {"email-formal": self._mail(f"the {NUM_WORDS[n]} {sw} with the weakest {w} growth from fiscal year "
                                             f"{a} to fiscal year 2024"),
                  "spoken": f"which {NUM_WORDS[n]} {sw} grew their {w} the least, um, from fiscal {a} to fiscal "
                            f"2024?",
                  "spreadsheet-header": f"Name | {_cap(sw)} | {_cap(w)} growth FY{a}-FY2024 (%), ascending, top {n}",
                  "terse-question": f"{NUM_WORDS[n]} {sw} with the lowest {w} growth FY{a} to FY2024?"}
            self._add_r30(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} ASC TOP {n}")

    # growth from an actual to an estimate (the relative change, as "expected growth next year" from last year's actual)
    def growth_actual_to_estimate_company(self):
        combo = "growth from a reported year to an estimate year x company (r30)"
        for _ in range(6):
            c = self.pick(self.companies)
            fe, ff, w = self.pick([("FE_EPS", "FF_EPS", "EPS"), ("FE_SALES", "FF_SALES", "sales")])
            (a, p, pw, pt) = self.pick([(2024, "FY2", "fiscal year 2026", "FY2026"),
                                        (2023, "FY1", "fiscal year 2025", "FY2025"),
                                        (2023, "FY2", "fiscal year 2026", "FY2026")])
            qs = {"email-formal": self._mail(f"the expected growth in {c.name}'s {w} from the fiscal {a} actual to the "
                                             f"consensus estimate for {pw}, in percent"),
                  "spoken": f"by how much, in percent, are {c.name}'s {w} expected to grow from fiscal {a}, the "
                            f"actual, to the {pw} estimate?",
                  "spreadsheet-header": f"{c.ticker} | {w} growth, FY{a} actual to {pt} consensus (%)",
                  "terse-question": f"{c.ticker} expected {w} growth from FY{a} actual to {pt} estimate?"}
            self._add_r30(combo, qs, f"({fe}({p}) / {ff}(FY{a}) - 1) * 100 FOR {c.ticker}")

    def growth_actual_to_estimate_screen(self):
        combo = "screen: growth from last year's actual to the FY2026 estimate above X% (r30)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            fe, ff, w = self.pick([("FE_EPS", "FF_EPS", "EPS"), ("FE_SALES", "FF_SALES", "sales")])
            x = self.pick([5, 10, 15])
            qs = {"email-formal": self._mail(f"the {sw} whose {w} are expected to grow by more than {x}% from the "
                                             f"fiscal 2024 actual to the consensus estimate for fiscal year 2026"),
                  "spoken": f"which {sw} are expected to grow {w}, um, more than {x}% from last year's actual to the "
                            f"fiscal 2026 estimate?",
                  "spreadsheet-header": f"Name | {_cap(sw)} | {w} growth FY2024 actual to FY2026 consensus > {x}%",
                  "terse-question": f"{sw} with expected {w} growth above {x}% from FY2024 actual to FY2026 "
                                    f"estimate?"}
            self._add_r30(combo, qs, f"NAME FOR SCREEN({s}, ({fe}(FY2) / {ff}(FY2024) - 1) * 100 > {x})")

    # an estimate minus an actual in a currency (SPEC 3: the estimate at D0's rate, the actual at its year end's)
    def estimate_minus_actual_currency(self):
        combo = "next year's sales estimate minus last year's sales x company x IN currency (r30)"
        for _ in range(5):
            c = self.pick([x for x in self.companies if x.currency != "USD"])
            cur = self.pick([x for x in ("USD", "EUR") if x != c.currency])
            cw = self.pick(CURRENCY_WORDS[cur])
            qs = {"email-formal": self._mail(f"the amount by which {c.name}'s consensus sales estimate for fiscal year "
                                             f"2025 exceeds its fiscal 2024 sales, {cw}"),
                  "spoken": f"how much bigger is {c.name}'s consensus sales estimate for next year than its sales "
                            f"last year, uh, {cw}?",
                  "spreadsheet-header": f"{c.ticker} | Consensus sales FY2025 - sales FY2024 ({cur})",
                  "terse-question": f"{c.ticker} FY2025 sales estimate minus FY2024 sales, {cw}?"}
            self._add_r30(combo, qs, f"FE_SALES(FY1) - FF_SALES(FY2024) FOR {c.ticker} IN {cur}")

    # several companies x items x periods
    def companies_items_quarters_currency(self):
        combo = "three companies x two items x last quarter and the quarter before last x IN currency (r30)"
        for _ in range(5):
            cs = self.sample(self.companies, 3)
            m1, m2 = self.sample(["FF_SALES", "FF_NET_INC", "FF_OPER_INC", "FF_CASH"], 2)
            w1, w2 = self._R26_NAMES[m1][0], self._R26_NAMES[m2][0]
            cur = self.pick(["USD", "EUR"])
            cw = self.pick(CURRENCY_WORDS[cur])
            items = ", ".join(f"{m}({p})" for m in (m1, m2) for p in ("FQ0", "FQ-1"))
            ns, ts = [c.name for c in cs], ", ".join(c.ticker for c in cs)
            qs = {"email-formal": self._mail(f"the {w1} and {w2} of {ns[0]}, {ns[1]} and {ns[2]} for the last quarter "
                                             f"and the quarter before last, {cw}"),
                  "spoken": f"can you get me {w1} and {w2} for {ns[0]}, {ns[1]} and {ns[2]}, last quarter and the "
                            f"quarter before last, um, {cw}?",
                  "spreadsheet-header": f"{ts} | {_cap(w1)}, {w2}: last quarter, quarter before last ({cur})",
                  "terse-question": f"{ts}: {w1} and {w2}, last quarter and quarter before last, {cw}?"}
            self._add_r30(combo, qs, f"{items} FOR {ts} IN {cur}")

    def companies_items_mixed_kinds(self):
        combo = "two companies x a fiscal item, the year-end close and the year-end P/E (r30)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            m = self.pick(["FF_NET_INC", "FF_EPS", "FF_SALES"])
            w = self._R26_NAMES[m][0]
            y = self.pick([2023, 2024])
            qs = {"email-formal": self._mail(f"the {w} for fiscal year {y}, the closing share price at the end of {y} "
                                             f"and the P/E ratio at the end of {y} for {a.name} and {b.name}"),
                  "spoken": f"for {a.name} and {b.name}, what was the {w} in fiscal {y}, and, uh, the share price "
                            f"and the P/E at the end of {y}?",
                  "spreadsheet-header": f"{a.ticker}, {b.ticker} | {_cap(w)} FY{y} | Close {y}-12-31 | P/E "
                                        f"{y}-12-31",
                  "terse-question": f"{a.ticker} and {b.ticker}: {w} FY{y}, closing price and P/E at end of {y}?"}
            self._add_r30(combo, qs, f"{m}(FY{y}), P_PRICE({y}-12-31), FG_PE({y}-12-31) FOR {a.ticker}, {b.ticker}")

    def companies_items_years_and_return(self):
        combo = "two companies x an item over two fiscal years + a calendar-year return (r30)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_FCF"])
            w = self._R26_NAMES[m][0]
            qs = {"email-formal": self._mail(f"the {w} of {a.name} and {b.name} for fiscal years 2023 and 2024, "
                                             f"together with their share price returns for calendar 2024"),
                  "spoken": f"what were {a.name}'s and {b.name}'s {w} in fiscal 2023 and 2024, and, um, how did "
                            f"their shares do in 2024?",
                  "spreadsheet-header": f"{a.ticker}, {b.ticker} | {_cap(w)} FY2023 | {_cap(w)} FY2024 | Share "
                                        f"price return 2024 (%)",
                  "terse-question": f"{a.ticker} and {b.ticker} {w} FY2023 and FY2024, and share price return in "
                                    f"2024?"}
            self._add_r30(combo, qs, f"{m}(FY2023), {m}(FY2024), P_RETURN(2023-12-31, 2024-12-31) "
                                     f"FOR {a.ticker}, {b.ticker}")

    # SORT ASC with a limit by a money expression over several currencies (IN USD: the docstring's convention)
    def sort_asc_limit_net_debt_currency(self):
        combo = "TOP N lowest net debt (SORT ASC) x screen x IN currency (r30)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            n = self.pick([3, 5])
            cur = self.pick(["USD", "EUR"])
            cw = self.pick(CURRENCY_WORDS[cur])
            k = "FF_DEBT(FY2024) - FF_CASH(FY2024)"
            qs = {"email-formal": self._mail(f"the {NUM_WORDS[n]} {sw} with the lowest net debt (debt minus cash) for "
                                             f"fiscal year 2024, {cw}"),
                  "spoken": f"which {NUM_WORDS[n]} {sw} had the smallest net debt, you know, debt minus cash, last "
                            f"year, {cw}?",
                  "spreadsheet-header": f"Name | {_cap(sw)} | Debt - cash FY2024 ({cur}), ascending, top {n}",
                  "terse-question": f"{NUM_WORDS[n]} {sw} with the lowest net debt (debt minus cash) in FY2024, "
                                    f"{cw}?"}
            self._add_r30(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} ASC TOP {n} IN {cur}")

    # --- round 31 (f31g) ----------------------------------------------------------------------------------------

    def _r31(self) -> list:
        """Round 31's combinations (f31g), built after round 30's so its draws do not move."""
        return [self.top_all_companies_rare_currency, self.index_sector_top_lowest_pe, self.negative_threshold_screen,
                self.exact_analyst_count_screen, self.volume_two_days_two_companies, self.price_to_ltm_sales_top_asc,
                self.ltm_fcf_yield_screen, self.month_end_closes_of_a_quarter, self.mkt_cap_change_currency,
                self.quarter_margin_change_year_earlier, self.rose_each_year_screen, self.per_employee_top_currency,
                self.average_volume_refused, self.debt_equity_quarters_two_companies, self.three_set_union_top,
                self.five_year_sum_top_currency, self.sequential_quarter_growth_two_companies,
                self.ltm_margin_and_not_valuation_screen, self.return_between_dates_top,
                self.per_share_items_rare_currency]

    _R31_VOICES = ("ratings-note", "board-footnote", "sms", "german-english")

    def _add_r31(self, combo: str, qs: dict, query: str | None, refusal: str | None = None, *,
                 voices: tuple[str, ...] = _R31_VOICES, tag: str = "r31") -> None:
        """Add one draw of a round-31 combination in each voice of ``qs`` (round 32's too: its ``voices``, tagged
        ``tag``). A gold must execute with 1 to 10 rows and no null value (else the draw is dropped)."""
        if query:
            try:
                rows = self._open().execute(query).rows
            except Exception:  # noqa: BLE001 (a gold that does not run is not generated)
                return
            if not 1 <= len(rows) <= 10 or any(v is None for r in rows for v in r[1:]):
                return
        for voice in voices:
            key = (qs[voice], None)
            if key in self.seen:
                continue
            self.seen.add(key)
            case = {"id": "", "question": qs[voice], "query": query, "tags": [combo, tag, voice]}
            if refusal:
                case["refusal"] = refusal
            self.cases.append(case)

    def _r31_cut(self, expr: str, finql_set: str, above: bool, cur: str = "", negative: bool = False) -> float | None:
        """A round threshold for ``expr > x`` (``above``) or ``expr < x`` over a set that keeps 1 to 10 companies
        (and not all of them) and lies at least 2% (of x) away from every value (``negative``: below zero)."""
        import math

        rows = self._open().execute(f"{expr} FOR SCREEN({finql_set}){' IN ' + cur if cur else ''}").rows
        vals = sorted(r[1] for r in rows if r[1] is not None)
        if len(vals) < 3:
            return None
        order = vals[::-1] if above else vals
        for k in (3, 4, 2, 5, 6, 1, 7, 8):
            if k >= len(vals):
                continue
            v = (order[k - 1] + order[k]) / 2  # between the k-th and the next value
            if v == 0:
                continue
            for digits in (2, 3):
                e = 10 ** (math.floor(math.log10(abs(v))) - digits + 1)
                x = round(v / e) * e
                x = int(x) if abs(x) >= 10 else round(x, 2)
                if x == 0 or (negative and x > 0) or any(abs(w - x) < 0.02 * abs(x) for w in vals):
                    continue
                n = sum(1 for w in vals if (w > x if above else w < x))
                if 1 <= n <= 10 and n < len(vals):
                    return x
        return None

    def top_all_companies_rare_currency(self):
        combo = "TOP N of all companies by a money figure x IN JPY / CHF / CAD (r31)"
        keys = [("market capitalisation", "mkt cap", "FG_MKT_CAP(D0)", "market value"),
                ("sales for fiscal year 2024", "sales FY24", "FF_SALES(FY2024)", "turnover in the business year 2024"),
                ("net income for fiscal year 2024", "net income FY24", "FF_NET_INC(FY2024)",
                 "net profit in the business year 2024")]
        for _ in range(5):
            w, sw, k, gw = self.pick(keys)
            n = self.pick([3, 5])
            cur = self.pick(["JPY", "CHF", "CAD"])
            cw = CURRENCY_WORDS[cur][0]
            qs = {"ratings-note": f"For the purposes of our cross-sector rating review, please identify the "
                                  f"{NUM_WORDS[n]} companies with the largest {w} across all companies covered, "
                                  f"stated {cw}.",
                  "board-footnote": f"Note 4: the {NUM_WORDS[n]} largest companies of the entire coverage by {w}, "
                                    f"presented {cw}.",
                  "sms": f"top {n} companies overall by {sw} {cw}?? thx",
                  "german-english": f"Which are the {NUM_WORDS[n]} companies with the highest {gw} among all "
                                    f"companies, calculated {cw}?"}
            self._add_r31(combo, qs, f"NAME, {k} FOR SCREEN(ALL) SORT {k} DESC TOP {n} IN {cur}")

    def index_sector_top_lowest_pe(self):
        combo = "screen: an index crossed with a sector x cond x TOP N lowest (r31)"
        sets = [("financial companies in the EUROPE index", "EUROPE financials", "financial companies from the "
                 "EUROPE index", 'INDEX(EUROPE) & SECTOR("Financials")'),
                ("technology companies in the NX100", "NX100 tech", "technology companies from the NX100",
                 'INDEX(NX100) & SECTOR("Information Technology")'),
                ("industrial companies in the NX100", "NX100 industrials", "industrial companies from the NX100",
                 'INDEX(NX100) & SECTOR("Industrials")'),
                ("consumer discretionary companies in the EUROPE index", "EUROPE consumer discretionary",
                 "consumer discretionary companies from the EUROPE index",
                 'INDEX(EUROPE) & SECTOR("Consumer Discretionary")')]
        keys = [("P/E ratio", "p/e", "price-earnings ratio", "FG_PE(D0)"),
                ("price-to-book ratio", "p/b", "price-book ratio", "FG_PB(D0)")]
        for _ in range(6):
            sw, st, sg, s = self.pick(sets)
            kw, kt, kg, k = self.pick(keys)
            n = self.pick([2, 3])
            qs = {"ratings-note": f"For the peer comparison in this rating note, please list the {NUM_WORDS[n]} "
                                  f"{sw} with the lowest current {kw} among those with positive net income in fiscal "
                                  f"year 2024.",
                  "board-footnote": f"Note 2: {sw} with positive net income for fiscal year 2024; the "
                                    f"{NUM_WORDS[n]} with the lowest current {kw} are shown.",
                  "sms": f"{st} w/ positive net income last yr - which {n} have the lowest {kt} now?",
                  "german-english": f"Which {NUM_WORDS[n]} {sg} with a positive net profit in the business year 2024 "
                                    f"have at the moment the lowest {kg}?"}
            self._add_r31(combo, qs, f"NAME, {k} FOR SCREEN({s}, FF_NET_INC(FY2024) > 0) SORT {k} ASC TOP {n}")

    def negative_threshold_screen(self):
        combo = "screen: a loss or outflow larger than X (negative threshold) x IN USD (r31)"
        for _ in range(12):
            m, w, wg = self.pick([("FF_NET_INC", "a net loss", "a net loss"),
                                  ("FF_FCF", "negative free cash flow", "a negative free cash flow")])
            sw, s = self.pick([("companies", "ALL"), ("NX100 members", "INDEX(NX100)")])
            x = self._r31_cut(f"{m}(FY2024)", s, above=False, cur="USD", negative=True)
            if x is None or x >= 0:
                continue
            xs = self._num(-x)
            qs = {"ratings-note": f"As part of the downgrade watch, please identify the {sw} that reported {w} of "
                                  f"more than {xs} million US dollars for fiscal year 2024.",
                  "board-footnote": f"Note 7: {sw} with {w} exceeding USD {xs} million in fiscal year 2024 "
                                    f"(amounts in US dollars).",
                  "sms": f"which {sw} had {w} bigger than {xs}m usd last yr?",
                  "german-english": f"Which {sw} had in the business year 2024 {wg} of more than {xs} million US "
                                    f"dollars?"}
            self._add_r31(combo, qs, f"NAME FOR SCREEN({s}, {m}(FY2024) < {x}) IN USD")

    def exact_analyst_count_screen(self):
        combo = "screen: covered by exactly K analysts (=) x set (r31)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            p, pw, pg = self.pick([("FY1", "fiscal year 2025", "the business year 2025"),
                                   ("FY2", "fiscal year 2026", "the business year 2026")])
            rows = self._open().execute(f"FE_NUM({p}) FOR SCREEN({s})").rows
            counts = Counter(int(r[1]) for r in rows if r[1] is not None)
            ks = sorted(k for k, v in counts.items() if 1 <= v <= 10 and v < len(rows))
            if not ks:
                continue
            k = self.pick(ks)
            qs = {"ratings-note": f"For the coverage section of this rating note, please list the {sw} whose "
                                  f"{pw} consensus is based on exactly {k} analysts.",
                  "board-footnote": f"Note 5: {sw} covered by exactly {k} analysts for {pw}.",
                  "sms": f"{sw} w/ exactly {k} analysts for {pw}?",
                  "german-english": f"Which {sw} are followed by exactly {k} analysts for {pg}?"}
            self._add_r31(combo, qs, f"NAME FOR SCREEN({s}, FE_NUM({p}) = {k})")

    def volume_two_days_two_companies(self):
        combo = "trading volume today and N trading days ago x two companies (r31)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            n = self.pick([5, 10, 20])
            qs = {"ratings-note": f"For the liquidity section of our rating note, please state the trading volume "
                                  f"of {a.name} and {b.name} on the latest trading day and {n} trading days ago.",
                  "board-footnote": f"Note 9: trading volume of {a.name} and {b.name}, latest trading day and {n} "
                                    f"trading days earlier.",
                  "sms": f"volume {a.ticker} + {b.ticker} today and {n} trading days ago?",
                  "german-english": f"How high was the trading volume of {a.name} and {b.name} today and before {n} "
                                    f"trading days?"}
            self._add_r31(combo, qs, f"P_VOLUME(D0), P_VOLUME(D-{n}) FOR {a.ticker}, {b.ticker}")

    def price_to_ltm_sales_top_asc(self):
        combo = "TOP N lowest market cap over last-twelve-months sales (a defined ratio) x screen (r31)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            n = self.pick([2, 3])
            k = "FG_MKT_CAP(D0) / FF_SALES(LTM)"
            qs = {"ratings-note": f"For the valuation cross-check, please identify the {NUM_WORDS[n]} {sw} with the "
                                  f"lowest ratio of current market capitalisation to trailing twelve-month sales.",
                  "board-footnote": f"Note 3: price-to-sales (market capitalisation / last-twelve-months sales) - "
                                    f"the {NUM_WORDS[n]} lowest among {sw}.",
                  "sms": f"which {n} {sw} r cheapest on mkt cap / ltm sales?",
                  "german-english": f"Which {NUM_WORDS[n]} {sw} have the smallest relation of market capitalisation "
                                    f"to turnover of the last twelve months?"}
            self._add_r31(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} ASC TOP {n}")

    def ltm_fcf_yield_screen(self):
        combo = "screen: last-twelve-months free cash flow over market cap (percent) above X (r31)"
        e = "FF_FCF(LTM) / FG_MKT_CAP(D0) * 100"
        for _ in range(5):
            sw, s = self.pick(_sets())
            x = self._r31_cut(e, s, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"ratings-note": f"For the cash-flow adequacy review, please list the {sw} whose trailing "
                                  f"twelve-month free cash flow exceeds {xs}% of their current market "
                                  f"capitalisation.",
                  "board-footnote": f"Note 6: {sw} with last-twelve-months free cash flow / market cap above "
                                    f"{xs}%.",
                  "sms": f"{sw} w/ ltm fcf / mkt cap > {xs}%?",
                  "german-english": f"Which {sw} have a free cash flow of the last twelve months of more than {xs} "
                                    f"percent of the market capitalisation?"}
            self._add_r31(combo, qs, f"NAME FOR SCREEN({s}, {e} > {x})")

    _R31_QUARTERS = [("the first quarter of 2024", "Q1 2024", "first quarter 2024",
                      ("2024-01-31", "2024-02-29", "2024-03-31")),
                     ("the second quarter of 2024", "Q2 2024", "second quarter 2024",
                      ("2024-04-30", "2024-05-31", "2024-06-30")),
                     ("the third quarter of 2024", "Q3 2024", "third quarter 2024",
                      ("2024-07-31", "2024-08-31", "2024-09-30")),
                     ("the fourth quarter of 2023", "Q4 2023", "fourth quarter 2023",
                      ("2023-10-31", "2023-11-30", "2023-12-31"))]

    def month_end_closes_of_a_quarter(self):
        combo = "closing price at each month end of a calendar quarter x company (r31)"
        for _ in range(5):
            c = self.pick(self.companies)
            qw, qt, qg, ds = self.pick(self._R31_QUARTERS)
            qs = {"ratings-note": f"For the market-data appendix, please state {c.name}'s closing share price at "
                                  f"the end of each month of {qw}.",
                  "board-footnote": f"Note 8: {c.name} closing share price at each month end in {qw}.",
                  "sms": f"{c.ticker} close at each month end of {qt}?",
                  "german-english": f"How was the closing price of the {c.name} share at the end of every month in "
                                    f"the {qg}?"}
            self._add_r31(combo, qs, ", ".join(f"P_PRICE({d})" for d in ds) + f" FOR {c.ticker}")

    def mkt_cap_change_currency(self):
        combo = "change in market cap from a year end to today x company x IN currency (r31)"
        for _ in range(5):
            c = self.pick(self.companies)
            y = self.pick([2022, 2023])
            cur = self.pick([x for x in ("USD", "EUR", "GBP", "CHF") if x != c.currency])
            cw = CURRENCY_WORDS[cur][0]
            qs = {"ratings-note": f"For the equity cushion analysis, please state the change in {c.name}'s market "
                                  f"capitalisation from the end of {y} to today, {cw}.",
                  "board-footnote": f"Note 10: movement in {c.name}'s market capitalisation since the end of {y} "
                                    f"(today less end-{y}), {cw}.",
                  "sms": f"how much did {c.ticker} mkt cap change since end of {y}, {cw}?",
                  "german-english": f"By how much has the market capitalisation of {c.name} changed since end of {y} "
                                    f"until today, calculated {cw}?"}
            self._add_r31(combo, qs, f"FG_MKT_CAP(D0) - FG_MKT_CAP({y}-12-31) FOR {c.ticker} IN {cur}")

    def quarter_margin_change_year_earlier(self):
        combo = "a margin in the last quarter minus the same quarter a year earlier (points) x company (r31)"
        for _ in range(5):
            c = self.pick(self.companies)
            m, w, wg = self.pick([("FF_GROSS_INC", "gross margin", "gross margin"),
                                  ("FF_OPER_INC", "operating margin", "operating margin (EBIT margin)"),
                                  ("FF_NET_INC", "net margin", "net margin")])
            e = f"{m}(FQ0) / FF_SALES(FQ0) * 100 - {m}(FQ-4) / FF_SALES(FQ-4) * 100"
            qs = {"ratings-note": f"For the profitability trend in this rating note, please state the change in "
                                  f"{c.name}'s {w}, in percentage points, from the same quarter a year earlier to the "
                                  f"latest fiscal quarter.",
                  "board-footnote": f"Note 11: change in {c.name}'s {w}, latest fiscal quarter against the same "
                                    f"quarter of the prior year, in percentage points.",
                  "sms": f"{c.ticker} {w} last qtr vs same qtr a yr earlier, change in pts?",
                  "german-english": f"How many percentage points has the {wg} of {c.name} changed in the last "
                                    f"quarter compared to the same quarter of the previous year?"}
            self._add_r31(combo, qs, f"{e} FOR {c.ticker}")

    def rose_each_year_screen(self):
        combo = "screen: an item rose in each of two consecutive years (chained comparisons) (r31)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            m = self.pick(["FF_SALES", "FF_NET_INC", "FF_DPS", "FF_EMPLOYEES"])
            w = self._R26_NAMES[m][0]
            wg = {"FF_SALES": "turnover", "FF_NET_INC": "net profit"}.get(m, w)
            qs = {"ratings-note": f"For the trend assessment, please list the {sw} whose {w} increased both in "
                                  f"fiscal year 2023 and in fiscal year 2024, each against the prior year.",
                  "board-footnote": f"Note 12: {sw} with {w} higher in fiscal year 2023 than in fiscal year 2022 "
                                    f"and higher in fiscal year 2024 than in fiscal year 2023.",
                  "sms": f"{sw} whose {w} went up in FY23 and again in FY24?",
                  "german-english": f"Which {sw} could increase their {wg} in the business year 2023 and also in the "
                                    f"business year 2024, each compared to the year before?"}
            self._add_r31(combo, qs, f"NAME FOR SCREEN({s}, {m}(FY2023) > {m}(FY2022) AND {m}(FY2024) > "
                                     f"{m}(FY2023))")

    def per_employee_top_currency(self):
        combo = "TOP N by an item per employee x screen x IN currency (r31)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            m, w, wg = self.pick([("FF_SALES", "sales", "turnover"), ("FF_NET_INC", "net income", "net profit")])
            n = self.pick([3, 5])
            cur = self.pick(["USD", "EUR", "CHF"])
            cw = CURRENCY_WORDS[cur][0]
            k = f"{m}(FY2024) * 1000000 / FF_EMPLOYEES(FY2024)"  # (said "in <currency word>": units, docs round 11)
            qs = {"ratings-note": f"For the productivity benchmark, please identify the {NUM_WORDS[n]} {sw} with "
                                  f"the highest {w} per employee for fiscal year 2024, {cw}.",
                  "board-footnote": f"Note 13: {w} per employee, fiscal year 2024, {cw} - the {NUM_WORDS[n]} "
                                    f"highest among {sw}.",
                  "sms": f"top {n} {sw} by {w} per employee FY24 {cw}?",
                  "german-english": f"Which {NUM_WORDS[n]} {sw} have the highest {wg} per employee in the business "
                                    f"year 2024, calculated {cw}?"}
            self._add_r31(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC TOP {n} IN {cur}")

    def average_volume_refused(self):
        combo = "average daily trading volume over the last N trading days (refused: no average of prices) (r31)"
        for _ in range(5):
            c = self.pick(self.companies)
            n = self.pick([10, 20, 60])
            qs = {"ratings-note": f"For the liquidity assessment, please state {c.name}'s average daily trading "
                                  f"volume over the last {n} trading days.",
                  "board-footnote": f"Note 14: {c.name} average daily trading volume, last {n} trading days.",
                  "sms": f"{c.ticker} avg daily volume last {n} trading days?",
                  "german-english": f"How high was the average daily trading volume of {c.name} in the last {n} "
                                    f"trading days?"}
            self._add_r31(combo, qs, None, "unsupported")

    def debt_equity_quarters_two_companies(self):
        combo = "debt to equity at the last quarter and a year earlier x two companies (r31)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            qs = {"ratings-note": f"For the leverage section, please state the ratio of debt to equity of {a.name} "
                                  f"and {b.name} at the latest fiscal quarter and at the same quarter a year "
                                  f"earlier.",
                  "board-footnote": f"Note 15: debt / equity of {a.name} and {b.name}, latest fiscal quarter and "
                                    f"the same quarter of the prior year.",
                  "sms": f"debt/equity {a.ticker} {b.ticker} last qtr + same qtr a yr ago?",
                  "german-english": f"How high is the relation of debt to equity of {a.name} and {b.name} in the "
                                    f"last quarter and in the same quarter of the year before?"}
            self._add_r31(combo, qs, f"FF_DEBT(FQ0) / FF_EQUITY(FQ0), FF_DEBT(FQ-4) / FF_EQUITY(FQ-4) "
                                     f"FOR {a.ticker}, {b.ticker}")

    def three_set_union_top(self):
        combo = "TOP N of a union of three sets by a ratio (r31)"
        unions = [(("banks", "insurers", "asset managers"),
                   'INDUSTRY("Banks") | INDUSTRY("Insurance") | INDUSTRY("Asset Management")'),
                  (("airlines", "logistics companies", "automakers"),
                   'INDUSTRY("Airlines") | INDUSTRY("Logistics") | INDUSTRY("Automobiles")'),
                  (("utilities", "energy companies", "real estate companies"),
                   'SECTOR("Utilities") | SECTOR("Energy") | SECTOR("Real Estate")')]
        keys = [("dividend yield", "yield", "dividend yield", "FG_DIV_YIELD(D0)", "DESC", "highest"),
                ("P/E ratio", "p/e", "price-earnings ratio", "FG_PE(D0)", "ASC", "lowest")]
        for _ in range(5):
            (x, y, z), s = self.pick(unions)
            kw, kt, kg, k, d, hl = self.pick(keys)
            n = self.pick([3, 4])
            qs = {"ratings-note": f"For the sector comparison, please identify, across {x}, {y} and {z} taken "
                                  f"together, the {NUM_WORDS[n]} companies with the {hl} current {kw}.",
                  "board-footnote": f"Note 16: {x}, {y} and {z} combined - the {NUM_WORDS[n]} with the {hl} "
                                    f"{kw} today.",
                  "sms": f"{x} + {y} + {z}: {n} w/ {hl} {kt}?",
                  "german-english": f"Which {NUM_WORDS[n]} companies from the {x}, the {y} and the {z} have at the "
                                    f"moment the {hl} {kg}?"}
            self._add_r31(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} {d} TOP {n}")

    def five_year_sum_top_currency(self):
        combo = "TOP N by an item summed over fiscal years x screen x IN currency (r31)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            m, w, wg = self.pick([("FF_FCF", "free cash flow", "free cash flow"),
                                  ("FF_NET_INC", "net income", "net profit")])
            a = self.pick([2020, 2021])
            n = self.pick([2, 3])
            cur = self.pick(["USD", "EUR"])
            cw = CURRENCY_WORDS[cur][0]
            k = f"SUM({m}, FY{a}, FY2024)"
            qs = {"ratings-note": f"For the cash generation review, please identify the {NUM_WORDS[n]} {sw} with "
                                  f"the highest cumulative {w} over fiscal years {a} to 2024, {cw}.",
                  "board-footnote": f"Note 17: cumulative {w}, fiscal years {a}-2024, {cw} - the {NUM_WORDS[n]} "
                                    f"highest among {sw}.",
                  "sms": f"top {n} {sw} by total {w} FY{a % 100}-FY24 {cw}?",
                  "german-english": f"Which {NUM_WORDS[n]} {sw} had the highest summed {wg} from the business year "
                                    f"{a} until 2024, calculated {cw}?"}
            self._add_r31(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC TOP {n} IN {cur}")

    def sequential_quarter_growth_two_companies(self):
        combo = "quarter-on-quarter growth (last quarter over the one before) x two companies (r31)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            m, w, wg = self.pick([("FF_SALES", "sales", "turnover"), ("FF_OPER_INC", "operating income",
                                                                       "operating profit")])
            qs = {"ratings-note": f"For the near-term trend, please state the sequential growth in {w} of {a.name} "
                                  f"and {b.name} from the quarter before last to the latest fiscal quarter, in "
                                  f"percent.",
                  "board-footnote": f"Note 18: quarter-on-quarter {w} growth (latest fiscal quarter against the "
                                    f"preceding quarter) for {a.name} and {b.name}.",
                  "sms": f"{a.ticker} + {b.ticker} {w} growth q/q last qtr?",
                  "german-english": f"How much percent did the {wg} of {a.name} and {b.name} grow in the last "
                                    f"quarter compared to the quarter before?"}
            self._add_r31(combo, qs, f"GROWTH({m}, FQ-1, FQ0) FOR {a.ticker}, {b.ticker}")

    def ltm_margin_and_not_valuation_screen(self):
        combo = "screen: a last-twelve-months margin above X and NOT a valuation above Y (r31)"
        e = "FF_OPER_INC(LTM) / FF_SALES(LTM) * 100"
        for _ in range(12):
            sw, s = self.pick(_sets())
            x = self._r31_cut(e, s, above=True)
            if x is None or x <= 0:
                continue
            y = self.pick([15, 20, 25])
            rows = self._open().execute(f"FG_PE(D0) FOR SCREEN({s})").rows
            if any(r[1] is not None and abs(r[1] - y) < 0.02 * y for r in rows):
                continue
            xs = self._num(x)
            qs = {"ratings-note": f"For the screening annex, please list the {sw} with a trailing twelve-month "
                                  f"operating margin above {xs}% whose current P/E ratio is not above {y}.",
                  "board-footnote": f"Note 19: {sw} with last-twelve-months operating margin over {xs}%, excluding "
                                    f"those with a P/E above {y}.",
                  "sms": f"{sw} ltm op margin > {xs}% but not p/e > {y}?",
                  "german-english": f"Which {sw} have an operating margin of the last twelve months over {xs} "
                                    f"percent and not a price-earnings ratio over {y}?"}
            self._add_r31(combo, qs, f"NAME FOR SCREEN({s}, {e} > {x} AND NOT FG_PE(D0) > {y})")

    def return_between_dates_top(self):
        combo = "TOP N by the return between two calendar dates x screen (r31)"
        spans = [("March 15, 2024", "September 30, 2024", "15.3.2024", "30.9.2024", "2024-03-15", "2024-09-30"),
                 ("June 28, 2024", "November 29, 2024", "28.6.2024", "29.11.2024", "2024-06-28", "2024-11-29"),
                 ("February 6, 2023", "August 25, 2023", "6.2.2023", "25.8.2023", "2023-02-06", "2023-08-25")]
        for _ in range(5):
            sw, s = self.pick(_sets())
            a, b, ag, bg, d1, d2 = self.pick(spans)
            n = self.pick([2, 3])
            k = f"P_RETURN({d1}, {d2})"
            qs = {"ratings-note": f"For the market-performance annex, please identify the {NUM_WORDS[n]} {sw} with "
                                  f"the highest share price return from {a} to {b}.",
                  "board-footnote": f"Note 20: share price return from {a} to {b} - the {NUM_WORDS[n]} best "
                                    f"performers among {sw}.",
                  "sms": f"best {n} {sw} by share price return {d1} to {d2}?",
                  "german-english": f"Which {NUM_WORDS[n]} {sw} had the best share price performance from the {ag} "
                                    f"until the {bg}?"}
            self._add_r31(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC TOP {n}")

    def per_share_items_rare_currency(self):
        combo = "EPS and dividends per share of a fiscal year x company x IN CHF / JPY / CAD (r31)"
        for _ in range(5):
            c = self.pick(self.companies)
            cur = self.pick([x for x in ("CHF", "JPY", "CAD") if x != c.currency])
            cw = CURRENCY_WORDS[cur][0]
            y = self.pick([2023, 2024])
            qs = {"ratings-note": f"For the shareholder-distribution review, please state {c.name}'s diluted EPS and "
                                  f"dividends per share for fiscal year {y}, converted {cw}.",
                  "board-footnote": f"Note 21: {c.name} diluted EPS and dividends per share, fiscal year {y}, "
                                    f"{cw}.",
                  "sms": f"{c.ticker} eps + dps FY{y % 100} {cw}?",
                  "german-english": f"How high were the diluted earnings per share and the dividend per share of "
                                    f"{c.name} in the business year {y}, calculated {cw}?"}
            self._add_r31(combo, qs, f"FF_EPS(FY{y}), FF_DPS(FY{y}) FOR {c.ticker} IN {cur}")

    # --- round 32 (f32g): SORT on a ticker list, "!=", fields, (A | B) & C, CAGR and AVG in a condition, volume and
    # a low in a condition, a valuation against its own past level, DPS x shares, a weekend date, fx and company-master
    # facts (refused), counts beside money IN a currency, ">=", four quarterly conditions, a price condition IN a
    # currency, year-end market caps IN a currency. Appended after round 31's; tagged "r32"; four voices new to the
    # generator. --------------------------------------------------------------------------------------------------

    def _r32(self) -> list:
        """Round 32's combinations (f32g), built after round 31's so its draws do not move."""
        return [self.ticker_list_top1, self.ticker_list_ranked_growth, self.analyst_count_not_k_screen,
                self.fields_two_companies, self.fields_screen_cond, self.union_crossed_screen, self.cagr_cond_screen,
                self.avg_years_cond_screen, self.volume_multiple_screen, self.near_low_screen,
                self.valuation_vs_past_screen, self.dividends_paid_company, self.weekend_close_two_companies,
                self.fx_rate_refused, self.master_fact_refused, self.headcount_money_currency,
                self.equity_ratio_at_least_screen, self.four_quarters_positive_screen,
                self.price_cond_currency_screen, self.year_end_mkt_caps_currency]

    _R32_VOICES = ("french-english", "bulleted", "analyst-shorthand", "long-context")

    def _add_r32(self, combo: str, qs: dict, query: str | None, refusal: str | None = None) -> None:
        """Add one draw of a round-32 combination in each voice of ``qs`` (round 31's rule: ``_add_r31``)."""
        self._add_r31(combo, qs, query, refusal, voices=self._R32_VOICES, tag="r32")

    def _r32_values(self, expr: str, target: str) -> list:
        return [r[1] for r in self._open().execute(f"{expr} FOR {target}").rows]

    _R32_RATIOS = [("P/E ratio", "P/E", "FG_PE(D0)"), ("dividend yield", "div yld", "FG_DIV_YIELD(D0)"),
                   ("price-to-book ratio", "P/B", "FG_PB(D0)")]

    def ticker_list_top1(self):
        combo = "which of three companies has the highest / lowest ratio now (SORT on a ticker list, TOP 1) (r32)"
        for _ in range(6):
            a, b, c = self.sample(self.companies, 3)
            kw, kt, k = self.pick(self._R32_RATIOS)
            hl, d = self.pick([("highest", "DESC"), ("lowest", "ASC")])
            vals = self._r32_values(k, f"{a.ticker}, {b.ticker}, {c.ticker}")
            if any(v is None for v in vals) or len({round(v, 6) for v in vals}) < 3:
                continue
            qs = {"french-english": f"Among {a.name}, {b.name} and {c.name}, which one has at present the {hl} "
                                    f"{kw}?",
                  "bulleted": f"Please compare the current {kw} of:\n- {a.name}\n- {b.name}\n- {c.name}\nWhich one "
                              f"is the {hl}?",
                  "analyst-shorthand": f"{a.ticker} / {b.ticker} / {c.ticker} - {hl} {kt} currently?",
                  "long-context": f"A client already holds {a.name} and is weighing {b.name} and {c.name} as "
                                  f"alternatives; valuation and income are the main concerns at this stage, and we "
                                  f"will look at the balance sheets later. Of the three, which has the {hl} {kw} "
                                  f"today?"}
            self._add_r32(combo, qs, f"NAME, {k} FOR {a.ticker}, {b.ticker}, {c.ticker} SORT {k} {d} TOP 1")

    def ticker_list_ranked_growth(self):
        combo = "three companies ranked by a growth between two fiscal years (SORT on a ticker list) (r32)"
        for _ in range(6):
            a, b, c = self.sample(self.companies, 3)
            m, w, fw = self.pick([("FF_SALES", "sales", "turnover"), ("FF_NET_INC", "net income", "net result"),
                                  ("FF_OPER_INC", "operating income", "operating result")])
            y = self.pick([2023, 2024])
            k = f"GROWTH({m}, FY{y - 1}, FY{y})"
            vals = self._r32_values(k, f"{a.ticker}, {b.ticker}, {c.ticker}")
            if any(v is None for v in vals) or len({round(v, 6) for v in vals}) < 3:
                continue
            qs = {"french-english": f"Can you rank {a.name}, {b.name} and {c.name} by the growth of their {fw} "
                                    f"between the fiscal year {y - 1} and the fiscal year {y}, from the highest to "
                                    f"the lowest?",
                  "bulleted": f"Rank these by {w} growth from fiscal {y - 1} to fiscal {y}, highest first:\n"
                              f"- {a.name}\n- {b.name}\n- {c.name}",
                  "analyst-shorthand": f"{a.ticker}, {b.ticker}, {c.ticker}: {w} growth FY{y - 1}-FY{y}, ranked "
                                       f"high to low",
                  "long-context": f"Our sector team is preparing a short note on operating momentum and has "
                                  f"narrowed the list to {a.name}, {b.name} and {c.name}. Before we look at margins, "
                                  f"please rank the three by their {w} growth from fiscal {y - 1} to fiscal {y}, "
                                  f"fastest first."}
            self._add_r32(combo, qs, f"NAME, {k} FOR {a.ticker}, {b.ticker}, {c.ticker} SORT {k} DESC")

    def analyst_count_not_k_screen(self):
        combo = "screen: analyst count other than K (!=) x set (r32)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            rows = self._open().execute(f"FE_NUM(FY1) FOR SCREEN({s})").rows
            if not rows or any(r[1] is None for r in rows):
                continue
            counts = Counter(int(r[1]) for r in rows)
            ks = sorted(k for k, v in counts.items() if 1 <= len(rows) - v <= 10 and v >= 1)
            if not ks:
                continue
            k = self.pick(ks)
            qs = {"french-english": f"Which {sw} are followed by a number of analysts different from {k} for the "
                                    f"fiscal year 2025?",
                  "bulleted": f"Screen request:\n- universe: {sw}\n- condition: number of analysts for fiscal 2025 "
                              f"not equal to {k}",
                  "analyst-shorthand": f"{sw}, FY25 analyst count != {k}",
                  "long-context": f"We keep a coverage log that flags names whose analyst following has moved away "
                                  f"from the usual level; for this group the usual level is {k}. Which {sw} have a "
                                  f"number of analysts for fiscal year 2025 other than {k}?"}
            self._add_r32(combo, qs, f"NAME FOR SCREEN({s}, FE_NUM(FY1) != {k})")

    def fields_two_companies(self):
        combo = "sector, industry, country and reporting currency x two companies (fields) (r32)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            qs = {"french-english": f"In which sector, which industry and which country are {a.name} and {b.name}, "
                                    f"and in which currency do they report?",
                  "bulleted": f"For {a.name} and {b.name}, please give:\n- sector\n- industry\n- country\n"
                              f"- reporting currency",
                  "analyst-shorthand": f"{a.ticker}, {b.ticker}: sector / industry / country / ccy",
                  "long-context": f"I am setting up a new watch list and the reference data for two names is "
                                  f"missing from our system; the figures themselves I already have. What are the "
                                  f"sector, industry, country and reporting currency of {a.name} and {b.name}?"}
            self._add_r32(combo, qs, f"SECTOR, INDUSTRY, COUNTRY, CURRENCY FOR {a.ticker}, {b.ticker}")

    def fields_screen_cond(self):
        combo = "screen: each company's country and currency (fields) x cond (r32)"
        sets = [("NX100 members", "INDEX(NX100)"), ("companies in the EUROPE index", "INDEX(EUROPE)"),
                ("TECHX companies", "INDEX(TECHX)"), ("financial companies", 'SECTOR("Financials")'),
                ("materials companies", 'SECTOR("Materials")')]
        for _ in range(6):
            sw, s = self.pick(sets)
            x = self._r31_cut("FG_PE(D0)", s, above=False)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"french-english": f"Which {sw} have a P/E below {xs} at present? Please give also their country "
                                    f"and their currency.",
                  "bulleted": f"Please list:\n- universe: {sw}\n- condition: P/E under {xs}\n- columns: country, "
                              f"currency",
                  "analyst-shorthand": f"{sw} w/ P/E < {xs} - show country + ccy",
                  "long-context": f"We are reviewing currency exposure across cheap names before the quarterly "
                                  f"rebalance, so the country and the reporting currency of each matter as much as "
                                  f"the name. Which {sw} have a P/E below {xs}, and what are their countries and "
                                  f"currencies?"}
            self._add_r32(combo, qs, f"NAME, COUNTRY, CURRENCY FOR SCREEN({s}, FG_PE(D0) < {x})")

    def union_crossed_screen(self):
        combo = "screen: a union of two sets crossed with a third ((A | B) & C) x cond (r32)"
        sets = [("banks or insurers", "banks and insurers", "in the EUROPE index",
                 '(INDUSTRY("Banks") | INDUSTRY("Insurance")) & INDEX(EUROPE)'),
                ("utilities or energy companies", "utilities and energy companies", "in the NX100",
                 '(SECTOR("Utilities") | SECTOR("Energy")) & INDEX(NX100)'),
                ("semiconductor or software companies", "semiconductor and software companies", "in the TECHX index",
                 '(INDUSTRY("Semiconductors") | INDUSTRY("Software")) & INDEX(TECHX)'),
                ("Japanese or German companies", "Japanese and German companies", "in the NX100",
                 '(COUNTRY("Japan") | COUNTRY("Germany")) & INDEX(NX100)'),
                ("French or British companies", "French and British companies", "in the EUROPE index",
                 '(COUNTRY("France") | COUNTRY("United Kingdom")) & INDEX(EUROPE)')]
        for _ in range(8):
            uw, aw, iw, s = self.pick(sets)
            kw, kt, k = self.pick(self._R32_RATIOS)
            x = self._r31_cut(k, s, above=k == "FG_DIV_YIELD(D0)")
            if x is None or x <= 0:
                continue
            cmp, cw, ct = (">", "above", ">") if k == "FG_DIV_YIELD(D0)" else ("<", "below", "<")
            xs = self._num(x)
            qs = {"french-english": f"Which are the {uw} {iw} with a {kw} {cw} {xs} actually?",
                  "bulleted": f"Screen:\n- {aw}\n- only those {iw}\n- {kw} {cw} {xs}",
                  "analyst-shorthand": f"{aw} {iw}, {kt} {ct} {xs}",
                  "long-context": f"Our European desk wants a short list for a sector call next week, built from "
                                  f"names it already follows. Which {uw} {iw} have a {kw} {cw} {xs}?"}
            self._add_r32(combo, qs, f"NAME FOR SCREEN({s}, {k} {cmp} {x})")

    def cagr_cond_screen(self):
        combo = "screen: CAGR of an item over the last N years above X% (r32)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, w, fw = self.pick([("FF_SALES", "sales", "turnover"), ("FF_NET_INC", "net income", "net result"),
                                  ("FF_EPS", "diluted EPS", "diluted earnings per share")])
            n = self.pick([3, 4, 5])
            e = f"CAGR({m}, FY{2024 - n}, FY2024)"
            x = self._r31_cut(e, s, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"french-english": f"Which {sw} have an annual average growth rate (CAGR) of their {fw} above {xs}% "
                                    f"over the fiscal years {2024 - n} to 2024?",
                  "bulleted": f"Screen:\n- {sw}\n- {w} CAGR from fiscal {2024 - n} to fiscal 2024 above {xs}%",
                  "analyst-shorthand": f"{sw}: {w} CAGR FY{(2024 - n) % 100}-FY24 > {xs}%",
                  "long-context": f"We are looking for steady compounders rather than one-year jumps, so a "
                                  f"compound rate matters more to us than any single year's growth. Which {sw} grew "
                                  f"their {w} at a compound annual rate above {xs}% from fiscal {2024 - n} to fiscal "
                                  f"2024?"}
            self._add_r32(combo, qs, f"NAME FOR SCREEN({s}, {e} > {x})")

    def avg_years_cond_screen(self):
        combo = "screen: an item's average over three fiscal years above X (one-currency set) (r32)"
        for _ in range(8):
            sw, s, cur = self.pick([t for t in ONE_CURRENCY_SETS if "Metals" not in t[1]])
            m, w, fw = self.pick([("FF_NET_INC", "net income", "net result"), ("FF_FCF", "free cash flow",
                                                                                  "free cash flow")])
            e = f"AVG({m}, FY2022, FY2024)"
            x = self._r31_cut(e, s, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            cs = {"USD": "USD", "EUR": "EUR", "GBP": "GBP", "JPY": "JPY", "CAD": "CAD"}[cur]
            qs = {"french-english": f"Which {sw} had on average a {fw} of more than {xs} million {cs} per year over "
                                    f"the fiscal years 2022 to 2024?",
                  "bulleted": f"Please screen:\n- {sw}\n- average annual {w}, fiscal 2022-2024, above {xs} million "
                              f"{cs}",
                  "analyst-shorthand": f"{sw}: avg {w} FY22-FY24 > {cs} {xs}m",
                  "long-context": f"One good year can flatter a company, so the credit committee asked us to look "
                                  f"at a three-year average instead of the last figure alone. Which {sw} averaged "
                                  f"more than {xs} million {cs} of {w} a year over fiscal 2022 to 2024?"}
            self._add_r32(combo, qs, f"NAME FOR SCREEN({s}, {e} > {x})")

    def volume_multiple_screen(self):
        combo = "screen: volume today more than X times its volume N trading days ago (r32)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            n = self.pick([5, 10, 20])
            x = self._r31_cut(f"P_VOLUME(D0) / P_VOLUME(D-{n})", s, above=True)
            if x is None or x <= 1 or x >= 10:
                continue
            xs = self._num(x)
            qs = {"french-english": f"For which {sw} is the volume traded today more than {xs} times the volume "
                                    f"of {n} trading days ago?",
                  "bulleted": f"Volume screen:\n- {sw}\n- today's trading volume above {xs}x the volume {n} "
                              f"trading days ago",
                  "analyst-shorthand": f"{sw}: vol D0 > {xs}x vol {n} trading days ago",
                  "long-context": f"Unusual trading often comes before news, and our surveillance note flags names "
                                  f"whose turnover in shares jumps. Which {sw} traded a volume today more than {xs} "
                                  f"times their volume of {n} trading days ago?"}
            self._add_r32(combo, qs, f"NAME FOR SCREEN({s}, P_VOLUME(D0) > {xs} * P_VOLUME(D-{n}))")

    def near_low_screen(self):
        combo = "screen: price at most X% above its low of the last N trading days (<=) (r32)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            n = self.pick([60, 120, 250])
            x = self._r31_cut(f"(P_PRICE(D0) / P_LOW(D-{n}, D0) - 1) * 100", s, above=False)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            f = round(1 + x / 100, 6)
            qs = {"french-english": f"Which {sw} have a share price that is at most {xs}% above its lowest close of "
                                    f"the last {n} trading days?",
                  "bulleted": f"Screen:\n- {sw}\n- share price no more than {xs}% above the lowest close of the last "
                              f"{n} trading days",
                  "analyst-shorthand": f"{sw} trading within {xs}% of their {n}-trading-day low",
                  "long-context": f"We buy weakness only where it is already close to a floor, and our rule is "
                                  f"simple. Which {sw} are trading no more than {xs}% above their lowest close of "
                                  f"the last {n} trading days?"}
            self._add_r32(combo, qs, f"NAME FOR SCREEN({s}, P_PRICE(D0) <= {f:g} * P_LOW(D-{n}, D0))")

    def valuation_vs_past_screen(self):
        combo = "screen: a valuation now above / below its level at a past year end (r32)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            kw, kt, k = self.pick(self._R32_RATIOS)
            y = self.pick([2022, 2023])
            up = self.rng.random() < 0.5
            past = k.replace("(D0)", f"({y}-12-31)")
            rows = self._open().execute(f"{k}, {past} FOR SCREEN({s})").rows
            if any(r[1] is not None and r[2] is not None and abs(r[1] - r[2]) < 0.02 * abs(r[2]) for r in rows):
                continue
            hw, ht = ("higher", ">") if up else ("lower", "<")
            qs = {"french-english": f"Which {sw} have today a {kw} {hw} than at the end of the year {y}?",
                  "bulleted": f"Screen:\n- {sw}\n- current {kw} {hw} than at the end of {y}",
                  "analyst-shorthand": f"{sw}: {kt} now {ht} {kt} end-{y}",
                  "long-context": f"We are checking how valuations have moved since our last strategy paper, "
                                  f"which used year-end figures. Which {sw} have a {kw} today that is {hw} than it "
                                  f"was at the end of {y}?"}
            self._add_r32(combo, qs, f"NAME FOR SCREEN({s}, {k} {'>' if up else '<'} {past})")

    def dividends_paid_company(self):
        combo = "total dividends paid (DPS times diluted shares) x company x fiscal year (r32)"
        for _ in range(6):
            c = self.pick(self.companies)
            y = self.pick([2022, 2023, 2024])
            e = f"FF_DPS(FY{y}) * FF_SHARES(FY{y})"
            if not self._r32_values(e, c.ticker)[0]:
                continue
            qs = {"french-english": f"What is the total amount of dividends distributed by {c.name} for the fiscal "
                                    f"year {y}, calculated as the dividend per share multiplied by the diluted "
                                    f"shares?",
                  "bulleted": f"For {c.name}, fiscal {y}:\n- dividends per share times diluted shares outstanding "
                              f"(total dividends paid)",
                  "analyst-shorthand": f"{c.ticker} FY{y % 100} total divs = DPS x diluted shares?",
                  "long-context": f"Our income fund wants to know how much cash {c.name} actually hands to its "
                                  f"shareholders, not just the per-share figure. Taking the dividends per share times "
                                  f"the diluted shares outstanding, what was the total for fiscal {y}?"}
            self._add_r32(combo, qs, f"{e} FOR {c.ticker}")

    _R32_WEEKENDS = [("Saturday, June 29, 2024", "29 June 2024 (a Saturday)", "2024-06-29"),
                     ("Sunday, March 31, 2024", "31 March 2024 (a Sunday)", "2024-03-31"),
                     ("Saturday, September 30, 2023", "30 September 2023 (a Saturday)", "2023-09-30"),
                     ("Sunday, September 29, 2024", "29 September 2024 (a Sunday)", "2024-09-29")]

    def weekend_close_two_companies(self):
        combo = "closing price on a weekend date (the last trading day before) x two companies (r32)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            w, fw, d = self.pick(self._R32_WEEKENDS)
            qs = {"french-english": f"What was the share price of {a.name} and of {b.name} on the {fw}?",
                  "bulleted": f"Closing prices please:\n- {a.name}\n- {b.name}\n- date: {w}",
                  "analyst-shorthand": f"{a.ticker}, {b.ticker} px {d} (weekend, last close)",
                  "long-context": f"Our valuation date for the fund falls on a weekend this time, and the auditors "
                                  f"accept the last available close. What were the share prices of {a.name} and "
                                  f"{b.name} on {w}?"}
            self._add_r32(combo, qs, f"P_PRICE({d}) FOR {a.ticker}, {b.ticker}")

    def fx_rate_refused(self):
        combo = "an exchange rate asked directly (refused: fx only converts, no fx metric) (r32)"
        pairs = [("euro", "US dollar", "EUR/USD"), ("pound sterling", "US dollar", "GBP/USD"),
                 ("Swiss franc", "US dollar", "CHF/USD"), ("yen", "US dollar", "JPY/USD")]
        for _ in range(4):
            a, b, t = self.pick(pairs)
            w, fw, d = self.pick(self._R32_WEEKENDS[:1] + [("June 28, 2024", "28 June 2024", "2024-06-28"),
                                                           ("December 31, 2024", "31 December 2024", "2024-12-31")])
            qs = {"french-english": f"What was the exchange rate of the {a} against the {b} on the {fw}?",
                  "bulleted": f"FX request:\n- pair: {a} to {b}\n- date: {w}",
                  "analyst-shorthand": f"{t} rate {d}?",
                  "long-context": f"We convert a few foreign holdings by hand for the board pack and want to check "
                                  f"our figures against yours. What was the {a} to {b} exchange rate on {w}?"}
            self._add_r32(combo, qs, None, "unsupported")

    def master_fact_refused(self):
        combo = "a company master fact with no FinQL field (fiscal year end month, IPO year) (refused) (r32)"
        for _ in range(5):
            c = self.pick(self.companies)
            what, fw, sw = self.pick([("in which month its fiscal year ends", "the month of closing of its fiscal "
                                       "year", "FYE month"),
                                      ("the year of its IPO", "the year of its introduction on the stock exchange",
                                       "IPO year")])
            qs = {"french-english": f"What is {fw} for {c.name}?",
                  "bulleted": f"Reference data for {c.name}:\n- {sw}",
                  "analyst-shorthand": f"{c.ticker} {sw}?",
                  "long-context": f"We are reconciling our calendar of reporting dates with the company files, and "
                                  f"one item is missing for {c.name}. Could you tell me {what}?"}
            self._add_r32(combo, qs, None, "unsupported")

    def headcount_money_currency(self):
        combo = "headcount beside a money item x company x IN currency (counts not converted) (r32)"
        for _ in range(5):
            c = self.pick(self.companies)
            m, w, fw = self.pick([("FF_SALES", "sales", "turnover"), ("FF_NET_INC", "net income", "net result")])
            cur = self.pick([x for x in ("USD", "EUR", "GBP") if x != c.currency])
            cw = CURRENCY_WORDS[cur][0]
            y = self.pick([2023, 2024])
            qs = {"french-english": f"What were the number of employees and the {fw} of {c.name} for the fiscal "
                                    f"year {y}, the amounts {cw}?",
                  "bulleted": f"{c.name}, fiscal {y}:\n- headcount\n- {w} ({cw})",
                  "analyst-shorthand": f"{c.ticker} FY{y % 100}: headcount + {w}, {cur}",
                  "long-context": f"For a productivity comparison with our own portfolio companies, which all "
                                  f"report {cw[3:]}, I need two figures for {c.name}: its number of employees and "
                                  f"its {w} for fiscal {y}, with the money converted {cw}."}
            self._add_r32(combo, qs, f"FF_EMPLOYEES(FY{y}), {m}(FY{y}) FOR {c.ticker} IN {cur}")

    def equity_ratio_at_least_screen(self):
        combo = "screen: equity ratio (equity / total assets, percent) at least X% (>=) (r32)"
        e = "FF_EQUITY(FY2024) / FF_ASSETS(FY2024) * 100"
        for _ in range(6):
            sw, s = self.pick(_sets())
            x = self._r31_cut(e, s, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"french-english": f"Which {sw} have an equity ratio (equity on total assets) of at least {xs}% for "
                                    f"the fiscal year 2024?",
                  "bulleted": f"Screen:\n- {sw}\n- equity / total assets, fiscal 2024: at least {xs}%",
                  "analyst-shorthand": f"{sw}: equity/assets FY24 >= {xs}%",
                  "long-context": f"The lending team treats a thin equity cushion as a red flag and wants only "
                                  f"well-capitalised names on the list. Which {sw} had shareholders' equity of at "
                                  f"least {xs}% of total assets in fiscal 2024?"}
            self._add_r32(combo, qs, f"NAME FOR SCREEN({s}, {e} >= {x})")

    def four_quarters_positive_screen(self):
        combo = "screen: an item positive in each of the last four fiscal quarters (four conditions) (r32)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, w, fw = self.pick([("FF_NET_INC", "net income", "net result"),
                                  ("FF_FCF", "free cash flow", "free cash flow")])
            cond = " AND ".join(f"{m}(FQ{'-' + str(i) if i else '0'}) > 0" for i in (3, 2, 1, 0))
            n_all = len(self._open().execute(f"NAME FOR SCREEN({s})").rows)
            try:
                n = len(self._open().execute(f"NAME FOR SCREEN({s}, {cond})").rows)
            except Exception:  # noqa: BLE001
                continue
            if n >= n_all:
                continue
            qs = {"french-english": f"Which {sw} had a positive {fw} in each of the last four quarters?",
                  "bulleted": f"Screen:\n- {sw}\n- {w} above zero in every one of the last four fiscal quarters",
                  "analyst-shorthand": f"{sw} w/ {w} > 0 each of last 4 qtrs",
                  "long-context": f"A single good quarter is not enough for our quality list; we want consistency. "
                                  f"Which {sw} reported positive {w} in each of the last four quarters?"}
            self._add_r32(combo, qs, f"NAME FOR SCREEN({s}, {cond})")

    def price_cond_currency_screen(self):
        combo = "screen: share price above X in a currency over a multi-currency set (IN converts a price) (r32)"
        sets = [("NX100 members", "INDEX(NX100)"), ("companies in the EUROPE index", "INDEX(EUROPE)"),
                ("TECHX companies", "INDEX(TECHX)"), ("financial companies", 'SECTOR("Financials")'),
                ("consumer staples companies", 'SECTOR("Consumer Staples")')]
        for _ in range(6):
            sw, s = self.pick(sets)
            cur = self.pick(["USD", "EUR"])
            x = self._r31_cut("P_PRICE(D0)", s, above=True, cur=cur)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            cw = CURRENCY_WORDS[cur][0]
            sym = {"USD": "$", "EUR": "EUR "}[cur]
            qs = {"french-english": f"Which {sw} have a share price above {xs} {'dollars' if cur == 'USD' else 'euros'} "
                                    f"at present, converted {cw}?",
                  "bulleted": f"Screen:\n- {sw}\n- current share price above {xs} ({cw})",
                  "analyst-shorthand": f"{sw} w/ px > {sym}{xs} ({cur})",
                  "long-context": f"Some of our retail clients buy whole shares only and cap the price per share "
                                  f"they will pay. Which {sw} currently trade above {xs} a share {cw}?"}
            self._add_r32(combo, qs, f"NAME FOR SCREEN({s}, P_PRICE(D0) > {x}) IN {cur}")

    def year_end_mkt_caps_currency(self):
        combo = "market cap at the end of each of three calendar years x company x IN currency (r32)"
        for _ in range(5):
            c = self.pick(self.companies)
            cur = self.pick([x for x in ("USD", "EUR", "GBP") if x != c.currency])
            cw = CURRENCY_WORDS[cur][0]
            a = self.pick([2021, 2022])
            ys = [a, a + 1, a + 2]
            qs = {"french-english": f"What was the market capitalisation of {c.name} at the end of the years {ys[0]}, "
                                    f"{ys[1]} and {ys[2]}, {cw}?",
                  "bulleted": f"{c.name} market cap ({cw}) at year end:\n- {ys[0]}\n- {ys[1]}\n- {ys[2]}",
                  "analyst-shorthand": f"{c.ticker} mkt cap YE{ys[0] % 100}/YE{ys[1] % 100}/YE{ys[2] % 100}, {cur}",
                  "long-context": f"For the history section of our initiation report on {c.name} we show the market "
                                  f"value at each calendar year end. What was its market capitalisation at the end "
                                  f"of {ys[0]}, {ys[1]} and {ys[2]}, {cw}?"}
            self._add_r32(combo, qs, ", ".join(f"FG_MKT_CAP({y}-12-31)" for y in ys) + f" FOR {c.ticker} IN {cur}")

    # --- round 33 (f33g): calendar-period returns in a screen beside a money column IN a currency, trading-day highs
    # and lows as TOP / SORT keys, a year-to-date return OR a growth, relative years and quarters inside comparisons,
    # IN converting a SORT key that is a change, lows and highs of two companies IN a currency, NOT of a calendar
    # return, a union ranked by a calendar return, a relative-year margin, a market-cap condition IN USD beside a
    # ratio ranking, cross-company statistics (refused), estimates beside actuals IN a currency, a ticker list ranked
    # by a relative-span growth. Appended after round 32's; tagged "r33"; four voices new to the generator. ----------

    def _r33(self) -> list:
        """Round 33's combinations (f33g), built after round 32's so its draws do not move."""
        return [self.cal_return_screen_mkt_cap_currency, self.price_vs_days_high_top_lowest,
                self.days_range_top, self.ytd_or_growth_screen, self.relative_years_compare_screen,
                self.change_sort_key_currency, self.relative_quarters_compare_screen,
                self.cal_low_two_companies_currency, self.days_high_two_companies_currency,
                self.ytd_return_and_growth_company, self.pe_and_not_fell_screen, self.union_cal_return_top,
                self.ticker_list_nearest_low_top1, self.relative_year_margin_screen,
                self.yield_top_mkt_cap_cond_currency, self.cross_company_statistic_refused,
                self.return_volatility_refused, self.two_calendar_highs_company,
                self.estimate_beside_actual_currency, self.ticker_list_ranked_relative_growth]

    _R33_VOICES = ("actuarial", "slides", "context-first", "reference-desk")

    def _add_r33(self, combo: str, qs: dict, query: str | None, refusal: str | None = None) -> None:
        """Add one draw of a round-33 combination in each voice of ``qs`` (round 31's rule: ``_add_r31``)."""
        self._add_r31(combo, qs, query, refusal, voices=self._R33_VOICES, tag="r33")

    # calendar periods: (English, slide label, return d1, d2, high / low d1, d2)
    _R33_CAL = [("in 2023", "CY2023", "2022-12-31", "2023-12-31", "2023-01-01", "2023-12-31"),
                ("during calendar 2022", "CY2022", "2021-12-31", "2022-12-31", "2022-01-01", "2022-12-31"),
                ("in the first quarter of 2024", "Q1 2024", "2023-12-31", "2024-03-31", "2024-01-01", "2024-03-31"),
                ("in March 2024", "Mar 2024", "2024-02-29", "2024-03-31", "2024-03-01", "2024-03-31"),
                ("in the second half of 2023", "H2 2023", "2023-06-30", "2023-12-31", "2023-07-01", "2023-12-31"),
                ("in October 2023", "Oct 2023", "2023-09-30", "2023-10-31", "2023-10-01", "2023-10-31")]

    def _r33_multi_currency_sets(self) -> list:
        return [(w, s) for w, s in _sets() if len(self.set_currencies(s)) > 1]

    def cal_return_screen_mkt_cap_currency(self):
        combo = "screen: a calendar-period return above X% x market cap column x IN currency (r33)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            per, lab, d1, d2, _h1, _h2 = self.pick(self._R33_CAL)
            cur = self.pick(["USD", "EUR"])
            cw = CURRENCY_WORDS[cur][0]
            x = self._r31_cut(f"P_RETURN({d1}, {d2})", s, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"actuarial": f"In respect of the {sw}, we should be obliged to learn which returned more than {xs}% "
                               f"{per}, together with their present market capitalisation {cw}.",
                  "slides": f"Screen: {sw} — return {lab} > {xs}% → current mkt cap ({cur})",
                  "context-first": f"Our investment committee meets next week to review last period's winners. It "
                                   f"wants to see size as well as performance, in a single currency. Which {sw} "
                                   f"returned more than {xs}% {per}, and what is their market cap today {cw}?",
                  "reference-desk": f"The patron would like to know which {sw} had a share price return above {xs}% "
                                    f"{per}, and their current market capitalisation {cw}."}
            k = f"P_RETURN({d1}, {d2}) > {x}"
            self._add_r33(combo, qs, f"NAME, FG_MKT_CAP(D0) FOR SCREEN({s}, {k}) IN {cur}")

    def price_vs_days_high_top_lowest(self):
        combo = "TOP N lowest price as a percentage of its N-trading-day high x screen (r33)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            n = self.pick([20, 60, 120])
            t = self.pick([3, 5])
            k = f"P_PRICE(D0) / P_HIGH(D-{n}, D0) * 100"
            qs = {"actuarial": f"As regards the {sw}, we should be obliged to learn which {t} have the lowest "
                               f"current share price expressed as a percentage of their highest close of the last "
                               f"{n} trading days.",
                  "slides": f"Key figures: {sw} — price as % of {n}-trading-day high → bottom {t}",
                  "context-first": f"We are looking for names that have pulled back recently. A stock well below "
                                   f"its recent peak may be a buying opportunity, or a warning. Among the {sw}, "
                                   f"which {t} have the lowest current price as a percentage of their highest close "
                                   f"over the last {n} trading days?",
                  "reference-desk": f"Our client asks which {t} {sw} have the lowest share price today as a "
                                    f"percentage of their highest close of the last {n} trading days."}
            self._add_r33(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} ASC TOP {t}")

    def days_range_top(self):
        combo = "TOP N by the highest close over the lowest close of the last N trading days x screen (r33)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            n = self.pick([20, 60, 250])
            t = self.pick([3, 4])
            k = f"P_HIGH(D-{n}, D0) / P_LOW(D-{n}, D0)"
            qs = {"actuarial": f"In respect of the {sw}, we should be obliged to learn which {t} show the highest "
                               f"ratio of their highest close to their lowest close over the last {n} trading days.",
                  "slides": f"{sw}: high close ÷ low close, last {n} trading days → top {t}",
                  "context-first": f"Our risk team wants a rough measure of how far prices have swung lately. The "
                                   f"ratio of the highest to the lowest close is the measure it has chosen. Which "
                                   f"{t} {sw} have the highest ratio of highest close to lowest close over the last "
                                   f"{n} trading days?",
                  "reference-desk": f"The patron would like to know the {t} {sw} with the highest ratio of highest "
                                    f"close to lowest close over the last {n} trading days."}
            self._add_r33(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC TOP {t}")

    def ytd_or_growth_screen(self):
        combo = "screen: year-to-date return above X% OR last year's growth above Y% (r33)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FF_SALES", "sales"), ("FF_NET_INC", "net income"), ("FF_EPS", "EPS")])
            x = self._r31_cut("P_RETURN(2023-12-31, D0)", s, above=True)
            y = self._r31_cut(f"GROWTH({m}, FY2023, FY2024)", s, above=True)
            if x is None or y is None:
                continue
            xs, ys = self._num(x), self._num(y)
            qs = {"actuarial": f"As regards the {sw}, we should be obliged to learn which either returned more than "
                               f"{xs}% year to date or grew their {w} by more than {ys}% last year.",
                  "slides": f"{sw} — YTD return > {xs}% OR {w} growth YoY (FY23 → FY24) > {ys}%",
                  "context-first": f"We want momentum from either the market or the business itself. A name "
                                   f"qualifies on one of the two, it need not pass both. Which {sw} have a "
                                   f"year-to-date return above {xs}% or {w} growth above {ys}% last year?",
                  "reference-desk": f"Our client asks which {sw} either returned more than {xs}% year to date or grew "
                                    f"{w} by more than {ys}% last year."}
            self._add_r33(combo, qs, f"NAME FOR SCREEN({s}, P_RETURN(2023-12-31, D0) > {x} OR GROWTH({m}, FY2023, "
                                     f"FY2024) > {y})")

    def relative_years_compare_screen(self):
        combo = "screen: an item last year above / below its level N years ago (relative periods compared) (r33)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FF_SALES", "sales"), ("FF_NET_INC", "net income"), ("FF_DEBT", "debt"),
                              ("FF_EMPLOYEES", "headcount")])
            nw, p = self.pick([("two years ago", "FY2023"), ("three years ago", "FY2022")])
            up = self.rng.random() < 0.6
            hw, sym = ("higher", ">") if up else ("lower", "<")
            qs = {"actuarial": f"In respect of the {sw}, we should be obliged to learn which reported {w} last year "
                               f"{hw} than {nw}.",
                  "slides": f"{sw}: {w} last year {'↑' if up else '↓'} vs {nw} ({hw})",
                  "context-first": f"We are tracking which businesses have moved over a few years rather than one. "
                                   f"A single year can mislead, so we compare with an earlier one. Which {sw} had "
                                   f"{w} last year {hw} than {nw}?",
                  "reference-desk": f"The patron would like to know which {sw} had {hw} {w} last year than {nw}."}
            self._add_r33(combo, qs, f"NAME FOR SCREEN({s}, {m}(FY2024) {sym} {m}({p}))")

    def change_sort_key_currency(self):
        combo = "TOP N by an item's change between two fiscal years x multi-currency screen x IN currency (r33)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            m, w = self.pick([("FF_CASH", "cash"), ("FF_DEBT", "debt"), ("FF_EQUITY", "equity")])
            cur = self.pick(["USD", "EUR", "GBP"])
            cw = CURRENCY_WORDS[cur][0]
            t = self.pick([3, 5])
            k = f"{m}(FY2024) - {m}(FY2023)"
            qs = {"actuarial": f"As regards the {sw}, we should be obliged to learn which {t} show the largest "
                               f"increase in {w} from fiscal 2023 to fiscal 2024, expressed {cw}.",
                  "slides": f"{sw} — Δ {w} FY23 → FY24 ({cur}) → top {t}",
                  "context-first": f"We compare companies that report in different currencies, so a common unit "
                                   f"matters. The question is who added the most, not who has the most. Which {t} "
                                   f"{sw} had the largest increase in {w} from fiscal 2023 to fiscal 2024, {cw}?",
                  "reference-desk": f"Our client asks which {t} {sw} increased their {w} the most from fiscal 2023 "
                                    f"to fiscal 2024, {cw}."}
            self._add_r33(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC TOP {t} IN {cur}")

    def relative_quarters_compare_screen(self):
        combo = "screen: an item last quarter above the quarter before last (relative quarters compared) (r33)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FF_SALES", "sales"), ("FF_NET_INC", "net income"), ("FF_OPER_INC",
                                                                                    "operating income")])
            up = self.rng.random() < 0.6
            hw, sym = ("higher", ">") if up else ("lower", "<")
            qs = {"actuarial": f"In respect of the {sw}, we should be obliged to learn which reported {w} in the "
                               f"last quarter {hw} than in the quarter before last.",
                  "slides": f"{sw}: {w} last qtr {'>' if up else '<'} qtr before last",
                  "context-first": f"Quarterly numbers are noisy, but direction matters for our short-term view. "
                                   f"We only compare the two most recent quarters. Which {sw} had {hw} {w} last "
                                   f"quarter than the quarter before last?",
                  "reference-desk": f"The patron would like to know which {sw} had {w} last quarter {hw} than in "
                                    f"the quarter before last."}
            self._add_r33(combo, qs, f"NAME FOR SCREEN({s}, {m}(FQ0) {sym} {m}(FQ-1))")

    def cal_low_two_companies_currency(self):
        combo = "lowest close of a calendar period x two companies x IN currency (r33)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            per, lab, _d1, _d2, h1, h2 = self.pick(self._R33_CAL)
            cur = self.pick([x for x in ("USD", "EUR", "GBP") if x not in (a.currency, b.currency)] or ["USD"])
            cw = CURRENCY_WORDS[cur][0]
            qs = {"actuarial": f"We should be obliged to learn the lowest closing share price of {a.name} and of "
                               f"{b.name} {per}, expressed {cw}.",
                  "slides": f"{a.ticker} vs {b.ticker} — low close {lab} ({cur})",
                  "context-first": f"We are reviewing the worst point of past drawdowns for two holdings. Our "
                                   f"reports are in one currency. What was the lowest closing price of {a.name} and "
                                   f"{b.name} {per}, {cw}?",
                  "reference-desk": f"The patron would like to know the lowest closing price of {a.name} and "
                                    f"{b.name} {per}, {cw}."}
            self._add_r33(combo, qs, f"P_LOW({h1}, {h2}) FOR {a.ticker}, {b.ticker} IN {cur}")

    def days_high_two_companies_currency(self):
        combo = "highest close of the last N trading days x two companies x IN currency (r33)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            n = self.pick([10, 30, 90])
            cur = self.pick([x for x in ("USD", "EUR", "GBP") if x not in (a.currency, b.currency)] or ["USD"])
            cw = CURRENCY_WORDS[cur][0]
            qs = {"actuarial": f"As regards {a.name} and {b.name}, we should be obliged to learn the highest closing "
                               f"price of each over the last {n} trading days, {cw}.",
                  "slides": f"{a.ticker} / {b.ticker}: {n}-trading-day high close ({cur})",
                  "context-first": f"Two of our clients set sell limits near recent highs. They think in one "
                                   f"currency only. What were the highest closing prices of {a.name} and {b.name} "
                                   f"over the last {n} trading days, {cw}?",
                  "reference-desk": f"Our client asks for the highest closing price of {a.name} and of {b.name} over "
                                    f"the last {n} trading days, {cw}."}
            self._add_r33(combo, qs, f"P_HIGH(D-{n}, D0) FOR {a.ticker}, {b.ticker} IN {cur}")

    def ytd_return_and_growth_company(self):
        combo = "year-to-date return beside last year's growth of an item x company (r33)"
        for _ in range(5):
            c = self.pick(self.companies)
            m, w = self.pick([("FF_SALES", "sales"), ("FF_NET_INC", "net income"), ("FF_EPS", "EPS")])
            qs = {"actuarial": f"In respect of {c.name}, we should be obliged to learn its share price return year "
                               f"to date and the growth of its {w} last year.",
                  "slides": f"{c.name} — key figures: YTD return | {w} growth YoY (FY23 → FY24)",
                  "context-first": f"We want to see whether the market has followed the business at {c.name}. If "
                                   f"the shares lag the fundamentals, there may be a gap to close. What is its "
                                   f"year-to-date return, and how much did its {w} grow last year?",
                  "reference-desk": f"The patron would like to know {c.name}'s share price return year to date and "
                                    f"its {w} growth last year."}
            self._add_r33(combo, qs, f"P_RETURN(2023-12-31, D0), GROWTH({m}, FY2023, FY2024) FOR {c.ticker}")

    def pe_and_not_fell_screen(self):
        combo = "screen: P/E below X AND NOT a calendar-period return below zero (r33)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            per, lab, d1, d2, _h1, _h2 = self.pick(self._R33_CAL)
            x = self._r31_cut("FG_PE(D0)", s, above=False)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"actuarial": f"As regards the {sw}, we should be obliged to learn which have a P/E below {xs} and "
                               f"whose share price did not fall {per}.",
                  "slides": f"{sw}: P/E < {xs} — excl. names down {lab}",
                  "context-first": f"We like cheap stocks, but not falling knives. A name whose price dropped over "
                                   f"the period is out. Which {sw} have a P/E below {xs} and did not see their share "
                                   f"price fall {per}?",
                  "reference-desk": f"Our client asks which {sw} trade on a P/E below {xs} and did not have a "
                                    f"negative share price return {per}."}
            self._add_r33(combo, qs, f"NAME FOR SCREEN({s}, FG_PE(D0) < {x} AND NOT P_RETURN({d1}, {d2}) < 0)")

    def union_cal_return_top(self):
        combo = "TOP N of a union of two sets by a calendar-period return (r33)"
        for _ in range(5):
            (aw, a), (bw, b) = self.sample(_sets()[:11], 2)
            per, lab, d1, d2, _h1, _h2 = self.pick(self._R33_CAL)
            t = self.pick([3, 4, 5])
            k = f"P_RETURN({d1}, {d2})"
            qs = {"actuarial": f"In respect of the {aw} and the {bw} taken together, we should be obliged to learn "
                               f"which {t} had the best share price return {per}.",
                  "slides": f"{aw} + {bw} — best return {lab} → top {t}",
                  "context-first": f"Two of our sector funds are being merged into one. We want to know the best "
                                   f"performers of the combined universe. Which {t} of the {aw} and {bw} had the "
                                   f"highest share price return {per}?",
                  "reference-desk": f"The patron would like to know the {t} best share price returns {per} among "
                                    f"the {aw} and the {bw} combined."}
            self._add_r33(combo, qs, f"NAME, {k} FOR SCREEN({a} | {b}) SORT {k} DESC TOP {t}")

    def ticker_list_nearest_low_top1(self):
        combo = "which of three companies is closest to its N-trading-day low (SORT on a ticker list, TOP 1) (r33)"
        for _ in range(5):
            a, b, c = self.sample(self.companies, 3)
            n = self.pick([20, 60, 250])
            k = f"P_PRICE(D0) / P_LOW(D-{n}, D0)"
            vals = self._r32_values(k, f"{a.ticker}, {b.ticker}, {c.ticker}")
            if any(v is None for v in vals) or len({round(v, 6) for v in vals}) < 3:
                continue
            qs = {"actuarial": f"As regards {a.name}, {b.name} and {c.name}, we should be obliged to learn which has "
                               f"the lowest current share price relative to its lowest close of the last {n} trading "
                               f"days.",
                  "slides": f"{a.ticker} / {b.ticker} / {c.ticker} — price ÷ {n}-trading-day low → lowest?",
                  "context-first": f"We hold {a.name}, {b.name} and {c.name} and want to add to one of them near its "
                                   f"lows. The others can wait. Of the three, which has the lowest price today "
                                   f"relative to its lowest close of the last {n} trading days?",
                  "reference-desk": f"Our client asks which of {a.name}, {b.name} and {c.name} has the lowest share "
                                    f"price today relative to its lowest close over the last {n} trading days."}
            self._add_r33(combo, qs, f"NAME, {k} FOR {a.ticker}, {b.ticker}, {c.ticker} SORT {k} ASC TOP 1")

    def relative_year_margin_screen(self):
        combo = "screen: a margin the year before last above X% (relative year in an expression) (r33)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FF_OPER_INC", "operating income"), ("FF_NET_INC", "net income"),
                              ("FF_GROSS_INC", "gross income")])
            e = f"{m}(FY2023) / FF_SALES(FY2023) * 100"
            x = self._r31_cut(e, s, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"actuarial": f"In respect of the {sw}, we should be obliged to learn which reported {w} above "
                               f"{xs}% of sales for the year before last.",
                  "slides": f"{sw} — {w} / sales, year before last: > {xs}%",
                  "context-first": f"Last year's figures were distorted by one-off items for many firms. We "
                                   f"therefore look one year further back. Which {sw} had {w} above {xs}% of sales "
                                   f"the year before last?",
                  "reference-desk": f"The patron would like to know which {sw} had {w} of more than {xs}% of sales "
                                    f"in the year before last."}
            self._add_r33(combo, qs, f"NAME FOR SCREEN({s}, {e} > {x})")

    def yield_top_mkt_cap_cond_currency(self):
        combo = "TOP N by dividend yield x screen with a market cap above X IN USD (IN converts the condition) (r33)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            x = self._r31_cut("FG_MKT_CAP(D0)", s, above=True, cur="USD")
            if x is None or x <= 0:
                continue
            t = self.pick([2, 3])
            xs = self._num(x)
            k = "FG_DIV_YIELD(D0)"
            qs = {"actuarial": f"As regards the {sw} with a market capitalisation above {xs} million US dollars, we "
                               f"should be obliged to learn which {t} offer the highest dividend yield.",
                  "slides": f"{sw}, mkt cap > USD {xs}m → top {t} by div yield",
                  "context-first": f"Our income mandate only buys large companies. Size is measured in US dollars "
                                   f"across all markets. Among the {sw} with a market cap above {xs} million US "
                                   f"dollars, which {t} have the highest dividend yield?",
                  "reference-desk": f"Our client asks for the {t} {sw} with the highest dividend yield, among those "
                                    f"with a market cap above {xs} million US dollars."}
            self._add_r33(combo, qs, f"NAME, {k} FOR SCREEN({s}, FG_MKT_CAP(D0) > {x}) SORT {k} DESC TOP {t} IN USD")

    def cross_company_statistic_refused(self):
        combo = "a statistic across the companies of a set (median, average of a set) (refused) (r33)"
        for _ in range(4):
            sw, _s = self.pick(_sets())
            st, kw = self.pick([("median", "P/E"), ("average", "dividend yield"), ("median", "price-to-book ratio")])
            qs = {"actuarial": f"In respect of the {sw}, we should be obliged to learn the {st} {kw} of the group "
                               f"as a whole.",
                  "slides": f"{sw} — {st} {kw} (group level)",
                  "context-first": f"We benchmark single names against their peer group. For that we need one "
                                   f"number for the whole group. What is the {st} {kw} across the {sw}?",
                  "reference-desk": f"The patron would like to know the {st} {kw} of the {sw} taken as a group."}
            self._add_r33(combo, qs, None, "unsupported")

    def return_volatility_refused(self):
        combo = "volatility of daily returns over a period (refused: no statistic of prices) (r33)"
        for _ in range(4):
            c = self.pick(self.companies)
            per, lab, *_ = self.pick(self._R33_CAL)
            qs = {"actuarial": f"As regards {c.name}, we should be obliged to learn the volatility of its daily "
                               f"share price returns {per}.",
                  "slides": f"{c.ticker} — volatility of daily returns, {lab}",
                  "context-first": f"Our actuaries model the equity risk in the pension fund. They need a measure of "
                                   f"how much {c.name} moves day to day. What was the volatility of its daily "
                                   f"returns {per}?",
                  "reference-desk": f"Our client asks for the volatility of {c.name}'s daily share price returns "
                                    f"{per}."}
            self._add_r33(combo, qs, None, "unsupported")

    def two_calendar_highs_company(self):
        combo = "highest close in two calendar years x company (r33)"
        for _ in range(5):
            c = self.pick(self.companies)
            y = self.pick([2022, 2023])
            qs = {"actuarial": f"In respect of {c.name}, we should be obliged to learn its highest closing share "
                               f"price in {y} and in {y + 1}.",
                  "slides": f"{c.ticker} — peak close: {y} vs {y + 1}",
                  "context-first": f"We are checking whether {c.name} set new highs after a difficult period. A "
                                   f"higher peak would support the recovery story. What was its highest closing "
                                   f"price in {y} and in {y + 1}?",
                  "reference-desk": f"The patron would like to know the highest closing price of {c.name} in {y} and "
                                    f"in {y + 1}."}
            self._add_r33(combo, qs, f"P_HIGH({y}-01-01, {y}-12-31), P_HIGH({y + 1}-01-01, {y + 1}-12-31) FOR "
                                     f"{c.ticker}")

    def estimate_beside_actual_currency(self):
        combo = "next year's sales estimate beside last year's actual x two companies x IN currency (r33)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            cur = self.pick([x for x in ("USD", "EUR", "GBP") if x not in (a.currency, b.currency)] or ["USD"])
            cw = CURRENCY_WORDS[cur][0]
            qs = {"actuarial": f"As regards {a.name} and {b.name}, we should be obliged to learn the consensus sales "
                               f"estimate for next year and the actual sales of last year, both {cw}.",
                  "slides": f"{a.ticker} / {b.ticker}: sales FY25E consensus vs FY24 actual ({cur})",
                  "context-first": f"We are preparing a peer table for a client presentation. It puts the "
                                   f"forecast next to the last reported figure, in one currency. What are next year's "
                                   f"consensus sales estimate and last year's actual sales for {a.name} and "
                                   f"{b.name}, {cw}?",
                  "reference-desk": f"Our client asks for next year's consensus sales estimate and last year's actual "
                                    f"sales of {a.name} and {b.name}, {cw}."}
            self._add_r33(combo, qs, f"FE_SALES(FY1), FF_SALES(FY2024) FOR {a.ticker}, {b.ticker} IN {cur}")

    def ticker_list_ranked_relative_growth(self):
        combo = "three companies ranked by an item's growth from N years ago to last year (ticker list SORT) (r33)"
        for _ in range(5):
            a, b, c = self.sample(self.companies, 3)
            m, w = self.pick([("FF_SALES", "sales"), ("FF_EPS", "EPS"), ("FF_OPER_INC", "operating income")])
            nw, p = self.pick([("two years ago", "FY2023"), ("three years ago", "FY2022")])
            k = f"GROWTH({m}, {p}, FY2024)"
            vals = self._r32_values(k, f"{a.ticker}, {b.ticker}, {c.ticker}")
            if any(v is None for v in vals) or len({round(v, 6) for v in vals}) < 3:
                continue
            qs = {"actuarial": f"In respect of {a.name}, {b.name} and {c.name}, we should be obliged to learn their "
                               f"{w} growth from {nw} to last year, ranked from the highest to the lowest.",
                  "slides": f"{a.ticker} / {b.ticker} / {c.ticker} — {w} growth {nw} → last year, ranked high → low",
                  "context-first": f"Our committee asked which of the three names has compounded fastest. One year "
                                   f"is too short to judge. Please rank {a.name}, {b.name} and {c.name} by {w} "
                                   f"growth from {nw} to last year, highest first.",
                  "reference-desk": f"The patron would like {a.name}, {b.name} and {c.name} ranked by their {w} "
                                    f"growth from {nw} to last year, highest first."}
            self._add_r33(combo, qs, f"NAME, {k} FOR {a.ticker}, {b.ticker}, {c.ticker} SORT {k} DESC")

    # --- round 34 (f34g): year-to-date highs and lows in arithmetic IN a currency, a calendar-period return in a
    # screen ranked by market cap IN USD, P_HIGH / P_LOW over trading-day ranges that end before today (lookups, a
    # breakout screen, IN a currency), relative quarters and years inside conditions (the same quarter a year
    # earlier, two quarters against the two before, a margin last year against the year before), a relative-span
    # growth condition with TOP N lowest P/E, set logic with negation (a union with NOT, an intersection with
    # neither / nor, "fell in neither year"), IN converting a money condition and a money SORT key together, an
    # estimate above the actual ranked by a growth, a ticker list ranked IN a currency and by a YTD multiple, and
    # refusals (a beta, an intraday high). Appended after round 33's; tagged "r34"; four voices new to the
    # generator, each putting the question inside hedged or polite prose. ----------------------------------------

    def _r34(self) -> list:
        """Round 34's combinations (f34g), built after round 33's so its draws do not move."""
        return [self.ytd_range_gap_currency, self.cal_return_screen_sort_mkt_cap_usd,
                self.days_range_high_two_companies, self.breakout_above_days_range_screen,
                self.quarter_vs_year_earlier_and_profit_screen, self.relative_growth_cond_top_pe,
                self.union_not_loss_screen, self.intersection_neither_nor_screen,
                self.net_debt_sort_money_cond_currency, self.smallest_mkt_cap_yield_cond_currency,
                self.ticker_list_ytd_low_multiple, self.days_range_low_and_price_currency,
                self.two_quarters_vs_two_before_screen, self.margin_up_relative_years_screen,
                self.estimate_above_actual_sort_growth, self.fell_in_neither_year_screen,
                self.recent_high_vs_half_high_screen, self.beta_refused, self.intraday_high_refused,
                self.ticker_list_sales_sort_currency]

    _R34_VOICES = ("hedging-academic", "courteous-letter", "long-aside", "purpose-first")

    def _add_r34(self, combo: str, qs: dict, query: str | None, refusal: str | None = None) -> None:
        """Add one draw of a round-34 combination in each voice of ``qs`` (round 31's rule: ``_add_r31``)."""
        self._add_r31(combo, qs, query, refusal, voices=self._R34_VOICES, tag="r34")

    # a letter's openings and closings (the courteous-letter voice); the question is the letter's one request
    _R34_DEAR = ("Dear Sir or Madam,", "Dear colleagues,", "Dear Ms Whitfield,")
    _R34_SIGN = ("Yours faithfully, Margaret Hughes", "With kind regards, Dr. P. Lindqvist",
                 "Yours sincerely, Thomas Okafor")

    def _r34_letter(self, body: str) -> str:
        return f"{self.pick(self._R34_DEAR)} {body} {self.pick(self._R34_SIGN)}"

    def ytd_range_gap_currency(self):
        combo = "year-to-date highest close minus lowest close (arithmetic) x company x IN currency (r34)"
        for _ in range(5):
            c = self.pick(self.companies)
            cur = self.pick([x for x in ("USD", "EUR", "GBP") if x != c.currency])
            cw = CURRENCY_WORDS[cur][0]
            qs = {"hedging-academic": f"It would seem worthwhile, if I am not mistaken, to establish the difference "
                                      f"between {c.name}'s highest and lowest closing price year to date, {cw}.",
                  "courteous-letter": self._r34_letter(f"I would be most grateful if you could tell me the gap "
                                                       f"between the highest and the lowest closing share price of "
                                                       f"{c.name} so far this year, {cw}."),
                  "long-aside": f"What is the difference between the highest close and the lowest close of "
                                f"{c.name} year to date, expressed, as our ledger requires, {cw}?",
                  "purpose-first": f"To size a trading band for {c.name}, what is its highest closing price year "
                                   f"to date minus its lowest, {cw}?"}
            self._add_r34(combo, qs, f"P_HIGH(2024-01-01, D0) - P_LOW(2024-01-01, D0) FOR {c.ticker} IN {cur}")

    def cal_return_screen_sort_mkt_cap_usd(self):
        combo = "screen: a calendar-period return above X% x SORT by market cap x IN USD (multi-currency) (r34)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            per, _lab, d1, d2, _h1, _h2 = self.pick(self._R33_CAL)
            x = self._r31_cut(f"P_RETURN({d1}, {d2})", s, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            k = "FG_MKT_CAP(D0)"
            qs = {"hedging-academic": f"One might reasonably ask, I think, which {sw} returned more than {xs}% "
                                      f"{per}, listed perhaps by their current market capitalisation in US dollars "
                                      f"from the largest down.",
                  "courteous-letter": self._r34_letter(f"Could you kindly let me know which {sw} had a share price "
                                                       f"return above {xs}% {per}, sorted by today's market cap in "
                                                       f"US dollars, largest first? Thank you in advance."),
                  "long-aside": f"Which {sw}, and I do mean all of them, whatever their home market, returned more "
                                f"than {xs}% {per}, sorted, if you would, by current market cap in US dollars from "
                                f"largest to smallest?",
                  "purpose-first": f"In order to see whether the winners were large or small, which {sw} returned "
                                   f"more than {xs}% {per}, sorted by market cap today in US dollars, largest "
                                   f"first?"}
            self._add_r34(combo, qs, f"NAME, {k} FOR SCREEN({s}, P_RETURN({d1}, {d2}) > {x}) SORT {k} DESC IN USD")

    def days_range_high_two_companies(self):
        combo = "highest close between N and M trading days ago (a range ending before today) x two companies (r34)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            n, m = self.pick([(60, 20), (120, 60), (250, 120), (40, 10)])
            qs = {"hedging-academic": f"It may be of some interest, unless I misread the chart, to know the "
                                      f"highest closing price of {a.name} and of {b.name} between {n} and {m} "
                                      f"trading days ago.",
                  "courteous-letter": self._r34_letter(f"I should be grateful if you would let me have the highest "
                                                       f"close of {a.name} and {b.name} over the period from {n} "
                                                       f"trading days ago to {m} trading days ago."),
                  "long-aside": f"What was the highest close of {a.name} and of {b.name}, leaving aside the most "
                                f"recent {m} trading days, over the window from {n} to {m} trading days ago?",
                  "purpose-first": f"To check where the earlier peak was, what were the highest closing prices of "
                                   f"{a.name} and {b.name} between {n} and {m} trading days ago?"}
            self._add_r34(combo, qs, f"P_HIGH(D-{n}, D-{m}) FOR {a.ticker}, {b.ticker}")

    def breakout_above_days_range_screen(self):
        combo = "screen: price today above the highest close between N and M trading days ago (r34)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            n, m = self.pick([(250, 20), (120, 10), (60, 5)])
            qs = {"hedging-academic": f"I wonder, tentatively, which {sw} now trade above their highest close "
                                      f"between {n} and {m} trading days ago.",
                  "courteous-letter": self._r34_letter(f"Would you be so kind as to tell me which {sw} have a "
                                                       f"current share price above their highest closing price "
                                                       f"from {n} to {m} trading days ago?"),
                  "long-aside": f"Which {sw} are trading today, and this is what our technical desk calls a "
                                f"breakout, above the highest close they made between {n} and {m} trading days "
                                f"ago?",
                  "purpose-first": f"For our breakout list, which {sw} have a share price today above their "
                                   f"highest close between {n} and {m} trading days ago?"}
            self._add_r34(combo, qs, f"NAME FOR SCREEN({s}, P_PRICE(D0) > P_HIGH(D-{n}, D-{m}))")

    def quarter_vs_year_earlier_and_profit_screen(self):
        combo = "screen: an item last quarter above the same quarter a year earlier AND net income positive (r34)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FF_SALES", "sales"), ("FF_OPER_INC", "operating income"), ("FF_FCF",
                                                                                         "free cash flow")])
            qs = {"hedging-academic": f"It would be helpful, I suspect, to know which {sw} reported {w} last "
                                      f"quarter above the same quarter a year earlier, and positive net income last "
                                      f"quarter.",
                  "courteous-letter": self._r34_letter(f"I would be much obliged if you could tell me which {sw} had "
                                                       f"higher {w} in the last quarter than in the same quarter a "
                                                       f"year earlier, and a positive net income in the last "
                                                       f"quarter."),
                  "long-aside": f"Which {sw} had {w} in the last quarter above the same quarter a year earlier, "
                                f"and, since growth at a loss is not what we are after, positive net income last "
                                f"quarter?",
                  "purpose-first": f"To find steady compounders, which {sw} had {w} last quarter above the same "
                                   f"quarter a year earlier and positive net income last quarter?"}
            self._add_r34(combo, qs, f"NAME FOR SCREEN({s}, {m}(FQ0) > {m}(FQ-4) AND FF_NET_INC(FQ0) > 0)")

    def relative_growth_cond_top_pe(self):
        combo = "TOP N lowest P/E x screen: growth from N years ago to last year above X% (r34)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FF_SALES", "sales"), ("FF_EPS", "EPS")])
            nw, p = self.pick([("two years ago", "FY2023"), ("three years ago", "FY2022")])
            e = f"GROWTH({m}, {p}, FY2024)"
            x = self._r31_cut(e, s, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            t = self.pick([2, 3])
            k = "FG_PE(D0)"
            qs = {"hedging-academic": f"Perhaps one could identify, among the {sw} whose {w} grew by more than {xs}% "
                                      f"from {nw} to last year, the {t} with the lowest P/E.",
                  "courteous-letter": self._r34_letter(f"May I ask you to name the {t} {sw} with the lowest P/E "
                                                       f"among those whose {w} grew more than {xs}% from {nw} to "
                                                       f"last year? Many thanks."),
                  "long-aside": f"Among the {sw} whose {w}, measured from {nw} to last year, grew by more than "
                                f"{xs}%, which {t}, and only {t}, have the lowest P/E?",
                  "purpose-first": f"To find growth at a reasonable price, which {t} {sw} with {w} growth above "
                                   f"{xs}% from {nw} to last year have the lowest P/E?"}
            self._add_r34(combo, qs, f"NAME, {k} FOR SCREEN({s}, {e} > {x}) SORT {k} ASC TOP {t}")

    def union_not_loss_screen(self):
        combo = "screen: a union of two sets AND NOT a profit last year (set logic with negation) (r34)"
        for _ in range(10):
            (aw, a), (bw, b) = self.sample(_sets()[:11], 2)
            m, w = self.pick([("FF_NET_INC", "a net profit"), ("FF_FCF", "positive free cash flow")])
            qs = {"hedging-academic": f"It might be instructive to see which of the {aw} and the {bw} did not, as "
                                      f"far as one can tell, report {w} last year.",
                  "courteous-letter": self._r34_letter(f"I would be grateful to learn which of the {aw} and {bw} "
                                                       f"did not report {w} last year."),
                  "long-aside": f"Which of the {aw} and the {bw}, the two groups taken together, did not report "
                                f"{w} last year?",
                  "purpose-first": f"So that we can review the weak names of both funds, which {aw} or {bw} did "
                                   f"not report {w} last year?"}
            self._add_r34(combo, qs, f"NAME FOR SCREEN({a} | {b}, NOT {m}(FY2024) > 0)")

    def intersection_neither_nor_screen(self):
        combo = "screen: an index crossed with a sector x neither A nor B (r34)"
        idx = [("NX100", "INDEX(NX100)"), ("EUROPE index", "INDEX(EUROPE)")]
        secs = [("technology", 'SECTOR("Information Technology")'), ("financial", 'SECTOR("Financials")'),
                ("industrial", 'SECTOR("Industrials")'), ("health care", 'SECTOR("Health Care")'),
                ("consumer staples", 'SECTOR("Consumer Staples")')]
        pairs = [("a P/E above 25", "FG_PE(D0) > 25"), ("a dividend yield below 1%", "FG_DIV_YIELD(D0) < 1"),
                 ("a price-to-book ratio above 4", "FG_PB(D0) > 4"),
                 ("negative free cash flow last year", "FF_FCF(FY2024) < 0")]
        for _ in range(6):
            iw, i = self.pick(idx)
            tw, t = self.pick(secs)
            (aw, ac), (bw, bc) = self.sample(pairs, 2)
            qs = {"hedging-academic": f"It would arguably be useful to know which {tw} companies in the {iw} have "
                                      f"neither {aw} nor {bw}.",
                  "courteous-letter": self._r34_letter(f"Could you possibly tell me which {tw} companies in the "
                                                       f"{iw} have neither {aw} nor {bw}? With thanks."),
                  "long-aside": f"Which {tw} companies in the {iw}, and only those in both, have neither {aw} nor "
                                f"{bw}?",
                  "purpose-first": f"To build a conservative {tw} basket, which {tw} companies in the {iw} have "
                                   f"neither {aw} nor {bw}?"}
            self._add_r34(combo, qs, f"NAME FOR SCREEN({i} & {t}, NOT ({ac} OR {bc}))")

    def net_debt_sort_money_cond_currency(self):
        combo = "TOP N lowest net debt (money SORT key) x a money condition x IN currency (multi-currency) (r34)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            cur = self.pick(["USD", "EUR", "GBP"])
            cw = CURRENCY_WORDS[cur][0]
            x = self._r31_cut("FF_SALES(FY2024)", s, above=True, cur=cur)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            t = self.pick([2, 3])
            k = "FF_DEBT(FY2024) - FF_CASH(FY2024)"
            qs = {"hedging-academic": f"It may be sensible to ask which {t} {sw} with sales above {xs} million last "
                                      f"year have the lowest net debt (debt minus cash) last year, all amounts, I "
                                      f"would suggest, {cw}.",
                  "courteous-letter": self._r34_letter(f"I would appreciate it if you could name the {t} {sw} with "
                                                       f"the lowest net debt (debt minus cash) last year, among those "
                                                       f"with sales above {xs} million last year, all figures "
                                                       f"{cw}."),
                  "long-aside": f"Which {t} {sw}, counting only those with sales last year above {xs} million, and "
                                f"with every amount {cw}, had the lowest net debt, that is debt minus cash, last "
                                f"year?",
                  "purpose-first": f"To find the least indebted of the larger names, which {t} {sw} with sales "
                                   f"above {xs} million last year had the lowest debt minus cash last year, {cw}?"}
            self._add_r34(combo, qs, f"NAME, {k} FOR SCREEN({s}, FF_SALES(FY2024) > {x}) SORT {k} ASC TOP {t} "
                                     f"IN {cur}")

    def smallest_mkt_cap_yield_cond_currency(self):
        combo = "TOP N smallest market cap x a dividend-yield condition x IN currency (multi-currency) (r34)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            cur = self.pick(["EUR", "GBP", "CHF"])
            cw = CURRENCY_WORDS[cur][0]
            x = self._r31_cut("FG_DIV_YIELD(D0)", s, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            t = self.pick([2, 3])
            k = "FG_MKT_CAP(D0)"
            qs = {"hedging-academic": f"One could perhaps look at the {t} {sw} with the smallest market "
                                      f"capitalisation {cw} among those yielding more than {xs}%.",
                  "courteous-letter": self._r34_letter(f"Would you kindly tell me which {t} {sw} with a dividend "
                                                       f"yield above {xs}% have the smallest market cap, {cw}?"),
                  "long-aside": f"Which {t} {sw}, of those with a dividend yield above {xs}%, and I realise the "
                                f"screen is a narrow one, have the smallest market cap {cw}?",
                  "purpose-first": f"For our small-cap income sleeve, which {t} {sw} with a dividend yield above "
                                   f"{xs}% have the smallest market cap {cw}?"}
            self._add_r34(combo, qs, f"NAME, {k} FOR SCREEN({s}, FG_DIV_YIELD(D0) > {x}) SORT {k} ASC TOP {t} "
                                     f"IN {cur}")

    def ticker_list_ytd_low_multiple(self):
        combo = "three companies ranked by price today over the year-to-date low (ticker list SORT) (r34)"
        for _ in range(5):
            a, b, c = self.sample(self.companies, 3)
            k = "P_PRICE(D0) / P_LOW(2024-01-01, D0)"
            vals = self._r32_values(k, f"{a.ticker}, {b.ticker}, {c.ticker}")
            if any(v is None for v in vals) or len({round(v, 6) for v in vals}) < 3:
                continue
            qs = {"hedging-academic": f"It might be revealing to rank {a.name}, {b.name} and {c.name} by their share "
                                      f"price today divided by their lowest close year to date, highest first.",
                  "courteous-letter": self._r34_letter(f"I should be glad if you could rank {a.name}, {b.name} and "
                                                       f"{c.name} by the current share price divided by the lowest "
                                                       f"close year to date, from highest to lowest."),
                  "long-aside": f"Please rank {a.name}, {b.name} and {c.name}, the three names we hold, by their "
                                f"share price today divided by their lowest close year to date, highest first.",
                  "purpose-first": f"To see which holding has recovered most from its low, rank {a.name}, {b.name} "
                                   f"and {c.name} by the share price today divided by the lowest close year to "
                                   f"date, highest first."}
            self._add_r34(combo, qs, f"NAME, {k} FOR {a.ticker}, {b.ticker}, {c.ticker} SORT {k} DESC")

    def days_range_low_and_price_currency(self):
        combo = "lowest close between N and M trading days ago beside today's price x company x IN currency (r34)"
        for _ in range(5):
            c = self.pick(self.companies)
            n, m = self.pick([(120, 60), (60, 20), (250, 120)])
            cur = self.pick([x for x in ("USD", "EUR", "GBP") if x != c.currency])
            cw = CURRENCY_WORDS[cur][0]
            qs = {"hedging-academic": f"It would be of interest, I think, to compare {c.name}'s lowest close "
                                      f"between {n} and {m} trading days ago with its share price today, both "
                                      f"{cw}.",
                  "courteous-letter": self._r34_letter(f"I would be most obliged if you could give me the lowest "
                                                       f"closing price of {c.name} between {n} and {m} trading days "
                                                       f"ago and its share price today, both {cw}."),
                  "long-aside": f"What were {c.name}'s lowest close between {n} and {m} trading days ago and, for "
                                f"comparison, its share price today, both expressed {cw}?",
                  "purpose-first": f"To judge how far {c.name} has come off its earlier low, what were its lowest "
                                   f"close between {n} and {m} trading days ago and its share price today, {cw}?"}
            self._add_r34(combo, qs, f"P_LOW(D-{n}, D-{m}), P_PRICE(D0) FOR {c.ticker} IN {cur}")

    def two_quarters_vs_two_before_screen(self):
        combo = "screen: an item over the last two quarters above the two quarters before (relative quarters) (r34)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FF_SALES", "sales"), ("FF_NET_INC", "net income")])
            cond = f"{m}(FQ0) + {m}(FQ-1) > {m}(FQ-2) + {m}(FQ-3)"
            qs = {"hedging-academic": f"It might be telling to see which {sw} reported more {w} in the last two "
                                      f"quarters combined than in the two quarters before those.",
                  "courteous-letter": self._r34_letter(f"I would be grateful if you could tell me which {sw} had "
                                                       f"higher combined {w} in the last two quarters than in the "
                                                       f"two quarters before them."),
                  "long-aside": f"Which {sw} had more {w} over the last two quarters taken together than over the "
                                f"two quarters before those, which is, roughly, the recent half against the one "
                                f"before it?",
                  "purpose-first": f"To spot an improving trend, which {sw} had higher {w} in the last two quarters "
                                   f"combined than in the two quarters before them?"}
            self._add_r34(combo, qs, f"NAME FOR SCREEN({s}, {cond})")

    def margin_up_relative_years_screen(self):
        combo = "screen: a margin last year above the margin the year before last (relative years compared) (r34)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FF_OPER_INC", "operating margin"), ("FF_NET_INC", "net margin"),
                              ("FF_GROSS_INC", "gross margin")])
            up = self.rng.random() < 0.6
            hw, sym = ("higher", ">") if up else ("lower", "<")
            qs = {"hedging-academic": f"It would seem pertinent to know which {sw} had a {hw} {w} last year than "
                                      f"the year before last.",
                  "courteous-letter": self._r34_letter(f"I wonder whether you could tell me which {sw} reported a "
                                                       f"{w} last year {hw} than the year before last."),
                  "long-aside": f"Which {sw} had a {w} last year, measured on sales as usual, {hw} than their {w} "
                                f"the year before last?",
                  "purpose-first": f"To see whose profitability moved, which {sw} had a {hw} {w} last year than the "
                                   f"year before last?"}
            e1 = f"{m}(FY2024) / FF_SALES(FY2024)"
            e0 = f"{m}(FY2023) / FF_SALES(FY2023)"
            self._add_r34(combo, qs, f"NAME FOR SCREEN({s}, {e1} * 100 {sym} {e0} * 100)")

    def estimate_above_actual_sort_growth(self):
        combo = "screen: next year's EPS estimate above last year's EPS x SORT by last year's sales growth (r34)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            t = self.pick([3, 5])
            k = "GROWTH(FF_SALES, FY2023, FY2024)"
            qs = {"hedging-academic": f"Perhaps it is worth asking which {t} {sw}, among those whose consensus EPS "
                                      f"estimate for next year exceeds last year's EPS, had the highest sales "
                                      f"growth last year.",
                  "courteous-letter": self._r34_letter(f"Might I ask which {t} {sw} with a consensus EPS estimate "
                                                       f"for next year above last year's EPS had the highest sales "
                                                       f"growth last year?"),
                  "long-aside": f"Of the {sw} whose consensus EPS estimate for next year is above last year's "
                                f"actual EPS, which {t}, ranked by last year's sales growth, come out on top?",
                  "purpose-first": f"To combine expected earnings gains with recent momentum, which {t} {sw} with "
                                   f"next year's EPS estimate above last year's EPS had the highest sales growth "
                                   f"last year?"}
            self._add_r34(combo, qs, f"NAME, {k} FOR SCREEN({s}, FE_EPS(FY1) > FF_EPS(FY2024)) SORT {k} DESC "
                                     f"TOP {t}")

    def fell_in_neither_year_screen(self):
        combo = "screen: the share price fell in neither of two calendar years (NOT (A OR B)) (r34)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            y = self.pick([2021, 2022, 2023])
            cond = (f"NOT (P_RETURN({y - 1}-12-31, {y}-12-31) < 0 OR P_RETURN({y}-12-31, {y + 1}-12-31) < 0)")
            qs = {"hedging-academic": f"It may be worth establishing which {sw} had a negative share price return "
                                      f"in neither {y} nor {y + 1}.",
                  "courteous-letter": self._r34_letter(f"I would be grateful if you could tell me which {sw} had a "
                                                       f"negative share price return neither in {y} nor in "
                                                       f"{y + 1}."),
                  "long-aside": f"Which {sw} had, in neither {y} nor {y + 1}, and we look at calendar years here, "
                                f"a negative share price return?",
                  "purpose-first": f"To find the steadiest performers, which {sw} had a negative share price "
                                   f"return in neither {y} nor {y + 1}?"}
            self._add_r34(combo, qs, f"NAME FOR SCREEN({s}, {cond})")

    def recent_high_vs_half_high_screen(self):
        combo = "screen: the highest close of the last N trading days above the highest close of a calendar half (r34)"
        halves = [("the first half of 2024", "2024-01-01", "2024-06-30"),
                  ("the second half of 2023", "2023-07-01", "2023-12-31")]
        for _ in range(8):
            sw, s = self.pick(_sets())
            n = self.pick([20, 60])
            hw, h1, h2 = self.pick(halves)
            qs = {"hedging-academic": f"It might be of interest which {sw} have, so it appears, a highest close "
                                      f"over the last {n} trading days above their highest close in {hw}.",
                  "courteous-letter": self._r34_letter(f"I would be grateful to know which {sw} had a highest "
                                                       f"closing price over the last {n} trading days above their "
                                                       f"highest closing price in {hw}."),
                  "long-aside": f"Which {sw} had a highest close over the last {n} trading days, a short window I "
                                f"admit, above their highest close in {hw}?",
                  "purpose-first": f"To see who has made new highs, which {sw} had a highest close over the last "
                                   f"{n} trading days above their highest close in {hw}?"}
            self._add_r34(combo, qs, f"NAME FOR SCREEN({s}, P_HIGH(D-{n}, D0) > P_HIGH({h1}, {h2}))")

    def beta_refused(self):
        combo = "a company's beta against an index (refused: no such metric) (r34)"
        for _ in range(4):
            c = self.pick(self.companies)
            ix = self.pick(["NX100", "EUROPE"])
            qs = {"hedging-academic": f"It would perhaps be useful to know the beta of {c.name} against the {ix} "
                                      f"index over the last two years.",
                  "courteous-letter": self._r34_letter(f"Could you kindly let me have the beta of {c.name} against "
                                                       f"the {ix} index?"),
                  "long-aside": f"What is the beta of {c.name}, measured, as is customary, against the {ix} index?",
                  "purpose-first": f"To set the risk budget for our position, what is {c.name}'s beta against the "
                                   f"{ix} index?"}
            self._add_r34(combo, qs, None, "unsupported")

    def intraday_high_refused(self):
        combo = "an intraday high or low (refused: prices are closes only) (r34)"
        for _ in range(4):
            c = self.pick(self.companies)
            hl = self.pick(["high", "low"])
            per, *_ = self.pick(self._R33_CAL)
            qs = {"hedging-academic": f"It would be interesting, I think, to know the intraday {hl} of {c.name}'s "
                                      f"share price {per}.",
                  "courteous-letter": self._r34_letter(f"I would be grateful for the intraday {hl} of {c.name}'s "
                                                       f"shares {per}."),
                  "long-aside": f"What was the intraday {hl} of {c.name}, not the close but the extreme traded "
                                f"during the day, {per}?",
                  "purpose-first": f"To check a stop order that was triggered, what was {c.name}'s intraday {hl} "
                                   f"{per}?"}
            self._add_r34(combo, qs, None, "unsupported")

    def ticker_list_sales_sort_currency(self):
        combo = "three companies ranked by a money item IN a currency (ticker list SORT x IN) (r34)"
        for _ in range(5):
            a, b, c = self.sample(self.companies, 3)
            m, w = self.pick([("FF_SALES", "sales"), ("FF_NET_INC", "net income"), ("FF_CASH", "cash")])
            cur = self.pick(["USD", "EUR", "GBP"])
            cw = CURRENCY_WORDS[cur][0]
            k = f"{m}(FY2024)"
            vals = [r[1] for r in self._open().execute(f"{k} FOR {a.ticker}, {b.ticker}, {c.ticker} IN {cur}").rows]
            if any(v is None for v in vals) or len({round(v, 6) for v in vals}) < 3:
                continue
            qs = {"hedging-academic": f"It would, I think, be useful to rank {a.name}, {b.name} and {c.name} by "
                                      f"last year's {w} {cw}, largest first.",
                  "courteous-letter": self._r34_letter(f"Would you be kind enough to rank {a.name}, {b.name} and "
                                                       f"{c.name} by their {w} last year, {cw}, from largest to "
                                                       f"smallest?"),
                  "long-aside": f"Please rank {a.name}, {b.name} and {c.name}, the three names on our watch list, "
                                f"by last year's {w} {cw}, largest first.",
                  "purpose-first": f"To compare the three on one scale, rank {a.name}, {b.name} and {c.name} by "
                                   f"last year's {w} {cw}, largest first."}
            self._add_r34(combo, qs, f"NAME, {k} FOR {a.ticker}, {b.ticker}, {c.ticker} SORT {k} DESC IN {cur}")

    # --- round 35 (f35g): several relative periods in one screen (years and quarters), quarterly aggregates IN a
    # currency (an average of the last four quarters, a four-quarter sum in a screen), calendar-month returns ranked
    # (a ticker list worst first, TOP N with a valuation condition), TOP N of an expression with NOT, estimates
    # against actuals of relative years (a screen, a lookup beside two actual years), P_HIGH / P_LOW over
    # trading-day windows in conditions (a drawdown with a yield, a wide trading range with a P/E), "year to date"
    # of prices beside a fundamentals growth with NOT, neither / nor beside an OR in parentheses, a calendar-quarter
    # return ranked lowest with a market-cap condition IN USD, a quarter's growth against the same quarter a year
    # earlier ranked with NOT, an average over the last three fiscal years ranked IN USD, a market cap against its
    # level N trading days ago, one item at three relative periods IN a currency, a CAGR beside last year's growth,
    # quarter-end money ranked IN USD with a money condition; and a refusal (a quarterly consensus estimate: FE_ is
    # annual only). Appended after round 34's; tagged "r35"; four voices new to the generator, each a register that
    # carries the question: minutes of a meeting (an agenda item, the question in reported speech), a forwarded email
    # thread, a checklist line, a spoken question with false starts. ----------------------------------------------

    def _r35(self) -> list:
        """Round 35's combinations (f35g), built after round 34's so its draws do not move."""
        return [self.relative_years_and_quarter_screen, self.avg_last_four_quarters_currency,
                self.four_quarter_sum_screen_usd, self.month_return_ticker_list_worst_first,
                self.month_return_top_with_pe_cond, self.top_margin_not_loss, self.estimate_vs_two_years_ago_screen,
                self.estimate_beside_two_actual_years, self.drawdown_from_days_high_and_yield,
                self.wide_days_range_and_pe, self.ytd_up_and_not_growth, self.either_cond_and_neither_nor,
                self.quarter_return_bottom_mkt_cap_usd, self.same_quarter_growth_top_not_loss,
                self.avg_three_years_top_usd, self.mkt_cap_vs_days_ago_screen, self.item_three_relative_periods_currency,
                self.cagr_beside_growth_two_companies, self.quarter_end_money_sort_usd, self.quarterly_estimate_refused]

    _R35_VOICES = ("minutes", "forwarded-thread", "checklist", "false-starts")

    def _add_r35(self, combo: str, qs: dict, query: str | None, refusal: str | None = None) -> None:
        """Add one draw of a round-35 combination in each voice of ``qs`` (round 31's rule: ``_add_r31``)."""
        self._add_r31(combo, qs, query, refusal, voices=self._R35_VOICES, tag="r35")

    # minutes of a meeting: a heading, the item (the question in reported speech) and an action line
    _R35_MINUTES = ("Minutes, investment committee, 9 January. Item 4:", "Portfolio review minutes - AOB:",
                    "Risk committee minutes, item 2.3:")
    _R35_ACTION = ("Action: research to circulate the answer before the next meeting.", "Owner: data team, due Friday.",
                   "Action: JL to report back.")
    # a forwarded thread: the forwarder's note, the forwarded header, the question, the sender's sign-off
    _R35_FWD = ("Can you take this one?", "FYI - could you answer the question below?", "Looping you in, see below.")
    _R35_FROM = (("Priya Natarajan", "Priya"), ("Tom Becker", "Tom"), ("Ana Ruiz", "Ana"))

    def _r35_minutes(self, item: str) -> str:
        return f"{self.pick(self._R35_MINUTES)} {item} {self.pick(self._R35_ACTION)}"

    def _r35_forwarded(self, subject: str, body: str) -> str:
        full, first = self.pick(self._R35_FROM)
        return (f"{self.pick(self._R35_FWD)}\n\n---------- Forwarded message ---------\nFrom: {full}\nSubject: "
                f"{subject}\n\n{body}\n\nThanks,\n{first}")

    def _r35_cut(self, expr: str, s: str, cond: str, above: bool, cur: str = "") -> float | None:
        """``_r31_cut`` over the companies of ``s`` that meet ``cond`` (the threshold of a second condition)."""
        return self._r31_cut(expr, f"{s}, {cond}", above, cur)

    def relative_years_and_quarter_screen(self):
        combo = "screen: an item last year above N years ago AND an item the quarter before last positive (r35)"
        for _ in range(10):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FF_SALES", "sales"), ("FF_NET_INC", "net income"), ("FF_FCF", "free cash flow")])
            n, p = self.pick([(3, "FY2022"), (4, "FY2021")])
            nw = NUM_WORDS[n]
            qs = {"minutes": self._r35_minutes(f"MK asked which {sw} had {w} last year above their {w} {nw} years "
                                               f"ago and positive operating income in the quarter before last."),
                  "forwarded-thread": self._r35_forwarded(f"{sw} screen", f"Which {sw} had higher {w} last year than "
                                                          f"{nw} years ago, and positive operating income in the "
                                                          f"quarter before last?"),
                  "checklist": f"[ ] list the {sw} with {w} last year above {w} {nw} years ago and operating income "
                               f"above zero in the quarter before last",
                  "false-starts": f"so, um, which - which {sw} had, uh, {w} last year above {nw} years ago, and "
                                  f"positive operating income the quarter before last?"}
            self._add_r35(combo, qs, f"NAME FOR SCREEN({s}, {m}(FY2024) > {m}({p}) AND FF_OPER_INC(FQ-1) > 0)")

    def avg_last_four_quarters_currency(self):
        combo = "average of an item over the last four quarters x two companies x IN currency (r35)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            m, w = self.pick([("FF_SALES", "sales"), ("FF_NET_INC", "net income"), ("FF_OPER_INC",
                                                                                     "operating income")])
            cur = self.pick(["USD", "EUR", "GBP"])
            cw = CURRENCY_WORDS[cur][0]
            qs = {"minutes": self._r35_minutes(f"The chair asked for the average quarterly {w} of {a.name} and "
                                               f"{b.name} over the last four quarters, {cw}."),
                  "forwarded-thread": self._r35_forwarded(f"{a.name} vs {b.name}", f"What was the average {w} per "
                                                          f"quarter of {a.name} and {b.name} over the last four "
                                                          f"quarters, {cw}?"),
                  "checklist": f"[ ] average {w} over the last four quarters, {a.name} and {b.name}, {cw}",
                  "false-starts": f"what was the, er, the average {w} - per quarter I mean - of {a.name} and "
                                  f"{b.name} over the last four quarters, {cw}?"}
            self._add_r35(combo, qs, f"AVG({m}, FQ-3, FQ0) FOR {a.ticker}, {b.ticker} IN {cur}")

    def four_quarter_sum_screen_usd(self):
        combo = "screen: the sum of an item over the last four quarters above X x IN USD (multi-currency) (r35)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            m, w = self.pick([("FF_NET_INC", "net income"), ("FF_FCF", "free cash flow")])
            e = f"SUM({m}, FQ-3, FQ0)"
            x = self._r31_cut(e, s, above=True, cur="USD")
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"minutes": self._r35_minutes(f"RP asked which {sw} earned total {w} above {xs} million US dollars "
                                               f"over the last four quarters combined."),
                  "forwarded-thread": self._r35_forwarded("size cut-off", f"Which {sw} had {w} summed over the last "
                                                          f"four quarters of more than {xs} million US dollars?"),
                  "checklist": f"[ ] {sw}: {w} over the last four quarters combined above {xs} million, in US "
                               f"dollars",
                  "false-starts": f"so which, um, which {sw} had more than {xs} million US dollars of {w} - "
                                  f"in total, I mean - over the last four quarters?"}
            self._add_r35(combo, qs, f"NAME FOR SCREEN({s}, {e} > {x}) IN USD")

    _R35_MONTHS = [("March 2024", "2024-02-29", "2024-03-31"), ("October 2023", "2023-09-30", "2023-10-31"),
                   ("July 2024", "2024-06-30", "2024-07-31"), ("January 2024", "2023-12-31", "2024-01-31")]

    def month_return_ticker_list_worst_first(self):
        combo = "three companies ranked by a calendar-month return, worst first (ticker list SORT ASC) (r35)"
        for _ in range(5):
            a, b, c = self.sample(self.companies, 3)
            mw, d1, d2 = self.pick(self._R35_MONTHS)
            k = f"P_RETURN({d1}, {d2})"
            vals = self._r32_values(k, f"{a.ticker}, {b.ticker}, {c.ticker}")
            if any(v is None for v in vals) or len({round(v, 6) for v in vals}) < 3:
                continue
            qs = {"minutes": self._r35_minutes(f"DW asked for {a.name}, {b.name} and {c.name} to be ranked by "
                                               f"share price return in {mw}, worst first."),
                  "forwarded-thread": self._r35_forwarded(f"{mw} performance", f"Could you rank {a.name}, {b.name} "
                                                          f"and {c.name} by their share price return in {mw}, from "
                                                          f"worst to best?"),
                  "checklist": f"[ ] rank {a.name}, {b.name}, {c.name} by share price return in {mw} (worst first)",
                  "false-starts": f"can you rank - sorry, can you rank {a.name}, {b.name} and {c.name} by, um, "
                                  f"their return in {mw}, worst first?"}
            self._add_r35(combo, qs, f"NAME, {k} FOR {a.ticker}, {b.ticker}, {c.ticker} SORT {k} ASC")

    def month_return_top_with_pe_cond(self):
        combo = "TOP N by a calendar-month return x screen with a P/E below X (r35)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            mw, d1, d2 = self.pick(self._R35_MONTHS)
            x = self._threshold("FG_PE(D0)", s)
            if not x or x <= 0:
                continue
            xs = self._num(x)
            t = self.pick([2, 3])
            k = f"P_RETURN({d1}, {d2})"
            qs = {"minutes": self._r35_minutes(f"SB asked which {NUM_WORDS[t]} {sw} with a P/E below {xs} had the "
                                               f"best share price return in {mw}."),
                  "forwarded-thread": self._r35_forwarded(f"best of {mw}", f"Of the {sw} with a P/E under {xs}, "
                                                          f"which {NUM_WORDS[t]} had the highest share price return "
                                                          f"in {mw}?"),
                  "checklist": f"[ ] top {t} {sw} by share price return in {mw}, P/E below {xs} only",
                  "false-starts": f"which {NUM_WORDS[t]}, uh, which {NUM_WORDS[t]} {sw} with a P/E below {xs} did "
                                  f"best - share price return, I mean - in {mw}?"}
            self._add_r35(combo, qs, f"NAME, {k} FOR SCREEN({s}, FG_PE(D0) < {x}) SORT {k} DESC TOP {t}")

    def top_margin_not_loss(self):
        combo = "TOP N by an expression (a margin) x NOT a loss (r35)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            t = self.pick([2, 3])
            m, w = self.pick([("FF_OPER_INC", "operating"), ("FF_GROSS_INC", "gross")])
            k = f"{m}(FY2024) / FF_SALES(FY2024) * 100"
            qs = {"minutes": self._r35_minutes(f"It was asked which {NUM_WORDS[t]} {sw} that did not report a "
                                               f"negative free cash flow last year had the highest {w} margin last "
                                               f"year."),
                  "forwarded-thread": self._r35_forwarded(f"{w} margins", f"Which {NUM_WORDS[t]} {sw} had the "
                                                          f"highest {w} margin last year, leaving out any with "
                                                          f"negative free cash flow last year?"),
                  "checklist": f"[ ] top {t} {sw} by {w} margin last year - not those with negative free cash flow "
                               f"last year",
                  "false-starts": f"which {sw} - the top {NUM_WORDS[t]}, I mean - had the highest, um, {w} margin "
                                  f"last year, but not ones with negative free cash flow last year?"}
            self._add_r35(combo, qs, f"NAME, {k} FOR SCREEN({s}, NOT FF_FCF(FY2024) < 0) SORT {k} DESC TOP {t}")

    def estimate_vs_two_years_ago_screen(self):
        combo = "screen: an estimate for the year after next above the actual two years ago (r35)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            m, w = self.pick([("EPS", "EPS"), ("SALES", "sales")])
            op, ow = self.pick([(">", "above"), ("<", "below")])
            qs = {"minutes": self._r35_minutes(f"AF asked which {sw} have a consensus {w} estimate for the year "
                                               f"after next {ow} their actual {w} two years ago."),
                  "forwarded-thread": self._r35_forwarded("estimates vs history", f"Which {sw} have a consensus "
                                                          f"{w} estimate for the year after next that is {ow} "
                                                          f"their actual {w} two years ago?"),
                  "checklist": f"[ ] {sw} with the {w} consensus for the year after next {ow} actual {w} two "
                               f"years ago",
                  "false-starts": f"so, um, which {sw} have - which have a consensus {w} estimate for the year "
                                  f"after next {ow} their actual {w} from two years ago?"}
            self._add_r35(combo, qs, f"NAME FOR SCREEN({s}, FE_{m}(FY2) {op} FF_{m}(FY2023))")

    def estimate_beside_two_actual_years(self):
        combo = "next year's estimate beside last year's and the year before last's actuals x company (r35)"
        for _ in range(5):
            c = self.pick(self.companies)
            m, w = self.pick([("EPS", "EPS"), ("SALES", "sales")])
            qs = {"minutes": self._r35_minutes(f"LT asked for {c.name}'s consensus {w} estimate for next year "
                                               f"together with its actual {w} last year and the year before last."),
                  "forwarded-thread": self._r35_forwarded(f"{c.name} {w}", f"What is the consensus {w} estimate "
                                                          f"for {c.name} for next year, and what was its actual {w} "
                                                          f"last year and the year before last?"),
                  "checklist": f"[ ] {c.name}: {w} consensus for next year, actual {w} last year and the year "
                               f"before last",
                  "false-starts": f"what's, um, what's {c.name}'s consensus {w} for next year - and, uh, the actual "
                                  f"{w} last year and the year before last?"}
            self._add_r35(combo, qs, f"FE_{m}(FY1), FF_{m}(FY2024), FF_{m}(FY2023) FOR {c.ticker}")

    def drawdown_from_days_high_and_yield(self):
        combo = "screen: price more than X% below its N-trading-day high AND a dividend yield above Y (r35)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            n = self.pick([250, 120])
            x = self.pick([10, 15, 20, 25])
            dd = f"P_PRICE(D0) < {round(1 - x / 100, 2)} * P_HIGH(D-{n}, D0)"
            y = self._r35_cut("FG_DIV_YIELD(D0)", s, dd, above=True)
            if y is None or y <= 0:
                continue
            ys = self._num(y)
            qs = {"minutes": self._r35_minutes(f"KO asked which {sw} trade more than {x}% below their highest close "
                                               f"of the last {n} trading days while yielding more than {ys}%."),
                  "forwarded-thread": self._r35_forwarded("beaten-down yielders", f"Which {sw} have a share price "
                                                          f"more than {x}% below their highest close of the last "
                                                          f"{n} trading days and a dividend yield above {ys}%?"),
                  "checklist": f"[ ] {sw} more than {x}% below the highest close of the last {n} trading days, "
                               f"dividend yield above {ys}%",
                  "false-starts": f"which {sw} are, um, more than {x}% below - below their highest close of the "
                                  f"last {n} trading days, and yield more than {ys}%?"}
            self._add_r35(combo, qs, f"NAME FOR SCREEN({s}, {dd} AND FG_DIV_YIELD(D0) > {y})")

    def wide_days_range_and_pe(self):
        combo = "screen: the N-trading-day high more than X% above the N-trading-day low AND P/E below Y (r35)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            n = self.pick([60, 120])
            x = self.pick([20, 30, 40])
            rng = f"P_HIGH(D-{n}, D0) > {round(1 + x / 100, 2)} * P_LOW(D-{n}, D0)"
            y = self._r35_cut("FG_PE(D0)", s, rng, above=False)
            if y is None or y <= 0:
                continue
            ys = self._num(y)
            qs = {"minutes": self._r35_minutes(f"It was asked which {sw} with a P/E below {ys} had a highest close "
                                               f"over the last {n} trading days more than {x}% above their lowest "
                                               f"close over the same {n} trading days."),
                  "forwarded-thread": self._r35_forwarded("volatile but cheap", f"Which {sw} have a P/E below {ys} "
                                                          f"and a highest close in the last {n} trading days more "
                                                          f"than {x}% above their lowest close in those {n} trading "
                                                          f"days?"),
                  "checklist": f"[ ] {sw}, P/E below {ys}, highest close of the last {n} trading days more than "
                               f"{x}% above the lowest close of the last {n} trading days",
                  "false-starts": f"which {sw} with a P/E below {ys} had a, uh, a highest close in the last {n} "
                                  f"trading days more than - more than {x}% above the lowest close in the last {n} "
                                  f"trading days?"}
            self._add_r35(combo, qs, f"NAME FOR SCREEN({s}, {rng} AND FG_PE(D0) < {y})")

    def ytd_up_and_not_growth(self):
        combo = "screen: a year-to-date return above X% AND NOT sales growth last year (prices vs fundamentals) (r35)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            g = "GROWTH(FF_SALES, FY2023, FY2024) > 0"
            x = self._r35_cut("P_RETURN(2023-12-31, D0)", s, f"NOT {g}", above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"minutes": self._r35_minutes(f"HN asked which {sw} are up more than {xs}% year to date although "
                                               f"their sales did not grow last year."),
                  "forwarded-thread": self._r35_forwarded("price vs fundamentals", f"Which {sw} have a share price "
                                                          f"return above {xs}% year to date but no sales growth last "
                                                          f"year?"),
                  "checklist": f"[ ] {sw} up more than {xs}% year to date, sales did not grow last year",
                  "false-starts": f"which {sw} are up - are up more than {xs}% year to date, um, without any "
                                  f"sales growth last year?"}
            self._add_r35(combo, qs, f"NAME FOR SCREEN({s}, P_RETURN(2023-12-31, D0) > {x} AND NOT {g})")

    def either_cond_and_neither_nor(self):
        combo = "screen: (A OR B) AND neither C nor D (r35)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            nn = "NOT (FF_NET_INC(FY2024) < 0 OR FF_FCF(FY2024) < 0)"
            x = self._r35_cut("FG_PE(D0)", s, nn, above=False)
            y = self._r35_cut("FG_DIV_YIELD(D0)", s, nn, above=True)
            if x is None or y is None or x <= 0 or y <= 0:
                continue
            xs, ys = self._num(x), self._num(y)
            qs = {"minutes": self._r35_minutes(f"CV asked which {sw} have either a P/E below {xs} or a dividend "
                                               f"yield above {ys}%, and had neither a net loss nor negative free "
                                               f"cash flow last year."),
                  "forwarded-thread": self._r35_forwarded("value or income", f"Which {sw} have (a P/E below {xs} or a "
                                                          f"dividend yield above {ys}%) and had neither a net loss "
                                                          f"nor negative free cash flow last year?"),
                  "checklist": f"[ ] {sw}: (P/E below {xs} or dividend yield above {ys}%) and neither a net loss "
                               f"nor negative free cash flow last year",
                  "false-starts": f"which {sw} have, um, either a P/E below {xs} or a yield above {ys}% - and, uh, "
                                  f"neither a net loss nor negative free cash flow last year?"}
            self._add_r35(combo, qs, f"NAME FOR SCREEN({s}, (FG_PE(D0) < {x} OR FG_DIV_YIELD(D0) > {y}) AND {nn})")

    def quarter_return_bottom_mkt_cap_usd(self):
        combo = "TOP N lowest calendar-quarter return x a market cap condition IN USD (multi-currency) (r35)"
        quarters = [("the first quarter of 2024", "2023-12-31", "2024-03-31"),
                    ("the third quarter of 2023", "2023-06-30", "2023-09-30"),
                    ("the second quarter of 2024", "2024-03-31", "2024-06-30")]
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            qw, d1, d2 = self.pick(quarters)
            x = self._threshold("FG_MKT_CAP(D0)", s, "USD")
            if not x or x <= 0:
                continue
            xs = self._num(x)
            t = self.pick([2, 3])
            k = f"P_RETURN({d1}, {d2})"
            qs = {"minutes": self._r35_minutes(f"GM asked which {NUM_WORDS[t]} {sw} with a market cap above {xs} "
                                               f"million US dollars had the worst share price return in {qw}."),
                  "forwarded-thread": self._r35_forwarded("laggards", f"Among {sw} with a market cap above {xs} "
                                                          f"million US dollars, which {NUM_WORDS[t]} had the lowest "
                                                          f"share price return in {qw}?"),
                  "checklist": f"[ ] bottom {t} {sw} by share price return in {qw}, market cap above {xs} million "
                               f"US dollars",
                  "false-starts": f"which {NUM_WORDS[t]} {sw} - with a market cap over {xs} million US dollars - "
                                  f"did, um, worst in {qw}, share price return I mean?"}
            self._add_r35(combo, qs, f"NAME, {k} FOR SCREEN({s}, FG_MKT_CAP(D0) > {x}) SORT {k} ASC TOP {t} IN USD")

    def same_quarter_growth_top_not_loss(self):
        combo = "TOP N by growth last quarter against the same quarter a year earlier x NOT a loss (r35)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            t = self.pick([2, 3])
            k = "GROWTH(FF_SALES, FQ-4, FQ0)"
            qs = {"minutes": self._r35_minutes(f"PD asked which {NUM_WORDS[t]} {sw} without a net loss last quarter "
                                               f"grew sales fastest last quarter against the same quarter a year "
                                               f"earlier."),
                  "forwarded-thread": self._r35_forwarded("fastest growers", f"Excluding any with a net loss last "
                                                          f"quarter, which {NUM_WORDS[t]} {sw} had the highest sales "
                                                          f"growth last quarter versus the same quarter a year "
                                                          f"earlier?"),
                  "checklist": f"[ ] top {t} {sw} by sales growth last quarter vs the same quarter a year earlier; "
                               f"no net loss last quarter",
                  "false-starts": f"which {sw}, um - the {NUM_WORDS[t]} with the highest sales growth last quarter "
                                  f"versus the same quarter a year earlier, and, uh, no net loss last quarter?"}
            self._add_r35(combo, qs, f"NAME, {k} FOR SCREEN({s}, NOT FF_NET_INC(FQ0) < 0) SORT {k} DESC TOP {t}")

    def avg_three_years_top_usd(self):
        combo = "TOP N by an average over the last three fiscal years x IN USD (multi-currency) (r35)"
        for _ in range(5):
            sw, s = self.pick(self._r33_multi_currency_sets())
            m, w = self.pick([("FF_FCF", "free cash flow"), ("FF_NET_INC", "net income")])
            t = self.pick([2, 3])
            k = f"AVG({m}, FY2022, FY2024)"
            qs = {"minutes": self._r35_minutes(f"The committee asked which {NUM_WORDS[t]} {sw} had the highest "
                                               f"average annual {w} over the last three fiscal years, in US "
                                               f"dollars."),
                  "forwarded-thread": self._r35_forwarded("cash generators", f"Which {NUM_WORDS[t]} {sw} had the "
                                                          f"highest average {w} over the last three fiscal years, in "
                                                          f"US dollars?"),
                  "checklist": f"[ ] top {t} {sw} by average {w} over the last three fiscal years (US dollars)",
                  "false-starts": f"which {NUM_WORDS[t]} {sw} had the, er, the highest average {w} over the last "
                                  f"three fiscal years - in US dollars?"}
            self._add_r35(combo, qs, f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC TOP {t} IN USD")

    def mkt_cap_vs_days_ago_screen(self):
        combo = "screen: market cap today more than X% above its level N trading days ago (r35)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            n = self.pick([20, 60, 120])
            x = self.pick([10, 15, 20, 30])
            qs = {"minutes": self._r35_minutes(f"EJ asked which {sw} have a market cap today more than {x}% above "
                                               f"their market cap {n} trading days ago."),
                  "forwarded-thread": self._r35_forwarded("who re-rated", f"Which {sw} have a market cap today that "
                                                          f"is more than {x}% above what it was {n} trading days "
                                                          f"ago?"),
                  "checklist": f"[ ] {sw} with market cap today more than {x}% above market cap {n} trading days "
                               f"ago",
                  "false-starts": f"which, um, which {sw} have a market cap today more than {x}% above - above "
                                  f"their market cap {n} trading days ago?"}
            self._add_r35(combo, qs, f"NAME FOR SCREEN({s}, FG_MKT_CAP(D0) > {round(1 + x / 100, 2)} * "
                                     f"FG_MKT_CAP(D-{n}))")

    def item_three_relative_periods_currency(self):
        combo = "an item last year, the year before last and last quarter x company x IN currency (r35)"
        for _ in range(5):
            c = self.pick(self.companies)
            m, w = self.pick([("FF_NET_INC", "net income"), ("FF_SALES", "sales"), ("FF_CASH", "cash")])
            cur = self.pick([x for x in ("USD", "EUR", "GBP") if x != c.currency])
            cw = CURRENCY_WORDS[cur][0]
            qs = {"minutes": self._r35_minutes(f"NB asked for {c.name}'s {w} last year, the year before last and "
                                               f"last quarter, {cw}."),
                  "forwarded-thread": self._r35_forwarded(f"{c.name}", f"What was {c.name}'s {w} last year, the "
                                                          f"year before last and last quarter, {cw}?"),
                  "checklist": f"[ ] {c.name} {w}: last year, the year before last, last quarter ({cw})",
                  "false-starts": f"what was {c.name}'s, um, {w} last year - and the year before last, and last "
                                  f"quarter - {cw}?"}
            self._add_r35(combo, qs, f"{m}(FY2024), {m}(FY2023), {m}(FQ0) FOR {c.ticker} IN {cur}")

    def cagr_beside_growth_two_companies(self):
        combo = "CAGR over the last N years beside last year's growth x two companies (r35)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            m, w = self.pick([("FF_SALES", "sales"), ("FF_EPS", "EPS")])
            n = self.pick([3, 4])
            qs = {"minutes": self._r35_minutes(f"VR asked for the compound annual {w} growth of {a.name} and "
                                               f"{b.name} over the last {NUM_WORDS[n]} years, and their {w} growth "
                                               f"last year."),
                  "forwarded-thread": self._r35_forwarded("growth check", f"What were {a.name}'s and {b.name}'s "
                                                          f"compound annual {w} growth over the last "
                                                          f"{NUM_WORDS[n]} years and their {w} growth last year?"),
                  "checklist": f"[ ] {a.name}, {b.name}: {w} CAGR over the last {NUM_WORDS[n]} years, {w} growth "
                               f"last year",
                  "false-starts": f"what was the, um, compound annual {w} growth of {a.name} and {b.name} over the "
                                  f"last {NUM_WORDS[n]} years - and, uh, their {w} growth last year?"}
            self._add_r35(combo, qs, f"CAGR({m}, FY{2024 - n}, FY2024), GROWTH({m}, FY2023, FY2024) FOR "
                                     f"{a.ticker}, {b.ticker}")

    def quarter_end_money_sort_usd(self):
        combo = "TOP N lowest debt last quarter x a cash condition last quarter x IN USD (multi-currency) (r35)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            x = self._r31_cut("FF_CASH(FQ0)", s, above=True, cur="USD")
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            t = self.pick([2, 3])
            k = "FF_DEBT(FQ0)"
            qs = {"minutes": self._r35_minutes(f"OS asked which {NUM_WORDS[t]} {sw} with cash above {xs} million US "
                                               f"dollars at the end of last quarter had the least debt last quarter, "
                                               f"in US dollars."),
                  "forwarded-thread": self._r35_forwarded("balance sheets", f"Of the {sw} holding more than {xs} "
                                                          f"million US dollars of cash last quarter, which "
                                                          f"{NUM_WORDS[t]} had the lowest debt last quarter, in US "
                                                          f"dollars?"),
                  "checklist": f"[ ] {t} {sw} with the lowest debt last quarter, cash last quarter above {xs} "
                               f"million, US dollars",
                  "false-starts": f"which {NUM_WORDS[t]} {sw} with - with more than {xs} million US dollars of "
                                  f"cash last quarter had the, um, lowest debt last quarter, in US dollars?"}
            self._add_r35(combo, qs, f"NAME, {k} FOR SCREEN({s}, FF_CASH(FQ0) > {x}) SORT {k} ASC TOP {t} IN USD")

    def quarterly_estimate_refused(self):
        combo = "a consensus estimate for next quarter (refused: estimates are annual, FY1 / FY2) (r35)"
        for _ in range(4):
            c = self.pick(self.companies)
            w = self.pick(["EPS", "sales"])
            qs = {"minutes": self._r35_minutes(f"YT asked for the consensus {w} estimate for {c.name}'s next "
                                               f"quarter."),
                  "forwarded-thread": self._r35_forwarded(f"{c.name} next quarter", f"What is the consensus {w} "
                                                          f"estimate for {c.name} for next quarter?"),
                  "checklist": f"[ ] {c.name}: consensus {w} estimate for next quarter",
                  "false-starts": f"what's the, um, the consensus {w} estimate for {c.name} - for next quarter, I "
                                  f"mean?"}
            self._add_r35(combo, qs, None, "unsupported")

    # --- round 36 (f36g): section 5's conventions combined with screens and rankings (the past N months, two
    # calendar halves, year to date, relative quarters, trading-day windows), TOP N by computed keys (a quarter's
    # margin, a payout, capex intensity, a forward P/E on the year after next), IN converting a condition and a SORT
    # key (pounds, US dollars, last twelve months), companies x items x periods (ratios at two dates, two items over
    # three years IN a currency, the highs and lows of two halves), estimates arithmetic (growth to next year and on
    # to the year after), NOT of a conjunction and A OR (B AND C), and refusals near supported asks (an index's own
    # return, a segment's share of sales). Appended after round 35's; tagged "r36"; each draw said in the plain
    # register of a careful SPEC reader, as a question and as a request (third tag "question" / "request"). --------

    def _r36(self) -> list:
        """Round 36's combinations (f36g), built after round 35's so its draws do not move."""
        return [self.past_months_return_and_yield_screen, self.halves_up_then_down_screen,
                self.ytd_top_money_cond_usd, self.quarter_margin_top_prior_quarter_profit,
                self.days_dip_in_ytd_rise_screen, self.payout_ratio_top, self.capex_intensity_top_cross_set,
                self.fcf_cond_sort_net_income_gbp, self.ratios_two_dates_three_companies,
                self.two_items_three_years_two_companies_currency, self.halves_high_low_two_companies,
                self.forward_pe_year_after_next_bottom, self.estimate_growth_chain_screen,
                self.not_both_screen, self.or_of_and_screen, self.index_return_refused, self.segment_share_refused,
                self.year_end_mkt_cap_top_ytd_loser_usd, self.actual_estimate_pe_three_companies,
                self.ltm_net_income_cond_sort_ltm_sales_usd]

    _R36_VOICES = ("question", "request")

    def _add_r36(self, combo: str, qs: dict, query: str | None, refusal: str | None = None) -> None:
        """Add one draw of a round-36 combination as a question and as a request (round 31's rule: ``_add_r31``)."""
        self._add_r31(combo, qs, query, refusal, voices=self._R36_VOICES, tag="r36")

    _R36_PAST = [("six", "2024-07-15"), ("three", "2024-10-15"), ("nine", "2024-04-15")]

    def past_months_return_and_yield_screen(self):
        combo = "screen: a return over the past N months above X% AND a dividend yield above Y (r36)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            nw, d1 = self.pick(self._R36_PAST)
            y = self.pick([1, 2, 3])
            cond = f"FG_DIV_YIELD(D0) > {y}"
            x = self._r35_cut(f"P_RETURN({d1}, D0)", s, cond, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"question": f"Which {sw} have a share price return above {xs}% over the past {nw} months and a "
                              f"dividend yield above {y}%?",
                  "request": f"List the {sw} whose share price return over the past {nw} months is above {xs}% and "
                             f"whose dividend yield is above {y}%."}
            self._add_r36(combo, qs, f"NAME FOR SCREEN({s}, P_RETURN({d1}, D0) > {x} AND {cond})")

    def halves_up_then_down_screen(self):
        combo = "screen: a positive return in the first half of a year AND a negative one in the second half (r36)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            yr = self.pick([2023, 2024])
            up, down = self.pick([(">", "<"), ("<", ">")])
            w1, w2 = ("rise", "fall") if up == ">" else ("fall", "rise")
            q = (f"P_RETURN({yr - 1}-12-31, {yr}-06-30) {up} 0 AND P_RETURN({yr}-06-30, {yr}-12-31) {down} 0")
            qs = {"question": f"Which {sw} saw their share price {w1} in the first half of {yr} and {w2} in the "
                              f"second half of {yr}?",
                  "request": f"List the {sw} whose share price return was {'positive' if up == '>' else 'negative'} "
                             f"in the first half of {yr} and {'negative' if up == '>' else 'positive'} in the second "
                             f"half of {yr}."}
            self._add_r36(combo, qs, f"NAME FOR SCREEN({s}, {q})")

    def ytd_top_money_cond_usd(self):
        combo = "TOP N by year-to-date return x a sales condition last year IN USD (multi-currency) (r36)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            x = self._threshold("FF_SALES(FY2024)", s, "USD")
            if not x or x <= 0:
                continue
            xs = self._num(x)
            t = self.pick([2, 3])
            k = "P_RETURN(2023-12-31, D0)"
            qs = {"question": f"Among {sw} with sales last year above {xs} million US dollars, which {NUM_WORDS[t]} "
                              f"have the highest share price return year to date?",
                  "request": f"Show the {NUM_WORDS[t]} {sw} with the best year-to-date share price return, "
                             f"considering only those with sales above {xs} million US dollars last year."}
            self._add_r36(combo, qs, f"NAME, {k} FOR SCREEN({s}, FF_SALES(FY2024) > {x}) SORT {k} DESC TOP {t} "
                                     f"IN USD")

    def quarter_margin_top_prior_quarter_profit(self):
        combo = "TOP N by a margin last quarter x net income positive in the quarter before last (r36)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            m, w = self.pick([("FF_OPER_INC", "operating"), ("FF_NET_INC", "net")])
            t = self.pick([2, 3])
            k = f"{m}(FQ0) / FF_SALES(FQ0) * 100"
            qs = {"question": f"Which {NUM_WORDS[t]} {sw} had the highest {w} margin last quarter, among those "
                              f"with positive net income in the quarter before last?",
                  "request": f"Rank the {sw} with positive net income in the quarter before last by {w} margin last "
                             f"quarter and show the top {NUM_WORDS[t]}."}
            self._add_r36(combo, qs, f"NAME, {k} FOR SCREEN({s}, FF_NET_INC(FQ-1) > 0) SORT {k} DESC TOP {t}")

    def days_dip_in_ytd_rise_screen(self):
        combo = "screen: a negative return over the last N trading days AND a year-to-date return above X% (r36)"
        for _ in range(14):
            sw, s = self.pick(_sets())
            n = self.pick([5, 10, 20, 60])
            dip = f"P_RETURN(D-{n}, D0) < 0"
            x = self._r35_cut("P_RETURN(2023-12-31, D0)", s, dip, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"question": f"Which {sw} are up more than {xs}% year to date but have a negative share price "
                              f"return over the last {n} trading days?",
                  "request": f"List the {sw} with a year-to-date share price return above {xs}% and a negative "
                             f"return over the last {n} trading days."}
            self._add_r36(combo, qs, f"NAME FOR SCREEN({s}, P_RETURN(2023-12-31, D0) > {x} AND {dip})")

    def payout_ratio_top(self):
        combo = "TOP N by dividends per share as a percentage of EPS x EPS positive (r36)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            t = self.pick([2, 3])
            hl, d = self.pick([("highest", "DESC"), ("lowest", "ASC")])
            k = "FF_DPS(FY2024) / FF_EPS(FY2024) * 100"
            qs = {"question": f"Which {NUM_WORDS[t]} {sw} with positive EPS last year had the {hl} dividends per "
                              f"share as a percentage of EPS last year?",
                  "request": f"For the {sw} with positive diluted EPS in fiscal 2024, show the {NUM_WORDS[t]} with "
                             f"the {hl} dividends per share as a percentage of diluted EPS in fiscal 2024."}
            self._add_r36(combo, qs, f"NAME, {k} FOR SCREEN({s}, FF_EPS(FY2024) > 0) SORT {k} {d} TOP {t}")

    def capex_intensity_top_cross_set(self):
        combo = "TOP N by capital expenditure as a percentage of sales x an index crossed with a sector (r36)"
        pairs = [("NX100", "Information Technology", "technology"), ("NX100", "Industrials", "industrial"),
                 ("EUROPE", "Industrials", "industrial"), ("NX100", "Energy", "energy"),
                 ("EUROPE", "Consumer Discretionary", "consumer discretionary")]
        for _ in range(6):
            ix, sec, sw = self.pick(pairs)
            t = self.pick([2, 3])
            y = self.pick([2023, 2024])
            k = f"FF_CAPEX(FY{y}) / FF_SALES(FY{y}) * 100"
            qs = {"question": f"Which {NUM_WORDS[t]} {sw} companies in the {ix} index had the highest capital "
                              f"expenditure as a percentage of sales in fiscal {y}?",
                  "request": f"Show the {NUM_WORDS[t]} {ix} members in the {sec} sector with the highest capex as a "
                             f"percentage of sales for fiscal {y}."}
            self._add_r36(combo, qs, f'NAME, {k} FOR SCREEN(INDEX({ix}) & SECTOR("{sec}")) SORT {k} DESC TOP {t}')

    def fcf_cond_sort_net_income_gbp(self):
        combo = "screen: free cash flow above X x SORT by net income x IN GBP (multi-currency) (r36)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            x = self._r31_cut("FF_FCF(FY2024)", s, above=True, cur="GBP")
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            k = "FF_NET_INC(FY2024)"
            qs = {"question": f"Which {sw} had free cash flow above {xs} million pounds sterling last year, sorted "
                              f"by last year's net income in pounds sterling, highest first?",
                  "request": f"List the {sw} with fiscal 2024 free cash flow above {xs} million GBP, ranked by "
                             f"fiscal 2024 net income in GBP from highest to lowest."}
            self._add_r36(combo, qs, f"NAME, {k} FOR SCREEN({s}, FF_FCF(FY2024) > {x}) SORT {k} DESC IN GBP")

    def ratios_two_dates_three_companies(self):
        combo = "three companies x P/E and dividend yield x today and the end of a past year (r36)"
        for _ in range(5):
            a, b, c = self.sample(self.companies, 3)
            yr = self.pick([2022, 2023])
            d = f"{yr}-12-31"
            qs = {"question": f"What are the P/E and dividend yield of {a.name}, {b.name} and {c.name} today, and "
                              f"what were they at the end of {yr}?",
                  "request": f"Show the P/E ratio and the dividend yield of {a.name}, {b.name} and {c.name} now and "
                             f"at the end of {yr}."}
            self._add_r36(combo, qs, f"FG_PE(D0), FG_DIV_YIELD(D0), FG_PE({d}), FG_DIV_YIELD({d}) FOR {a.ticker}, "
                                     f"{b.ticker}, {c.ticker}")

    def two_items_three_years_two_companies_currency(self):
        combo = "two companies x two items x each of the last three fiscal years x IN currency (r36)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            (m1, w1), (m2, w2) = self.sample([("FF_SALES", "sales"), ("FF_OPER_INC", "operating income"),
                                              ("FF_NET_INC", "net income"), ("FF_FCF", "free cash flow")], 2)
            cur = self.pick(["USD", "EUR"])
            cw = CURRENCY_WORDS[cur][0]
            items = ", ".join(f"{m}(FY{y})" for m in (m1, m2) for y in (2022, 2023, 2024))
            qs = {"question": f"What were the {w1} and {w2} of {a.name} and {b.name} in each of the last three "
                              f"fiscal years, {cw}?",
                  "request": f"Show {a.name}'s and {b.name}'s {w1} and {w2} for fiscal 2022, 2023 and 2024 {cw}."}
            self._add_r36(combo, qs, f"{items} FOR {a.ticker}, {b.ticker} IN {cur}")

    def halves_high_low_two_companies(self):
        combo = "highest and lowest close in each half of a calendar year x two companies (r36)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            yr = self.pick([2023, 2024])
            h1, h2 = (f"{yr}-01-01", f"{yr}-06-30"), (f"{yr}-07-01", f"{yr}-12-31")
            items = ", ".join(f"{f}({d1}, {d2})" for d1, d2 in (h1, h2) for f in ("P_HIGH", "P_LOW"))
            qs = {"question": f"What were the highest and lowest closing prices of {a.name} and {b.name} in the "
                              f"first half and in the second half of {yr}?",
                  "request": f"Show the highest and the lowest close of {a.name} and {b.name} in each half of "
                             f"{yr}."}
            self._add_r36(combo, qs, f"{items} FOR {a.ticker}, {b.ticker}")

    def forward_pe_year_after_next_bottom(self):
        combo = "TOP N lowest price over the EPS estimate for the year after next x at least K analysts (r36)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            kk = self.pick([3, 5, 8])
            t = self.pick([2, 3])
            k = "P_PRICE(D0) / FE_EPS(FY2)"
            qs = {"question": f"Which {NUM_WORDS[t]} {sw} covered by at least {kk} analysts for the year after next "
                              f"have the lowest share price divided by the consensus EPS estimate for the year after "
                              f"next?",
                  "request": f"Show the {NUM_WORDS[t]} {sw} with the lowest ratio of today's share price to the "
                             f"FY2026 consensus EPS estimate, among those with at least {kk} analysts for FY2026."}
            self._add_r36(combo, qs, f"NAME, {k} FOR SCREEN({s}, FE_NUM(FY2) >= {kk}) SORT {k} ASC TOP {t}")

    def estimate_growth_chain_screen(self):
        combo = "screen: expected EPS growth next year above X% AND from next year to the year after above Y% (r36)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            g1 = "(FE_EPS(FY1) / FF_EPS(FY2024) - 1) * 100"
            y = self.pick([5, 10])
            g2 = f"GROWTH(FE_EPS, FY1, FY2) > {y}"
            x = self._r35_cut(g1, s, g2, above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"question": f"Which {sw} are expected to grow EPS by more than {xs}% next year and by more than "
                              f"{y}% from next year to the year after?",
                  "request": f"List the {sw} whose consensus EPS estimate for next year is more than {xs}% above "
                             f"last year's EPS and whose estimate for the year after next is more than {y}% above "
                             f"next year's estimate."}
            self._add_r36(combo, qs, f"NAME FOR SCREEN({s}, {g1} > {x} AND {g2})")

    def not_both_screen(self):
        combo = "screen: NOT (A AND B) - not both a P/E above X and a dividend yield below Y (r36)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            x = self._threshold("FG_PE(D0)", s)
            y = self._threshold("FG_DIV_YIELD(D0)", s)
            if not x or not y or x <= 0 or y <= 0:
                continue
            xs, ys = self._num(x), self._num(y)
            qs = {"question": f"Which {sw} do not have both a P/E above {xs} and a dividend yield below {ys}%?",
                  "request": f"List the {sw}, excluding those that have both a P/E above {xs} and a dividend yield "
                             f"below {ys}%."}
            self._add_r36(combo, qs, f"NAME FOR SCREEN({s}, NOT (FG_PE(D0) > {x} AND FG_DIV_YIELD(D0) < {y}))")

    def or_of_and_screen(self):
        combo = "screen: A OR (B AND C) - a yield above X, or a P/E below Y with positive free cash flow (r36)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            x = self._r31_cut("FG_DIV_YIELD(D0)", s, above=True)
            y = self._r35_cut("FG_PE(D0)", s, "FF_FCF(FY2024) > 0", above=False)
            if x is None or y is None or x <= 0 or y <= 0:
                continue
            xs, ys = self._num(x), self._num(y)
            qs = {"question": f"Which {sw} either have a dividend yield above {xs}%, or have a P/E below {ys} and "
                              f"positive free cash flow last year?",
                  "request": f"List the {sw} with a dividend yield above {xs}% or with both a P/E below {ys} and "
                             f"positive free cash flow in fiscal 2024."}
            self._add_r36(combo, qs, f"NAME FOR SCREEN({s}, FG_DIV_YIELD(D0) > {x} OR (FG_PE(D0) < {y} AND "
                                     f"FF_FCF(FY2024) > 0))")

    def index_return_refused(self):
        combo = "the return of an index itself (refused: an index is a set of companies, not a price) (r36)"
        for _ in range(4):
            ix = self.pick(["NX100", "TECHX", "EUROPE"])
            per = self.pick(["year to date", "in 2023", "over the last 20 trading days"])
            qs = {"question": f"What was the return of the {ix} index {per}?",
                  "request": f"Show the {ix} index's own performance {per}."}
            self._add_r36(combo, qs, None, "unsupported")

    def segment_share_refused(self):
        combo = "a segment's or region's share of sales (refused: no segment data) (r36)"
        for _ in range(4):
            c = self.pick(self.companies)
            part = self.pick(["Europe", "its largest business segment", "North America"])
            qs = {"question": f"What share of {c.name}'s sales in fiscal 2024 came from {part}?",
                  "request": f"Show {c.name}'s fiscal 2024 sales from {part} as a percentage of its total sales."}
            self._add_r36(combo, qs, None, "unsupported")

    def year_end_mkt_cap_top_ytd_loser_usd(self):
        combo = "TOP N by market cap at a past year end x a negative year-to-date return x IN USD (r36)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            t = self.pick([2, 3])
            k = "FG_MKT_CAP(2023-12-31)"
            qs = {"question": f"Of the {sw} with a negative share price return year to date, which {NUM_WORDS[t]} "
                              f"had the largest market cap at the end of 2023, in US dollars?",
                  "request": f"Show the {NUM_WORDS[t]} largest {sw} by market capitalisation at the end of 2023 in "
                             f"USD, among those whose share price is down year to date."}
            self._add_r36(combo, qs, f"NAME, {k} FOR SCREEN({s}, P_RETURN(2023-12-31, D0) < 0) SORT {k} DESC TOP {t} "
                                     f"IN USD")

    def actual_estimate_pe_three_companies(self):
        combo = "three companies x last year's EPS, next year's EPS estimate and the P/E today (r36)"
        for _ in range(5):
            a, b, c = self.sample(self.companies, 3)
            qs = {"question": f"For {a.name}, {b.name} and {c.name}, what was diluted EPS last year, what is the "
                              f"consensus EPS estimate for next year, and what is the P/E today?",
                  "request": f"Show diluted EPS for fiscal 2024, the consensus EPS estimate for fiscal 2025 and the "
                             f"current P/E of {a.name}, {b.name} and {c.name}."}
            self._add_r36(combo, qs, f"FF_EPS(FY2024), FE_EPS(FY1), FG_PE(D0) FOR {a.ticker}, {b.ticker}, "
                                     f"{c.ticker}")

    def ltm_net_income_cond_sort_ltm_sales_usd(self):
        combo = "screen: last-twelve-months net income above X x SORT by last-twelve-months sales x IN USD (r36)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            x = self._r31_cut("FF_NET_INC(LTM)", s, above=True, cur="USD")
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            k = "FF_SALES(LTM)"
            qs = {"question": f"Which {sw} earned net income above {xs} million US dollars over the last twelve "
                              f"months, ranked by their sales over the last twelve months in US dollars?",
                  "request": f"List the {sw} with last-twelve-months net income above {xs} million USD, sorted by "
                             f"last-twelve-months sales in USD, largest first."}
            self._add_r36(combo, qs, f"NAME, {k} FOR SCREEN({s}, FF_NET_INC(LTM) > {x}) SORT {k} DESC IN USD")

    # --- round 37 (f37g): SPEC's least-drawn sections. Section 6's licences inside screens and rankings (a guest's
    # price screens over ALL and NX100, a guest's valuation screen and a ticker list with a hidden company refused,
    # analyst-basic's estimate screens refused and its fx-converted valuation screen read), section 1's flow and
    # stock items (last twelve months beside the latest quarter's stock, a fiscal year's stock at its year end beside
    # a named quarter, diluted shares beside a converted market cap), section 2's less drawn forms (the latest fiscal
    # year and the one before, a named fiscal quarter in a ranking, <= with a constant multiple, >= with <=, SCREEN
    # (ALL), FE_SALES converted by IN, FE_NUM ranked, P_VOLUME ranked and in a screen, CAGR between named years, a
    # loss turned into a profit) and refusals near supported asks (an estimate beyond FY2026, a reported figure of the
    # unreported fiscal 2025). Appended after round 36's; tagged "r37"; each draw said as a question, a request and a
    # terse note (third tag "question" / "request" / "note"). --------------------------------------------------------

    def _r37(self) -> list:
        """Round 37's combinations (f37g), built after round 36's so its draws do not move."""
        return [self.guest_top_return_nx100, self.guest_all_days_return_screen, self.guest_price_volume_date,
                self.guest_valuation_screen_refused, self.guest_hidden_company_list_refused,
                self.basic_estimate_screen_refused, self.basic_mkt_cap_cond_pe_sort_usd,
                self.ltm_flow_latest_quarter_stock, self.year_end_stock_and_named_quarter,
                self.latest_fiscal_year_and_before, self.liabs_multiple_of_equity_screen,
                self.all_companies_top_analysts, self.fe_sales_screen_usd, self.shares_beside_mkt_cap_currency,
                self.volume_top_year_end, self.gross_margin_bottom_named_quarter, self.loss_to_profit_screen,
                self.cagr_named_years_top, self.at_least_at_most_screen, self.estimate_beyond_fy2026_refused,
                self.unreported_year_actual_refused]

    _R37_VOICES = ("question", "request", "note")

    def _add_r37(self, combo: str, qs: dict, query: str | None, refusal: str | None = None,
                 principal: str | None = None) -> None:
        """Add one draw of a round-37 combination in each voice of ``qs`` (round 31's rule: a gold runs, as
        ``principal``, with 1 to 10 rows and no null, else the draw is dropped); a case may name its ``principal``
        (SPEC 5)."""
        who = principal or "analyst"
        if query:
            try:
                rows = self._open().execute(query, who).rows
            except Exception:  # noqa: BLE001 (a gold that does not run is not generated)
                return
            if not 1 <= len(rows) <= 10 or any(v is None for r in rows for v in r[1:]):
                return
        for voice in self._R37_VOICES:
            key = (qs[voice], principal)
            if key in self.seen:
                continue
            self.seen.add(key)
            case = {"id": "", "question": qs[voice], "query": query, "tags": [combo, "r37", voice]}
            if refusal:
                case["refusal"] = refusal
            if principal:
                case["principal"] = principal
            self.cases.append(case)

    def _r37_no_tie(self, query: str, t: int, who: str = "analyst") -> bool:
        """A TOP t whose t-th and (t+1)-th keys differ (a tie at the cut makes the gold's rows arbitrary)."""
        q = query.rsplit(" TOP ", 1)[0]
        rest = query.rsplit(" TOP ", 1)[1].split(" ", 1)
        q = q + (" " + rest[1] if len(rest) > 1 else "")
        rows = self._open().execute(q, who).rows
        keys = [r[-1] for r in rows]
        return len(keys) <= t or keys[t - 1] != keys[t]

    def _r37_nx(self):
        return [c for c in self.companies if "NX100" in c.indexes]

    _R37_RETURNS = [("in 2023", "2022-12-31", "2023-12-31"), ("in the first half of 2024", "2023-12-31", "2024-06-30"),
                    ("year to date", "2023-12-31", "D0"), ("in Q3 2024", "2024-06-30", "2024-09-30")]

    def guest_top_return_nx100(self):
        combo = "guest: TOP N NX100 members by a calendar-period return (prices only: permitted) (r37)"
        for _ in range(5):
            per, d1, d2 = self.pick(self._R37_RETURNS)
            t = self.pick([3, 5])
            hl, d = self.pick([("best", "DESC"), ("worst", "ASC")])
            k = f"P_RETURN({d1}, {d2})"
            query = f"NAME, {k} FOR SCREEN(INDEX(NX100)) SORT {k} {d} TOP {t}"
            if not self._r37_no_tie(query, t, "guest"):
                continue
            qs = {"question": f"Which {NUM_WORDS[t]} NX100 members had the {hl} share price return {per}?",
                  "request": f"Show the {NUM_WORDS[t]} NX100 companies with the {hl} share price return {per}.",
                  "note": f"NX100: {hl} {NUM_WORDS[t]} by share price return {per}"}
            self._add_r37(combo, qs, query, principal="guest")

    def guest_all_days_return_screen(self):
        combo = "guest: a screen of all companies by a trading-day return (the row filter keeps NX100) (r37)"
        for _ in range(5):
            n = self.pick([5, 10, 20])
            k = f"P_RETURN(D-{n}, D0)"
            x = self._r31_cut(k, "INDEX(NX100)", above=True)
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"question": f"Which companies have a share price return above {xs}% over the last {n} trading "
                              f"days?",
                  "request": f"List all companies whose share price rose more than {xs}% over the last {n} trading "
                             f"days.",
                  "note": f"all companies, share price return over the last {n} trading days > {xs}%"}
            self._add_r37(combo, qs, f"NAME FOR SCREEN(ALL, {k} > {x})", principal="guest")

    def guest_price_volume_date(self):
        combo = "guest: closing price and trading volume on a date x an NX100 company (r37)"
        for _ in range(5):
            c = self.pick(self._r37_nx())
            day, d = self.pick([("June 28, 2024", "2024-06-28"), ("March 15, 2024", "2024-03-15"),
                                ("December 29, 2023", "2023-12-29"), ("September 30, 2024", "2024-09-30")])
            qs = {"question": f"What were {c.name}'s closing price and trading volume on {day}?",
                  "request": f"Show the closing share price and the trading volume of {c.name} on {day}.",
                  "note": f"{c.ticker}: close and volume on {day}"}
            self._add_r37(combo, qs, f"P_PRICE({d}), P_VOLUME({d}) FOR {c.ticker}", principal="guest")

    def guest_valuation_screen_refused(self):
        combo = "guest: a screen or ranking on P/E or market cap (fundamentals: not permitted) (r37)"
        for _ in range(4):
            t = self.pick([3, 5])
            x = self.pick([12, 15, 20])
            if self.rng.random() < 0.5:
                qs = {"question": f"Which NX100 members have a P/E below {x}?",
                      "request": f"List the NX100 companies with a price-to-earnings ratio under {x}.",
                      "note": f"NX100, P/E < {x}"}
            else:
                qs = {"question": f"Which {NUM_WORDS[t]} NX100 members have the largest market cap today?",
                      "request": f"Show the {NUM_WORDS[t]} largest NX100 companies by market capitalisation.",
                      "note": f"NX100: top {NUM_WORDS[t]} by market cap"}
            self._add_r37(combo, qs, None, "not_permitted", principal="guest")

    def guest_hidden_company_list_refused(self):
        combo = "guest: a price lookup naming a company outside NX100 beside one inside (not permitted) (r37)"
        from finql.language.registry import companies

        hidden = [c for c in companies() if "NX100" not in c.indexes and c.ipo_year < 2014]
        for _ in range(4):
            a, b = self.pick(self._r37_nx()), self.pick(hidden)
            per = self.pick(["year to date", "in 2023"])
            qs = {"question": f"What were the share price returns of {a.name} and {b.name} {per}?",
                  "request": f"Show the {per} share price return of {a.name} and of {b.name}.",
                  "note": f"{a.ticker}, {b.ticker}: share price return {per}"}
            self._add_r37(combo, qs, None, "not_permitted", principal="guest")

    def basic_estimate_screen_refused(self):
        combo = "analyst-basic: a screen or ranking on an estimate (no estimates licence: not permitted) (r37)"
        for _ in range(4):
            sw, _s = self.pick(_sets())
            t, x = self.pick([3, 5]), self.pick([10, 15])
            k = self.rng.randrange(3)
            if k == 0:
                qs = {"question": f"Which {sw} are expected to grow EPS by more than {x}% next year?",
                      "request": f"List the {sw} whose consensus EPS estimate for next year is more than {x}% above "
                                 f"last year's EPS.",
                      "note": f"{sw}: expected EPS growth next year > {x}%"}
            elif k == 1:
                qs = {"question": f"Which {NUM_WORDS[t]} {sw} are covered by the most analysts for next year?",
                      "request": f"Show the {NUM_WORDS[t]} {sw} with the highest number of analysts for fiscal "
                                 f"2025.",
                      "note": f"{sw}: top {NUM_WORDS[t]} by analyst count, FY2025"}
            else:
                qs = {"question": f"Which {NUM_WORDS[t]} {sw} have the lowest forward P/E on next year's consensus "
                                  f"EPS?",
                      "request": f"Show the {NUM_WORDS[t]} {sw} with the lowest share price divided by the "
                                 f"consensus EPS estimate for next year.",
                      "note": f"{sw}: lowest {NUM_WORDS[t]} forward P/E (next year's consensus EPS)"}
            self._add_r37(combo, qs, None, "not_permitted", principal="analyst-basic")

    def basic_mkt_cap_cond_pe_sort_usd(self):
        combo = "analyst-basic: a market cap condition IN USD x SORT by P/E (fx and prices: permitted) (r37)"
        for _ in range(5):
            sw, s = self.pick(self._r33_multi_currency_sets())
            x = self._r31_cut("FG_MKT_CAP(D0)", s, above=True, cur="USD")
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            k = "FG_PE(D0)"
            qs = {"question": f"Which {sw} have a market cap above {xs} million US dollars, sorted by P/E from "
                              f"lowest to highest?",
                  "request": f"List the {sw} with a market capitalisation above {xs} million USD, ranked by their "
                             f"P/E ratio, lowest first.",
                  "note": f"{sw}, mkt cap > {xs}m USD, sort by P/E ascending"}
            self._add_r37(combo, qs, f"NAME, {k} FOR SCREEN({s}, FG_MKT_CAP(D0) > {x}) SORT {k} ASC IN USD",
                          principal="analyst-basic")

    def ltm_flow_latest_quarter_stock(self):
        combo = "last-twelve-months flow item beside a stock item at the latest quarter end x company (r37)"
        for _ in range(5):
            c = self.pick(self.companies)
            (m1, w1), (m2, w2) = self.pick([("FF_SALES", "sales"), ("FF_NET_INC", "net income"),
                                            ("FF_FCF", "free cash flow")]), \
                self.pick([("FF_DEBT", "debt"), ("FF_CASH", "cash"), ("FF_EQUITY", "shareholders' equity")])
            qs = {"question": f"What were {c.name}'s {w1} over the last twelve months, and its {w2} at the end of "
                              f"the latest quarter?",
                  "request": f"Show {c.name}'s last-twelve-months {w1} and its {w2} as of the latest fiscal "
                             f"quarter.",
                  "note": f"{c.ticker}: {w1} LTM; {w2} at the latest quarter end"}
            self._add_r37(combo, qs, f"{m1}(LTM), {m2}(FQ0) FOR {c.ticker}")

    def year_end_stock_and_named_quarter(self):
        combo = "a stock item at a fiscal year end and at the end of a named fiscal quarter x company (r37)"
        for _ in range(5):
            c = self.pick(self.companies)
            m, w = self.pick([("FF_ASSETS", "total assets"), ("FF_LIABS", "total liabilities"),
                              ("FF_SHARES", "diluted shares outstanding")])
            y = self.pick([2022, 2023])
            qn, qw = self.pick([(1, "first"), (2, "second"), (3, "third")])
            qs = {"question": f"What were {c.name}'s {w} at the end of fiscal {y} and at the end of the {qw} quarter "
                              f"of fiscal 2024?",
                  "request": f"Show {c.name}'s {w} for fiscal {y} and for the {qw} quarter of fiscal 2024.",
                  "note": f"{c.ticker}: {w}, FY{y} and Q{qn} of fiscal 2024"}
            self._add_r37(combo, qs, f"{m}(FY{y}), {m}(FQ2024Q{qn}) FOR {c.ticker}")

    def latest_fiscal_year_and_before(self):
        combo = "an item in the latest fiscal year and the one before x two companies (FY0, FY-1) (r37)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            m, w = self.pick([("FF_GROSS_INC", "gross income"), ("FF_LIABS", "total liabilities"),
                              ("FF_CAPEX", "capital expenditure"), ("FF_EMPLOYEES", "number of employees")])
            qs = {"question": f"What was the {w} of {a.name} and {b.name} in the latest fiscal year and in the "
                              f"fiscal year before it?",
                  "request": f"Show {a.name}'s and {b.name}'s {w} for the latest fiscal year and the one before.",
                  "note": f"{a.ticker}, {b.ticker}: {w}, latest fiscal year and prior year"}
            self._add_r37(combo, qs, f"{m}(FY2024), {m}(FY2023) FOR {a.ticker}, {b.ticker}")

    def liabs_multiple_of_equity_screen(self):
        combo = "screen: total liabilities at least X times equity (>= with a constant multiple) (r37)"
        for _ in range(10):
            sw, s = self.pick(_sets())
            x = self.pick([2, 3, 4])
            query = f"NAME FOR SCREEN({s}, FF_LIABS(FY2024) >= {x} * FF_EQUITY(FY2024))"
            try:
                n = len(self._open().execute(query).rows)
                whole = len(self._open().execute(f"NAME FOR SCREEN({s})").rows)
            except Exception:  # noqa: BLE001
                continue
            if n == whole:  # a condition every member meets measures nothing
                continue
            qs = {"question": f"Which {sw} had total liabilities of at least {NUM_WORDS[x]} times their "
                              f"shareholders' equity last year?",
                  "request": f"List the {sw} whose fiscal 2024 total liabilities were {x} or more times their "
                             f"equity.",
                  "note": f"{sw}: total liabilities >= {x}x equity, FY2024"}
            self._add_r37(combo, qs, query)

    def all_companies_top_analysts(self):
        combo = "TOP N of all companies by the number of analysts for next year (SCREEN(ALL), FE_NUM) (r37)"
        for _ in range(6):
            t = self.pick([2, 4, 6])
            yr, fy, said = self.pick([(2025, "FY1", "next year"), (2026, "FY2", "the year after next")])
            k = f"FE_NUM({fy})"
            query = f"NAME, {k} FOR SCREEN(ALL) SORT {k} DESC TOP {t}"
            if not self._r37_no_tie(query, t):
                continue
            qs = {"question": f"Which {NUM_WORDS[t]} companies are covered by the most analysts for {said}?",
                  "request": f"Across all companies, show the {NUM_WORDS[t]} with the highest number of analysts "
                             f"for fiscal {yr}.",
                  "note": f"all companies: top {NUM_WORDS[t]} by analyst count, FY{yr}"}
            self._add_r37(combo, qs, query)

    def fe_sales_screen_usd(self):
        combo = "screen: next year's consensus sales estimate above X IN USD (multi-currency; estimates at D0) (r37)"
        for _ in range(6):
            sw, s = self.pick(self._r33_multi_currency_sets())
            x = self._r31_cut("FE_SALES(FY1)", s, above=True, cur="USD")
            if x is None or x <= 0:
                continue
            xs = self._num(x)
            qs = {"question": f"Which {sw} have a consensus sales estimate for next year above {xs} million US "
                              f"dollars?",
                  "request": f"List the {sw} whose consensus sales estimate for fiscal 2025 exceeds {xs} million "
                             f"USD, with the estimate in US dollars.",
                  "note": f"{sw}: FY2025 consensus sales > {xs}m USD"}
            self._add_r37(combo, qs, f"NAME, FE_SALES(FY1) FOR SCREEN({s}, FE_SALES(FY1) > {x}) IN USD")

    def shares_beside_mkt_cap_currency(self):
        combo = "diluted shares beside market cap today x two companies x IN currency (shares not converted) (r37)"
        for _ in range(5):
            a, b = self.sample(self.companies, 2)
            if a.currency == b.currency:
                continue
            cur = self.pick([x for x in ("USD", "EUR", "GBP") if x not in (a.currency, b.currency)] or ["USD"])
            cw = CURRENCY_WORDS[cur][0]
            qs = {"question": f"How many diluted shares did {a.name} and {b.name} have outstanding last year, and "
                              f"what is their market cap today {cw}?",
                  "request": f"Show the fiscal 2024 diluted shares outstanding and the current market "
                             f"capitalisation of {a.name} and {b.name}, {cw}.",
                  "note": f"{a.ticker}, {b.ticker}: diluted shares FY2024; market cap now ({cur})"}
            self._add_r37(combo, qs, f"FF_SHARES(FY2024), FG_MKT_CAP(D0) FOR {a.ticker}, {b.ticker} IN {cur}")

    def volume_top_year_end(self):
        combo = "TOP N by trading volume on a past date x screen (P_VOLUME ranked) (r37)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            t = self.pick([2, 3])
            day, d = self.pick([("the last trading day of 2023", "2023-12-29"), ("June 28, 2024", "2024-06-28"),
                                ("March 28, 2024", "2024-03-28")])
            k = f"P_VOLUME({d})"
            query = f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC TOP {t}"
            if not self._r37_no_tie(query, t):
                continue
            qs = {"question": f"Which {NUM_WORDS[t]} {sw} had the highest trading volume on {day}?",
                  "request": f"Show the {NUM_WORDS[t]} {sw} with the largest trading volume on {day}.",
                  "note": f"{sw}: top {NUM_WORDS[t]} by volume on {day}"}
            self._add_r37(combo, qs, query)

    def gross_margin_bottom_named_quarter(self):
        combo = "TOP N lowest gross margin in a named fiscal quarter x screen (FQ2023Q4 form) (r37)"
        for _ in range(5):
            sw, s = self.pick(_sets())
            t = self.pick([2, 3])
            y, qn, qw = self.pick([(2023, 4, "fourth"), (2024, 2, "second"), (2024, 3, "third")])
            p = f"FQ{y}Q{qn}"
            k = f"FF_GROSS_INC({p}) / FF_SALES({p}) * 100"
            query = f"NAME, {k} FOR SCREEN({s}) SORT {k} ASC TOP {t}"
            if not self._r37_no_tie(query, t):
                continue
            qs = {"question": f"Which {NUM_WORDS[t]} {sw} had the lowest gross margin in the {qw} quarter of fiscal "
                              f"{y}?",
                  "request": f"Show the {NUM_WORDS[t]} {sw} with the lowest gross income as a percentage of sales "
                             f"in the {qw} quarter of fiscal {y}.",
                  "note": f"{sw}: lowest {NUM_WORDS[t]} gross margin, Q{qn} of fiscal {y}"}
            self._add_r37(combo, qs, query)

    def loss_to_profit_screen(self):
        combo = "screen: a net loss in one fiscal year and a profit in the next (a turnaround) (r37)"
        sets = [("companies", "ALL")] + _sets()
        for _ in range(14):
            sw, s = self.pick(sets)
            y = self.pick([2022, 2023])
            m, w = self.pick([("FF_NET_INC", "net"), ("FF_OPER_INC", "operating")])
            an = "an" if w[0] in "aeiou" else "a"
            query = f"NAME FOR SCREEN({s}, {m}(FY{y}) < 0 AND {m}(FY{y + 1}) > 0)"
            qs = {"question": f"Which {sw} went from {an} {w} loss in fiscal {y} to {an} {w} profit in fiscal "
                              f"{y + 1}?",
                  "request": f"List the {sw} with negative {w} income in fiscal {y} and positive {w} income in "
                             f"fiscal {y + 1}.",
                  "note": f"{sw}: {w} loss in FY{y}, {w} profit in FY{y + 1}"}
            self._add_r37(combo, qs, query)

    def cagr_named_years_top(self):
        combo = "TOP N by a CAGR between two named fiscal years x screen (r37)"
        for _ in range(6):
            sw, s = self.pick(_sets())
            t = self.pick([2, 3])
            m, w = self.pick([("FF_SALES", "sales"), ("FF_DPS", "dividends per share"), ("FF_EPS", "diluted EPS")])
            a = self.pick([2018, 2019, 2020])
            k = f"CAGR({m}, FY{a}, FY2024)"
            query = f"NAME, {k} FOR SCREEN({s}) SORT {k} DESC TOP {t}"
            if not self._r37_no_tie(query, t):
                continue
            qs = {"question": f"Which {NUM_WORDS[t]} {sw} had the highest compound annual growth rate of {w} from "
                              f"fiscal {a} to fiscal 2024?",
                  "request": f"Show the {NUM_WORDS[t]} {sw} with the fastest compound annual growth in {w} between "
                             f"fiscal {a} and fiscal 2024.",
                  "note": f"{sw}: top {NUM_WORDS[t]} by {w} CAGR, FY{a}-FY2024"}
            self._add_r37(combo, qs, query)

    def at_least_at_most_screen(self):
        combo = "screen: a dividend yield of at least X% AND a P/E of at most Y (>= and <=) (r37)"
        for _ in range(8):
            sw, s = self.pick(_sets())
            x = self._r31_cut("FG_DIV_YIELD(D0)", s, above=True)
            if x is None or x <= 0:
                continue
            y = self._r35_cut("FG_PE(D0)", s, f"FG_DIV_YIELD(D0) >= {x}", above=False)
            if y is None or y <= 0:
                continue
            xs, ys = self._num(x), self._num(y)
            qs = {"question": f"Which {sw} have a dividend yield of at least {xs}% and a P/E of at most {ys}?",
                  "request": f"List the {sw} with a dividend yield of {xs}% or more and a P/E ratio of {ys} or less.",
                  "note": f"{sw}: dividend yield >= {xs}%, P/E <= {ys}"}
            self._add_r37(combo, qs, f"NAME FOR SCREEN({s}, FG_DIV_YIELD(D0) >= {x} AND FG_PE(D0) <= {y})")

    def estimate_beyond_fy2026_refused(self):
        combo = "a consensus estimate for fiscal 2027 or later (refused: estimates are FY2025 and FY2026) (r37)"
        for _ in range(4):
            c = self.pick(self.companies)
            w = self.pick(["EPS", "sales"])
            y = self.pick([2027, 2028])
            qs = {"question": f"What is the consensus {w} estimate for {c.name} for fiscal {y}?",
                  "request": f"Show {c.name}'s consensus {w} estimate for fiscal {y}.",
                  "note": f"{c.ticker}: consensus {w}, FY{y}"}
            self._add_r37(combo, qs, None, "unsupported")

    def unreported_year_actual_refused(self):
        combo = "a reported figure of fiscal 2025, not yet reported (refused; not the estimate) (r37)"
        for _ in range(4):
            c = self.pick(self.companies)
            w = self.pick(["net income", "free cash flow", "total assets", "number of employees"])
            qs = {"question": f"What was {c.name}'s reported {w} for fiscal 2025?",
                  "request": f"Show {c.name}'s actual {w} for fiscal 2025 as reported.",
                  "note": f"{c.ticker}: reported {w}, FY2025 actual"}
            self._add_r37(combo, qs, None, "unsupported")


# --- check --------------------------------------------------------------------------------------------------

def check(cases: list[dict], show: int = 0, details: str | None = None) -> dict:
    from finql.runtime import open_env
    from finql.scorer import compare_results
    from finql.translate.pipeline import translate

    env = open_env()
    per: dict[str, Counter] = defaultdict(Counter)
    parts: dict[str, Counter] = defaultdict(Counter)  # round 24's combinations ("old"), round 25's ("new"), 26's
    empty: Counter = Counter()  # golds that return no row, per combination
    voices: dict[str, Counter] = defaultdict(Counter)  # round 28's voices (a case's third tag)
    misses: dict[str, list] = defaultdict(list)
    rows = []
    for c in cases:
        combo = c["tags"][0]
        who = c.get("principal", "analyst")  # SPEC 5: without "principal" the asker is analyst
        if c["query"] is None:  # a gold refusal (SPEC 5), matched by a refusal of the same kind (SPEC 4)
            verdict, pred, why = _refusal_verdict(env, translate(c["question"]), c["refusal"], who)
            per[combo][verdict] += 1
            parts[_part(c)][verdict] += 1
            if len(c["tags"]) > 2:  # round 28's and 29's voice
                voices[c["tags"][2]][verdict] += 1
            rows.append({"id": c["id"], "combo": combo, "question": c["question"], "gold": f"REFUSE {c['refusal']}",
                         "pred": pred, "verdict": verdict, "why": why})
            if verdict != "right":
                misses[combo].append((verdict, c["question"], f"REFUSE {c['refusal']} as {who}", pred or why))
            continue
        try:
            gold = env.execute(c["query"], who)
        except Exception as e:  # noqa: BLE001 (a gold that does not execute is the generator's error)
            per[combo]["gold_error"] += 1
            misses[combo].append(("GOLD", c["question"], c["query"], repr(e)))
            continue
        if not gold.rows:  # a gold with no row measures little (only that the reading finds none): counted apart
            empty[combo] += 1
        a = translate(c["question"])
        if not a.reading:
            verdict, pred, why = "refused", None, a.message
        else:
            pred = a.reading.query()
            try:
                ok, why = compare_results(_parse(c["query"]), gold, env.execute(pred, who))
            except Exception as e:  # noqa: BLE001 (a reading that fails to run is wrong)
                ok, why = False, repr(e)
            verdict = "right" if ok else "wrong"
        per[combo][verdict] += 1
        parts[_part(c)][verdict] += 1
        if len(c["tags"]) > 2:
            voices[c["tags"][2]][verdict] += 1
        rows.append({"id": c["id"], "combo": combo, "question": c["question"], "gold": c["query"],
                     "pred": pred, "verdict": verdict, "why": why})
        if verdict != "right":
            misses[combo].append((verdict, c["question"], c["query"], pred or why))
    total = Counter()
    print(f"{'slot combination':60} {'n':>4}  right / wrong / refused")
    for combo in sorted(per):
        k = per[combo]
        total.update(k)
        n = sum(k.values())
        extra = (f"  gold errors {k['gold_error']}" if k["gold_error"] else "") + \
            (f"  golds with no row {empty[combo]}" if empty[combo] else "")
        print(f"{combo:60} {n:4}  {k['right']} / {k['wrong']} / {k['refused']}{extra}")
        for m in misses[combo][:show]:
            print("    ", m[0], "|", m[1], "| gold:", m[2], "| got:", m[3])
    n = sum(total.values())
    for part, k in sorted(parts.items()):
        print(f"{'ALL ' + part:60} {sum(k.values()):4}  {k['right']} / {k['wrong']} / {k['refused']}")
    for voice, k in sorted(voices.items()):
        print(f"{'voice ' + voice:60} {sum(k.values()):4}  {k['right']} / {k['wrong']} / {k['refused']}")
    print(f"{'ALL':60} {n:4}  {total['right']} / {total['wrong']} / {total['refused']}")
    if details:
        Path(details).write_text(json.dumps(rows, indent=1))
    return {k: dict(v) for k, v in per.items()}


def _refusal_verdict(env, a, want: str, who: str) -> tuple[str, str | None, str]:
    """(verdict, reading, why) of a gold refusal: right when the chain refuses with the same kind, or its reading is
    refused by the executor as ``who`` with that kind (not_permitted: SPEC 6); an answer is wrong, a refusal of the
    other kind too."""
    from charter.errors import PermissionDenied

    if not a.reading:
        got = a.refusal or "unsupported"
        return ("right" if got == want else "wrong"), None, f"refused ({got}): {a.message}"
    pred = a.reading.query()
    try:
        env.execute(pred, who)
    except PermissionDenied as e:
        return ("right" if want == "not_permitted" else "wrong"), pred, str(e)
    except Exception as e:  # noqa: BLE001 (a reading that fails to run is an error, not a refusal)
        return "wrong", pred, repr(e)
    return "wrong", pred, "answered"


def _part(c: dict) -> str:
    if "r37" in c["tags"]:
        return "r37"
    if "r36" in c["tags"]:
        return "r36"
    if "r35" in c["tags"]:
        return "r35"
    if "r34" in c["tags"]:
        return "r34"
    if "r33" in c["tags"]:
        return "r33"
    if "r32" in c["tags"]:
        return "r32"
    if "r31" in c["tags"]:
        return "r31"
    if "r30" in c["tags"]:
        return "r30"
    if "r29" in c["tags"]:
        return "r29"
    if "r28" in c["tags"]:
        return "r28"
    if "r27" in c["tags"]:
        return "r27"
    if "r26" in c["tags"]:
        return "r26"
    return "new (r25)" if "r25" in c["tags"] else "old (r24)"


def _parse(q: str):
    from finql.language.parser import parse

    return parse(q)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write the questions here (JSON Lines)")
    ap.add_argument("--check", action="store_true", help="read and score the questions")
    ap.add_argument("--in", dest="inp", help="questions to check (default: generate them)")
    ap.add_argument("--show", type=int, default=0, help="misses printed per combination")
    ap.add_argument("--details", help="write each case's verdict here (JSON)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--part", choices=["all", "old", "new", "r26", "r27", "r28", "r29", "r30", "r31", "r32",
                                               "r33", "r34", "r35", "r36", "r37"],
                    default="all", help="round 24's combinations (old), round 25's (new), round 26's (r26), round "
                                        "27's (r27), round 28's (r28), round 29's (r29), round 30's (r30), round "
                                        "31's (r31), round 32's (r32), round 33's (r33), round 34's (r34), round 35's (r35), "
                                        "round 36's (r36), round 37's (r37) or all")
    args = ap.parse_args(argv)
    if args.inp:
        cases = [json.loads(x) for x in Path(args.inp).read_text().splitlines() if x.strip()]
    else:
        cases = Gen(args.seed).build()
    if args.part != "all":
        cases = [c for c in cases if _part(c).startswith(args.part)]
    if args.out:
        Path(args.out).write_text("".join(json.dumps(c) + "\n" for c in cases))
        print(len(cases), "questions in", len({c["tags"][0] for c in cases}), "combinations ->", args.out)
    if args.check:
        check(cases, args.show, args.details)
    if not args.out and not args.check:
        ap.print_help()
    return 0


if __name__ == "__main__":
    sys.exit(main())
