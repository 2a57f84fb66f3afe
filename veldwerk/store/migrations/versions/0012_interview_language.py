"""interview language: the language a project's interviews are held in (project.language)

A field of the project, not of each interview: the coordinator chooses it when making the
project. Existing projects were Dutch: 'nl'.

Revision ID: 0012
Revises: 0011
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN (SQLite takes one with a constant default): batch mode would copy
    # the project table, which every other table's foreign keys point at.
    op.add_column('project', sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8),
                                       nullable=False, server_default='nl'))


def downgrade() -> None:
    if op.get_bind().dialect.name == 'sqlite':  # SQLite 3.35+ drops a column in place
        op.execute('ALTER TABLE project DROP COLUMN language')
    else:
        op.drop_column('project', 'language')
