"""The audit log that proves itself: append-only records chained by an HMAC whose key lives outside
the store, a signed head checkpointed outside the store, and the verification of both.

Each record's ``hash`` is HMAC-SHA256 (key: ``AuditKey``) over the previous record's hash and every
field of the record (id, time, actor, on-behalf-of, action, securable, verdict, reason, request id,
details and the signing scheme itself). Someone who can write the store but not read the key cannot
recompute it after an edit. After every committed append the signed head (sequence number and hash)
is written to a file outside the store, so cutting the tail (and fixing the in-store head to match)
is detected too. Records written before signing existed (``scheme`` NULL) carry a plain SHA-256
chain: they verify as a *legacy segment*, allowed only before the first signed record.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session

from charter.catalog.tables import AuditRecord, CatalogState
from charter.errors import ConfigError, StoreError
from charter.store import utcnow

log = logging.getLogger(__name__)

GENESIS = "0" * 64
KEY_BYTES = 32
MIN_ENV_KEY = 16  # characters of CHARTER_AUDIT_KEY: shorter is guessable


@dataclass(frozen=True)
class AuditEntry:
    """One audit record as read back."""

    id: int
    ts: datetime
    actor: str
    on_behalf_of: str | None
    action: str
    securable: str | None
    allowed: bool
    reason: str
    request_id: str | None
    details: dict[str, Any]


@dataclass(frozen=True)
class VerifyResult:
    """Whether the log is intact, how many records were checked, the first problem, and what was proven.

    ``legacy``: records at the start written before signing (plain SHA-256 chain, no key);
    ``signed``: records whose HMAC verified; ``head``: the sequence number of the signed head
    checkpoint (None when there is none); ``notes``: facts worth printing on success.
    """

    ok: bool
    checked: int
    problem: str | None = None
    legacy: int = 0
    signed: int = 0
    head: int | None = None
    key_id: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Head:
    """The signed head checkpoint: the last record's sequence number (its id) and hash."""

    seq: int
    hash: str


def _canonical_ts(ts: datetime) -> str:
    if ts.tzinfo is None:  # SQLite hands back naive datetimes; they were written in UTC
        ts = ts.replace(tzinfo=UTC)
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _body(prev: str, r: Any) -> list[Any]:
    return [prev, r.id, _canonical_ts(r.ts), r.actor, r.on_behalf_of, r.action, r.securable,
            bool(r.allowed), r.reason, r.request_id, r.details]


def record_hash(prev: str, r: Any) -> str:
    """The legacy (unkeyed) hash: SHA-256 over the previous hash and every field of the record."""
    return hashlib.sha256(json.dumps(_body(prev, r), separators=(",", ":")).encode()).hexdigest()


