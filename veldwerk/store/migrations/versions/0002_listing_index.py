"""listing index includes the id tie-breaker

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.drop_index("ix_interview_listing")
        batch_op.create_index("ix_interview_listing", ["deleted_at", "starts_at", "id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("interview", schema=None) as batch_op:
        batch_op.drop_index("ix_interview_listing")
        batch_op.create_index("ix_interview_listing", ["deleted_at", "starts_at"], unique=False)
