"""How questionnaire answers read in the review app, and what a reviewer's correction becomes.

Registered under ``charter.views`` for the agent ``questionnaire`` (the agent every answer's trace is
recorded under): a reviewer who marks an answer wrong in the review app and writes the corrected answer
files it as a governed past answer with its provenance (``feedback.record_from_trace``), so the next
questionnaire reuses it; the golden set keeps it too, as for any agent.
"""

from __future__ import annotations

from typing import Any

from charter.agents.views import View


class QuestionnaireView(View):
    """The default rendering; a correction saved in the review app becomes a past answer."""

    def reviewed(self, charter: Any, trace: Any, *, verdict: str, corrected: str, reviewer: str) -> None:
        """A ``wrong`` verdict's corrected answer is recorded as a past answer (classification: the most
        restrictive of the passages the draft cited; refused, with nothing saved, for a reviewer outside the
        ``reviewers`` group or without that clearance)."""
        if verdict != "wrong" or not corrected.strip():
            return
        from questionnaire.feedback import clearance, record_from_trace
        from questionnaire.store import chunk_classifications

        outputs = getattr(getattr(trace, "root", None), "outputs", None)
        cited = (outputs or {}).get("citations") if isinstance(outputs, dict) else None
        # A draft that cited nothing (the concept gate's) has no class to inherit: the reviewer's own clearance,
        # the most restrictive, so nothing they wrote reaches a reader they could not have shown it to.
        classification = None if cited and chunk_classifications(charter, cited) else clearance(charter, reviewer)
        record_from_trace(charter, trace.trace_id, corrected=corrected, reviewer=reviewer,
                          classification=classification)