class AuditKey:
    """The audit log's signing key (never in the store) and the file its signed head is checkpointed in.

    Loaded by ``load`` from ``CHARTER_AUDIT_KEY`` or the key file (default ``<home>/audit.key``,
    mode 0600, created by ``charter init``). Thread-safe: the only state is the last checkpoint
    this process wrote, under a lock.
    """

    def __init__(self, secret: bytes, head_file: Path, *, source: str, created: bool = False) -> None:
        if len(secret) < MIN_ENV_KEY:
            raise ConfigError(f"the audit key from {source} is too short ({len(secret)} bytes; at least "
                              f"{MIN_ENV_KEY})")
        self._secret = secret
        self.head_file = Path(head_file)
        self.source = source
        self.created = created
        self.key_id = hmac.new(secret, b"charter-audit-key-id", hashlib.sha256).hexdigest()[:16]
        self.scheme = f"hmac-sha256:{self.key_id}"
        self._lock = threading.Lock()
        self._written = -1  # the last seq this process checkpointed
        self._fd: int | None = None  # the head file, kept open

    def __repr__(self) -> str:  # never the secret
        return f"AuditKey(id={self.key_id}, source={self.source!r}, head_file={str(self.head_file)!r})"

    # ------------------------------------------------------------------ construction
    @classmethod
    def load(cls, settings: Any, *, create: bool = True) -> AuditKey:
        """The key named by the settings: ``[audit] key`` (CHARTER_AUDIT_KEY), else the key file,
        created with mode 0600 when missing and ``create`` is set."""
        audit = settings.audit
        head_file = Path(audit.head_file or settings.home / "audit.head")
        if audit.key is not None:
            return cls(audit.key.get_secret_value().encode(), head_file, source="CHARTER_AUDIT_KEY")
        path = Path(audit.key_file or settings.home / "audit.key")
        created = False
        if not path.exists():
            if not create:
                raise ConfigError(f"no audit key at {path}; run `charter init` or set CHARTER_AUDIT_KEY")
            try:
                created = _create_key_file(path)
            except OSError as exc:
                raise ConfigError(f"cannot create the audit key {path}: {exc.strerror}; run `charter init` where "
                                  "CHARTER_HOME is writable, or set CHARTER_AUDIT_KEY") from None
        return cls(_read_key_file(path), head_file, source=str(path), created=created)

    @classmethod
    def generate(cls, directory: Path) -> AuditKey:
        """A fresh key file and head file in ``directory`` (for tests and embedded use)."""
        directory.mkdir(parents=True, exist_ok=True)
        _create_key_file(directory / "audit.key")
        return cls(_read_key_file(directory / "audit.key"), directory / "audit.head",
                   source=str(directory / "audit.key"), created=True)

    # ------------------------------------------------------------------ signing
    def record_hash(self, prev: str, r: Any) -> str:
        """HMAC-SHA256 over the scheme, the previous hash and every field of the record."""
        body = json.dumps([r.scheme, *_body(prev, r)], separators=(",", ":")).encode()
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def _head_sig(self, seq: int, digest: str) -> str:
        return hmac.new(self._secret, f"charter-audit-head|{seq}|{digest}".encode(), hashlib.sha256).hexdigest()

    # ------------------------------------------------------------------ the head checkpoint
    def read_head(self) -> Head | None:
        """The signed head checkpoint, None when there is none; ValueError naming what is wrong with it."""
        try:
            raw = self.head_file.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ValueError(f"cannot read the audit head checkpoint {self.head_file}: {exc.strerror}") from None
        if not raw.strip():
            return None  # created, not yet written: as good as missing
        return self._parse_head(raw)

    def _parse_head(self, raw: str) -> Head:
        try:
            data = json.loads(raw)
            seq, digest, sig = int(data["seq"]), str(data["hash"]), str(data["sig"])
        except (ValueError, KeyError, TypeError):
            raise ValueError(f"the audit head checkpoint {self.head_file} is not a checkpoint (edited?)") from None
        if not hmac.compare_digest(sig, self._head_sig(seq, digest)):
            raise ValueError(f"the audit head checkpoint {self.head_file} is not signed with this audit key "
                             "(edited, or written with another key)")
        return Head(seq, digest)

    def checkpoint(self, seq: int, digest: str) -> None:
        """Record (seq, hash) as the signed head unless a later head is already there.

        Serialised across processes by an flock on the file, and written in place as one fixed-size
        ``pwrite`` on a descriptor kept open (a rename per audit record cost milliseconds), so the
        file never moves backwards. A file replaced or deleted behind our back is reopened.
        """
        with self._lock:
            if seq <= self._written:
                return
            fd = self._head_fd()
            _flock(fd, True)
            try:
                try:
                    current = self._parse_head(os.pread(fd, HEAD_SIZE, 0).decode("utf-8", "replace"))
                except ValueError:
                    current = None  # empty (new) or damaged: replaced; verify reported damage while it was there
                if current is None or seq > current.seq:
                    data = json.dumps({"seq": seq, "hash": digest, "key": self.key_id,
                                       "sig": self._head_sig(seq, digest)})
                    os.pwrite(fd, data.ljust(HEAD_SIZE - 1).encode() + b"\n", 0)
            finally:
                _flock(fd, False)
            self._written = seq

    def _head_fd(self) -> int:
        """The open head file (reopened when the path no longer names the file we hold)."""
        fd = self._fd
        if fd is not None:
            try:
                if os.fstat(fd).st_ino == os.stat(self.head_file).st_ino:
                    return fd
            except FileNotFoundError:
                pass
            os.close(fd)
        self.head_file.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(self.head_file, os.O_RDWR | os.O_CREAT, 0o600)
        return self._fd

    def __del__(self) -> None:
        if getattr(self, "_fd", None) is not None:
            try:
                os.close(self._fd)  # type: ignore[arg-type]
            except OSError:
                pass


