"""`charter agent gate|signoff|promote|rollout|rollback`, `charter monitor compare` and `charter models
pin|check` on the command line: what they print, their exit codes, and bad input as one line."""

from __future__ import annotations

from pathlib import Path

from charter.agents import AgentRegistry


def test_rollout_and_rollback_on_the_command_line_with_bad_input(home: Path, charter) -> None:  # type: ignore[no-untyped-def]
    digest = AgentRegistry().create("assistant").content_hash()
    unknown = charter("agent", "rollout", "assistnt", "--traffic", "10%")
    assert unknown.returncode == 4 and "did you mean 'assistant'" in unknown.stderr
    for bad, message in (("150%", "--traffic: 150% is outside 0..100%"), ("-1%", "--traffic: -1% is outside 0..100%"),
                         ("half", "--traffic: 'half' is not a percentage like 10%")):
        out = charter("agent", "rollout", "assistant", "--traffic", bad)
        assert out.returncode == 1 and out.stderr.strip().endswith(message), out.stderr
        assert out.stderr.count("\n") == 1
    none = charter("agent", "rollout", "assistant", "--traffic", "10%")
    assert none.returncode == 4 and "agent 'assistant' has no challenger" in none.stderr
    both = charter("agent", "rollout", "assistant", "--traffic", "10%", "--shadow")
    assert both.returncode == 1 and "exactly one of --traffic PERCENT or --shadow" in both.stderr
    nochallenger = charter("monitor", "compare", "assistant")
    assert nochallenger.returncode == 4 and "agent 'assistant' has no challenger to compare" in nochallenger.stderr
    assert charter("agent", "promote", "assistant", "--alias", "challenger").returncode == 0
    out = charter("agent", "rollout", "assistant", "--traffic", "10%")
    assert out.returncode == 0 and "split: the challenger answers 10% of requests" in out.stdout
    shown = charter("agent", "show", "assistant")
    assert "rollout of the challenger: split" in shown.stdout and "promote: champion" not in shown.stdout
    shadow = charter("agent", "rollout", "assistant", "--shadow")
    assert shadow.returncode == 0 and "shadow: every request also runs on the challenger" in shadow.stdout
    back = charter("agent", "rollback", "assistant")
    assert back.returncode == 0 and "stopped the challenger's rollout (shadow)" in back.stdout
    again = charter("agent", "rollback", "assistant")
    assert again.returncode == 1 and "nothing to roll back for agent 'assistant'" in again.stderr
    refused = charter("agent", "signoff", "assistant", digest[:10], "--as", "mallory")
    assert refused.returncode == 3 and "needs an admin or a member of the 'reviewers' group" in refused.stderr
    own = charter("agent", "signoff", "assistant", digest[:10], "--as", "admin")  # admin saved it (promote above)
    assert own.returncode == 3 and own.stderr.strip().endswith(
        f"admin registered assistant@{digest[:12]}, so another reviewer must sign it off (four eyes)"), own.stderr
    for statement in ("CREATE USER rex", "CREATE GROUP IF NOT EXISTS reviewers", "ALTER GROUP reviewers ADD MEMBER rex"):
        assert charter("sql", statement).returncode == 0, statement
    ok = charter("agent", "signoff", "assistant", digest[:10], "--as", "rex", "--note", "read the diff")
    assert ok.returncode == 0 and f"assistant@{digest[:12]} signed off by rex" in ok.stdout, ok.stderr
    nogate = charter("agent", "gate", "assistant")
    assert nogate.returncode == 6 and "agent 'assistant' has no gate suite; declare [gates.assistant]" in nogate.stderr
    compare = charter("monitor", "compare", "assistant")
    assert compare.returncode == 0 and "champion " + digest[:12] + " vs challenger " + digest[:12] in compare.stdout
    assert "no live traces of both versions in the window yet" in compare.stdout


def test_models_pin_and_check_on_the_command_line(home: Path, charter) -> None:  # type: ignore[no-untyped-def]
    gguf = home / "tiny.gguf"  # a small file standing in for a model
    gguf.write_bytes(b"GGUF stand-in 1")
    (home / "charter.toml").write_text(f'default_model = "tiny"\n[models.tiny]\nprovider = "local"\nmodel = "{gguf}"\n', encoding="utf-8")
    unpinned = charter("models", "check", "tiny")
    assert unpinned.returncode == 0 and "tiny: not pinned" in unpinned.stdout
    assert charter("models", "check", "tiny", "--strict").returncode == 1
    pinned = charter("models", "pin", "tiny")
    assert pinned.returncode == 0 and "tiny: pin = sha256:" in pinned.stdout
    assert 'pin = "sha256:' in (home / "charter.toml").read_text(encoding="utf-8")
    same = charter("models", "check", "tiny")
    assert same.returncode == 0 and "tiny: unchanged (sha256:" in same.stdout
    gguf.write_bytes(b"GGUF stand-in 2")
    changed = charter("models", "check", "tiny")
    assert "tiny: changed: pinned sha256:" in changed.stdout
    # `tiny` is the default model: every agent whose steps name no model uses it, and none has a gate suite
    assert changed.returncode == 1 and "  assistant: no gate suite: declare [gates.assistant]" in changed.stdout
    nogates = charter("models", "check", "tiny", "--no-gates")
    assert nogates.returncode == 1 and "assistant: no gate suite" in nogates.stdout
    typo = charter("models", "check", "tiyn")
    assert typo.returncode == 1 and "unknown model 'tiyn'; did you mean 'tiny'" in typo.stderr
    gguf.unlink()
    gone = charter("models", "pin", "tiny")
    assert gone.returncode == 6 and "GGUF not found" in gone.stderr
    assert 'pin = "sha256:' in (home / "charter.toml").read_text(encoding="utf-8")  # left as it was
    bad = home / "charter.toml"
    bad.write_text(bad.read_text(encoding="utf-8").replace('pin = "sha256:', 'pin = "md5:'), encoding="utf-8")
    invalid = charter("models", "list")
    assert invalid.returncode == 6 and "key 'models.tiny.pin': pin 'md5:" in invalid.stderr
