"""Golden sets: loading JSONL and CSV, content-hash versions, splits, tags, corrections, traces."""

from __future__ import annotations

import pytest
from eval_doubles import arithmetic_rows, write_jsonl

from charter.errors import InvalidInput, NotFound
from charter.evals import Datasets, from_traces, load_file, to_csv, to_jsonl
from charter.evals.datasets import parse_ref


def test_flat_jsonl_splits_tags_and_hash(tmp_path):
    ds = load_file(write_jsonl(tmp_path / "sums.jsonl", arithmetic_rows(10)), expect=["expected"])
    assert ds.name == "sums" and len(ds.items) == 10
    first = ds.items[0]
    assert first.inputs == {"a": 0, "b": 0} and first.expectations == {"expected": 0}
    assert ds.splits() == {"dev": 5, "test": 5}
    assert ds.tags() == {"large": 5, "small": 5}
    assert len(ds.split("dev").items) == 5
    again = load_file(write_jsonl(tmp_path / "again.jsonl", arithmetic_rows(10)), expect=["expected"])
    assert again.version == ds.version
    rows = arithmetic_rows(10)
    rows[3]["expected"] = 99
    changed = load_file(write_jsonl(tmp_path / "changed.jsonl", rows), expect=["expected"])
    assert changed.version != ds.version
    with pytest.raises(NotFound, match="split 'train'"):
        ds.split("train")


def test_csv_and_roundtrips(tmp_path):
    p = tmp_path / "g.csv"
    p.write_text('id,question,answer,tags,split\nc1,What is 2+2?,4,math;easy,dev\nc2,"Capital of France?",Paris,geo,test\n')
    ds = load_file(p, expect=["answer"])
    assert ds.items[0].tags == ["math", "easy"] and ds.items[0].expectations == {"answer": "4"}
    back = load_file(_write(tmp_path / "rt.jsonl", to_jsonl(ds)))
    assert [i.model_dump() for i in back.items] == [i.model_dump() for i in ds.items]
    assert back.version == ds.version
    csv_back = load_file(_write(tmp_path / "rt.csv", to_csv(ds)), expect=["answer"])
    assert csv_back.items[1].expectations == {"answer": "Paris"} and csv_back.items[1].split == "test"


def _write(p, text):
    p.write_text(text)
    return p


def test_bad_rows_name_the_line(tmp_path):
    p = tmp_path / "bad.jsonl"
    p.write_text('{"id": "a", "q": 1}\nnot json\n')
    with pytest.raises(InvalidInput, match=r"bad.jsonl:2"):
        load_file(p)
    p.write_text('{"id": "a", "q": 1}\n{"id": "a", "q": 2}\n')
    with pytest.raises(InvalidInput, match="'a' appears twice"):
        load_file(p)
    p.write_text('{"id": "a", "expected": 1}\n')
    with pytest.raises(InvalidInput, match="no input fields"):
        load_file(p, expect=["expected"])


def test_store_versions_get_and_corrections(store, tmp_path):
    sets = Datasets(store)
    ds = load_file(write_jsonl(tmp_path / "sums.jsonl", arithmetic_rows(6)), expect=["expected"])
    v1 = sets.add(ds)
    assert sets.add(ds).version == v1.version and len(sets.versions("sums")) == 1
    got = sets.get("sums:dev")
    assert [i.id for i in got.items] == ["q000", "q002", "q004"] and got.version == ds.version
    v2 = sets.correct("sums", "q002", author="expert", expectations={"expected": 5}, reason="b is 2",
                      trace_id="t" * 32)
    assert v2.version != v1.version and sets.get("sums").version == v2.version
    assert sets.get(f"sums@{v1.version[:8]}").items[2].expectations == {"expected": 4}
    (c,) = sets.corrections("sums")
    assert c["author"] == "expert" and c["before"]["expectations"] == {"expected": 4}
    assert c["after"]["expectations"] == {"expected": 5} and c["trace_id"] == "t" * 32
    with pytest.raises(NotFound, match="did you mean 'sums'"):
        sets.get("sum")
    with pytest.raises(NotFound, match="no item 'zz'"):
        sets.correct("sums", "zz", author="x", expectations={})


def test_ref_parsing_and_from_traces():
    assert parse_ref("finql@abc123:dev") == ("finql", "abc123", "dev")
    assert parse_ref("finql") == ("finql", None, None)

    class T:
        trace_id, principal, agent = "f" * 32, "alice", "toy"
        inputs, outputs = {"q": "hi"}, {"answer": "yo"}

    ds = from_traces([T()], name="from-prod", split="dev")
    assert ds.items[0].inputs == {"q": "hi"} and ds.items[0].expectations == {"answer": "yo"}
    assert ds.items[0].principal == "alice" and ds.items[0].metadata["trace_id"] == "f" * 32
