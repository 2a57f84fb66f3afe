"""bundles: base versions in the change log, sequence numbers never reused, the outbox,
withdrawals by participant id

Revision ID: 0006
Revises: 0005
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('outbox',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('seq_after', sa.Integer(), nullable=False),
    sa.Column('seq_through', sa.Integer(), nullable=False),
    sa.Column('previous_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('group_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('part', sa.Integer(), nullable=False),
    sa.Column('parts', sa.Integer(), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.Column('media', sa.Integer(), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('state', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('next_try_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('made_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('delivered_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('receipted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outbox'))
    )
    op.create_table('sent_media',
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('bundle_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sent_media'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('base_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True))
        batch_op.add_column(sa.Column('base_seq', sa.Integer(), nullable=True))

    with op.batch_alter_table('withdrawal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_withdrawal_participant_id'), ['participant_id'], unique=False)

    connection = op.get_bind()
    # Withdrawals found their person by code; the id says it for good (codes can clash
    # once several laptops mint them). An erased person's row is gone: they stay ''.
    connection.exec_driver_sql(
        "UPDATE withdrawal SET participant_id = coalesce((SELECT p.id FROM participant p "
        "WHERE upper(p.code) = upper(withdrawal.participant_code)), '')")
    # A sequence number is never handed out twice: whatever leaves the log (compaction,
    # an erasure) raises the device's floor, and numbering continues above it.
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(
            "CREATE FUNCTION change_log_floor() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "INSERT INTO veldwerk_meta (key, value) VALUES ('seq_floor:' || OLD.device_id, "
            "OLD.seq::text) ON CONFLICT (key) DO UPDATE SET value = greatest("
            "veldwerk_meta.value::integer, OLD.seq)::text; RETURN OLD; END $$")
        connection.exec_driver_sql(
            "CREATE TRIGGER change_log_floor AFTER DELETE ON change_log FOR EACH ROW "
            "EXECUTE FUNCTION change_log_floor()")
        return
    connection.exec_driver_sql(
        "CREATE TRIGGER change_log_floor AFTER DELETE ON change_log BEGIN "
        "INSERT INTO veldwerk_meta (key, value) VALUES ('seq_floor:' || OLD.device_id, "
        "OLD.seq) ON CONFLICT(key) DO UPDATE SET value = max(CAST(value AS INTEGER), "
        "OLD.seq); END")


def downgrade() -> None:
    connection = op.get_bind()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS change_log_floor ON change_log")
        connection.exec_driver_sql("DROP FUNCTION IF EXISTS change_log_floor()")
    else:
        connection.exec_driver_sql("DROP TRIGGER IF EXISTS change_log_floor")
    with op.batch_alter_table('withdrawal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_withdrawal_participant_id'))
        batch_op.drop_column('participant_id')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_column('base_seq')
        batch_op.drop_column('base_device')
    op.drop_table('sent_media')
    op.drop_table('outbox')
