"""Agent versions: the full config stored under its content hash; aliases (champion, challenger)."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel
from sqlalchemy import select

from charter.agents.agent import Agent
from charter.errors import InvalidInput, NotFound
from charter.store import Store, utcnow

ALIAS = re.compile(r"^[a-z][a-z0-9_-]{0,49}$")


class AgentVersion(BaseModel):
    agent: str
    content_hash: str
    config: dict[str, Any]
    created_by: str
    note: str = ""
    created_at: datetime
    aliases: list[str] = []

    @property
    def short(self) -> str:
        return self.content_hash[:12]


class AgentVersions:
    """Stores and resolves agent versions in the metadata store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def save(self, agent: Agent, *, actor: str = "admin", note: str = "") -> AgentVersion:
        """Record the agent's current config (idempotent: same config, same version)."""
        from charter.agents.tables import AgentVersionRow

        digest = agent.content_hash()
        with self.store.session() as s:
            row = s.scalars(select(AgentVersionRow).where(AgentVersionRow.agent == agent.name,
                                                          AgentVersionRow.content_hash == digest)).first()
            if row is None:
                row = AgentVersionRow(agent=agent.name, content_hash=digest, created_by=actor, note=note,
                                      config=json.dumps(agent.config(), sort_keys=True, default=str))
                s.add(row)
                s.flush()
        return self.get(agent.name, digest)

    def list(self, agent: str | None = None) -> list[AgentVersion]:
        """Versions, newest first (of one agent, or all)."""
        from charter.agents.tables import AgentAliasRow, AgentVersionRow

        with self.store.session() as s:
            q = select(AgentVersionRow).order_by(AgentVersionRow.id.desc())
            if agent:
                q = q.where(AgentVersionRow.agent == agent)
            rows = s.scalars(q).all()
            aliases: dict[tuple[str, str], list[str]] = {}
            for a in s.scalars(select(AgentAliasRow)).all():
                aliases.setdefault((a.agent, a.content_hash), []).append(a.alias)
            return [_version(r, sorted(aliases.get((r.agent, r.content_hash), []))) for r in rows]

    def get(self, agent: str, ref: str) -> AgentVersion:
        """A version by alias, full hash or unique hash prefix (at least 6 characters)."""
        from charter.agents.tables import AgentAliasRow

        with self.store.session() as s:
            alias = s.get(AgentAliasRow, (agent, ref))
            digest = alias.content_hash if alias is not None else ref
        matches = [v for v in self.list(agent) if v.content_hash == digest
                   or (len(digest) >= 6 and v.content_hash.startswith(digest))]
        if len(matches) != 1:
            what = "is ambiguous" if matches else "matches no version or alias"
            raise NotFound(f"'{ref}' {what} of agent '{agent}'; `charter agent show {agent}` lists them")
        return matches[0]

    def set_alias(self, agent: str, alias: str, ref: str, *, actor: str = "admin") -> AgentVersion:
        """Point an alias (e.g. champion) at a version; returns that version."""
        from charter.agents.tables import AgentAliasRow

        if not ALIAS.match(alias):
            raise InvalidInput(f"alias '{alias}' must be lower-case letters, digits, '-' or '_'")
        version = self.get(agent, ref)
        with self.store.session() as s:
            row = s.get(AgentAliasRow, (agent, alias))
            if row is None:
                s.add(AgentAliasRow(agent=agent, alias=alias, content_hash=version.content_hash, set_by=actor))
            else:
                row.content_hash, row.set_by, row.updated_at = version.content_hash, actor, utcnow()
        return self.get(agent, alias)

    def aliases(self, agent: str) -> dict[str, str]:
        """alias -> content hash."""
        from charter.agents.tables import AgentAliasRow

        with self.store.session() as s:
            return {a.alias: a.content_hash for a in s.scalars(select(AgentAliasRow).where(AgentAliasRow.agent == agent))}

    def load(self, agent: Agent, ref: str) -> Agent:
        """The agent with the step configs of a stored version applied."""
        return agent.with_config(self.get(agent.name, ref).config)


def _version(r: Any, aliases: list[str]) -> AgentVersion:
    created = r.created_at if r.created_at.tzinfo else r.created_at.replace(tzinfo=UTC)
    return AgentVersion(agent=r.agent, content_hash=r.content_hash, config=json.loads(r.config),
                        created_by=r.created_by, note=r.note, created_at=created, aliases=aliases)