HEAD_SIZE = 256  # bytes of the head file: one JSON object padded with spaces, rewritten in place


def _flock(fd: int, lock: bool) -> None:
    """An exclusive advisory lock on an open file (fcntl where there is one; a no-op elsewhere)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return
    fcntl.flock(fd, fcntl.LOCK_EX if lock else fcntl.LOCK_UN)


def _create_key_file(path: Path) -> bool:
    """Create a random key at ``path`` with mode 0600; False when another process made it first."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(secrets.token_hex(KEY_BYTES) + "\n")
    try:
        os.link(tmp, path)  # never overwrites a key another process created meanwhile
        return True
    except FileExistsError:
        return False
    finally:
        tmp.unlink(missing_ok=True)


def _read_key_file(path: Path) -> bytes:
    try:
        mode = path.stat().st_mode & 0o777
        text = path.read_text(encoding="utf-8").strip()
    except OSError as exc:
        raise ConfigError(f"cannot read the audit key {path}: {exc.strerror}") from None
    if os.name == "posix" and mode & 0o077:
        raise ConfigError(f"the audit key {path} is readable by others (mode {mode:o}); run `chmod 600 {path}`")
    try:
        secret = bytes.fromhex(text)
    except ValueError:
        secret = b""
    if len(secret) < KEY_BYTES:
        raise ConfigError(f"the audit key {path} is not a key (expected {KEY_BYTES * 2} hex digits)")
    return secret


# ---------------------------------------------------------------------- writing
def append_records(session: Session, key: AuditKey | None, records: Iterable[Mapping[str, Any]]) -> Head | None:
    """Append records inside the caller's transaction, advancing the chain head; the new head.

    The one call a batch writer makes. Core statements, not the ORM unit of work: every governed
    query writes one of these. Ids are assigned here under the head's lock, one past both the head
    and the highest id present, so a record forged into the store (at the next id, say) never makes
    the INSERT fail: auditing goes on, and ``verify_chain`` names the forged record.
    """
    # Lock the chain head for this transaction (FOR UPDATE on PostgreSQL; SQLite's BEGIN IMMEDIATE
    # already serialises writers), so concurrent writers never fork the chain.
    conn = session.connection()
    head_id, head_hash = conn.execute(_HEAD).one()
    next_id = max(head_id, conn.execute(_MAX_ID).scalar() or 0) + 1
    rows = []
    for fields in records:
        _check_fields(fields)
        r = SimpleNamespace(id=next_id, ts=utcnow(), actor=fields["actor"], on_behalf_of=fields.get("on_behalf_of"),
                            action=fields["action"], securable=fields.get("securable"),
                            allowed=bool(fields["allowed"]), reason=fields.get("reason") or "",
                            request_id=fields.get("request_id"),
                            details=json.dumps(fields.get("details") or {}, sort_keys=True, default=str),
                            scheme=key.scheme if key is not None else None)
        digest = key.record_hash(head_hash, r) if key is not None else record_hash(head_hash, r)
        rows.append({**vars(r), "prev_hash": head_hash, "hash": digest})
        head_id, head_hash, next_id = next_id, digest, next_id + 1
    if not rows:
        return None
    conn.execute(_INSERT, rows)
    conn.execute(_ADVANCE, {"head_id": head_id, "head_hash": head_hash})
    return Head(head_id, head_hash)


_REQUIRED = frozenset({"actor", "action", "allowed"})
_FIELDS = _REQUIRED | {"securable", "reason", "on_behalf_of", "request_id", "details"}


def _check_fields(fields: Mapping[str, Any]) -> None:
    """TypeError for a malformed record, as a call with a wrong keyword would raise (nothing is written)."""
    unknown, missing = set(fields) - _FIELDS, _REQUIRED - set(fields)
    if unknown or missing:
        raise TypeError(f"audit record with unknown field(s) {sorted(unknown)} or missing field(s) {sorted(missing)}")


def append_record(session: Session, *, key: AuditKey | None = None, **fields: Any) -> Head:
    """Append one record (``append_records`` with one)."""
    head = append_records(session, key, [fields])
    assert head is not None
    return head


def current_head(session: Session) -> Head:
    """The in-store chain head."""
    head_id, head_hash = session.execute(select(CatalogState.audit_head_id, CatalogState.audit_head_hash)
                                         .where(CatalogState.id == 1)).one()
    return Head(head_id, head_hash)


