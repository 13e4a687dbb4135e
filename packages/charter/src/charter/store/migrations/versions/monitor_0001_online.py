"""monitor: observations and feedback of live traces, attached scorers, alert rules, alerts, webhook
deliveries, traces offered to reviewers.

Revision ID: monitor_0001
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "monitor_0001"
down_revision = "0001_base"
branch_labels = ("monitor",)
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "monitor_observations",
        sa.Column("trace_id", sa.String(32), primary_key=True),
        sa.Column("agent", sa.String(200), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("principal", sa.String(200), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("hour", sa.Integer, nullable=False),
        sa.Column("latency_ms", sa.Float, nullable=False),
        sa.Column("error", sa.Boolean, nullable=False),
        sa.Column("refused", sa.Boolean, nullable=False),
        sa.Column("tokens", sa.Integer, nullable=False),
        sa.Column("cost_usd", sa.Float, nullable=False),
        sa.Column("quality", sa.Float, nullable=True),
        sa.Column("quality_n", sa.Integer, nullable=False),
        sa.Column("question", sa.Text, nullable=False),
    )
    op.create_index("ix_monitor_observations_agent_at", "monitor_observations", ["agent", "at"])
    op.create_index("ix_monitor_observations_principal_at", "monitor_observations", ["principal", "at"])
    op.create_table(
        "monitor_feedback",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("trace_id", sa.String(32), nullable=False, index=True),
        sa.Column("agent", sa.String(200), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("at", TS, nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("value", sa.Float, nullable=True),
        sa.Column("passed", sa.Boolean, nullable=True),
        sa.Column("measurable", sa.Boolean, nullable=False),
        sa.Column("rationale", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_monitor_feedback_agent_name_at", "monitor_feedback", ["agent", "name", "at"])
    op.create_table(
        "monitor_scorers",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("agent", sa.String(200), nullable=False, index=True),
        sa.Column("spec", sa.String(1000), nullable=False),
        sa.Column("sample", sa.Float, nullable=True),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("agent", "spec", name="uq_monitor_scorers_agent_spec"),
    )
    op.create_table(
        "monitor_rules",
        sa.Column("name", sa.String(200), primary_key=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "monitor_alerts",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("rule", sa.String(200), nullable=False, index=True),
        sa.Column("agent", sa.String(200), nullable=False),
        sa.Column("metric", sa.String(200), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("open_key", sa.String(300), nullable=True, unique=True),
        sa.Column("value", sa.Float, nullable=True),
        sa.Column("last_value", sa.Float, nullable=True),
        sa.Column("n", sa.Integer, nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.Column("fired_at", TS, nullable=False),
        sa.Column("resolved_at", TS, nullable=True),
    )
    op.create_table(
        "monitor_deliveries",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("alert_id", sa.Integer, nullable=False, index=True),
        sa.Column("event", sa.String(20), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_at", TS, nullable=False),
        sa.Column("last_error", sa.Text, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("sent_at", TS, nullable=True),
    )
    op.create_index("ix_monitor_deliveries_status_next_at", "monitor_deliveries", ["status", "next_at"])
    op.create_table(
        "monitor_review",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("trace_id", sa.String(32), nullable=False),
        sa.Column("agent", sa.String(200), nullable=False, index=True),
        sa.Column("source", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("dataset", sa.String(200), nullable=True),
        sa.Column("created_at", TS, nullable=False, index=True),
        sa.UniqueConstraint("trace_id", "source", name="uq_monitor_review_trace_source"),
    )


def downgrade() -> None:
    for name in ("monitor_review", "monitor_deliveries", "monitor_alerts", "monitor_rules", "monitor_scorers",
                 "monitor_feedback", "monitor_observations"):
        op.drop_table(name)
