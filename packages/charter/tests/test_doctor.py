"""`charter doctor` proves a local model generates: a crash in llama.cpp is reported, not hidden."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from charter.models.providers import local
from charter.testing import require_module

SEGFAULT = [sys.executable, "-c", "import os, signal; os.kill(os.getpid(), signal.SIGSEGV)"]


def test_doctor_reports_a_local_model_that_crashes_with_its_signal_and_the_hint(
    charter, home, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    require_module("llama_cpp", "local")
    (home / "charter.toml").write_text(
        '[models.local]\nprovider = "local"\n'
        '[models.fast]\nprovider = "local"\noptions = { use_extra_bufts = true }\n'
    )
    monkeypatch.setattr(local, "PROBE_ARGV", SEGFAULT)  # the child dies as llama.cpp does on AMX
    assert charter("init").returncode == 0
    out = charter("doctor")
    assert out.returncode == 0, out.stderr
    text = " ".join(out.stdout.split())  # table cells may wrap
    crashed_local, _, rest = text.partition("fast (local)")
    crashed_fast = rest.partition("embedders")[0]
    assert "-- local (local) crashed (signal 11), SIGSEGV" in crashed_local, out.stdout
    assert "llama.cpp crashed with extra buffer types off" in crashed_local
    assert "crashed (signal 11), SIGSEGV" in crashed_fast
    assert "set use_extra_bufts = false" in crashed_fast and "ggml-org/llama.cpp#20824" in crashed_fast


def test_doctor_names_the_redirect_uri_and_a_sign_in_that_cannot_work() -> None:
    """Sign-in's redirect URI never comes from a request's Host: doctor says which one the issuer must know."""
    from charter.doctor import signin_checks
    from charter.settings import OidcIssuerSettings, ServerSettings, Settings

    issuer = OidcIssuerSettings(issuer="https://idp.example", audience="a", client_id="review")
    api_only = OidcIssuerSettings(issuer="https://api.example", audience="a")

    def checks(**server: object) -> list[tuple[bool, str]]:
        s = Settings(home=Path("."), server=ServerSettings(oidc={"corp": issuer, "api": api_only}, **server))
        return [(c.ok, c.detail) for c in signin_checks(s)]

    assert checks(public_url="https://charter.example.com") == [
        (True, "redirect URI https://charter.example.com/review/oidc/corp/callback (register it at the issuer)")]
    ((ok, detail),) = checks()
    assert ok and "only at http://127.0.0.1:8765 (redirect URI http://127.0.0.1:8765/review/oidc/corp/callback)" in detail
    ((ok, detail),) = checks(host="0.0.0.0")
    assert not ok and "every sign-in is refused; set public_url" in detail
