"""How a challenger meets live traffic: a share of the requests, or shadow runs beside the champion.

The split is by a hash of the request's key (the caller's ``X-Request-Id``, else its principal and
inputs), so the same request always goes the same way, in every worker, with no state shared
between them. In shadow the caller always gets the champion's answer; the challenger runs the same
request afterwards, off the request path, and only its trace is stored.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from charter.errors import InvalidInput
from charter.store import Store, utcnow

Mode = Literal["split", "shadow"]
_SHARE = re.compile(r"\s*(-?[0-9]+(?:\.[0-9]*)?|-?\.[0-9]+)\s*(%?)\s*")


@dataclass(frozen=True)
class Rollout:
    """An agent's challenger on live traffic: ``split`` takes ``share`` of the requests; ``shadow`` none."""

    agent: str
    mode: Mode
    share: float
    set_by: str
    updated_at: datetime

    def describe(self) -> str:
        """One line: what the challenger gets."""
        if self.mode == "shadow":
            return "shadow: every request also runs on the challenger, off the request path; callers get the champion"
        return f"split: the challenger answers {self.share * 100:g}% of requests (by request hash)"


def parse_share(text: str) -> float:
    """``"10%"`` -> 0.1 (a bare number is a percentage too: ``"10"`` -> 0.1); InvalidInput outside 0..100%."""
    m = _SHARE.fullmatch(text or "")
    if not m:
        raise InvalidInput(f"--traffic: '{text}' is not a percentage like 10%")
    value = float(m.group(1))
    if not 0.0 <= value <= 100.0:
        raise InvalidInput(f"--traffic: {value:g}% is outside 0..100%")
    return value / 100.0


def request_key(principal: str, inputs: Any, request_id: str | None = None) -> str:
    """What the split hashes: the caller's request id when it sends one, else who asked what."""
    if request_id:
        return f"id:{request_id}"
    return "in:" + principal + "\x00" + json.dumps(inputs, sort_keys=True, default=str, separators=(",", ":"))


def bucket(key: str) -> float:
    """A uniform number in [0, 1) from the key (the same in every process: no salted hash())."""
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big") / 2.0**64


def takes_challenger(rollout: Rollout | None, key: str) -> bool:
    """Whether the challenger answers this request (never in shadow, never with no rollout)."""
    return rollout is not None and rollout.mode == "split" and bucket(key) < rollout.share


class Rollouts:
    """The rollout of each agent in the metadata store (one row per agent; none: champion only)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, agent: str) -> Rollout | None:
        """The agent's rollout, or None when the champion takes all traffic."""
        from charter.agents.tables import AgentRolloutRow

        with self.store.session() as s:
            row = s.get(AgentRolloutRow, agent)
            return None if row is None else _rollout(row)

    def set(self, agent: str, mode: Mode, share: float, *, actor: str) -> Rollout:
        """Start (or change) the challenger's rollout."""
        from charter.agents.tables import AgentRolloutRow

        if mode not in ("split", "shadow"):
            raise InvalidInput(f"rollout mode '{mode}' is neither split nor shadow")
        if not 0.0 <= share <= 1.0:
            raise InvalidInput(f"--traffic: {share * 100:g}% is outside 0..100%")
        with self.store.session() as s:
            row = s.get(AgentRolloutRow, agent)
            if row is None:
                s.add(AgentRolloutRow(agent=agent, mode=mode, share=share, set_by=actor))
            else:
                row.mode, row.share, row.set_by, row.updated_at = mode, share, actor, utcnow()
        got = self.get(agent)
        assert got is not None
        return got

    def clear(self, agent: str) -> Rollout | None:
        """Send all traffic to the champion again; returns the rollout that was stopped, if any."""
        from charter.agents.tables import AgentRolloutRow

        with self.store.session() as s:
            row = s.get(AgentRolloutRow, agent)
            if row is None:
                return None
            was = _rollout(row)
            s.delete(row)
            return was


def _rollout(row: Any) -> Rollout:
    when = row.updated_at if row.updated_at.tzinfo else row.updated_at.replace(tzinfo=UTC)
    return Rollout(agent=row.agent, mode=row.mode, share=float(row.share), set_by=row.set_by, updated_at=when)