# Built once: constructing statements per record cost more than running them.
_HEAD = select(CatalogState.audit_head_id, CatalogState.audit_head_hash).where(CatalogState.id == 1).with_for_update()
_MAX_ID = select(func.max(AuditRecord.id))
_INSERT = insert(AuditRecord)
_ADVANCE = (update(CatalogState).where(CatalogState.id == 1)
            .values(audit_head_id=bindparam("head_id"), audit_head_hash=bindparam("head_hash")))


def read_records(session: Session, *, principal: str | None = None, since: datetime | None = None,
                 limit: int | None = None, action: str | None = None) -> list[AuditEntry]:
    """Records oldest first, by or on behalf of a principal, of one action, since a time, the latest `limit`."""
    q = select(AuditRecord).order_by(AuditRecord.id.desc())
    if action is not None:
        q = q.where(AuditRecord.action == action)
    if principal is not None:
        q = q.where((AuditRecord.actor == principal) | (AuditRecord.on_behalf_of == principal))
    if since is not None:
        q = q.where(AuditRecord.ts >= since)
    if limit is not None:
        q = q.limit(limit)
    try:
        rows = list(session.scalars(q))[::-1]
    except (ValueError, TypeError, StatementError):
        raise StoreError("an audit record holds a value that cannot be read (forged in the store?); "
                         "`charter audit verify` names it") from None
    return [AuditEntry(r.id, r.ts, r.actor, r.on_behalf_of, r.action, r.securable, bool(r.allowed), r.reason,
                       r.request_id, _details(r.details)) for r in rows]


def _details(raw: str) -> dict[str, Any]:
    try:
        value = json.loads(raw)
    except (ValueError, TypeError):  # a record forged into the store must not break reading the log
        return {"unreadable": str(raw)[:200]}
    return value if isinstance(value, dict) else {"value": value}


# ---------------------------------------------------------------------- verifying
def verify_chain(session: Session, key: AuditKey | None = None) -> VerifyResult:
    """Check every record's link and signature, the in-store head and the signed head checkpoint.

    Names the first problem: an edited record (even with every hash recomputed, without the key),
    a broken first link, a deleted record, a cut tail, records past the head, an unsigned record
    after signed ones, a damaged checkpoint.
    """
    v = _Verifier(key)
    try:
        head = key.read_head() if key is not None else None
    except ValueError as exc:
        return v.fail(str(exc))
    state = session.get(CatalogState, 1)
    state_head = Head(state.audit_head_id, state.audit_head_hash) if state is not None else Head(0, GENESIS)
    wanted = {state_head.seq} | ({head.seq} if head is not None else set())
    hashes: dict[int, str] = {}
    for r in _scan(session):
        if isinstance(r, int):  # a row Charter never wrote (a time that is not a time, say)
            return v.fail(f"audit record {r} holds a value that cannot be read: forged in the store")
        problem = v.check(r, head)
        if problem is not None:
            return v.fail(problem)
        if r.id in wanted or r.id > state_head.seq:
            hashes[r.id] = r.hash
    last = v.expected_id - 1
    if last > state_head.seq:  # records past the in-store head: written since we read it, or forged
        fresh = session.execute(select(CatalogState.audit_head_id, CatalogState.audit_head_hash)
                                .where(CatalogState.id == 1)).one_or_none()
        if fresh is not None:
            state_head = Head(*fresh)
        if last > state_head.seq:
            return v.fail(f"audit records {state_head.seq + 1}..{last} lie past the chain head (record "
                          f"{state_head.seq}): appended outside Charter")
    if state_head.seq > last:
        return v.fail(f"audit records after {last} were deleted (the chain head is record {state_head.seq})")
    if state_head.seq and hashes.get(state_head.seq) != state_head.hash:
        return v.fail(f"the chain head does not match audit record {state_head.seq} (the head was rewritten)")
    if key is not None:
        if head is None:
            if v.count:  # the runtime writes one as soon as it has a key, so its absence is not innocent
                return v.fail(f"the audit head checkpoint {key.head_file} is missing: deleted records at the end "
                              "could not be detected")
        elif head.seq > last:
            return v.fail(f"audit records after {last} were deleted: the signed head checkpoint ({key.head_file}) "
                          f"says record {head.seq} was written")
        elif head.seq and hashes.get(head.seq) != head.hash:
            return v.fail(f"audit record {head.seq} is not the one the signed head checkpoint names (the records "
                          "up to it were rewritten)")
    return v.result(head)


