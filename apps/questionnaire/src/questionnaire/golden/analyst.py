"""The 180-question analyst questionnaire used by the benchmark, generated deterministically.

Twelve sections of fifteen numbered questions (``1.1`` .. ``12.15``), as an industry analyst's
RFI would ask them: most about what Charter does (answerable from the public docs and past
answers), some whose answer is only in the internal or confidential corpus documents, and some
that nothing in the corpus answers (certifications, revenue, customers), which must be routed to
review rather than answered.

    python -m questionnaire.golden.analyst analyst-180.xlsx     # or .csv
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Expect = Literal["corpus", "internal", "confidential", "absent"]

TEMPLATES = (
    "Describe how the platform supports {t}.",
    "Does your solution provide {t}? Please explain how it works.",
    "Explain your approach to {t}.",
    "How does the product handle {t}?",
)

# (section, features the public corpus documents, questions it does not answer: (text, expect))
SECTIONS: list[tuple[str, list[str], list[tuple[str, Expect]]]] = [
    ("Company and product overview",
     ["open-source licensing of the platform", "running entirely on a laptop with embedded defaults",
      "the supported Python versions", "a reference application that demonstrates the platform",
      "installation and a first demonstration run", "pinning of dependency versions",
      "scaling out on PostgreSQL, Redis and Ray", "the layered architecture of the platform",
      "a health check of the installation (doctor command)", "configuration through a settings file"],
     [("What was your company's annual revenue in the last fiscal year?", "absent"),
      ("How many paying customers use the product in production today?", "absent"),
      ("How many employees does your company have, and how many work in engineering?", "absent"),
      ("Name three reference customers in financial services we may contact.", "absent"),
      ("In which countries does your company have offices?", "absent")]),
    ("Architecture and deployment",
     ["the metadata store and its database options", "schema migrations when upgrading",
      "one process-level object that wires the layers together", "deployment of the API server with several workers",
      "the environment variables that override configuration", "storing vector indexes on local disk",
      "a PostgreSQL metadata store shared by several processes", "the order in which layers may import each other",
      "running evaluation items as Ray tasks", "embedding models that run on CPU"],
     [("Do you provide a Helm chart for Kubernetes deployments?", "absent"),
      ("Which public cloud marketplaces list your product?", "absent"),
      ("What are the minimum hardware requirements for a production cluster of 500 users?", "absent"),
      ("Is a multi-region active-active deployment supported?", "absent"),
      ("What availability does the hosted demo instance target, and when is it reset?", "internal")]),
    ("Governance and access control",
     ["row-level security with row filters", "column masking of sensitive values",
      "privilege inheritance from catalogs and schemas to tables", "agents acting on behalf of users",
      "delegation of the right to grant privileges", "groups that nest other groups",
      "query policies with row and time limits", "governance of which models a user may call",
      "ownership of securables and ownership transfer", "SQL-like statements for administering grants"],
     [("Do you support SAML 2.0 single sign-on with Okta or Azure AD?", "absent"),
      ("Can access reviews be exported to ServiceNow for recertification campaigns?", "absent"),
      ("Do you support attribute-based access control driven by HR system attributes?", "absent"),
      ("Is SCIM provisioning of users and groups supported?", "absent"),
      ("Is there a hardware security module integration for key management?", "absent")]),
    ("Auditing and compliance",
     ["a tamper-evident audit log", "verification of the audit chain", "auditing of refused requests",
      "audit records for model calls", "which audit records a non-admin user may see",
      "redaction of personal data in prompts and answers", "protection against prompt injection",
      "keeping data source passwords out of logs and traces", "masked values in traces",
      "the limits of audit verification on MySQL"],
     [("Do you hold a SOC 2 Type II report? Please attach the latest.", "absent"),
      ("Are you ISO 27001 certified?", "absent"),
      ("Will you sign our data processing agreement under GDPR?", "absent"),
      ("Where is customer data stored, and can we choose the data residency region?", "absent"),
      ("How long do you retain audit logs by default, and can retention be configured per tenant?", "absent")]),
    ("Data integration",
     ["connecting DuckDB, SQLite, PostgreSQL and MySQL data sources", "synchronising source schemas into the catalog",
      "governed SQL rewriting of every query", "query timeouts on each database engine",
      "views and the rights they run with", "queries that join two data sources", "parameterised queries",
      "caching of governed query plans", "a feature store with point-in-time lookups",
      "adding new connectors as plugins"],
     [("Do you provide native connectors for Snowflake and Databricks SQL warehouses?", "absent"),
      ("Can the platform ingest streaming data from Kafka?", "absent"),
      ("Is change data capture from Oracle supported?", "absent"),
      ("What is the maximum number of concurrent queries per data source?", "absent"),
      ("When will federated queries across two data sources be available?", "confidential")]),
    ("Retrieval and vector search",
     ["vector indexes as governed securables", "the embedding model used by default",
      "row filters applied to vector search results", "the approximate nearest neighbour library",
      "keeping vector indexes in sync with source tables", "a deterministic embedder for tests",
      "searching an index whose text column is masked", "benchmarks of vector search speed and recall",
      "retrieval steps inside agents", "hybrid retrieval combining keywords and vectors"],
     [("Do you support Pinecone or Weaviate as external vector databases?", "absent"),
      ("Can embeddings be computed on GPUs in a managed cluster?", "absent"),
      ("What is the largest index, in vectors, deployed by a customer?", "absent"),
      ("Do you support multimodal retrieval over images and audio?", "absent"),
      ("Is there a re-ranking model with cross-encoders out of the box?", "absent")]),
    ("Model management and gateway",
     ["a single gateway for every model call", "the embedded local language model",
      "Anthropic Claude and OpenAI-compatible model providers", "structured output that always parses",
      "per-user rate limits and daily budgets", "fallback to another model when a provider fails",
      "a circuit breaker for failing providers", "caching of model responses",
      "recording token usage and cost per call", "a scripted test double for models"],
     [("Do you offer fine-tuning of customer models as a managed service?", "absent"),
      ("Which GPU types do you certify for self-hosted inference?", "absent"),
      ("Do you support Google Gemini and AWS Bedrock models natively?", "absent"),
      ("Can customers bring their own encryption keys for model prompts at rest?", "absent"),
      ("What latency SLA do you guarantee for model calls?", "absent")]),
    ("Agent development",
     ["building agents from small typed steps", "routing between branches of an agent graph",
      "validation of an agent graph when it is built", "tool calling with governed tools",
      "versioning of agent configurations", "champion and challenger aliases for agent versions",
      "retries that repair an invalid step output", "parallel branches and loops in an agent",
      "registering agents from applications as plugins", "few-shot examples in model steps"],
     [("Is there a visual drag-and-drop agent builder for business users?", "absent"),
      ("Do you provide a JavaScript or Java SDK for building agents?", "absent"),
      ("Can agents run long-lived workflows that wait for days on human approval?", "absent"),
      ("Is there a marketplace of prebuilt agents?", "absent"),
      ("Do you support LangChain and LlamaIndex agents unchanged?", "absent")]),
    ("Evaluation and quality",
     ["golden sets with dev and test splits", "versioning of golden sets by content",
      "LLM judges with rubrics", "calibration of judges against human labels",
      "resuming an evaluation run after a crash", "comparing two evaluation runs with confidence intervals",
      "gating a release on evaluation metrics in CI", "per-step accuracy of an agent",
      "automatic optimisation of an agent step's configuration", "errors raised inside scorers"],
     [("Do you benchmark your platform against industry leaderboards such as HELM?", "absent"),
      ("Which evaluation accuracy must an agent reach before your own releases ship?", "internal"),
      ("Do you provide red-teaming as a professional service?", "absent"),
      ("Can evaluation datasets be shared across tenants in a SaaS deployment?", "absent"),
      ("What is your methodology for measuring hallucination rates across customers?", "absent")]),
    ("Observability and tracing",
     ["tracing of every step of an agent run", "exporting traces over OpenTelemetry",
      "the kinds of spans recorded in a trace", "storing traces without slowing the application",
      "viewing a trace as a tree on the command line", "dashboards of latency and cost per model",
      "usage reports by principal, agent and model", "governance denials shown on dashboards",
      "finding the failing steps of an agent", "tracing calls made through MCP"],
     [("Do you integrate natively with Datadog and Splunk dashboards?", "absent"),
      ("Is there anomaly detection with alerting on agent behaviour?", "absent"),
      ("How long are traces retained in the hosted service?", "absent"),
      ("Can traces be sampled at a configurable rate per agent?", "absent"),
      ("Do you provide session replay of end-user conversations?", "absent")]),
    ("Interoperability and APIs",
     ["serving tools to clients over the Model Context Protocol", "governing external MCP servers",
      "an OpenAI-compatible chat completions API", "authentication of API clients with tokens",
      "error responses of the HTTP API", "a human review application for domain experts",
      "corrections from reviewers flowing into golden sets", "handling MCP servers that hang or crash",
      "an OpenAPI description of the admin API", "streaming responses from agents"],
     [("Do you provide a GraphQL API?", "absent"),
      ("Is there a Slack or Microsoft Teams integration for end users?", "absent"),
      ("Do you support webhooks for evaluation results?", "absent"),
      ("When will MCP resources and prompts be supported, and will sessions be pooled?", "confidential"),
      ("What is the API rate limit per tenant in the hosted service?", "absent")]),
    ("Support, pricing and roadmap",
     ["the translation of English questions into a query language", "the FinQL query language",
      "entitlements to licensed data sets", "correctness checks of translated queries",
      "synthetic reference data that is identical on every build", "known limitations documented per component",
      "the test suite and the services it needs", "benchmarks shipped with the product",
      "upgrading an existing installation", "a decomposed agent compared with a single prompt"],
     [("What support tiers do you offer, and what are the first-response times for severity 1?", "internal"),
      ("What is the list price of your enterprise support subscription?", "confidential"),
      ("What is the code name of your 2027 roadmap programme, and what are its main themes?", "confidential"),
      ("How quickly do you release fixes for critical security vulnerabilities?", "internal"),
      ("Do you offer on-site training for our developers, and at what cost?", "absent")]),
]


@dataclass(frozen=True)
class AnalystQuestion:
    qid: str
    section: str
    text: str
    expect: Expect   # where the answer is: the public corpus, internal/confidential docs, or nowhere


def questions() -> list[AnalystQuestion]:
    """The 180 questions, in order; corpus questions first in each section, then the others."""
    out: list[AnalystQuestion] = []
    for s, (section, features, others) in enumerate(SECTIONS, start=1):
        items: list[tuple[str, Expect]] = [(TEMPLATES[(s + i) % len(TEMPLATES)].format(t=f), "corpus")
                                           for i, f in enumerate(features)]
        items += others
        for n, (text, expect) in enumerate(items, start=1):
            out.append(AnalystQuestion(f"{s}.{n}", section, text, expect))
    return out


def write(path: str | Path) -> Path:
    """Write the questionnaire as ``.xlsx`` (columns No., Section, Question, Answer) or ``.csv``."""
    p = Path(path)
    rows = [(q.qid, q.section, q.text, "") for q in questions()]
    header = ("No.", "Section", "Question", "Answer")
    p.parent.mkdir(parents=True, exist_ok=True)
    if p.suffix.lower() == ".csv":
        with p.open("w", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)
        return p
    if p.suffix.lower() != ".xlsx":
        from charter.errors import InvalidInput

        raise InvalidInput(f"cannot write '{p}': use .xlsx or .csv")
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "RFI"
    ws.append(header)
    for r in rows:
        ws.append(r)
    ws.column_dimensions["C"].width = 100
    wb.save(str(p))
    return p


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else "analyst-180.xlsx"
    print(write(target))
