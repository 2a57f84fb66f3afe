"""consent

Revision ID: 0004
Revises: 0003
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('consent_template',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('project_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('lineage_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('language', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('sections', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('scopes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('retention_date', sa.Date(), nullable=True),
    sa.Column('content_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_consent_template_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_template'))
    )
    with op.batch_alter_table('consent_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_template_lineage_id'), ['lineage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_template_project_id'), ['project_id'], unique=False)

    op.create_table('withdrawal',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('project_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('participant_code', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('reason', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('withdrawn_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('by', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('erased', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_withdrawal_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_withdrawal'))
    )
    with op.batch_alter_table('withdrawal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_withdrawal_participant_code'), ['participant_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_withdrawal_project_id'), ['project_id'], unique=False)

    op.create_table('consent_evidence',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('media_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('duration_ms', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_consent_evidence_participant_id_participant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_evidence'))
    )
    with op.batch_alter_table('consent_evidence', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_evidence_participant_id'), ['participant_id'], unique=False)

    op.create_table('consent_record',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('template_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('template_hash', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('scopes', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('method', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('evidence_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('given_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('interviewer_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('document_name', sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
    sa.Column('document_sha256', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.ForeignKeyConstraint(['evidence_id'], ['consent_evidence.id'], name=op.f('fk_consent_record_evidence_id_consent_evidence')),
    sa.ForeignKeyConstraint(['interviewer_id'], ['team_member.id'], name=op.f('fk_consent_record_interviewer_id_team_member')),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_consent_record_participant_id_participant')),
    sa.ForeignKeyConstraint(['template_id'], ['consent_template.id'], name=op.f('fk_consent_record_template_id_consent_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent_record'))
    )
    with op.batch_alter_table('consent_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_record_participant_id'), ['participant_id'], unique=False)

    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.add_column(sa.Column('retention_date', sa.Date(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('project', schema=None) as batch_op:
        batch_op.drop_column('retention_date')

    with op.batch_alter_table('consent_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_record_participant_id'))

    op.drop_table('consent_record')
    with op.batch_alter_table('consent_evidence', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_evidence_participant_id'))

    op.drop_table('consent_evidence')
    with op.batch_alter_table('withdrawal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_withdrawal_project_id'))
        batch_op.drop_index(batch_op.f('ix_withdrawal_participant_code'))

    op.drop_table('withdrawal')
    with op.batch_alter_table('consent_template', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_template_project_id'))
        batch_op.drop_index(batch_op.f('ix_consent_template_lineage_id'))

    op.drop_table('consent_template')
