"""Entity linking: companies, sets of companies, a target currency and descriptive fields.

Companies are found by full name (any case), by ticker (as written in upper case: many tickers
are English words, CASH, GOLD, SKY), by a misspelt name (rapidfuzz ratio over word n-grams of
the same length as a name), and by a family name with a hint ("Northwind's software arm",
"the logistics business of Northwind"). A family name that fits several companies and no hint
is left *ambiguous* with its candidates; the model step decides only among the members a known word
near it fits equally (a word that fits no member is refused, never guessed).

Sets come from the master's sector, industry, country and index names and their plain English
forms ("German", "insurers", "tech"), combined the way analysts write them: adjacent sets of
different kinds intersect ("German insurers"), sets of one kind joined by "and"/"or" unite
("German or French insurers", "Japanese and Canadian automakers"), "non-"/"outside"/"excluding"
take a complement within that kind.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from finql.language.registry import CURRENCIES, Company, by_ticker, companies, set_values
from finql.translate import rx as re
from finql.translate.text import (
    CARDINALS,
    CHANGE_VERBS,
    FILLER,
    MILLIONS,
    REQUEST_OPENING,
    SEATED,
    Claims,
    skeleton_of,
)

INDUSTRY_NAMES: dict[str, tuple[str, ...]] = {
    "Banks": ("banks", "bank", "banking", "lenders"),
    "Insurance": ("insurers", "insurer", "insurance companies", "insurance", "insurances"),
    "REITs": ("reits", "reit", "real estate investment trusts"),
    "Semiconductors": ("semiconductors", "semiconductor", "chipmakers", "chip makers", "chipmaker", "chip"),
    "Airlines": ("airlines", "airline", "carriers"),
    "Automobiles": ("automobiles", "automakers", "automaker", "car makers", "carmakers", "carmaker", "auto makers",
                    "automobile", "auto", "autos", "car"),
    "Software": ("software",),
    # ((round 49, f49t) "the drug companies", "drug stocks": the trade's plain name, as "chip stocks" is)
    "Pharmaceuticals": ("pharmaceuticals", "pharmaceutical", "pharma", "drugmakers", "drug makers", "drugmaker",
                        "drug companies", "drug company", "drug firms", "drug stocks", "drug names"),
    "Biotechnology": ("biotechnology", "biotech", "biotechs"),
    # ((round 49, f49t) "food and drink companies", "drink stocks": the singular as a noun's modifier, as "drug" is)
    "Beverages": ("beverages", "beverage", "drinks", "brewers", "brewing", "drinks makers", "drink companies",
                  "drink company", "drink makers", "drink stocks", "drink firms"),
    "Retail": ("retailers", "retail", "retailer"),
    "Electric Utilities": ("electric utilities", "electric utility", "electric utes", "power companies", "electricity"),
    "Water Utilities": ("water utilities", "water utility", "water utes", "water"),
    "Oil & Gas": ("oil & gas", "oil and gas", "oil"),
    "Renewable Energy": ("renewable energy", "renewables", "renewable", "wind power", "clean energy",
                         # (round 38, f38a) "the green power companies" (before "power companies", the utilities)
                         "green energy", "green power", "green power companies"),
    "Logistics": ("logistics", "freight", "shipping"),
    "Telecom": ("telecom", "telecoms", "telecommunications", "telcos", "telco"),
    "Payments": ("payments", "payment", "payment companies"),
    "Hotels & Leisure": ("hotels & leisure", "hotels and leisure", "hotel and leisure", "hotels", "hotel",
                         "leisure", "resorts"),
    "Metals & Mining": ("metals & mining", "metals and mining", "miners", "mining", "metals"),
    "Chemicals": ("chemicals", "chemical", "chems", "chem"),  # ("chem names": it was read as a slip of "them")
    "Machinery": ("machinery",),
    "Packaging": ("packaging",),
    "Apparel": ("apparel", "clothing", "fashion"),
    "Media": ("media",),
    "Interactive Media": ("interactive media", "social media"),
    "IT Services": ("it services", "it consulting"),
    "Hardware": ("hardware", "computer hardware"),
    "Asset Management": ("asset management", "asset managers", "asset manager", "fund managers"),
    "Food Products": ("food products", "food", "foods", "food companies"),
    "Household Products": ("household products", "household goods", "household"),
    "Medical Devices": ("medical devices", "medical device", "medtech"),
    "Health Care Services": ("health care services", "healthcare services"),
    "Real Estate Services": ("real estate services", "property services", "re services"),
    "Aerospace & Defense": ("aerospace & defense", "aerospace and defense", "aerospace & defence",
                            "aerospace and defence", "defense", "defence", "aerospace", "a&d", "a & d"),
    "Energy Equipment": ("energy equipment", "energy services", "oilfield services"),
}
SECTOR_NAMES: dict[str, tuple[str, ...]] = {
    "Information Technology": ("information technology", "technology", "tech", "it"),
    "Financials": ("financials", "financial", "financial services", "fins"),
    "Health Care": ("health care", "healthcare", "health-care", "hc"),
    "Energy": ("energy",),
    "Materials": ("materials", "basic materials"),
    "Industrials": ("industrials", "industrial"),
    "Utilities": ("utilities", "utility", "utes"),  # (the trade's "utes")
    "Real Estate": ("real estate", "property"),
    # (with the trade's short forms of the sector names: "cons disc", "comm services")
    "Consumer Discretionary": ("consumer discretionary", "discretionary", "cons disc", "cons discretionary",
                               "consumer disc"),
    "Consumer Staples": ("consumer staples", "staples", "cons staples"),
    "Communication Services": ("communication services", "communications", "communication", "comm services",
                               "comms services", "comm svcs"),
}
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "United States": ("united states", "the us", "u.s", "us", "usa", "american", "america", "us-based"),
    "United Kingdom": ("united kingdom", "uk", "u.k", "british", "britain", "great britain"),
    "Germany": ("germany", "german"),
    "France": ("france", "french"),
    "Japan": ("japan", "japanese"),
    "Canada": ("canada", "canadian"),
    "Switzerland": ("switzerland", "swiss"),
}
INDEX_NAMES: dict[str, tuple[str, ...]] = {
    "NX100": ("nx100", "nx 100", "nx-100"),
    # (round 26) "the tech index", "tech-index names": the one index named for technology (read as the sector, the
    # IT companies answered for the index's members: a wrong answer); "tech stocks", "the tech sector" stay the sector
    "TECHX": ("techx", "tech x", "tech index", "technology index"),
    "EUROPE": ("europe", "european", "euro"),
}
CURRENCY_NAMES: dict[str, tuple[str, ...]] = {
    "USD": ("usd", "us dollars", "us dollar", "u.s. dollars", "united states dollars", "united states dollar", "american dollars", "american dollar", "dollars", "dollar", "$",
            "us$", "u.s. dollar",  # (round 43, r43: parens_said's own spellings, one home)
            "us bucks", "bucks", "us money", "u.s. money", "american money"),  # (round 34, f34b: the trade's "bucks"; round 38,
    # f38b: a country's money is its currency, "in US money", "in Swiss money")
    "EUR": ("eur", "euros", "euro", "€"),
    "GBP": ("gbp", "pounds sterling", "pound sterling", "pounds", "pound", "sterling", "british pounds", "british pound", "quid", "£",
            "british money", "uk money",
            # (round 39, f39n) the country's name before the pound: "in UK pounds", "U.K. sterling"
            "uk pounds", "uk pound", "u.k. pounds", "u.k. pound", "uk sterling", "u.k. sterling", "british sterling",
            "british pounds sterling", "british pound sterling"),  # (the trade's "quid")
    "JPY": ("jpy", "japanese yen", "yen", "¥", "japanese money"),
    "CAD": ("cad", "canadian dollars", "canadian dollar", "loonies", "loonie", "canadian money", "c$"),  # (the trade's "loonie")
    "CHF": ("chf", "swiss francs", "swiss franc", "francs", "franc", "swiss money"),
}
assert set(CURRENCY_NAMES) == set(CURRENCIES)  # one list of currencies: the registry's
# (round 46, f46r) the currencies' names in words (no symbol), longest first, for an amount's unit said after its number
# ("above 100 US dollars per share")
CURRENCY_WORDS = "|".join(sorted((re.escape(p) for names in CURRENCY_NAMES.values() for p in names
                                  if p not in ("$", "€", "£", "¥", "c$", "us$")), key=len, reverse=True))

_SUFFIX = {"holdings", "group", "partners", "trust", "inc", "corp", "plc", "services"}
_HINT_NOUNS = r"(?:arm|business|unit|division|subsidiary|side|one|company|firm|group|operation|operations)"
# the nouns of a company's unit owned by a family ("the insurance business of delta", "nimbus's logistics arm")
_UNIT_NOUNS = r"(?:arm|business|unit|division|subsidiary)"
# Family words that are ordinary English too count only where the question capitalises them; the others
# ("northwind", "westbrook", "thornbury": no English word) name their family in any case.
_COMMON = {"apex", "delta", "summit", "falcon", "sterling", "cash", "general", "sky", "polar", "valley", "harbor",
           "first", "granite", "quantum", "prairie", "ember", "helix", "crescent", "cascade", "pinnacle",
           "juniper", "lumen", "monarch", "meridian", "zenith", "indigo", "ivory", "cobalt", "beacon", "atlas",
           "orbital", "keystone", "lakeside", "solstice", "starlight", "vantage", "highland", "nimbus", "quarry",
           "redwood", "driftwood", "evergreen", "aurora", "yellowstone", "ironclad", "harbour"}


# Tickers of the master that are English words too (each is in pyspellchecker's English frequency list
# with a count over 1,000: "gold price", "fair value", "a drip"): written in lower case they are the word,
# and name the company only in capitals or as a cashtag ("GOLD", "$gold"). Every other ticker is taken in
# any case ("nwsy revenue"), where no other step reads the word.
_WORD_TICKERS = frozenset({"brig", "cash", "drip", "east", "fair", "gold", "high", "keys", "king", "lake", "sky",
                           "star", "step", "thor", "tide", "west", "yell"})
# Corporate suffixes after a name ("Cash America Holdings Inc.'s", "Ivory Bancorp, Inc.", "Fairhaven
# Containers plc"): part of the name, not a word of the question.
_CORP_SUFFIX = re.compile(r"(?:,)?\s+(?:inc|incorporated|corp|corporation|co|plc|ltd|limited|llc|lp|ag|se|sa|nv|"
                          r"n\.v|s\.a|holdings?|group)\b\.?(?:'s|')?")


def corporate_suffix(word: str) -> bool:
    """Whether ``word`` is a corporate suffix (``_CORP_SUFFIX``: "Corp", "Holdings", "plc")."""
    return _CORP_SUFFIX.fullmatch(" " + word.lower().rstrip(".")) is not None


@dataclass
class SetTerm:
    kind: str  # SECTOR, INDUSTRY, COUNTRY, INDEX, ALL
    value: str
    start: int
    end: int
    negated: bool = False
    currency: str | None = None  # a country read from a currency said of the companies ("reporting in euros")


@dataclass
class Entities:
    """What entity linking found."""

    tickers: list[str] = field(default_factory=list)
    ticker_pos: dict[str, int] = field(default_factory=dict)
    ambiguous: list[tuple[str, list[str], int, int]] = field(default_factory=list)  # (family, tickers, start, end)
    sets: list[SetTerm] = field(default_factory=list)
    currency: str | None = None
    currency_pos: int | None = None
    local: bool = False  # "in their own currency": no conversion at all
    fields: list[str] = field(default_factory=list)
    # (round 49, f49w) fields asked by a yes/no check of the companies named ("Does X report in CAD?"): answered by
    # the field, not refused as a yes/no question
    checks: list[str] = field(default_factory=list)
    currency_sets: list[SetTerm] = field(default_factory=list)  # "companies reporting in yen": its countries
    taken_back: list[str] = field(default_factory=list)  # a currency the asker took back ("in yen? just dollars")
    how: dict[str, str] = field(default_factory=dict)  # ticker -> name | ticker | fuzzy | family
    hints: dict[int, list[tuple[str, int, int]]] = field(default_factory=dict)  # ambiguous family start -> open words near it
    # ambiguous family start -> the members its nearby words fit equally ("Delta's financial arm": DELC, DELT);
    # none where no word fits any member ("the widgets business of Fairhaven")
    fits: dict[int, list[str]] = field(default_factory=dict)

    def add(self, ticker: str, pos: int, how: str) -> None:
        if ticker not in self.tickers:
            self.tickers.append(ticker)
            self.ticker_pos[ticker] = pos
            self.how[ticker] = how


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


@lru_cache(maxsize=1)
def _aliases() -> tuple[tuple[str, str], ...]:
    """(alias, ticker), longest first: full names, without a corporate suffix, '&' as 'and'."""
    out: set[tuple[str, str]] = set()
    for c in companies():
        name = _norm(c.name)
        out.add((name, c.ticker))
        out.add((name.replace("&", "and"), c.ticker))
        out.add((name.replace(" & ", " "), c.ticker))
        words = name.split()
        if len(words) > 2 and words[-1] in _SUFFIX:
            out.add((" ".join(words[:-1]), c.ticker))
    return tuple(sorted(out, key=lambda a: (-len(a[0]), a)))


@lru_cache(maxsize=1)
def _families() -> dict[str, tuple[Company, ...]]:
    fam: dict[str, list[Company]] = defaultdict(list)
    for c in companies():
        fam[_norm(c.name).split()[0]].append(c)
    return {k: tuple(v) for k, v in fam.items()}


@lru_cache(maxsize=1)
def _catalog_words() -> frozenset[str]:
    words: set[str] = set()
    for table in (INDUSTRY_NAMES, SECTOR_NAMES, COUNTRY_NAMES, INDEX_NAMES, CURRENCY_NAMES):
        for value, names in table.items():
            for n in (value, *names):
                words |= set(_norm(n).split())
    return frozenset(words)


@lru_cache(maxsize=1)
def _sense_words() -> frozenset[str]:
    from finql.translate.senses import SENSES, plain_names

    return frozenset(w for s in SENSES for n in plain_names(s) for w in n.split())


def _hint_words(c: Company) -> set[str]:
    words = set(_norm(c.name).split()[1:]) | set(_norm(c.industry).replace("&", " ").split())
    words |= set(_norm(c.sector).split())
    for n in INDUSTRY_NAMES.get(c.industry, ()):
        words |= set(n.split())
    # ((round 49, f49t) never a noun of companies in general, said of any industry's: "the monarch companys" took
    # "companies" of "drink companies" for a hint of Monarch Brewing, one member answered of four: a wrong answer)
    return {w for w in words if len(w) > 2 and w not in {"and", "the"} and w not in _GENERAL_NOUNS}


_GENERAL_NOUNS = frozenset({"companies", "company", "stocks", "stock", "firms", "firm", "names", "makers"})


def _abbreviates(w: str, word: str) -> bool:
    """"bio" for Biotherapeutics, "semi" for Semiconductor, "mat" for Materials: a prefix of 3+ letters
    ("bevs" for Beverages: the prefix in the plural)."""
    w = re.sub(r"'s?$", "", w)
    if len(w) >= 4 and w.endswith("s") and not word.startswith(w) and word.endswith("s"):
        w = w[:-1]
    return len(w) >= 3 and len(word) > len(w) and word.startswith(w) and w not in FILLER


def _other_word(w: str, word: str) -> bool:
    """``w`` is a common English word of its own, no slip of the name's ``word`` ("powder", "tower" beside Power;
    "reports" beside Resorts; "core" beside Care): a misspelt name is never read from an ordinary word (the chain
    refuses the family or the words instead). A form of the word is no other word: its plural or possessive
    ("motor": Motors), the British spelling ("harbour": Harbor), its start ("pharm": Pharma); so is the word with one
    letter left out, the commonest slip ("moors": Motors, "meals": Metals, the golden sets' misspelt names)."""
    from finql.translate.spelling import english

    w = re.sub(r"'s?$", "", w)
    if w == word or w.rstrip("s") == word.rstrip("s") or w.replace("our", "or") == word.replace("our", "or") \
            or word.startswith(w) or len(w) == len(word) - 1 and OSA.distance(w, word) == 1:
        return False
    if len(w) == len(word) + 1 and any(w[:i] + w[i + 1:] == word and w[i] == w[i - 1] for i in range(1, len(w))):
        # a letter typed twice ("miniing": Mining, "watter": Water; round 24): the other common slip, read as an English
        # word's derived form ("mini" + "ing") it was refused; no name word so doubled is a word of English itself
        return False
    return english(w)


def _fitting(members: tuple[Company, ...], window: list[str]) -> list[Company]:
    """The members the window of words points to most (second name word, industry, sector): one, several tied,
    or none where no word fits any member."""
    scored = []
    for c in members:
        hints, second = _hint_words(c), _norm(c.name).split()[1:]
        total = 0.0
        for rank, w in enumerate(window):
            w = re.sub(r"'s?$", "", w)
            if not w or w in FILLER:
                continue
            weight = 1.0 / (1 + rank * 0.3)
            if second and _names_word(w, second[0]):
                total += 3 * weight
            elif w in hints or any(len(w) > 4 and fuzz.ratio(w, h) >= 85 and not _other_word(w, h) for h in hints):
                total += 2 * weight
        scored.append((total, c))
    best = max((total for total, _c in scored), default=0.0)
    return [c for total, c in scored if best > 0 and total > best - 1e-9]


def unshouted(text: str) -> str:
    """A question written all in capitals ("WHAT IS FALCON SOFTWARE'S NET CASH?"), in lower case but for the tickers
    that are no word: in capitals every word looked like a ticker or an acronym ("CASH AND DEBT" named Cash America
    Holdings, "IN $" and "US-LISTED" were dropped, "FREE", "HIGHEST" and "MINUS" were left unread). A question is
    shouted where it has no lower-case letter and at least three words of English (a terse ask of tickers and
    acronyms, "NWSY FY24 EPS", is left as written). The length is kept (``text.normalize``'s rule)."""
    from finql.translate.spelling import ENGLISH

    if re.search(r"[a-z]", text):
        return text
    words = [w.lower() for w in re.findall(r"[A-Za-z]+(?:'[A-Za-z]+)?", text)]
    if len({w for w in words if len(w) > 1 and (w in ENGLISH or w in FILLER)}) < 3:
        return text
    tickers = by_ticker()
    # a ticker that is a word of another step ("CASH", "HIGH", "IT") is that word; one that is only a word of English
    # ("THOR", "WEST") stays the ticker, as it was read in capitals before
    known = _catalog_words() | _sense_words() | FILLER

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        return w if w in tickers and w.lower() not in known and w.lower() not in _families() else w.lower()

    return re.sub(r"[A-Za-z]+", word, text)


def name_end(text: str, pos: int, ticker: str) -> int | None:
    """The end of the company ``ticker``'s name (or ticker) written at ``pos`` of ``text`` (its possessive with it), or
    None where no name of it is written there."""
    ends = [pos + len(m.group(0)) for alias in [*(a for a, t in _aliases() if t == ticker), ticker.lower()]
            if (m := re.match(re.escape(alias) + r"(?:'s|')?(?![\w])", text[pos:], re.IGNORECASE))]
    return max(ends, default=None)


def link_companies(original: str, text: str, claims: Claims, ents: Entities) -> None:
    """Companies by name, ticker, misspelt name, or family with a hint; ambiguous families recorded."""
    # 1. full names, any case
    for alias, ticker in _aliases():
        # a possessive written without its apostrophe counts too ("Evergreen Realty Trusts total assets")
        for m in re.finditer(r"(?<![\w])" + re.escape(alias) + r"(?:'s|'|(?<!s)s)?(?![\w])", text):
            if claims.free(m.start(), m.end()):
                claims.claim(m.start(), m.end() + _slipped_suffix(text, m.end(), alias, ticker), "company")
                ents.add(ticker, m.start(), "name")
    # 2. tickers: in upper case (not in a question written all in capitals), as a cashtag in any case
    # ("$nwsy"), and in lower case where the ticker is no word of English or of another step ("nwsy revenue")
    shouting = sum(ch.isupper() for ch in original) > 0.6 * sum(ch.isalpha() for ch in original)
    tickers = by_ticker()
    for m in re.finditer(r"(?<![\w$])\$?([A-Za-z]{2,5})(?:'s|')?(?![\w])", original):
        tok, low = m.group(1).upper(), m.group(1).lower()
        if tok not in tickers or not claims.free(m.start(), m.end()):
            continue
        cashtag = m.group(0).startswith("$")
        upper = m.group(1).isupper() and (not shouting or low not in _catalog_words() | FILLER)
        lower = low not in _WORD_TICKERS | _catalog_words() | _sense_words() | FILLER and low not in _families()
        if cashtag or upper or lower:
            claims.claim(m.start(), m.end(), "company")
            ents.add(tok, m.start(), "ticker")
    _word_tickers_in_lists(original, claims, ents)
    _word_ticker_opening(original, claims, ents)
    # 3. misspelt names: word n-grams as long as a name, rapidfuzz ratio
    _fuzzy_names(original, text, claims, ents)
    # 4. families: "Northwind's software arm", "the logistics business of Northwind", "Aurora"
    _family_names(original, text, claims, ents)
    _family_plurals(text, claims, ents)
    # 5. a corporate suffix after a name is part of it
    for _s, e, who in list(claims.spans):
        m = _CORP_SUFFIX.match(text, e) if who == "company" else None
        if m and claims.free(m.start(), m.end()):
            claims.claim(m.start(), m.end(), "company")
    _group_of_named(text, claims, ents)
    _list_words(text, claims)


def _slipped_suffix(text: str, end: int, alias: str, ticker: str) -> int:
    """The length of a slip of the name's last word after ``alias``, the name without it ("Monarch Care Parters":
    Partners; round 24: the short name was read and the slip left over, refused), or 0: one edit, and no other word
    of English (``_other_word``)."""
    full = _norm(by_ticker()[ticker].name).split()
    if len(full) != len(alias.split()) + 1:
        return 0
    m = re.match(r"\s+([a-z]+)(?:'s|')?(?![\w])", text[end:])
    if m is None or m.group(1) == full[-1] or OSA.distance(m.group(1), full[-1]) != 1 or _other_word(m.group(1), full[-1]):
        return 0
    return m.end()


# "the three wind names, A Wind Power, B Wind Power and C Wind Power": a plural noun for companies, after a word
# every company named has in its name, beside their list
_GROUP_NOUN = re.compile(r"\b(?:the\s+)?(?:(\w+)\s+)?([a-z][a-z&-]+)\s+(?:names|companies|stocks|firms|businesses|"
                         r"players|producers|groups)\b")


def _group_of_named(text: str, claims: Claims, ents: Entities) -> None:
    """Claim a phrase that only describes the companies listed beside it by a word of all their names ("the three
    wind names", "both Keystone companies"); a count that does not match the list leaves it unread."""
    if len(ents.tickers) < 2:
        return
    names = [set(by_ticker()[t].name.lower().split()) for t in ents.tickers]
    spans = sorted((s, e) for s, e, who in claims.spans if who == "company")
    for m in _GROUP_NOUN.finditer(text):
        count, word = m.group(1), m.group(2)
        if not claims.free(m.start(), m.end()) or not all(word in n for n in names):
            continue
        if count is not None and (CARDINALS.get(count, int(count) if count.isdigit() else -1) != len(ents.tickers)):
            continue
        beside = re.fullmatch(r"\s*[,:(]?\s*", text[m.end():spans[0][0]]) if spans[0][0] >= m.end() else \
            re.fullmatch(r"\s*[,)]?\s*", text[spans[-1][1]:m.start()]) if spans[-1][1] <= m.start() else None
        if beside:
            claims.claim(m.start(), m.end(), "company")


_LOWER_WORD = re.compile(r"(?<![\w$])([a-z]{2,5})(?:'s|')?(?![\w])")  # a lower-case word a ticker may be
_TICKER_JOIN = re.compile(r"\s*(?:&|\+|,|/|\band\b|\bor\b|\bvs\.?|\bversus\b|\bplus\b)\s*")


# tickers that are English words which, before a measure, read as its modifier ("high EPS", "fair value", "gold
# price", "cash flow", "east sales", "star performers", "king-size"): never the company in lower case
_MODIFIER_TICKERS = frozenset({"high", "fair", "gold", "cash", "east", "west", "star", "king", "sky"})


@lru_cache(maxsize=1)
def _sense_names() -> tuple[str, ...]:
    from finql.translate.senses import SENSES, plain_names

    return tuple(sorted({n for s in SENSES for n in plain_names(s) if n}, key=len, reverse=True))


def _word_ticker_opening(original: str, claims: Claims, ents: Entities) -> None:
    """"yell headcount 3 yrs ago vs now", "tide rev fy24": a ticker that is an English word, in lower case, opening the
    message right before a measure's name is the company (the verb or noun has no reading there); one that reads as
    the measure's modifier (``_MODIFIER_TICKERS``) stays the word."""
    m = re.match(r"\s*([a-z]{2,5})(?:'s|')?\s+", original)
    if m is None or m.group(1) not in _WORD_TICKERS - _MODIFIER_TICKERS or not claims.free(m.start(1), m.end()):
        return
    rest = original[m.end():].lower()
    if any(rest.startswith(n) and not re.match(r"[\w-]", rest[len(n):len(n) + 1]) for n in _sense_names()):
        claims.claim(m.start(1), m.end(1) + len(re.match(r"(?:'s|')?", original[m.end(1):]).group(0)), "company")
        ents.add(m.group(1).upper(), m.start(1), "ticker")


def _word_tickers_in_lists(original: str, claims: Claims, ents: Entities) -> None:
    """"nwsy & tide rev fy24", "tide, nwsy": a ticker that is an English word, in lower case, listed next to a
    ticker written in lower case is a ticker too (the list says what its words are)."""
    tickers = by_ticker()
    words = list(_LOWER_WORD.finditer(original))
    for _ in range(2):  # "nwsy, tide and west": each found one vouches for the next
        linked = [(m.start(), m.end()) for m in words
                  if m.group(1).upper() in tickers and not claims.free(m.start(), m.end())
                  and ents.ticker_pos.get(m.group(1).upper()) == m.start()]
        for m in words:
            if m.group(1) not in _WORD_TICKERS or not claims.free(m.start(), m.end()):
                continue
            if any(_TICKER_JOIN.fullmatch(original[e:m.start()]) or _TICKER_JOIN.fullmatch(original[m.end():s])
                   for s, e in linked) or _in_a_run(original, m, linked):
                claims.claim(m.start(), m.end(), "company")
                ents.add(m.group(1).upper(), m.start(), "ticker")


def _in_a_run(original: str, m: re.Match[str], linked: list[tuple[int, int]]) -> bool:
    """"div yld step brip qupo": a word ticker no step reads, written right before (after) a run of two tickers
    linked in lower case with only spaces between, is one of the run."""
    if m.group(1) in _sense_words() or m.group(1) in _catalog_words():
        return False
    spaced = {(s, e) for s, e in linked}
    after = [(s, e) for s, e in spaced if s == m.end() + 1 and original[m.end()] == " "]
    before = [(s, e) for s, e in spaced if e == m.start() - 1 and original[e] == " "]
    # "... lake ivor", "px in chf ivog tide": next to one linked ticker, the two the last words of the question
    end = max([m.end()] + [e for _s, e in after])
    return any((e + 1, e2) in spaced and original[e] == " " for _s, e in after for _s2, e2 in spaced if _s2 == e + 1) \
        or any(any(e2 == s - 1 and original[e2] == " " for _s2, e2 in spaced) for s, _e in before) \
        or bool(after or before) and re.fullmatch(r"[\s?.!]*", original[end:]) is not None


# the words that join named companies into a list ("A plus B", "A together with B", "between A and B")
_LIST_JOIN = re.compile(r"\s*(?:,\s*)?(?:plus|together with|along with|alongside|as well as|and also|and|&)\s+")


def _list_words(text: str, claims: Claims) -> None:
    """Claim the words that join named companies into a list: "Lakeside Bancorp plus Ivory Bancorp", "A together
    with B", "between A and B" (before two companies joined by "and" it names them, not a range of numbers)."""
    spans = sorted((s, e) for s, e, who in claims.spans if who == "company")
    for (_s0, e0), (s1, _e1) in zip(spans, spans[1:], strict=False):
        m = _LIST_JOIN.fullmatch(text, e0, s1)
        if m and re.search(r"[a-z&]", m.group(0)) and claims.free(e0, s1):
            claims.claim(e0, s1, "company")
        elif re.fullmatch(r"\s*/\s*", text[e0:s1]) and claims.free(e0, s1):
            claims.claim(e0, s1, "company")  # "BRIP/STEP/QUPO": a slash between companies lists them (no ratio of two)
    if len(spans) >= 2:
        # "..., and Bluepeak Renewables next to it", "A and B side by side": the later company joins the list
        for _s, e in spans[1:]:
            m = re.match(r"\s+(?:(?:next to|beside|alongside|against)\s+(?:it|them|that|this|those)|side by side)\b",
                         text[e:])
            if m and claims.free(e, e + m.end()):
                claims.claim(e, e + m.end(), "company")
        for m in re.finditer(r"\b(?:between|among|amongst)\s+(?:the\s+)?", text):
            first = next(((s, e) for s, e in spans if s == m.end()), None)
            # "between A and B", "between A, B and C", "among A, B or C"
            if first is not None and re.match(r"\s*(?:,\s*)?(?:and|or)\s|\s*,\s*(?:\S+\s+){0,4}?(?:and|or)\s",
                                              text[first[1]:]) is not None \
                    and claims.free(m.start(), m.end()):
                claims.claim(m.start(), m.end(), "company")


def _free_words(text: str, claims: Claims) -> list[tuple[str, int, int]]:
    # (letters glued to digits are no word of a name: the "fy" of "fy24", the "q" of "q3")
    return [(m.group(0), m.start(), m.end()) for m in re.finditer(r"(?<![a-z0-9])(?:[a-z][a-z&'.-]*[a-z]|[a-z])(?![a-z0-9])", text)
            if claims.free(m.start(), m.end())]


# Words of the sentence around a name ("over", "since"): never read as a slip of a name's word ("Power", "Price").
_NO_SLIP = FILLER | {"over", "under", "above", "below", "since", "after", "before", "until", "till", "between"}


def _fuzzy_names(original: str, text: str, claims: Claims, ents: Entities, cutoff: float = 88.0) -> None:
    words = _free_words(text, claims)
    by_len: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for alias, ticker in _aliases():
        by_len[len(alias.split())].append((alias, ticker))
    catalog = _catalog_words()
    for n in (4, 3, 2):
        for i in range(len(words) - n + 1):
            gram = words[i:i + n]
            s, e = gram[0][1], gram[-1][2]
            if not claims.free(s, e) or text[s:e].count(" ") != n - 1:
                continue
            phrase = re.sub(r"'s?$", "", " ".join(w for w, _s, _e in gram))
            if all(w in catalog or w in FILLER for w, _s, _e in gram):
                continue
            best, best_score = None, cutoff
            # a name of n words, or of n - 1 with one written in two ("sterling micro devices", "blue peak energy")
            joined = [(k, re.sub(r"'s?$", "", " ".join(w for w, _s, _e in gram[:k]) + " " + gram[k][0] + gram[k + 1][0]
                                 + "".join(" " + w for w, _s, _e in gram[k + 2:])).strip()) for k in range(n - 1)
                      if len(gram[k][0]) > 1 and len(gram[k + 1][0]) > 1 and gram[k][0] not in _sense_words()]
            # ("p/e cobalt motrs", "pe cobalt motrs": a letter or a measure's word joined to a name is no name word)
            split = not any(w in FILLER for w, _s, _e in gram)
            for alias, ticker in by_len[n] + (by_len[n - 1] if split else []):
                if len(alias.split()) == n:
                    if any(w != a and (w in _NO_SLIP or _other_word(w, a))
                           for w, a in zip(phrase.split(), alias.split(), strict=True)):
                        continue  # "brightwater over fiscal 2019": a word of the sentence is no slip of "power"
                    score = fuzz.ratio(phrase, alias)
                else:  # only where joining two words fits better than leaving the last word out
                    # (the two words joined must be close to the name's word they join into: "cagr westbrok" is no
                    # "westbrook" read with the word before it)
                    fits = [j for k, j in joined if fuzz.ratio(j.split()[k], alias.split()[k]) >= 85
                            and not any(_other_word(w, a) for w, a in zip(j.split(), alias.split(), strict=True))]
                    if not fits:
                        continue
                    score = max(fuzz.ratio(j, alias) for j in fits)
                    fewer = re.sub(r"'s?$", "", " ".join(w for w, _s, _e in gram[:-1]))
                    if score <= fuzz.ratio(fewer, alias):
                        continue
                if score >= best_score and (best is None or score > best_score):
                    best, best_score = ticker, score
            if best is None:
                best = _shortened_name(gram, by_len[n])
            family = _norm(by_ticker()[best].name).split()[0] if best is not None else ""
            first = re.sub(r"'s?$", "", gram[0][0])
            if best is not None and max(fuzz.ratio(first, family), fuzz.ratio(first + gram[1][0], family)) >= 75:
                s2, e2 = _hint_span(text, claims, by_ticker()[best], s, e)
                claims.claim(s2, e2, "company")
                ents.add(best, s, "fuzzy")


def _shortened_name(gram: list[tuple[str, int, int]], aliases: list[tuple[str, str]]) -> str | None:
    """"orbitl aero", "nortwind sys": a name of as many words whose first word is a slip of the name's first (one
    edit) and whose other words are slips, prefixes ("aero": aerospace) or letter skeletons ("sys": systems) of
    the name's; the one company so written (two: None, never a guess)."""
    ws = [re.sub(r"'s?$", "", w) for w, _s, _e in gram]
    if any(w in FILLER or w in _sense_words() for w in ws):
        return None
    fits = {ticker for alias, ticker in aliases
            if fuzz.ratio(ws[0], alias.split()[0]) >= 85 and not _other_word(ws[0], alias.split()[0]) and all(
                fuzz.ratio(w, a) >= 80 and not _other_word(w, a) or _abbreviates(w, a) or skeleton_of(w, a)
                for w, a in zip(ws[1:], alias.split()[1:], strict=True))}
    return fits.pop() if len(fits) == 1 else None


# Family words that stay words even where nothing else reads them: "first" (a rank or a period), "general",
# "cash" and "sterling" (a measure, a currency), "sky", "summit", "valley", "harbor" (common nouns of a question)
_WORDS_ALWAYS = frozenset({"first", "general", "cash", "sterling", "sky", "summit", "valley", "harbor", "harbour",
                           "polar", "atlas", "beacon", "granite", "quantum", "vantage", "orbital"})


# (round 25) Family words of ``_WORDS_ALWAYS`` whose everyday use is to qualify the noun after them ("general and
# administrative", "first and second quarter"): in lower case, a list does not make them a company ("sales of general
# and redwood farms" was General Widget's: refused, naming the word); "General Widget", "General" capitalised stay names
_QUALIFIER_WORDS = frozenset({"first", "general"})


def _family_plurals(text: str, claims: Claims, ents: Entities) -> None:
    """"the Nimbus companies (NES, NIMB, NWP)": a family word naming the group whose members the question lists;
    "the Apex companies", "the Keystone group('s)" without a list: every member of the family. (Round 37: a family
    word in lower case, read once no step took it, too: "the redwood group", "the monarch companys"; it was refused
    as ambiguous, the plural after it unread.)"""
    for amb in list(ents.ambiguous):
        family, options, s, e = amb
        plural = re.match(r"\s+(?:(?:group|family)(?:\s+(?:of\s+)?companies)?|compan(?:ie|y)s|firms|stocks|names|businesses|"
                          r"(pair(?!\s+trad)|duo)|(trio))(?:'s|')?(?![\w])", text[e:])
        # ("the Apex pair", "the Redwood trio": only a family of that many members, round 21; "Apex pair trade" is a
        # trade, no pair of companies)
        if plural and (plural.group(1) and len(options) != 2 or plural.group(2) and len(options) != 3):
            plural = None
        if plural:
            ents.ambiguous.remove(amb)
            claims.claim(e, e + plural.end(), "company")
            if len(set(options) & set(ents.tickers)) < 2:
                for k, t in enumerate(options):
                    ents.add(t, s + k, "family")


def link_leftover_families(original: str, text: str, claims: Claims, ents: Entities) -> None:
    """A family word in lower case that is also English ("helix", "lumen", "apex") and that no step read once
    every rule has claimed its words: the family ("fwd p/e helix", "lumen mkt cap"), as a capitalised one is. A
    family of several members without a hint stays ambiguous and is refused, naming it."""
    _family_names(original, text, claims, ents, lower=True)
    _family_plurals(text, claims, ents)
    # "cobalt motrs & vantage": a family word of one company, listed with a company named, is that company (the list
    # says what its words are), as a ticker that is a word is ("nwsy & tide")
    companies_at = sorted((s, e) for s, e, who in claims.spans if who == "company")
    for m in re.finditer(r"(?<![\w$'-])([a-z]+)(?![\w'-])", text):
        members = _families().get(m.group(1), ())
        if len(members) != 1 or not claims.free(m.start(), m.end()) or (
                m.group(1) in _QUALIFIER_WORDS and original[m.start():m.end()].islower()):
            continue
        if any(_TICKER_JOIN.fullmatch(text, e, m.start()) or _TICKER_JOIN.fullmatch(text, m.end(), s)
               for s, e in companies_at):
            claims.claim(m.start(), m.end(), "company")
            ents.add(members[0].ticker, m.start(), "family")
    if not ents.tickers and not ents.ambiguous:
        # "qoq sales growth last qtr west": a ticker that is an English word, in lower case, last in a terse question
        # no other step read it in, with no company named: the ticker (left over, the word was refused). First in
        # the question it stays a word ("gold price today": the metal)
        # ("ytd ret sky & thor": a list of such tickers, last in the question, the same)
        m = re.search(r"\b[a-z]{2,5}(?:\s*(?:&|\+|,|\band\b)\s*[a-z]{2,5})*\W*$", text)
        listed = list(re.finditer(r"[a-z]{2,5}", m.group(0))) if m else []
        if m and all(w.group(0) in _WORD_TICKERS and claims.free(m.start() + w.start(), m.start() + w.end())
                     and original[m.start() + w.start():m.start() + w.end()].islower() for w in listed) \
                and not re.search(r"\b(?:the|in|of|to|from|a|an|at|on|for|and|or|very|too|so)\s+$", text[:m.start()]):
            for w in listed:
                claims.claim(m.start() + w.start(), m.start() + w.end(), "company")
                ents.add(w.group(0).upper(), m.start() + w.start(), "ticker")
            _list_words(text, claims)
    ents.tickers.sort(key=lambda t: ents.ticker_pos.get(t, 0))


def _family_names(original: str, text: str, claims: Claims, ents: Entities, lower: bool = False) -> None:
    fams = _families()
    words = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[a-z][a-z&'-]*", text)]
    for i, (w, s, e) in enumerate(words):
        base = re.sub(r"'s?$", "", w)
        if not claims.free(s, e):
            continue
        family = base if base in fams else None
        capital = original[s:s + 1].isupper()
        if family is None and len(base) >= 5 and capital and s > 0 and base not in _catalog_words() \
                and base not in _sense_words():
            close = [f for f in fams if fuzz.ratio(base, f) >= 85 and not _other_word(base, f)]
            family = close[0] if len(close) == 1 else None
        nxt = re.sub(r"'s?$", "", words[i + 1][0]) if i + 1 < len(words) else ""
        seconds = {_norm(c.name).split()[1] for c in fams.get(family or "", ()) if len(c.name.split()) > 1}
        # "falcon sw", "sterling pwr": the second name word shortened to letters of its consonants, which only one
        # member's fits (two: ambiguous, refused)
        shortened = [c for c in fams.get(family or "", ()) if len(c.name.split()) > 1
                     and skeleton_of(nxt, _norm(c.name).split()[1])]
        names_next = any(_names_word(nxt, w2) for w2 in seconds) or bool(shortened)
        if capital and (s == 0 or re.search(r"[.?!;:|]\s+$", original[:s])) and family in _COMMON \
                and (base in _sense_words() or family == "first") and not names_next:
            # "Cash per share at ...", "First half of fiscal 2024 sales", "Is X net cash? Cash minus debt ...": a
            # capital at the start of a sentence says nothing (round 30: nor at a spreadsheet header's cell, after
            # "|": "NES, HFL | Cash, sales" named Cash America Holdings)
            capital = False
        if lower and family in _COMMON and family not in _WORDS_ALWAYS and not w.startswith("'"):
            capital = True  # a leftover: no step reads the word, so it is the name
        if family in _COMMON and family not in _WORDS_ALWAYS and not capital and (
                re.search(rf"\b{_UNIT_NOUNS}\s+of\s+$", text[:s]) and not re.search(r"'s?$", w)
                or re.search(r"'s?$", w) and re.match(rf"\s+(?:[a-z&-]+\s+){{1,3}}{_UNIT_NOUNS}\b", text[e:])):
            # (round 23) "the household products business of monarch", "nimbus's logistics arm": a family word said
            # as the owner of a unit is the name in lower case too (its hint words were read as a set, and refused)
            capital = True
        if family is None or (family in _COMMON and not capital and not names_next):
            continue
        members = fams[family]
        before = [x for x, _s, _e in reversed(words[max(0, i - 5):i])]
        after = [x for x, _s, _e in words[i + 1:i + 6]]
        # "the software business of Northwind" names the hint before the family
        # (a possessive written "Nimbus'" too: round 24, "the price of Nimbus' logistics arm" left the arm unread)
        window = before[1:] if before[:1] == ["of"] and not re.search(r"'s?$", w) else after + before
        fit: list[Company] | None = None  # the members the window points to (once: the tie below records them)
        if len(members) == 1:
            chosen: Company | None = members[0]
        elif shortened and not any(_names_word(nxt, w2) for w2 in seconds):
            chosen = shortened[0] if len(shortened) == 1 else None
        else:
            fit = _fitting(members, window)
            chosen = fit[0] if len(fit) == 1 else None
        if chosen is None:
            ents.ambiguous.append((family, [c.ticker for c in members], s, e))
            ents.fits[s] = [c.ticker for c in (fit if fit is not None else _fitting(members, window))]
            near = words[max(0, i - 5):i] + words[i + 1:i + 6]
            ents.hints[s] = [(x, xs, xe) for x, xs, xe in near if _open_word(x)]
            claims.claim(s, e, "company")
            continue
        start, end = s, e
        second = _norm(chosen.name).split()[1:2]
        if i + 1 < len(words) and second and claims.free(words[i + 1][1], words[i + 1][2]) and (
                _names_word(nxt, second[0]) or skeleton_of(nxt, second[0])):
            end = words[i + 1][2]  # "Helix Bio's", "cascade semi", "First Harbour": the second name word too
        start, end = _hint_span(text, claims, chosen, start, end)
        claims.claim(start, end, "company")
        ents.add(chosen.ticker, s, "family")


def _names_word(w: str, word: str) -> bool:
    """``w`` writes a name's ``word``: a slip of it that is no English word of its own, or its start ("semi")."""
    return fuzz.ratio(w, word) >= 80 and not _other_word(w, word) or _abbreviates(w, word)


def _open_word(w: str) -> bool:
    """A word next to a family name that may hint at a member ("Aurora's chip designer"): not a function
    word, a number, or a word of a measure, a set or a company name."""
    w = re.sub(r"'s?$", "", w)
    return bool(w) and w not in FILLER | _catalog_words() | _sense_words() | _name_words() and not re.search(r"\d", w)


@lru_cache(maxsize=1)
def _name_words() -> frozenset[str]:
    return frozenset(w for alias, _t in _aliases() for w in alias.split())


@lru_cache(maxsize=1)
def catalog_words() -> frozenset[str]:
    """Every word that names something in the catalog: the sets' and currencies' names (``_catalog_words``), the
    companies' names (``_name_words``) and their tickers, in lower case. (Round 26) ``text.normalize`` asks it whether
    a capitalised word in a host's label is a person's name or the catalog's ("Falcon wants to know ...")."""
    return _catalog_words() | _name_words() | frozenset(c.ticker.lower() for c in companies())


def described_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A family's span with the words that describe the member ("Aurora's card business", "the drug unit of
    Aurora"): once the model has picked the member those words described, they are accounted for."""
    after = re.match(r"(?:'s)?\s+(?:[a-z&-]+\s+){1,3}?" + _HINT_NOUNS + r"\b(?:'s)?", text[end:])
    if after:
        return start, end + after.end()
    before = re.search(r"(?:the\s+)?(?:[a-z&-]+\s+){1,3}?" + _HINT_NOUNS + r"\s+of\s+$", text[:start])
    return (before.start(), end) if before else (start, end)


def _hint_span(text: str, claims: Claims, c: Company, start: int, end: int) -> tuple[int, int]:
    """Extend a family's span over its hint ("'s software arm", "the logistics business of ")."""
    hints = _hint_words(c) | {"and"}
    after = re.match(r"(?:'s)?\s+((?:[a-z&-]+\s+){0,4}?)" + _HINT_NOUNS + r"\b(?:'s)?", text[end:])
    if after and all(w in hints or w in FILLER for w in after.group(1).split()):
        return start, end + after.end()
    before = re.search(r"(?:the\s+)?((?:[a-z&-]+\s+){1,4}?)" + _HINT_NOUNS + r"\s+of\s+$", text[:start])
    if before and all(w in hints or w in FILLER for w in before.group(1).split()):
        return before.start(), end
    if before:  # "the P/E of the packaging business of Fairhaven": the hint is the words next to the noun, not the
        # measure or verb that the leftmost match took in ("e of the packaging", "multiple does the packaging")
        near = [(w.group(0), before.start(1) + w.start()) for w in re.finditer(r"[a-z&-]+", before.group(1))]
        run = []
        for w, at in reversed(near):
            if w not in hints and w not in FILLER:
                break
            run.insert(0, (w, at))
        named = hints | {w for n in (c.industry, c.sector, *INDUSTRY_NAMES.get(c.industry, ())) for w in _norm(n).split()}
        while run and (run[0][0] not in named or run[0][0] in ("and", "the")):  # "it" of "the it services business"
            run.pop(0)
        if run:
            the = re.search(r"\bthe\s+$", text[:run[0][1]])
            return (the.start() if the else run[0][1]), end
    m = re.match(r"(?:'s)?\s+\(([^)]{1,40})\)", text[end:])  # "Aurora (the drug maker)"
    # (round 29: never a parenthesis with a figure in it, a period's: "capex for Lakeside Bancrp (FY2020)" claimed the
    # year as the name's, refused)
    if m and not re.search(r"\d", m.group(1)):
        return start, end + m.end()
    return start, end


def _phrases(table: dict[str, tuple[str, ...]]) -> list[tuple[str, str]]:
    pairs = {(_norm(v), v) for v in table} | {(_norm(p), v) for v, ps in table.items() for p in ps}
    return sorted(pairs, key=lambda pv: (-len(pv[0]), pv))


# ("materials companies that aren't miners", "banks which are not in the US": a relative clause that denies the set)
_NEG = (r"(?:\b(?:non-|non |ex-|ex )|(?:outside(?: of)?|excluding|except(?: for)?|other than|not in|apart from|but not(?: in)?|"
        r"(?:(?:that|which|who)\s+)?(?:are|is|were|was)\s+not(?:\s+(?:in|from|among|one of))?)"
        r" (?:the )?(?:(?:companies|firms|names|stocks|those|ones|anything|any\s+(?:companies|firms|names|stocks))\s+)?"
        rf"(?:(?:{SEATED})\s+)?(?:(?:in|from)\s+)?(?:the )?)")


def link_sets(text: str, claims: Claims, ents: Entities, original: str | None = None) -> None:
    """Sector, industry, country and index names (with a negation where the question has one)."""
    found: list[SetTerm] = []
    found += _shared_heads(text, claims)
    for kind, table in (("INDEX", INDEX_NAMES), ("INDUSTRY", INDUSTRY_NAMES), ("SECTOR", SECTOR_NAMES),
                        ("COUNTRY", COUNTRY_NAMES)):
        for phrase, value in _phrases(table):
            # "real-estate services": a hyphen where the name has a space
            rx = r"(?<![\w$€£¥])" + re.escape(phrase).replace(r"\ ", r"[\s-]") + r"(?:'s)?(?![\w])"
            for m in re.finditer(rx, text):
                if not claims.free(m.start(), m.end()):
                    continue
                # "screen it: P/E under 20": "it" before a colon, with no company named to be its antecedent, is the
                # sector (round 23: the pronoun was dropped and every company screened); only first in the question,
                # or after a request's verb ("please do it: list banks ..." is no sector: round 24, it was IT | Banks)
                if phrase in ("it", "us", "the us") and not _capitalised_it_us(text, m.start(), phrase, claims, original) \
                        and not (phrase == "it" and re.match(r"\s*:", text[m.end():]) and not ents.tickers
                                 and not ents.ambiguous
                                 and re.fullmatch(rf"\W*(?:(?:please\s+)?{REQUEST_OPENING}\s+)?", text[:m.start()])):
                    continue
                if phrase in _SHORT_SET_NAMES and not _in_set_position(text, m.start(), m.end()):
                    continue
                neg = re.search(_NEG + r"$", text[:m.start()]) or re.search(r"\bnot\s*\(\s*$", text[:m.start()])
                start = neg.start() if neg else m.start()
                claims.claim(start, m.end(), "set")
                found.append(SetTerm(kind, value, start, m.end(), bool(neg)))
    found += _misspelt_sets(text, claims)
    found += ents.currency_sets
    found.sort(key=lambda t: t.start)
    _neither_nor(text, claims, found)
    # "real estate companies, whether REITs or property services firms": "whether ... or" joins two sets as "either
    # ... or" does (the words of a choice between sets, read only there)
    for t1, t2 in zip(found, found[1:], strict=False):
        w = re.search(r"\bwhether\s+$", text[:t1.start])
        if w and re.fullmatch(r"\s*(?:[a-z-]+\s+)?or\s+(?:the\s+)?", text[t1.end:t2.start]) and claims.free(w.start(), w.end()):
            claims.claim(w.start(), w.end(), "set")
    _negated_lists(text, claims, found)
    # "banks in the financials sector": a sector that only restates an industry found too adds nothing
    # (not where a term of another kind stands between them, "european staples plus US beverages": two groups)
    sector_of = {c.industry: c.sector for c in companies()}

    def restated(t: SetTerm) -> bool:
        return any(i.kind == "INDUSTRY" and not i.negated and sector_of[i.value] == t.value and not any(
            o.kind not in ("SECTOR", "INDUSTRY") and min(i.end, t.end) <= o.start < max(i.start, t.start) for o in found)
                   for i in found)
    found = [t for t in found if not (t.kind == "SECTOR" and not t.negated and restated(t))]
    ents.sets = found


def _negated_lists(text: str, claims: Claims, found: list[SetTerm]) -> None:
    """"industrials excluding airlines and logistics", "not (airlines or logistics)", "banks outside the US and
    Canada": a negation said once before a list of sets of one kind excludes each of them (before, only the first
    was excluded and the rest intersected: "Logistics" was the answer). A prefix ("non-US and Canadian") stays
    on its own word."""
    for a, b in zip(found, found[1:], strict=False):
        # (a region and a country are places alike: "outside Europe and the US" excludes both; the US was kept and
        # intersected, US banks answered)
        if not a.negated or b.negated or a.kind != b.kind and {a.kind, b.kind} != {"INDEX", "COUNTRY"}:
            continue
        head = text[a.start:a.end]
        if re.match(r"non[- ]|ex-", head) and not re.match(r"ex-?\s*(?:the\s+)?\(", head):
            continue
        gap = re.fullmatch(r"(?:'s)?\s*(?:,\s*)?(?:(?:and|or|nor|&)\s+|,\s*)(?:the\s+)?", text[a.end:b.start])
        if gap is None:
            continue
        b.negated = True
        claims.claim(a.end, b.start, "set")


def _neither_nor(text: str, claims: Claims, found: list[SetTerm]) -> None:
    """"neither American nor Canadian", "neither in Japan nor in Canada": both terms excluded."""
    for a, b in zip(found, found[1:], strict=False):
        before = re.search(r"\bneither\s+(?:(?:in|from|of|the)\s+)*$", text[:a.start])
        between = re.fullmatch(r"(?:'s)?\s+nor\s+(?:(?:in|from|of|the)\s+)*", text[a.end:b.start])
        if before and between and not a.negated and not b.negated:
            a.negated = b.negated = True
            claims.claim(before.start(), a.start, "set")
            claims.claim(a.end, b.start, "set")
            a.start = before.start()


def link_same_as(text: str, claims: Claims, ents: Entities) -> None:
    """"companies in the same industry as Falcon Software": the named company's industry (sector, country) as
    a set; the company itself only says which one."""
    for m in re.finditer(r"\b(?:in\s+|from\s+)?the\s+same\s+(sector|industry|country)\s+as\s+", text):
        ticker = next((t for t, pos in ents.ticker_pos.items() if pos == m.end()), None)
        if ticker is None or not claims.free(m.start(), m.end()):
            continue
        c = by_ticker()[ticker]
        kind = m.group(1).upper()
        end = max(e for s, e, who in claims.spans if who == "company" and s == m.end())
        claims.claim(m.start(), m.end(), "set")
        ents.tickers.remove(ticker)
        del ents.ticker_pos[ticker]
        ents.sets.append(SetTerm(kind, getattr(c, kind.lower()), m.start(), end))
        ents.sets.sort(key=lambda t: t.start)


# the nouns of set kinds themselves: "the Chemicals or Packaging industries" names no misspelt "Industrials"
_SET_NOUNS = frozenset(("industries", "industry", "sectors", "sector", "countries", "country", "indexes", "indices"))


def _shared_heads(text: str, claims: Claims) -> list[SetTerm]:
    """"Electric and water utilities", "oil and gas or chemicals": a modifier joined to a set name whose last words it
    shares ("electric" + "utilities" is the set name "electric utilities"); the modifier alone names that set (the
    full name after it is read as usual)."""
    out: list[SetTerm] = []
    for kind, table in (("INDUSTRY", INDUSTRY_NAMES), ("SECTOR", SECTOR_NAMES)):
        names = dict(_phrases(table))
        for phrase, _value in _phrases(table):
            words = phrase.split()
            if len(words) < 2:
                continue
            rx = r"(?<![\w$€£¥])([a-z][a-z-]*)\s*(?:,\s*|\s+)(?:and|or|&)\s+" + re.escape(phrase).replace(r"\ ", r"[\s-]") + r"(?![\w])"
            for m in re.finditer(rx, text):
                other = " ".join([m.group(1), *words[1:]])
                if other in names and other != phrase and claims.free(m.start(1), m.end(1)):
                    claims.claim(m.start(1), m.end(1), "set")
                    out.append(SetTerm(kind, names[other], m.start(1), m.end(1)))
    return out


def _misspelt_sets(text: str, claims: Claims) -> list[SetTerm]:
    """Set names misspelt ("industrails", "heathcare", "utilites"): one edit up to 8 letters, two beyond, on
    words no other name took, and only where one set value is that close."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    vocab: dict[str, set[tuple[str, str]]] = defaultdict(set)
    pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for kind, table in (("INDEX", INDEX_NAMES), ("INDUSTRY", INDUSTRY_NAMES), ("SECTOR", SECTOR_NAMES),
                        ("COUNTRY", COUNTRY_NAMES)):
        for phrase, value in _phrases(table):
            if " " not in phrase and len(phrase) >= 6:
                vocab[phrase].add((kind, value))
            elif phrase.count(" ") == 1 and "&" not in phrase:
                pairs[phrase].add((kind, value))
    from finql.translate.spelling import VOCABULARY, english

    out = []
    # two-word names first ("electric utilites", "real estat"): one edit up to 8 letters, two beyond
    free = _free_words(text, claims)
    for (w1, s1, _e1), (w2, _s2, e2) in zip(free, free[1:], strict=False):
        phrase = f"{w1} {w2}"
        if text[s1:e2] != phrase or phrase in pairs or w1 in FILLER or w2 in FILLER or not claims.free(s1, e2):
            continue
        found = process.extract(phrase, list(pairs), scorer=OSA.distance, score_cutoff=1 if len(phrase) <= 8 else 2,
                                limit=5)
        # (a word of three letters or fewer is no slip of another: "re services" is no misspelt "it services")
        # (nor is a common English word: the word it is, never the name's word one edit away)
        found = [f for f in found if all(a == b or len(a) > 3 and len(b) > 3 and not english(a)
                                         for a, b in zip((w1, w2), f[0].split(), strict=True))]
        values = {kv for name, d, _i in found if d == min(x[1] for x in found) for kv in pairs[name]} if found else set()
        if len(values) == 1:
            (kind, value), = values
            neg = re.search(_NEG + r"$", text[:s1])
            start = neg.start() if neg else s1
            claims.claim(start, e2, "set")
            out.append(SetTerm(kind, value, start, e2, bool(neg)))
    from finql.translate.structure import ranking_word

    for w, s, e in _free_words(text, claims):
        if len(w) < 6 or english(w) or w in VOCABULARY or w in FILLER or w in _sense_words() or w in _catalog_words() or w in _SET_NOUNS \
                or any(w.endswith(x) and w[:-len(x)] in _sense_words() for x in ("d", "ed", "s", "ing")) \
                or ranking_word(w):
            continue  # "leveraged" is a form of a measure's word, not a misspelt "beverages"; "ranking" no "banking";
            # a common English word is that word ("leaders" no "lenders", "minors" no "miners", "detail" no "retail"),
            # and so is a word of the chain's vocabulary (the spelling step's correction: "renders" read as "enders")
        edits = 1 if len(w) <= 8 else 2
        found = process.extract(w, list(vocab), scorer=OSA.distance, score_cutoff=edits, limit=5)
        if not found or any(f[0].startswith(w) or w.startswith(f[0]) for f in found):
            continue
        best = min(d for _n, d, _i in found)
        values = {kv for name, d, _i in found if d == best for kv in vocab[name]}
        if len(values) != 1:
            continue
        (kind, value), = values
        neg = re.search(_NEG + r"$", text[:s])
        start = neg.start() if neg else s
        claims.claim(start, e, "set")
        out.append(SetTerm(kind, value, start, e, bool(neg)))
    return out


# The trade's short names of sets that are other words too ("hc": health care, or a headcount; "euro": European, or
# the currency): a set only where a set stands, before a noun of companies or another set's name ("hc names", "euro
# fins") or listed with another set name ("hc or retail", "reits + hc")
_SHORT_SET_NAMES = frozenset({"hc", "euro"})


def _in_set_position(text: str, start: int, end: int) -> bool:
    names = "|".join(re.escape(p) for table in (INDUSTRY_NAMES, SECTOR_NAMES, COUNTRY_NAMES, INDEX_NAMES)
                     for p, _v in _phrases(table) if p not in _SHORT_SET_NAMES)
    join = r"\s*(?:,|/|&|\+|\bor\b|\band\b)\s*(?:the\s+)?"
    return bool(re.match(rf"\s+(?:names|cos|companies|stocks|firms|sector|space|universe|{names})(?![\w])", text[end:])
                or re.match(join + rf"(?:{names})(?![\w])", text[end:])
                or re.search(rf"(?<![\w])(?:{names}){join}$", text[:start]))


def _capitalised_it_us(text: str, pos: int, phrase: str, claims: Claims, original: str | None = None) -> bool:
    # "IT" and "US" are words too: written in capitals in a question that is not all capitals they are
    # the names; otherwise accept them only in the positions a set name takes: before a plural noun or
    # after in/non-/outside.
    if original is not None and len(original) == len(text):
        word = original[pos:pos + len(phrase)].removeprefix("the ").removeprefix("The ")
        shouting = sum(ch.isupper() for ch in original) > 0.6 * sum(ch.isalpha() for ch in original)
        if word in ("US", "IT") and not shouting:
            return True
    after = text[pos + len(phrase):pos + len(phrase) + 30]
    before = text[max(0, pos - 12):pos]
    if phrase == "it":
        return bool(re.match(r"\s+(?:services|sector|companies|stocks|firms|names)\b", after))
    # "us or canadian energy cos", "japanese and us banks": listed with another country's name, the country
    other = "|".join(re.escape(n) for c, ns in COUNTRY_NAMES.items() if c != "United States" for n in ns)
    if re.match(rf"\s*(?:,|/|&|\bor\b|\band\b)\s*(?:the\s+)?(?:{other})(?![\w])", after) \
            or re.search(rf"(?<![\w])(?:{other})\s*(?:,|/|&|\bor\b|\band\b)\s*$", before):
        return True
    # "us software or semis": before an industry's or a sector's name (not after a verb: "show us software names")
    sets = "|".join(re.escape(p) for table in (INDUSTRY_NAMES, SECTOR_NAMES) for p, _v in _phrases(table)
                    if p not in ("it", *_SHORT_SET_NAMES))
    return bool(re.search(r"(?:in|non-|non|outside|ex-|the|of)\s*$", before)
                or re.match(r"\s+(?:companies|stocks|firms|banks|names|listed|based|\w+ers|\w+s)\b", after)
                # "us-listed", "us-domiciled" (lower case, or a question all in capitals): the country, hyphened to
                # its participle (the pronoun "us" was taken and the country dropped: a wrong answer)
                or re.match(rf"-(?:{SEATED})\b", after)
                or re.match(rf"\s+(?:{sets})(?![\w])", after) and not re.search(
                    r"\b(?:show|give|tell|get|send|find|list|let|help|for|to|with)\s*$", before))


_TWO_WORDS = re.compile(r"([a-z]+)\s+([a-z]+)\b")


def _names_a_company(text: str, pos: int) -> bool:
    """Whether a company's name starts at ``pos`` ("in Sterling Power's dividend": a company, not sterling), its second
    word perhaps shortened or misspelt as the family linker reads it ("fy15-fy24 sterling pwr", "sterling powr")."""
    if any(text.startswith(_norm(c.name), pos) for c in by_ticker().values()):
        return True
    m = _TWO_WORDS.match(text, pos)
    return m is not None and m.group(2) not in _NO_SLIP and any(
        len(n := _norm(c.name).split()) > 1 and n[0] == m.group(1) and (
            skeleton_of(m.group(2), n[1]) or _names_word(m.group(2), n[1]))
        for c in by_ticker().values())


def _currency_rx(phrase: str) -> tuple[str, str]:
    """The two places a currency is named: after a preposition ("in euros", "converted to USD", "in US dollar
    terms") and after an amount ("100 billion dollars")."""
    # "in US dollar terms", "in EUR terms", "in terms of euros", "on a USD basis", "in yen equivalent": the
    # currency's noun after it only restates it ("in dollar terms" alone can be an absolute change: not here)
    # "in USD millions", "in millions of euros": the unit money is in already (SPEC section 1), said with the currency
    noun = r"(?:[\s-]+(?:terms|equivalents?|basis|denominated|millions|mn|m))?" if phrase not in ("dollar", "dollars") \
        else r"(?:\s+millions)?"
    after = (r"(?:\b(?:in|into|to|as|using|expressed in|denominated in|measured in|stated in|shown in|quoted in|counted in|"
             # (round 40, f40n) the reckoning's verb before the currency: "counting in US dollars", "reckoned in euros"
             # (the agent's meaning matcher read "counting" as the number of analysts, an estimate column)
             r"counting in|reckoned in|reckoning in|calculated in|computed in|worked out in|figured in|"
             r"in (?:thousands|millions) of|in " + MILLIONS + r"\.?(?:\s+of)?|"
             # (round 26) "converted to millions of US dollars": the unit said with the target, as "in millions of" is
             r"convert(?:ed)? (?:in)?to(?: millions of)?|translated (?:in)?to(?: millions of)?|(?:in)?to millions of|restated in|"
             r"in terms of|on an?)\s+(?:the\s+)?|"
             # (round 36, f36s) "Yen figures please: X's sales ...": the figures named by their currency, said first
             r"(?:^|(?<=[,;:(]))\s*(?=" + re.escape(phrase) + r"\s+(?:figures|numbers|amounts|values)\b))"
             r"(?P<cur>" + re.escape(phrase) + ")" + noun + r"(?![\w])")
    amount = (r"(?<=\d)(?:\s*(?:trillion|tn|billion|bn|million|mn|mm|thousand|b|m|k)\b)?\s*(?:of\s+)?(?:the\s+)?"
              r"(?P<cur>" + re.escape(phrase) + r")(?![\w])")
    return after, amount


# what a company does in its currency: reports, trades, is quoted, listed, priced or denominated in it
_IN_CUR_VERB = (r"(?:report(?:s|ing)?|trad(?:e|es|ing)|(?:are\s+|is\s+)?(?:quoted|listed|priced|denominated)|account(?:s|ing)?)"
                r"(?:\s+(?:their|its)\s+(?:figures|results|accounts|financials|numbers))?\s+in\s+(?:the\s+)?")
_AS_CUR_NOUN = r"[- ](?:denominated|reporting|reporters?|listed|quoted|priced)\b"
# "yen names", "a sterling name": the trade's companies of a currency ("euro names" are the European index's)
_CUR_NAMES = r"\s+(?:names?|stocks?)\b"


def currency_countries(currency: str) -> list[str] | None:
    """The countries whose companies are exactly those reporting in ``currency`` (registry data: EUR is France and
    Germany), or None where no set of countries is (then a set of that currency cannot be written)."""
    countries = {c.country for c in companies() if c.currency == currency}
    if not countries or any((c.country in countries) != (c.currency == currency) for c in companies()):
        return None
    return sorted(countries)


def _currency_named_otherwise(text: str, value: str, phrase: str) -> bool:
    """Whether ``text`` names the currency ``value`` by another of its names than ``phrase`` ("gbp", "£", "pounds"),
    said of the companies ((round 37, r37) not the currency the figures are asked in: "which Sterling stocks have a
    P/E below 10 in pounds" asks the family's figures in pounds, and was read as the UK's companies, a wrong answer)."""
    return any(p != phrase and any(
        not re.search(r"\b(?:in|into|to|using|as)\s+(?:the\s+)?$", text[:m.start()])
        or re.search(r"\b(?:report\w*|trad\w*|denominated|listed|quoted|keep\w*|book\w*)\s+in\s+(?:the\s+)?$", text[:m.start()])
        for m in re.finditer(r"(?<![\w])" + re.escape(p) + r"(?![\w])", text))
        for p, v in _phrases(CURRENCY_NAMES) if v == value)


def link_currency_sets(text: str, claims: Claims, ents: Entities) -> None:
    """A currency said of the companies, not of the figures: "companies reporting in yen", "which names report in
    Canadian dollars", "stocks that trade in sterling", "euro-denominated", "CHF reporters". FinQL has no currency
    set, but where a currency's companies are exactly some countries' (registry data) that set is those countries;
    where they are not, nothing is read and the words are refused. "Sales reported in euros" (a figure) stays the
    target currency: the verb must follow a word for companies, or be a relative clause about them."""
    from finql.translate.senses import NAME_WORDS

    for phrase, value in _phrases(CURRENCY_NAMES):
        if phrase in ("$", "€", "£", "¥"):
            continue
        cur = re.escape(phrase)
        rxs = [r"(?P<pre>\b[\w'-]+\s+)(?P<verb>" + _IN_CUR_VERB + r")(?P<cur>" + cur + r")(?![\w])",
               r"(?<![\w])(?P<cur>" + cur + r")" + _AS_CUR_NOUN] + (
            [r"(?<![\w])(?P<cur>" + cur + r")" + _CUR_NAMES] if value != "EUR" else [])
        for rx in rxs:
            for m in re.finditer(rx, text):
                if "pre" in m.groupdict() and m.group("pre"):
                    prev = m.group("pre").strip()
                    if prev in NAME_WORDS or prev.rstrip("s") in NAME_WORDS or not (
                            re.fullmatch(r"that|which|who|those|ones", prev) or prev.endswith("s")):
                        continue  # "sales reported in euros", "revenue in yen": the figures' currency
                    start = m.start("verb")
                else:
                    start = m.start()
                if not claims.free(start, m.end()) or _names_a_company(text, m.start("cur")):
                    continue
                if rx.endswith(_CUR_NAMES) and any(_norm(c.name).split()[0] == phrase for c in by_ticker().values()) \
                        and not _currency_named_otherwise(text, value, phrase):
                    # (round 36, lead) "the Sterling names": a currency's word that is also the first word of a family
                    # of companies (Sterling Beverages, Power, Microdevices) before "names / stocks" is either; the
                    # text is lower case here, so only another name of the currency in the question ("Sterling names
                    # (GBP reporters)") tells it is the currency: otherwise not read as the currency's companies (f36w
                    # noticed: read as the UK's companies, a wrong answer), left to the family linker or refused
                    continue
                countries = currency_countries(value)
                if countries is None:
                    continue
                claims.claim(start, m.end(), "set")
                ents.currency_sets += [SetTerm("COUNTRY", c, start, m.end(), currency=value) for c in countries]


def link_currency(text: str, claims: Claims, ents: Entities) -> None:
    """A target currency: "in euros", "converted to sterling", "in USD"; "in their own (local, reporting) currency"
    asks for no conversion (``local``: not even the USD of a ranking across currencies). The target said again
    ("... in dollars, together with EPS in dollars", "10,000 million US dollars ... Convert to USD") restates it."""
    # (round 37: the verb of the figures said before it, "expressed in the company's reporting currency")
    m = re.search(r"\b(?:(?:expressed|stated|reported|measured|shown|given)\s+)?(?:in|using)\s+"
                  r"(?:their|its|each company's|the companies'|the company's|the)\s+(?:own\s+)?"
                  r"(?:local|reporting|home|own|native)\s+currenc(?:y|ies)\b|\bin\s+local\s+currenc(?:y|ies)\b", text)
    # (round 35, f35b) a price "as quoted" (on its exchange): in the currency it is quoted in, the companies' own
    # ("its latest close, as quoted"); only after a price's word, and never "as quoted in (by) ..." (a currency or a
    # source said after it)
    m = m or re.search(r"\b(?:close|closes|closing|price|prices|quote|quotes)\b[^.;?!]*?\b(?P<q>as\s+quoted"
                       r"(?:\s+on\s+(?:the|its|their)\s+(?:home\s+|local\s+)?(?:exchange|market)s?)?)\b"
                       r"(?!\s+(?:in|by|at|from|on)\b)", text)
    if m and m.groupdict().get("q"):
        if claims.free(m.start("q"), m.end("q")):
            ents.local = True
            claims.claim(m.start("q"), m.end("q"), "currency")
            return
    elif m and claims.free(m.start(), m.end()):
        ents.local = True
        claims.claim(m.start(), m.end(), "currency")
        return
    if not _dollar_value(text, claims, ents) and not _currency_said_again(text, claims, ents) \
            and not _target_currency(text, claims, ents):
        return
    value = ents.currency
    for phrase in CURRENCY_NAMES[value] + (value.lower(),):  # type: ignore[index]
        if phrase in ("$", "€", "£", "¥"):
            continue
        for rx in _currency_rx(phrase):
            for m in re.finditer(rx, text):
                span = (m.start("cur"), m.end("cur")) if rx.startswith("(?<=") else (m.start(), m.end())
                if claims.free(*span) and not _names_a_company(text, m.start("cur")) \
                        and not m.group(0).startswith("on "):
                    claims.claim(*span, "currency")
    # (round 37) "whose market capitalisation, in US dollars, was below 25,000 million": the commas around the target
    # currency set it aside; the closing one is the aside's, no break between the measure and its condition (refused)
    for cs, ce in list(claims.by("currency")):
        close = re.match(r"\s*,", text[ce:])
        if close and re.search(r",\s*$", text[:cs + 1]) and claims.free(ce, ce + close.end()):
            claims.claim(ce, ce + close.end(), "currency")
    # "in USD ... by today's USD market cap": the code said again before a measure restates the target
    for m in re.finditer(r"\b" + value.lower() + r"(?=\s+[a-z])", text):  # type: ignore[union-attr]
        if claims.free(m.start(), m.end()):
            claims.claim(m.start(), m.end(), "currency")
    # "in US dollars rather than Swiss francs", "converting from Canadian dollars": the currency the figures are
    # converted from, said with the target (the companies' own; IN converts from it)
    for s, e, cur in currency_mentions(text):
        pre = re.search(r"\b(?:rather than|instead of|not|(?:converting|converted|translating|translated)\s+from|from)"
                        r"\s+(?:(?:their|its|the)\s+)?(?:(?:own|local|reporting|home)\s+)?$", text[:s])
        if cur != value and pre and claims.free(pre.start(), e) and (pre.group(0).split()[0] != "from" or re.search(
                r"\b(?:convert\w*|translat\w*)\s+$", text[:pre.start()])):
            claims.claim(pre.start(), e, "currency")
    # "once their market caps are translated into US dollars": the time of the conversion, said with it
    for m in re.finditer(r"\b(?P<once>once|after|when)\s+(?:(?:their|its|the|all)\s+)?(?:[a-z/-]+\s+){0,3}?"
                         r"(?P<aux>are|is|were|was|have been|has been)\s+(?:translated|converted|expressed|restated)\b", text):
        if claims.free(m.start("once"), m.end("once")) and claims.free(m.start("aux"), m.end("aux")) \
                and not claims.free(m.end("aux"), m.end()):
            claims.claim(m.start("once"), m.end("once"), "currency")
            claims.claim(m.start("aux"), m.end("aux"), "currency")
    # (round 29, f29a) "ranked after converting sales to euros", "after conversion to USD": the time of the conversion
    # said before its target (the target read as "to euros" is; the words between are read by the other steps)
    for m in re.finditer(r"\b(?:after|once|following)\s+(?:conversion|converting|translation|translating)\b"
                         r"(?=(?:\s+[\w'/-]+){0,3}?\s+(?:in)?to\s)", text):
        to = re.match(r"(?:[\w'/-]+\s+){0,3}?(?:in)?to\s+", text[m.end() + 1:])
        at = m.end() + 1 + to.end() if to else -1  # where the target currency is named
        if to and claims.free(m.start(), m.end()) and any(cs <= at < ce for cs, ce in claims.by("currency")):
            claims.claim(m.start(), m.end(), "currency")
    # "converted at the year-end rate", "convert ... before comparing": how IN converts (SPEC), said in words
    for m in re.finditer(r"(?:,\s*)?\b(?:converted|translated)\s+at\s+(?:the\s+)?(?:year[- ]end|period[- ]end|closing|"
                         r"prevailing|spot|historical|relevant)\s+(?:fx\s+|exchange\s+)?rates?\b|\bbefore\s+comparing\b|"
                         r"\ball\s+(?=translated|converted|expressed)", text):
        if claims.free(m.start(), m.end()):
            claims.claim(m.start(), m.end(), "currency")


def currency_mentions(text: str) -> list[tuple[int, int, str]]:
    """Every currency named in words or by its code (longest name first, none inside a company's name), in order:
    (start, end, currency)."""
    out: list[tuple[int, int, str]] = []
    for phrase, value in _phrases(CURRENCY_NAMES):
        if phrase in ("$", "€", "£", "¥"):
            continue
        for m in re.finditer(r"(?<![\w])" + re.escape(phrase) + r"(?![\w])", text):
            if not any(s < m.end() and m.start() < e for s, e, _v in out) and not _names_a_company(text, m.start()):
                out.append((m.start(), m.end(), value))
    return sorted(out)


# the asker's last word on the currency: "in yen and dollars? just dollars is fine", "in yen? Actually euros please",
# "in euros - no, make that pounds", "in yen, or rather in dollars", "in francs... dollars instead", "in euros no wait in
# pounds" (chat)
# (round 46, f46v) and a radio's correction, "in euros. Belay euros, chief says dollars.", "Scratch euros, make it
# dollars", "Negative, strike that, pounds": the correction word names the currency taken back (``_CURRENCY_BELAY``:
# it must be the other one said), or "that"; the one who wants the change may be said ("chief says", "boss wants")
_CURRENCY_CHOICE_BEFORE = re.compile(r"(?:\b(?:just|only|actually|rather|make (?:it|that)|i mean|i meant|sorry|no|wait|"
                                     r"on second thought|better|negative|correction|(?:belay|scratch|strike|cancel)\s+"
                                     r"(?:that|(?P<named>[a-z]+(?:\s+[a-z]+)?))|(?<=[,.;:-]\s)[a-z]+\s+(?:says|wants))"
                                     r"\b[\s,:.-]*)+(?:(?:in|into|to)\s+)?(?:the\s+)?$")
_CURRENCY_CHOICE_AFTER = re.compile(r"\s*(?:only|instead|(?:is|are|would be|will be)\s+(?:fine|enough|ok|okay)|"
                                    r"will do|works|please)\b")
_CURRENCY_TARGET_BEFORE = re.compile(r"\b(?:in|into|to|as|using|and|or)\s+(?:the\s+)?$|,\s*$")


def _currency_said_again(text: str, claims: Claims, ents: Entities) -> bool:
    """Two currencies, the later one chosen in words that take the other back ("just dollars is fine", "actually
    euros please"): the target is the one chosen last; the other, asked for as a target only ("in yen and dollars"),
    is taken back (``ents.taken_back``). An amount in the other currency ("above 5,000 billion yen") is never taken
    back: the words stay for the later steps, which refuse two currencies."""
    said = [m for m in currency_mentions(text) if claims.free(m[0], m[1])]
    if len({v for _s, _e, v in said}) < 2:
        return False
    s, e, value = said[-1]
    before = _CURRENCY_CHOICE_BEFORE.search(text, 0, s)
    after = _CURRENCY_CHOICE_AFTER.match(text, e)
    if before is None and after is None:
        return False
    named = [(ms, me, v) for ms, me, v in said if before is not None and before.start() <= ms < before.end()]
    said = [x for x in said if x not in named]
    if before is not None and before.group("named") and not (
            len(named) == 1 and named[0][:2] == before.span("named") and named[0][2] != value
            and any(v == named[0][2] for _ms, _me, v in said)):
        return False  # ("belay dollars, pounds" after "in euros", "scratch the lot, euros": not the other currency named)
    others = [(ms, me) for ms, me, v in said if v != value]
    if any(not _CURRENCY_TARGET_BEFORE.search(text, 0, ms) for ms, _me in others):
        return False  # an amount in it, or a currency said of something else: not a target taken back
    ents.currency, ents.currency_pos = value, s
    claims.claim(before.start() if before else s, after.end() if after else e, "currency")
    if not others:
        return False
    for ms, me in others:
        claims.claim(ms, me, "context")
        ents.taken_back.append(text[ms:me])
    for ms, me, v in said[:-1]:  # "in yen and dollars? just dollars": asked for before, as a target
        if v == value and _CURRENCY_TARGET_BEFORE.search(text, 0, ms):
            claims.claim(ms, me, "currency")
    return True


# "the dollar value of X's sales", "revenue in dollar terms": the figures converted to US dollars; "in dollar terms"
# next to a change ("how much did sales grow in dollar terms") is the change in money, not a currency: not here
_DOLLAR_VALUE = re.compile(r"\b(?:the\s+)?(?:us\s+|u\.s\.\s+)?dollar\s+values?\s+of\b|"
                           r"\bin\s+(?:us\s+|u\.s\.\s+)?dollar\s+terms\b")
# (a change, ``text.CHANGE_VERBS`` and "up", "down", or a comparison of amounts: an amount lost, a difference, more;
# not "higher", "lower": "how much higher were sales in FY2024 than in FY2023 in dollar terms" is the difference, read
# in dollars)
_CHANGE_WORD = re.compile(rf"\b(?:{CHANGE_VERBS}|up|down|los[st]\w*|difference|more|less|bigger|smaller)\b")


def _dollar_value(text: str, claims: Claims, ents: Entities) -> bool:
    m = _DOLLAR_VALUE.search(text)
    if m is None or not claims.free(m.start(), m.end()):
        return False
    # ("sales of more than 300 million in dollar terms": "more than" before an amount is a threshold, no change;
    # round 24, it was refused)
    if m.group(0).startswith("in") and _CHANGE_WORD.search(re.sub(r"\b(?:more|less)\s+than\s+(?=[$€£¥]?\s?\d)", "", text)):
        return False
    ents.currency, ents.currency_pos = "USD", m.start()
    claims.claim(m.start(), m.end(), "currency")
    return True


def _target_currency(text: str, claims: Claims, ents: Entities) -> bool:
    for phrase, value in _phrases(CURRENCY_NAMES):
        if phrase in ("$", "€", "£", "¥"):
            continue
        m = next((m for m in re.finditer(_currency_rx(phrase)[0], text) if not _names_a_company(text, m.start("cur"))
                  and (not m.group(0).startswith("on ") or m.group(0).endswith("basis"))), None)  # "on a USD basis"
        if m and claims.free(m.start(), m.end()):
            ents.currency, ents.currency_pos = value, m.start()
            # "... converted in euros", "everything in dollars", "all figures in yen": the figures said with the target
            conv = re.search(r"(?:,\s*)?(?:and\s+)?(?:(?:everything|all(?:\s+(?:of\s+it|of\s+them|(?:the\s+)?"
                             r"(?:figures|values|amounts|numbers)))?)\s+)?(?:converted|expressed|translated)?\s*$",
                             text[:m.start()])
            claims.claim(conv.start() if conv else m.start(), m.end(), "currency")
            return True
    # "above 100 billion dollars", "over 5bn euros": an amount in a currency is compared in it (as "$100bn" is)
    for phrase, value in _phrases(CURRENCY_NAMES):
        if phrase in ("$", "€", "£", "¥"):
            continue
        # ("top 3 euro fins": the count of a ranking before a set's name is no amount of euros)
        # ("eps cagr fy15-fy24 sterling pwr": a company's name after a period's number is no amount either)
        m = next((m for m in re.finditer(_currency_rx(phrase)[1], text) if not re.search(
            r"\b(?:top|bottom|largest|smallest|biggest|best|worst|highest|lowest|cheapest)\s+\d+\s*$", text[:m.start()])
            and not _names_a_company(text, m.start("cur"))), None)
        if m and claims.free(m.start(1), m.end(1)):
            ents.currency, ents.currency_pos = value, m.start(1)
            claims.claim(m.start(1), m.end(1), "currency")
            return True
    for cur in CURRENCIES:
        m = re.search(r"\b" + cur.lower() + r"\b", text)
        if m and claims.free(m.start(), m.end()):
            ents.currency, ents.currency_pos = cur, m.start()
            claims.claim(m.start(), m.end(), "currency")
            return True
    return False


# what asks for a breakdown by the word after it ("revenue by country", "banks per sector"): FinQL has none, so that
# word is neither a field nor a set noun; it is left over, and the question refused naming it
BREAKDOWN_BEFORE = re.compile(r"\b(?:by|per|across|for each|for every|broken down by|grouped by|split by)\s+"
                              r"(?:the\s+|its\s+|their\s+|each\s+)?$")
_FIELD_RX = [
    ("SECTOR", r"\b(?:what|which)\s+sector\b|\bsector\s+(?:is|does)\b|\bsectors?\b"),
    ("INDUSTRY", r"\b(?:what|which)\s+industry\b|\bindustry\b|\bindustries\b"),
    # (round 31: "the country of domicile", of incorporation: the country, said whole)
    # (round 36, f36s: "with their home countries", the country said with "home")
    ("COUNTRY", r"\b(?:what|which)\s+country\b|\bcountry\s+of\s+(?:domicile|incorporation)\b|\bhome\s+countr(?:y|ies)\b|\bcountry\b|\bcountries\b|\bbased\b(?!\s+on\b)|\bdomiciled\b"),  # (not "based on")
    # ("currencies" only after "the", "their", "and" or a comma: "their countries and currencies"; "they trade in
    # different currencies" is the asker's remark, round 32: t21a-020 was refused)
    # ("report in" asks the currency only where nothing follows in its clause: "what does X report in?"; "what EPS did
    # X report in fiscal 2021" is the period's "in", round 27: it added a CURRENCY column)
    ("CURRENCY", r"\b(?:what|which)\s+currency\b|\bcurrency\b|(?:(?<=\btheir\s)|(?<=\bthe\s)|(?<=\band\s)|(?<=,\s))currencies\b|\breport(?:s|ing)? in\b(?=\s*(?:[?.!,;:)]|$))"),
    ("NAME", r"\bnames?\b|\bcalled\b"),
]


def link_fields(text: str, claims: Claims, ents: Entities) -> None:
    """Descriptive fields asked for: "what sector is X in", "the name, sector and market cap"."""
    for name, rx in _FIELD_RX:
        for m in re.finditer(rx, text):
            # ("its return next to the sector's": a set's figure, said by the possessive, is no field of the rows)
            if claims.free(m.start(), m.end()) and not BREAKDOWN_BEFORE.search(text, 0, m.start()) \
                    and not re.match(r"'", text[m.end():]):
                claims.claim(m.start(), m.end(), "field")
                if name not in ents.fields:
                    ents.fields.append(name)
    # "which sector and industry does X belong to", "what industry does X operate in", "which sector does X fall
    # under": the verb of the field asked about the company (only after a question word's field)
    if any(f != "NAME" for f in ents.fields) and re.search(r"\b(?:what|which)\s+(?:sector|industry|country)\b", text):
        for m in _FIELD_VERB.finditer(text):
            if claims.free(m.start(), m.end()):
                claims.claim(m.start(), m.end(), "filler")


_FIELD_VERB = re.compile(r"\b(?:belong(?:s|ed)?\s+to|operat(?:e|es|ed|ing)\s+in|fall(?:s)?\s+(?:under|in|into)|"
                         r"(?:is|are|was)\s+classified\s+(?:in|as|under))(?=\s*(?:[?.!]|$))")


# the asker's statement of the named companies' reporting currency, no target (round 25, f25a): "FHB reports in GBP -
# give me ...", "..., which reports in yen?", "in its own reporting currency (JPY)"; read as context only where every
# company named reports in it (``pipeline.link_entities`` checks it against the master on a trial linking of the
# companies); otherwise the words are read as before
# ((round 48, f48v) and its quote said as the asker's belief: "I believe it is quoted in euros", "which I understand
# trades in pounds", "it's priced in yen"; "trades in" a currency, never "in" a place)
_REPORTS_IN_BEFORE = re.compile(r"(?:\b(?:reports|files|publishes)\s+(?:its\s+(?:figures|accounts|results)\s+)?in\s+"
                                r"|\b(?:(?:i\s+(?:believe|think|understand|gather)|as\s+i\s+understand\s+it)\s*,?\s+)?"
                                r"(?:(?:(?:it|they)\s+)?(?:trades|trade)|(?:it|they|which|that)?\s*(?:is|are|'s|'re)\s+"
                                r"(?:quoted|priced|traded))\s+in\s+"
                                r"|\breporting\s+currency\s*,?\s*\(\s*)$")


# (round 49, f49w) a yes/no check of the currency the companies named report (trade) in: "Does X report in Canadian
# dollars?", "Is X quoted in yen?", "Is X's reporting currency the euro?", "X reports in CAD, right?" (its tag, as
# compose's ``_CHECK_TAG``); the span from the sentence's start to the currency, its company (``who``) to be checked
_CURRENCY_CHECK_BEFORE = re.compile(
    r"\W*(?:(?:and|so|also|just\s+(?:checking|to\s+check|confirming))\W+)*(?:"
    r"(?:does|do)\s+(?P<who>[^?.!;]+?)\s+(?:report|trade|file|publish)(?:\s+(?:its|their)\s+(?:figures|accounts|results))?"
    r"\s+in|(?:is|are)\s+(?P<who2>[^?.!;]+?)\s+(?:quoted|priced|traded|reported|reporting)\s+in"
    r"|(?:is|are)\s+(?P<who3>[^?.!;]+?)(?:'s?)\s+(?:(?:reporting|trading|home)\s+)?currency"
    r"|(?P<who4>[^?.!;]+?)\s+(?:reports|trades|report|trade|is\s+quoted|are\s+quoted)\s+in)\s+(?:the\s+)?$")
_CURRENCY_CHECK_END = re.compile(r"\s*\?")
_CURRENCY_CHECK_TAG = re.compile(r"\s*,?\s*(?:does\s+not\s+(?:it|she|he)|do\s+not\s+they|is\s+not\s+it|are\s+not\s+they|"
                                 r"right|correct|no|yes|true|i\s+(?:believe|think|assume|presume))\s*\?")


def currency_checks(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """(round 49, f49w) The yes/no checks of a reporting currency (``_CURRENCY_CHECK_BEFORE``): each one's span that
    must name the companies, and its own words around that span (the yes/no word, the verb, the currency, the tag)."""
    out = []
    for cs, ce, _value in currency_mentions(text):
        s0 = max(text.rfind(c, 0, cs) for c in "?!;.") + 1
        m = _CURRENCY_CHECK_BEFORE.match(text, s0, cs)
        if m is None:
            continue
        end = (_CURRENCY_CHECK_TAG if m.group("who4") is not None else _CURRENCY_CHECK_END).match(text, ce)
        if end is None:
            continue
        who = next(m.span(g) for g in ("who", "who2", "who3", "who4") if m.group(g) is not None)
        out.append((who, [(s0, who[0]), (who[1], end.end())]))
    return out


def reporting_statements(text: str, claims: Claims) -> list[tuple[int, int, str]]:
    out = []
    for cs, ce, value in currency_mentions(text):
        m = _REPORTS_IN_BEFORE.search(text, 0, cs)
        if m is None or not claims.free(m.start(), ce):
            continue
        end = ce + len(re.match(r"\s*\)", text[ce:]).group(0)) if "(" in m.group(0) else ce  # type: ignore[union-attr]
        if "(" in m.group(0) and end == ce:
            continue
        # (the brackets restate the words before them: only their own part is read here)
        out.append((m.start() if "(" not in m.group(0) else m.start() + m.group(0).index("("), end, value))
    return out


def link(original: str, text: str, claims: Claims) -> Entities:
    """Run every linker in order: currency, companies, sets (fields are claimed by the composer)."""
    ents = Entities()
    link_currency(text, claims, ents)
    link_companies(original, text, claims, ents)
    ents.tickers.sort(key=lambda t: ents.ticker_pos.get(t, 0))
    link_sets(text, claims, ents)
    return ents


def all_values(kind: str) -> tuple[str, ...]:
    """Every value of a set kind in the master."""
    return set_values()[kind]
