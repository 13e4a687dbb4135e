"""The audit log proves itself against someone who can write the store but not read the key:
recomputed hashes, a cut tail, records appended past the head, a broken first link, any field
changed, forged records (which must never break auditing itself), and stores from before signing.

Each tamper is done by hand in the database, as an attacker with store access would.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select, text

from charter.catalog import AuditKey, Catalog
from charter.catalog.audit import GENESIS, record_hash
from charter.catalog.tables import AuditRecord
from charter.errors import ConfigError
from charter.store import Store

ORDERS = "table:main.sales.orders"
FIELDS = ["id", "ts", "actor", "on_behalf_of", "action", "securable", "allowed", "reason", "request_id", "details",
          "scheme", "prev_hash", "hash"]


def _sql(store: Store, statement: str, **params: object) -> None:
    with store.engine.begin() as conn:
        conn.execute(text(statement), params)


def _rows(store: Store) -> list[dict[str, object]]:
    """The records with their columns typed as the store reads them back (timestamps as datetimes)."""
    with store.read() as session:
        return [{c: getattr(r, c) for c in FIELDS}
                for r in session.scalars(select(AuditRecord).order_by(AuditRecord.id))]


def _fill(cat: Catalog, n: int = 6) -> None:
    for i in range(n):
        cat.audit(actor="bob" if i % 2 else "carol", action="query", securable=ORDERS, allowed=bool(i % 2),
                  reason=f"reason {i}", on_behalf_of="alice" if i == 2 else None, request_id=f"r-{i}",
                  details={"sql": f"SELECT {i}"})


@pytest.fixture
def key(tmp_path: Path) -> AuditKey:
    return AuditKey.generate(tmp_path / "keyring")


def _signed(store: Store, key: AuditKey) -> Catalog:
    cat = Catalog(store, audit_key=key)
    cat.seal_legacy_head()
    cat.create_principal("bob")
    _fill(cat)
    assert cat.verify_audit().ok
    return cat


@pytest.fixture
def signed(store: Store, key: AuditKey) -> Catalog:
    """A catalog signing its audit log, on SQLite and PostgreSQL, with a few records written."""
    return _signed(store, key)


@pytest.fixture
def signed_sqlite(sqlite_store: Store, key: AuditKey) -> Catalog:
    """The same on SQLite only (tampers whose checking does not depend on the store)."""
    return _signed(sqlite_store, key)


def _recompute_unkeyed(store: Store, *, drop_scheme: bool) -> None:
    """What an attacker without the key can do after an edit: recompute every hash and link."""
    prev = GENESIS
    for row in _rows(store):
        r = SimpleNamespace(**row)
        if drop_scheme:
            r.scheme = None
        digest = record_hash(prev, r)
        _sql(store, "UPDATE catalog_audit SET prev_hash = :p, hash = :h, scheme = :s WHERE id = :i",
             p=prev, h=digest, s=r.scheme, i=r.id)
        prev = digest
    _sql(store, "UPDATE catalog_state SET audit_head_hash = :h", h=prev)


def test_an_untouched_signed_log_verifies_and_says_what_it_proved(signed: Catalog, key: AuditKey) -> None:
    result = signed.verify_audit()
    assert result.ok and result.signed == result.checked == len(signed.audit_log(limit=1000)) == 7
    assert result.legacy == 0 and result.head == 7 and result.key_id == key.key_id
    assert any(n.startswith(f"signed: records 1..7 with audit key {key.key_id}") for n in result.notes)
    assert json.loads(key.head_file.read_text())["seq"] == 7


def test_an_edit_with_every_hash_recomputed_is_detected(signed: Catalog) -> None:
    _sql(signed.store, "UPDATE catalog_audit SET allowed = true, reason = 'granted' WHERE id = 3")
    _recompute_unkeyed(signed.store, drop_scheme=False)
    result = signed.verify_audit()
    assert not result.ok and result.problem == "audit record 1 was altered after it was written"
    # Posing as a store from before signing: a legacy chain, but it ends elsewhere than the signed head.
    _recompute_unkeyed(signed.store, drop_scheme=True)
    result = signed.verify_audit()
    assert not result.ok and result.problem == ("audit record 7 is not the one the signed head checkpoint names "
                                                "(the records up to it were rewritten)")


@pytest.mark.parametrize("column,value", [
    ("actor", "'mallory'"), ("on_behalf_of", "'nobody'"), ("action", "'read'"), ("securable", "'table:x.y.z'"),
    ("allowed", "NOT allowed"), ("reason", "'fine'"), ("request_id", "'r-x'"), ("details", "'{}'"),
    ("ts", "'2020-01-01 00:00:00'"), ("scheme", "'hmac-sha256:0000000000000000'")])
def test_every_field_is_covered_by_the_signature(signed_sqlite: Catalog, column: str, value: str) -> None:
    _sql(signed_sqlite.store, f"UPDATE catalog_audit SET {column} = {value} WHERE id = 4")
    result = signed_sqlite.verify_audit()
    assert not result.ok and result.checked == 3
    assert result.problem is not None and result.problem.startswith("audit record 4 ")


def test_a_broken_first_link_is_detected(signed_sqlite: Catalog) -> None:
    # The first record's own hash does not cover its stored link, so only the link check sees this.
    _sql(signed_sqlite.store, "UPDATE catalog_audit SET prev_hash = :p WHERE id = 1", p="f" * 64)
    result = signed_sqlite.verify_audit()
    assert not result.ok and result.checked == 0
    assert result.problem is not None and result.problem.startswith(
        "audit record 1: chain broken — the first record does not start the chain")


def test_deleting_the_first_record_is_detected(signed_sqlite: Catalog) -> None:
    _sql(signed_sqlite.store, "DELETE FROM catalog_audit WHERE id = 1")
    result = signed_sqlite.verify_audit()
    assert not result.ok and result.problem is not None
    assert result.problem.startswith("audit record 2: chain broken — the first record does not start the chain")


def test_a_cut_tail_is_detected_even_with_the_in_store_head_fixed(signed_sqlite: Catalog, key: AuditKey) -> None:
    rows = _rows(signed_sqlite.store)
    _sql(signed_sqlite.store, "DELETE FROM catalog_audit WHERE id > 5")
    _sql(signed_sqlite.store, "UPDATE catalog_state SET audit_head_id = 5, audit_head_hash = :h", h=rows[4]["hash"])
    result = signed_sqlite.verify_audit()
    assert not result.ok
    assert result.problem == (f"audit records after 5 were deleted: the signed head checkpoint ({key.head_file}) "
                              "says record 7 was written")


def test_records_appended_past_the_head_are_detected(signed_sqlite: Catalog) -> None:
    last = _rows(signed_sqlite.store)[-1]
    forged = SimpleNamespace(**{**last, "id": 8, "actor": "mallory", "reason": "nothing happened"})
    for scheme in (None, last["scheme"]):  # posing as legacy, and posing as signed
        forged.scheme = scheme
        digest = record_hash(last["hash"], forged)
        _sql(signed_sqlite.store, "DELETE FROM catalog_audit WHERE id = 8")
        _sql(signed_sqlite.store, "INSERT INTO catalog_audit (id, ts, actor, on_behalf_of, action, securable, allowed, "
             "reason, request_id, details, prev_hash, hash, scheme) VALUES (:id, :ts, :actor, :on_behalf_of, "
             ":action, :securable, :allowed, :reason, :request_id, :details, :prev_hash, :hash, :scheme)",
             **{**vars(forged), "prev_hash": last["hash"], "hash": digest})
        _sql(signed_sqlite.store, "UPDATE catalog_state SET audit_head_id = 8, audit_head_hash = :h", h=digest)
        result = signed_sqlite.verify_audit()
        assert not result.ok and result.checked == 7
        assert result.problem is not None and result.problem.startswith("audit record 8 ")


def test_a_forged_record_never_breaks_auditing(signed: Catalog) -> None:
    # A record forged at the next id, the in-store head left alone: the next append must not hit a
    # UNIQUE-constraint error; auditing goes on and verify names the forgery.
    _sql(signed.store, "INSERT INTO catalog_audit (id, ts, actor, action, allowed, reason, details, prev_hash, hash, "
         "scheme) VALUES (8, '2026-01-01 00:00:00', 'mallory', 'query', true, 'x', 'not json', :p, :h, NULL)",
         p="0" * 64, h="1" * 64)
    signed.audit(actor="carol", action="query", securable=ORDERS, allowed=True, reason="after the forgery")
    entries = signed.audit_log(limit=3)
    assert [e.id for e in entries] == [7, 8, 9]
    assert entries[1].details == {"unreadable": "not json"} and entries[2].reason == "after the forgery"
    result = signed.verify_audit()
    assert not result.ok and result.checked == 7
    assert result.problem is not None and result.problem.startswith("audit record 8: chain broken")


def test_a_missing_or_edited_head_checkpoint_is_detected(signed_sqlite: Catalog, key: AuditKey) -> None:
    data = json.loads(key.head_file.read_text())
    key.head_file.write_text(json.dumps({**data, "seq": 9}))
    result = signed_sqlite.verify_audit()
    assert not result.ok and "is not signed with this audit key" in (result.problem or "")
    key.head_file.unlink()
    result = signed_sqlite.verify_audit()
    assert not result.ok and result.problem == (f"the audit head checkpoint {key.head_file} is missing: deleted "
                                                "records at the end could not be detected")


def test_another_key_is_named(signed_sqlite: Catalog, tmp_path: Path) -> None:
    other = AuditKey.generate(tmp_path / "other")
    result = Catalog(signed_sqlite.store, audit_key=other).verify_audit()
    assert not result.ok and result.problem is not None
    assert result.problem.startswith("audit record 1 is signed with another key")


def test_a_store_from_before_signing_verifies_as_a_legacy_segment(store: Store, key: AuditKey) -> None:
    old = Catalog(store)  # no key: how every store was written before signing
    _fill(old, 4)
    new = Catalog(store, audit_key=key)
    new.seal_legacy_head()
    assert json.loads(key.head_file.read_text())["seq"] == 4
    _fill(new, 3)
    result = new.verify_audit()
    assert result.ok, result.problem
    assert (result.legacy, result.signed, result.checked, result.head) == (4, 3, 7, 7)
    assert result.notes[0].startswith("legacy segment: records 1..4 were written before audit signing")
    assert result.notes[1].startswith(f"signed: records 5..7 with audit key {key.key_id}")
    # A process without the key can no longer extend the chain unnoticed.
    old.audit(actor="mallory", action="query", securable=ORDERS, allowed=True, reason="unsigned")
    result = new.verify_audit()
    assert not result.ok and result.problem is not None
    assert result.problem.startswith("audit record 8 is not signed, yet follows signed records")


def test_unsigned_records_past_the_sealed_legacy_head_are_forgeries(sqlite_store: Store, key: AuditKey) -> None:
    old = Catalog(sqlite_store)
    _fill(old, 2)
    Catalog(sqlite_store, audit_key=key).seal_legacy_head()
    old.audit(actor="mallory", action="query", securable=ORDERS, allowed=True, reason="appended")
    result = Catalog(sqlite_store, audit_key=key).verify_audit()
    assert not result.ok and result.problem is not None
    assert result.problem.startswith("audit record 3 is not signed, yet lies past the signed head checkpoint")


def test_a_key_file_readable_by_others_is_refused(tmp_path: Path, settings) -> None:  # type: ignore[no-untyped-def]
    key = AuditKey.load(settings, create=True)
    path = settings.home / "audit.key"
    assert key.created and path.stat().st_mode & 0o777 == 0o600
    assert AuditKey.load(settings).key_id == key.key_id  # read back, not made again
    os.chmod(path, 0o644)
    with pytest.raises(ConfigError, match=r"readable by others \(mode 644\); run `chmod 600 "):
        AuditKey.load(settings)
    os.chmod(path, 0o600)
    path.write_text("not a key\n")
    with pytest.raises(ConfigError, match="is not a key"):
        AuditKey.load(settings)


def test_the_key_can_come_from_the_environment(home: Path) -> None:
    from charter.settings import load_settings

    settings = load_settings(home, environ={"CHARTER_AUDIT_KEY": "s3cret-s3cret-s3cret"})
    key = AuditKey.load(settings)
    assert key.source == "CHARTER_AUDIT_KEY" and not (home / "audit.key").exists()
    assert key.key_id == hmac.new(b"s3cret-s3cret-s3cret", b"charter-audit-key-id", hashlib.sha256).hexdigest()[:16]
    assert "s3cret" not in repr(key) and "s3cret" not in repr(settings)
    with pytest.raises(ConfigError, match="too short"):
        AuditKey.load(load_settings(home, environ={"CHARTER_AUDIT_KEY": "short"}))


def test_concurrent_signed_writers_keep_the_chain_and_the_checkpoint(sqlite_store: Store, key: AuditKey) -> None:
    import threading

    # Separate catalogs and key handles (own locks, own open head files), as separate processes have.
    catalogs = [Catalog(sqlite_store, audit_key=AuditKey.load(_Settings(key))) for _ in range(4)]
    errors: list[BaseException] = []

    def work(cat: Catalog) -> None:
        try:
            for n in range(10):
                cat.audit(actor="w", action="query", securable=None, allowed=True, reason=str(n))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(c,)) for c in catalogs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    result = catalogs[0].verify_audit()
    assert result.ok, result.problem
    assert (result.signed, result.head) == (40, 40)


class _Settings:
    """Just what AuditKey.load reads: the key file and head file of an existing key."""

    def __init__(self, key: AuditKey) -> None:
        from types import SimpleNamespace

        self.home = key.head_file.parent
        self.audit = SimpleNamespace(key=None, key_file=self.home / "audit.key", head_file=key.head_file)


def test_a_key_that_cannot_be_created_is_one_clear_error(tmp_path: Path) -> None:
    from charter.settings import load_settings

    (tmp_path / "home").mkdir()
    (tmp_path / "not-a-dir").write_text("a file where the key's directory should be")
    (tmp_path / "home" / "charter.toml").write_text(f'[audit]\nkey_file = "{tmp_path}/not-a-dir/audit.key"\n')
    with pytest.raises(ConfigError, match=r"^cannot create the audit key .*not-a-dir/audit.key: .*; run `charter init`"):
        AuditKey.load(load_settings(tmp_path / "home", environ={}))


def test_a_forged_row_that_cannot_be_read_is_reported_not_a_crash(signed_sqlite: Catalog) -> None:
    from charter.errors import StoreError

    _sql(signed_sqlite.store, "INSERT INTO catalog_audit (id, ts, actor, action, allowed, reason, details, prev_hash, "
         "hash) VALUES (8, 'not a time', 'mallory', 'query', 1, 'x', '{}', 'x', 'y')")
    signed_sqlite.audit(actor="carol", action="query", securable=ORDERS, allowed=True, reason="still audited")
    result = signed_sqlite.verify_audit()
    assert not result.ok and result.checked == 7
    assert result.problem == "audit record 8 holds a value that cannot be read: forged in the store"
    with pytest.raises(StoreError, match="cannot be read"):
        signed_sqlite.audit_log()
