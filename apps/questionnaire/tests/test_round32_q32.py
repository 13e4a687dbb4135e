"""Round 32 (q32): the reranker as data, a weight per retrieval signal, fitted pairwise on the tuning sets.

``retrieve.SIGNALS`` are what retrieval already knows of each fused candidate; ``rerank.fit`` weighs them so the
key-fact passage of each tuning question comes before the others; ``reranker.json`` holds the shipped weights and
``questionnaire fit-reranker`` refits them. The fit is deterministic, never reads a held-out set, and a constructed
case shows what it learns: a signal that marks the key passage outweighs the fused position that does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from charter.runtime import Charter
from questionnaire import rerank
from questionnaire.retrieve import SIGNALS, Retriever, rerank_score, reranker_weights


def _signals(**given: float) -> dict[str, float]:
    return {name: float(given.get(name, 0.0)) for name in SIGNALS}


def _records(n: int = 12) -> list[rerank.Record]:
    """Questions whose key passage is third in the fused list but the only one whose best claim names the question's
    terms together; the two above it share the words (coverage) without a claim."""
    out = []
    for q in range(n):
        lead = 0.1 * (q % 3)
        cands = [
            {"chunk_id": f"words{q}#1", "relevant": False,
             "signals": _signals(fused=1.0, coverage=0.9, claim=0.2 + lead, lexical=1.0)},
            {"chunk_id": f"words{q}#2", "relevant": False,
             "signals": _signals(fused=0.8, coverage=0.8, claim=0.1, dense=0.9)},
            {"chunk_id": f"key{q}#1", "relevant": True,
             "signals": _signals(fused=0.6, coverage=0.8, claim=0.9, heading=0.5, rarest=1.0)},
            {"chunk_id": f"other{q}#1", "relevant": False, "signals": _signals(fused=0.4, coverage=0.3, claim=0.3)},
        ]
        out.append({"set": f"tune{'' if q % 2 else 2}", "id": f"q{q}", "candidates": cands})
    return out


def test_the_fitted_reranker_orders_the_key_passage_first_where_the_fused_list_does_not() -> None:
    recs = _records()
    fused_only = reranker_weights({"fused": 1.0})
    assert rerank.recall(recs, fused_only)[1] == 0.0 and rerank.recall(recs, fused_only)[3] == 1.0
    weights = rerank.fit(recs)
    assert rerank.recall(recs, weights) == {1: 1.0, 3: 1.0, 5: 1.0, 10: 1.0}
    assert weights["claim"] > 0 and weights["claim"] > weights["fused"]
    # The order is retrieval's: the key passage first of the constructed question.
    assert [recs[0]["candidates"][i]["chunk_id"] for i in rerank.order(weights, recs[0]["candidates"])][0] == "key0#1"


def test_the_fit_is_deterministic_and_scaled_to_its_largest_weight() -> None:
    recs = _records()
    first, again = rerank.fit(recs), rerank.fit(json.loads(json.dumps(recs)))
    assert first == again
    assert max(abs(v) for v in first.values()) == 1.0 and set(first) == set(SIGNALS)


def test_a_question_without_a_key_passage_or_without_another_candidate_adds_no_pair() -> None:
    recs = _records()
    none = {"set": "tune", "id": "none", "candidates": [dict(c, relevant=False) for c in recs[0]["candidates"]]}
    every = {"set": "tune", "id": "every", "candidates": [dict(c, relevant=True) for c in recs[0]["candidates"]]}
    assert rerank.fit([*recs, none, every]) == rerank.fit(recs)
    with pytest.raises(ValueError, match="no question"):
        rerank.fit([none, every])


def test_a_signal_left_out_of_the_fit_weighs_nothing() -> None:
    weights = rerank.fit(_records(), signals=["coverage"])
    assert weights["coverage"] == 1.0 and all(v == 0.0 for k, v in weights.items() if k != "coverage")
    # The words alone do not tell the key passage from the ones above it, which name as many or more.
    assert rerank.recall(_records(), weights)[1] == 0.0


def test_cross_validation_ranks_each_set_with_weights_fitted_on_the_others() -> None:
    cv = rerank.cross_validate(_records(), baseline=reranker_weights({"fused": 1.0}))
    assert set(cv["folds"]) == {"tune", "tune2"} and cv["all"]["n"] == 12
    assert cv["all"]["fitted"][1] == 1.0 and cv["all"]["baseline"][1] == 0.0
    assert all(f["n"] == 6 for f in cv["folds"].values())


def test_the_reranker_is_never_fitted_on_a_held_out_set() -> None:
    with pytest.raises(ValueError, match="held-out"):
        rerank.record(None, ["tune", "heldout2"])


def test_weights_name_known_signals_and_the_round_7_tuple_still_reads() -> None:
    assert reranker_weights((0.125, 1.0, 0.5, 0.0, 0.0)) == _signals(dense=0.125, coverage=1.0, fused=0.5)
    with pytest.raises(ValueError, match="unknown reranker signals"):
        reranker_weights({"fused": 1.0, "popularity": 2.0})
    assert rerank_score(_signals(fused=2.0, claim=1.0), _signals(fused=0.5, claim=0.5, dense=1.0)) == 1.5


def test_the_retriever_reads_the_shipped_weights_and_saves_a_refit(tmp_path: Path) -> None:
    shipped = rerank.shipped()
    assert set(shipped) == set(SIGNALS)
    out = tmp_path / "reranker.json"
    rerank.save(rerank.fit(_records()), "test fit", out)
    assert rerank.shipped(out) == rerank.fit(_records())
    assert json.loads(out.read_text())["note"] == "test fit"


def test_the_retriever_records_each_fused_candidate_s_signals_and_ranks_by_them(corpus_charter: Charter) -> None:
    r = Retriever(corpus_charter, "external-analyst")
    res = r.retrieve("Which databases can Charter govern?", 5)
    assert set(res.signals) == set(res.fused)
    for cid in res.fused:
        sig = res.signals[cid]
        assert set(sig) == set(SIGNALS) and all(0.0 <= v <= 1.0 + 1e-9 for v in sig.values())
    scores = [rerank_score(r.weights, res.signals[cid]) for cid in res.reranked]
    assert scores == sorted(scores, reverse=True)
    assert [p.chunk.chunk_id for p in res.passages] == res.reranked[: len(res.passages)]
    # Another reranker reorders the same candidates: the fused list itself, by its position alone.
    fused = Retriever(corpus_charter, "external-analyst", weights={"fused": 1.0}).retrieve(
        "Which databases can Charter govern?", 5)
    assert fused.reranked == fused.fused


def test_fit_reranker_refits_from_recorded_retrievals_and_reports_out_of_fold(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from questionnaire.cli import main

    recs = tmp_path / "records.json"
    recs.write_text(json.dumps(_records()))
    out = tmp_path / "reranker.json"
    try:
        main(["fit-reranker", "--records", str(recs), "--check-only", "--out", str(out)])
    except SystemExit as exc:
        assert not exc.code
    text = capsys.readouterr().out
    assert "tune (6): recall@1/3/5/10 shipped" in text and "out of fold 1.00 / 1.00 / 1.00 / 1.00" in text
    assert not out.exists()                                      # --check-only writes nothing
    try:
        main(["fit-reranker", "--records", str(recs), "--out", str(out)])
    except SystemExit as exc:
        assert not exc.code
    assert rerank.shipped(out) == rerank.fit(_records())


@pytest.mark.parametrize("content", ["not json", "[]", '[{"set": "tune"}]', '{"weights": {}}'])
def test_fit_reranker_names_a_records_file_that_is_not_one(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           content: str) -> None:
    from questionnaire.cli import main

    recs = tmp_path / "records.json"
    recs.write_text(content)
    out = tmp_path / "reranker.json"
    with pytest.raises(SystemExit) as exc:
        main(["fit-reranker", "--records", str(recs), "--out", str(out)])
    assert exc.value.code
    err = capsys.readouterr().err
    assert str(recs) in err and "Traceback" not in err
    assert not out.exists()


def test_fit_reranker_refuses_an_out_path_in_a_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from questionnaire.cli import main

    recs = tmp_path / "records.json"
    recs.write_text(json.dumps(_records()))
    with pytest.raises(SystemExit) as exc:
        main(["fit-reranker", "--records", str(recs), "--out", str(tmp_path / "nowhere" / "reranker.json")])
    assert exc.value.code
    assert "does not exist" in capsys.readouterr().err
