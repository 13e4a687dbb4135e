"""Query expansion: a question's words under the other names the documents may use.

An analyst writes "cross-site request forgery" where the docs say CSRF, "personally identifiable
information" where they say PII, "Postgres" where they say PostgreSQL. Each key term of a
question becomes a *concept*: the term and its variants (acronym <-> expansion, a few general
synonyms). Retrieval searches every variant; coverage counts a concept once, whichever variant
a passage uses, so an expansion never inflates the evidence.

Two sources of variants:

- ``ACRONYMS`` and ``SYNONYMS`` below: general enterprise-IT vocabulary (security, data, ML,
  web), not any one questionnaire's wording.
- acronyms the corpus defines itself: "Model Context Protocol (MCP)" or "MCP (Model Context
  Protocol)" in a visible passage (``mine_acronyms``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from questionnaire.text import QUESTION_WORDS, stem, terms, unframed

# acronym -> expansions (lower case). General vocabulary of enterprise software questionnaires.
ACRONYMS: dict[str, tuple[str, ...]] = {
    "abac": ("attribute-based access control",), "acl": ("access control list",),
    "ai": ("artificial intelligence",), "ann": ("approximate nearest neighbour", "approximate nearest neighbor"),
    "api": ("application programming interface",), "cd": ("continuous delivery", "continuous deployment"),
    "cdc": ("change data capture",), "ci": ("continuous integration",), "cli": ("command line", "command-line interface"),
    "cpu": ("central processing unit", "processor"), "csrf": ("cross-site request forgery",),
    "db": ("database",), "dbms": ("database management system",), "dpa": ("data processing agreement",),
    "etl": ("extract transform load",), "fx": ("foreign exchange", "exchange rate"),
    "gdpr": ("general data protection regulation",), "gpu": ("graphics processing unit",),
    "hnsw": ("hierarchical navigable small world",), "hsm": ("hardware security module",),
    "http": ("hypertext transfer protocol",), "iam": ("identity and access management",),
    "idp": ("identity provider",), "jwt": ("json web token",), "kms": ("key management service",),
    "llm": ("large language model", "language model"), "mcp": ("model context protocol",),
    "mfa": ("multi-factor authentication",), "ml": ("machine learning",),
    "oidc": ("openid connect",), "oss": ("open source", "open-source"), "otel": ("opentelemetry",),
    "otlp": ("opentelemetry protocol",), "pii": ("personally identifiable information", "personal data"),
    "qps": ("queries per second",), "rag": ("retrieval-augmented generation", "retrieval augmented generation"),
    "rbac": ("role-based access control",), "rest": ("representational state transfer",),
    "rpm": ("requests per minute",), "saml": ("security assertion markup language",),
    "scim": ("system for cross-domain identity management",), "sdk": ("software development kit",),
    "sla": ("service level agreement", "service-level agreement"), "slo": ("service level objective",),
    "sql": ("structured query language",), "sse": ("server-sent events",), "sso": ("single sign-on",),
    "tls": ("transport layer security",), "ssl": ("secure sockets layer",), "tpm": ("tokens per minute",),
    "ui": ("user interface",), "xss": ("cross-site scripting",), "pg": ("postgresql", "postgres"),
}

# word -> words meaning the same in this domain (both directions are added). Single words only,
# stemmed at use; general IT synonyms, kept short on purpose: each one widens every search.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("postgres", "postgresql"), ("mariadb", "mysql"),
    ("laptop", "notebook"), ("vendor", "provider"), ("credential", "token"), ("permission", "privilege"),
    ("telemetry", "tracing"), ("redact", "scrub", "mask"), ("encrypt", "cipher"),
    ("headcount", "employees", "staff"), ("licence", "license"), ("cost", "spend", "budget"),
    ("outage", "failure"), ("team", "group"), ("role", "group"), ("sign-in", "login", "authenticate"),
    ("vector", "embedding"), ("semantic", "vector"), ("quota", "limit"), ("throttle", "limit"),
    ("hallucination", "groundedness"), ("chatbot", "agent"), ("assistant", "agent"), ("bot", "agent"),
    ("log", "audit"), ("tamper", "tamper-evident"), ("grade", "judge", "score"),
)


@dataclass(frozen=True)
class Concept:
    """One key term of a question with the other stemmed forms that count as the same thing."""

    term: str                          # the question's own stemmed term (or its acronym)
    variants: frozenset[str]           # stemmed single terms that count as this concept
    phrases: tuple[tuple[str, ...], ...] = ()  # multi-word variants, as stemmed term sequences

    def found_in(self, term_set: set[str] | frozenset[str], text_terms: list[str] | None = None) -> bool:
        """Whether a passage (its term set, and its term sequence for phrases) names this concept."""
        if self.variants & term_set:
            return True
        if text_terms and self.phrases:
            joined = " " + " ".join(text_terms) + " "
            return any(" " + " ".join(p) + " " in joined for p in self.phrases)
        return False


def _stems(text: str) -> tuple[str, ...]:
    return tuple(t for t in terms(text) if "-" not in t and "_" not in t) or tuple(terms(text))


def _phrase_index(acronyms: dict[str, tuple[str, ...]]) -> list[tuple[tuple[str, ...], str]]:
    """(stemmed expansion, acronym), longest expansions first."""
    out = [(_stems(exp), acro) for acro, exps in acronyms.items() for exp in exps]
    return sorted((p for p in out if len(p[0]) > 1), key=lambda p: -len(p[0]))


def mine_acronyms(texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Acronyms a corpus defines: "Long Name (LN)" and "LN (Long Name)", initials checked."""
    found: dict[str, set[str]] = {}
    pat_after = re.compile(r"((?:[A-Za-z][\w-]*\s+){1,6}[A-Za-z][\w-]*)\s*\(([A-Z][A-Za-z]{1,7})\)")
    pat_before = re.compile(r"\b([A-Z][A-Za-z]{1,7})\s*\(((?:[A-Za-z][\w-]*\s+){1,6}[A-Za-z][\w-]*)\)")
    for text in texts:
        for long, short in pat_after.findall(text):
            _add_if_initials(found, short, long, tail=True)
        for short, long in pat_before.findall(text):
            _add_if_initials(found, short, long, tail=False)
    return {k: tuple(sorted(v)) for k, v in found.items()}


