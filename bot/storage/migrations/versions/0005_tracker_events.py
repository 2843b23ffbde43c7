"""Rasa's conversation events, encrypted (the tracker store of bot.storage).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tracker_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sender_hash", sa.String(64), nullable=False),
        sa.Column("type_name", sa.String(64), nullable=False),
        sa.Column("timestamp", sa.Float(), nullable=True),
        sa.Column("data_enc", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_tracker_events"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_tracker_events_sender_hash_id", "tracker_events", ["sender_hash", "id"])


def downgrade() -> None:
    op.drop_index("ix_tracker_events_sender_hash_id", table_name="tracker_events")
    op.drop_table("tracker_events")
