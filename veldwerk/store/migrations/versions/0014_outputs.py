"""outputs: whether a team member agreed to be named in what leaves the app, and the
metadata a data archive's deposit asks (licence, rights holder, discipline, access, contact)

Outputs name a team member by role and number unless ``team_member.named`` is set: team
members who are residents themselves are not named without their word. The deposit's
metadata is asked once and kept with the project (empty: not asked yet).

Revision ID: 0014
Revises: 0013
"""
import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None

DEPOSIT = ('deposit_licence', 'deposit_rights_holder', 'deposit_audience',
           'deposit_access', 'deposit_contact')


def upgrade() -> None:
    # Plain ADD COLUMNs with constant defaults: batch mode would copy the tables that other
    # tables' foreign keys point at.
    op.add_column('team_member', sa.Column('named', sa.Boolean(), nullable=False,
                                           server_default=sa.false()))
    for column in DEPOSIT:
        op.add_column('project', sa.Column(column, sqlmodel.sql.sqltypes.AutoString(),
                                           nullable=False, server_default=''))


def downgrade() -> None:
    dropped = [('team_member', 'named')] + [('project', column) for column in DEPOSIT]
    for table, column in dropped:
        if op.get_bind().dialect.name == 'sqlite':  # SQLite 3.35+ drops a column in place
            op.execute(f'ALTER TABLE {table} DROP COLUMN {column}')
        else:
            op.drop_column(table, column)
