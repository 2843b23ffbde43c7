"""Messaging: processed provider message ids (dedupe), SMS opt-outs, documents sent.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Migrations never import application types: UTCDateTime's column is this.
Timestamp = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "inbound_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("message_sid", sa.String(64), nullable=False),
        sa.Column("received_at", Timestamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_inbound_messages"),
        sa.UniqueConstraint("message_sid", name="uq_inbound_messages_message_sid"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "messaging_opt_outs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number_hash", sa.String(64), nullable=False),
        sa.Column("opted_out_at", Timestamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_messaging_opt_outs"),
        sa.UniqueConstraint("number_hash", name="uq_messaging_opt_outs_number_hash"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "case_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=True),
        sa.Column("content_type", sa.String(64), nullable=False),
        sa.Column("size_bytes", sa.Integer(), nullable=False),
        sa.Column("data_enc", sa.Text(), nullable=False),
        sa.Column("created_at", Timestamp, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_case_documents"),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_case_documents_case_id_cases", ondelete="CASCADE"
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_case_documents_case_id", "case_documents", ["case_id"])


def downgrade() -> None:
    op.drop_index("ix_case_documents_case_id", table_name="case_documents")
    op.drop_table("case_documents")
    op.drop_table("messaging_opt_outs")
    op.drop_table("inbound_messages")
