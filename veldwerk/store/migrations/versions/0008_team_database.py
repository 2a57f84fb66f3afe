"""team database: on PostgreSQL, foreign keys checked at the commit when a merge asks

A bundle's entries are not parent-before-child, so the merge defers foreign keys to the
commit (``store/rows.defer_foreign_keys``). SQLite defers any key on request;
PostgreSQL only those declared DEFERRABLE. Nothing changes on SQLite.

Revision ID: 0008
Revises: 0007
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def _foreign_keys() -> list[tuple[str, str]]:
    inspector = sa.inspect(op.get_bind())
    return [(table, key["name"]) for table in inspector.get_table_names()
            for key in inspector.get_foreign_keys(table) if key.get("name")]


def upgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for table, name in _foreign_keys():
        connection.exec_driver_sql(
            f'ALTER TABLE "{table}" ALTER CONSTRAINT "{name}" DEFERRABLE INITIALLY IMMEDIATE')


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name != "postgresql":
        return
    for table, name in _foreign_keys():
        connection.exec_driver_sql(f'ALTER TABLE "{table}" ALTER CONSTRAINT "{name}" '
                                   "NOT DEFERRABLE")
