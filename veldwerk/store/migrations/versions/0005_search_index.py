"""search index for the interview list's text filter (FTS5, kept by triggers)

Revision ID: 0005
Revises: 0004
"""
from alembic import op

from veldwerk.search import index


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    index.install(op.get_bind())


def downgrade() -> None:
    connection = op.get_bind()
    for source in ("interview", "participant"):
        for event in ("insert", "update", "delete"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{source}_{event}")
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS search_{source}")
    connection.exec_driver_sql("DROP TABLE IF EXISTS search_key")