def _add_if_initials(found: dict[str, set[str]], short: str, long: str, *, tail: bool) -> None:
    parts = [w for w in re.split(r"[\s-]+", long) if w]
    letters = short.lower()
    n = len(letters)
    # "... Model Context Protocol (MCP)": the last n words; "MCP (Model Context Protocol)": all of them.
    cand = parts[-n:] if tail else parts
    if len(cand) == n and "".join(w[0].lower() for w in cand) == letters:
        found.setdefault(letters, set()).add(" ".join(cand).lower())


class Expander:
    """Turns a question into concepts (key terms with their variants)."""

    def __init__(self, acronyms: dict[str, tuple[str, ...]] | None = None,
                 synonyms: Iterable[tuple[str, ...]] = SYNONYMS) -> None:
        merged = {k: tuple(v) for k, v in ACRONYMS.items()}
        for k, v in (acronyms or {}).items():
            merged[k] = tuple(dict.fromkeys((*merged.get(k, ()), *v)))
        self.acronyms = merged
        self._phrases = _phrase_index(merged)
        self._syn: dict[str, set[str]] = {}
        for group in synonyms:
            stems = {stem(w) for w in group}
            for s in stems:
                self._syn.setdefault(s, set()).update(stems)
        self._framing = {stem(w) for w in QUESTION_WORDS}

    def concepts(self, question: str) -> list[Concept]:
        """The question's key terms as concepts, in order; a spelled-out acronym becomes one concept."""
        seq = [t for t in terms(unframed(question)) if t not in self._framing]
        out: dict[str, Concept] = {}
        used: set[int] = set()
        # Spelled-out acronyms first: "cross-site request forgery" -> one concept {csrf, cross, site, ...}.
        for phrase, acro in self._phrases:
            n = len(phrase)
            for i in range(len(seq) - n + 1):
                if tuple(seq[i:i + n]) == phrase and not used & set(range(i, i + n)):
                    used |= set(range(i, i + n))
                    out.setdefault(acro, Concept(acro, frozenset({acro}), (phrase,)))
        for i, t in enumerate(seq):
            if i in used or t in out or "-" in t or "_" in t:  # a joined word: its parts follow it
                continue
            variants = {t} | self._syn.get(t, set())
            phrases: list[tuple[str, ...]] = []
            for exp in self.acronyms.get(t, ()):
                st = _stems(exp)
                if len(st) == 1:
                    variants.add(st[0])
                else:
                    phrases.append(st)
            out[t] = Concept(t, frozenset(variants), tuple(phrases))
        return list(out.values())

    def query_terms(self, concepts: list[Concept]) -> list[str]:
        """Every variant of every concept as search terms (a phrase gives its words)."""
        seen: dict[str, None] = {}
        for c in concepts:
            for v in sorted(c.variants):
                seen.setdefault(v, None)
            for p in c.phrases:
                for t in p:
                    seen.setdefault(t, None)
        return list(seen)
