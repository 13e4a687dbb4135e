"""models: usage records and the response cache.

Revision ID: models_0001
Revises: 0001_base
"""

import sqlalchemy as sa
from alembic import op

revision = "models_0001"
down_revision = "0001_base"
branch_labels = ("models",)
depends_on = None


def upgrade() -> None:
    op.create_table(
        "models_usage",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("principal", sa.String(200), nullable=False),
        sa.Column("agent", sa.String(200), nullable=True),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("provider", sa.String(50), nullable=False),
        sa.Column("input_tokens", sa.Integer, nullable=False),
        sa.Column("output_tokens", sa.Integer, nullable=False),
        sa.Column("latency_s", sa.Float, nullable=False),
        sa.Column("cost_usd", sa.Float, nullable=False),
        sa.Column("outcome", sa.String(50), nullable=False),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("cached", sa.Boolean, nullable=False),
        sa.Column("trace_id", sa.String(64), nullable=True),
    )
    op.create_index("ix_models_usage_at", "models_usage", ["at"])
    op.create_index("ix_models_usage_principal", "models_usage", ["principal"])
    op.create_index("ix_models_usage_model", "models_usage", ["model"])
    op.create_table(
        "models_cache",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("model", sa.String(200), nullable=False),
        sa.Column("response", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("models_cache")
    op.drop_table("models_usage")
