"""Fit the meaning matcher's threshold and margin on the dev split (never on test or held-out sets).

``python -m finql.translate.fit`` runs the rules-only chain over the dev questions whose leftover
words go to the meaning matcher, for a grid of (threshold, margin), scores each reading by
execution (SPEC section 4, as the case's principal) and prints the grid; the chosen pair
(correct minus twice the wrong answers, then the higher threshold and margin) is the default of
``ResolveSenses`` (``SensesConfig``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from finql.translate.pipeline import leftover_chunks, translate

DEV = Path(__file__).resolve().parent.parent / "golden" / "dev.jsonl"
THRESHOLDS = (0.88, 0.9, 0.91, 0.92, 0.93, 0.94, 0.95, 0.96)
MARGINS = (0.0, 0.01, 0.015, 0.02, 0.03)


def _meaning_cases(cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cases with words left over after names and spellings: the only ones the two numbers change."""
    out = []
    for c in cases:
        a = translate(c["question"], None)
        if a.unresolved or any(leftover_chunks(a)):
            out.append(c)
    return out


def fit(env: Any, index: Any, path: Path = DEV) -> tuple[tuple[float, float], list[tuple[float, float, int, int, int]]]:
    """The best (threshold, margin) and the grid: (threshold, margin, correct, wrong, n)."""
    from finql.scorer import execution_match

    if "heldout" in path.name or "test" in path.name:
        raise ValueError("fit only on the dev split")
    cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    cases = _meaning_cases(cases)
    score = execution_match(env)
    grid = []
    for t in THRESHOLDS:
        for m in MARGINS:
            ok = wrong = 0
            for c in cases:
                a = translate(c["question"], index, t, m)
                query = a.reading.query() if a.reading else None
                s = score(inputs={"principal": c.get("principal", "analyst")},
                          outputs={"query": query, "refusal": a.refusal},
                          expectations={"query": c.get("query"), "refusal": c.get("refusal")})
                ok += bool(s.passed)
                wrong += (not s.passed) and query is not None
            grid.append((t, m, ok, wrong, len(cases)))
    # a wrong answer costs more than a refusal; among equals the stricter pair (higher threshold, wider margin)
    best = max(grid, key=lambda g: (g[2] - 2 * g[3], g[0], g[1]))
    return (best[0], best[1]), grid


def main() -> None:
    from charter.data.embeddings import get_embedder
    from finql.runtime import open_env
    from finql.translate.senses import sense_index

    env = open_env(build_if_missing=False)
    assert env.charter is not None
    index = sense_index(get_embedder(env.charter.settings), Path(env.charter.settings.home) / "finql")
    (t, m), grid = fit(env, index)
    print("threshold margin correct wrong n")
    for row in grid:
        print(*row)
    print(f"best: threshold={t} margin={m}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