def _scan(session: Session) -> Iterator[Any]:
    """Every record in id order, in batches; from a batch that cannot be read, one by one, yielding the
    id of the first unreadable record (and stopping there)."""
    last = 0
    while True:
        batch = select(AuditRecord).where(AuditRecord.id > last).order_by(AuditRecord.id)
        try:
            for r in session.scalars(batch).yield_per(1000):
                last = r.id
                yield r
            return
        except (ValueError, TypeError, StatementError):
            session.rollback()
        for rid in session.scalars(select(AuditRecord.id).where(AuditRecord.id > last).order_by(AuditRecord.id)):
            try:
                r = session.scalars(select(AuditRecord).where(AuditRecord.id == rid)).one()
            except (ValueError, TypeError, StatementError):
                yield rid
                return
            last = rid
            yield r
        return


class _Verifier:
    """The running state of one verification (kept out of ``verify_chain`` so each rule reads plainly)."""

    def __init__(self, key: AuditKey | None) -> None:
        self.key = key
        self.prev = GENESIS
        self.expected_id = 1
        self.count = self.legacy = self.signed = 0

    def check(self, r: Any, head: Head | None) -> str | None:
        # The link first, for every record including the first: it must name the hash before it
        # (GENESIS for record 1), or records before it were deleted or its link was rewritten.
        if r.prev_hash != self.prev:
            if self.count == 0:
                return (f"audit record {r.id}: chain broken — the first record does not start the chain "
                        "(records before it were deleted, or its link was altered)")
            return f"audit record {r.id}: chain broken — the record before it was deleted or altered"
        if r.id != self.expected_id:
            return f"audit record {r.id}: records {self.expected_id}..{r.id - 1} are missing"
        if r.scheme is None:
            if self.signed:
                return (f"audit record {r.id} is not signed, yet follows signed records (forged, or written by a "
                        "process without the audit key)")
            if self.key is not None and head is not None and r.id > head.seq:
                return (f"audit record {r.id} is not signed, yet lies past the signed head checkpoint (record "
                        f"{head.seq}): forged")
            if record_hash(self.prev, r) != r.hash:
                return f"audit record {r.id} was altered after it was written"
            self.legacy += 1
        else:
            if self.key is None:
                return (f"audit record {r.id} is signed; verifying it needs the audit key (set CHARTER_AUDIT_KEY "
                        "or keep the key file under CHARTER_HOME)")
            if r.scheme != self.key.scheme:
                return (f"audit record {r.id} is signed with another key ({r.scheme}), not this home's audit key "
                        f"({self.key.scheme})")
            if not hmac.compare_digest(self.key.record_hash(self.prev, r), str(r.hash)):
                return f"audit record {r.id} was altered after it was written"
            self.signed += 1
        self.prev, self.expected_id, self.count = r.hash, r.id + 1, self.count + 1
        return None

    def fail(self, problem: str) -> VerifyResult:
        return VerifyResult(False, self.count, problem, self.legacy, self.signed, None,
                            self.key.key_id if self.key is not None else None)

    def result(self, head: Head | None) -> VerifyResult:
        notes = []
        if self.legacy:
            notes.append(f"legacy segment: records 1..{self.legacy} were written before audit signing (a plain "
                         "SHA-256 chain, no key: an edit there with every hash recomputed cannot be detected)")
        if self.signed:
            notes.append(f"signed: records {self.legacy + 1}..{self.count} with audit key {self.key.key_id}"  # type: ignore[union-attr]
                         f" ({self.key.source})")  # type: ignore[union-attr]
        if head is not None:
            past = self.count - head.seq
            notes.append(f"head checkpoint: record {head.seq} ({self.key.head_file})"  # type: ignore[union-attr]
                         + (f"; {past} signed record(s) written since" if past > 0 else ""))
        elif self.key is None and self.count:
            notes.append("no audit key given: records were checked as a plain hash chain")
        return VerifyResult(True, self.count, None, self.legacy, self.signed, head.seq if head else None,
                            self.key.key_id if self.key is not None else None, tuple(notes))
