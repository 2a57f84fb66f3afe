"""initial schema

Revision ID: 0001
Revises: 
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('change_log',
    sa.Column('device_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('row_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('op', sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
    sa.Column('row', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('logged_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('bundle_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.PrimaryKeyConstraint('device_id', 'seq', name=op.f('pk_change_log'))
    )
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_row', ['table_name', 'row_id'], unique=False)

    op.create_table('project',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project'))
    )
    op.create_table('veldwerk_meta',
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
    sa.Column('value', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_veldwerk_meta'))
    )
    op.create_table('guide',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('project_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('lineage_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_guide_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guide')),
    sa.UniqueConstraint('lineage_id', 'version', name=op.f('uq_guide_lineage_id'))
    )
    with op.batch_alter_table('guide', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guide_lineage_id'), ['lineage_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_guide_project_id'), ['project_id'], unique=False)

    op.create_table('neighbourhood',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('project_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('code_prefix', sqlmodel.sql.sqltypes.AutoString(length=8), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_neighbourhood_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_neighbourhood'))
    )
    with op.batch_alter_table('neighbourhood', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_neighbourhood_project_id'), ['project_id'], unique=False)

    op.create_table('phase',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('project_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_phase_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_phase'))
    )
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phase_project_id'), ['project_id'], unique=False)

    op.create_table('team_member',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('project_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_team_member_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_team_member'))
    )
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_team_member_project_id'), ['project_id'], unique=False)

    op.create_table('interview',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('project_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column('starts_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('neighbourhood_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('phase_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('guide_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('status', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('tags', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('summary', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['guide_id'], ['guide.id'], name=op.f('fk_interview_guide_id_guide')),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['neighbourhood.id'], name=op.f('fk_interview_neighbourhood_id_neighbourhood')),
    sa.ForeignKeyConstraint(['phase_id'], ['phase.id'], name=op.f('fk_interview_phase_id_phase')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_interview_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interview'))
    )
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.create_index('ix_interview_listing', ['deleted_at', 'starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_project_id'), ['project_id'], unique=False)

    op.create_table('participant',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('project_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('code', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('neighbourhood_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('age_band', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('deleted_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['neighbourhood_id'], ['neighbourhood.id'], name=op.f('fk_participant_neighbourhood_id_neighbourhood')),
    sa.ForeignKeyConstraint(['project_id'], ['project.id'], name=op.f('fk_participant_project_id_project')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('project_id', 'code', name=op.f('uq_participant_project_id'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_project_id'), ['project_id'], unique=False)

    op.create_table('topic',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('guide_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column('question', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('help_text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('answer_type', sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column('choices', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['guide_id'], ['guide.id'], name=op.f('fk_topic_guide_id_guide')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_topic'))
    )
    with op.batch_alter_table('topic', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_topic_guide_id'), ['guide_id'], unique=False)

    op.create_table('interview_interviewer',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('interview_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('member_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], name=op.f('fk_interview_interviewer_interview_id_interview')),
    sa.ForeignKeyConstraint(['member_id'], ['team_member.id'], name=op.f('fk_interview_interviewer_member_id_team_member')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interview_interviewer')),
    sa.UniqueConstraint('interview_id', 'member_id', name=op.f('uq_interview_interviewer_interview_id'))
    )
    with op.batch_alter_table('interview_interviewer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_interviewer_interview_id'), ['interview_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_interviewer_member_id'), ['member_id'], unique=False)

    op.create_table('interview_participant',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('interview_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], name=op.f('fk_interview_participant_interview_id_interview')),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_interview_participant_participant_id_participant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interview_participant')),
    sa.UniqueConstraint('interview_id', 'participant_id', name=op.f('uq_interview_participant_interview_id'))
    )
    with op.batch_alter_table('interview_participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_participant_interview_id'), ['interview_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_participant_participant_id'), ['participant_id'], unique=False)

    op.create_table('note',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('interview_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('topic_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['interview_id'], ['interview.id'], name=op.f('fk_note_interview_id_interview')),
    sa.ForeignKeyConstraint(['topic_id'], ['topic.id'], name=op.f('fk_note_topic_id_topic')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_note')),
    sa.UniqueConstraint('interview_id', 'topic_id', name=op.f('uq_note_interview_id'))
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_interview_id'), ['interview_id'], unique=False)

    op.create_table('participant_identity',
    sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('origin_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_device', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.Column('participant_id', sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('address', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], name=op.f('fk_participant_identity_participant_id_participant')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant_identity')),
    sa.UniqueConstraint('participant_id', name=op.f('uq_participant_identity_participant_id'))
    )


def downgrade() -> None:
    op.drop_table('participant_identity')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_interview_id'))

    op.drop_table('note')
    with op.batch_alter_table('interview_participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interview_participant_participant_id'))
        batch_op.drop_index(batch_op.f('ix_interview_participant_interview_id'))

    op.drop_table('interview_participant')
    with op.batch_alter_table('interview_interviewer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interview_interviewer_member_id'))
        batch_op.drop_index(batch_op.f('ix_interview_interviewer_interview_id'))

    op.drop_table('interview_interviewer')
    with op.batch_alter_table('topic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_topic_guide_id'))

    op.drop_table('topic')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_project_id'))

    op.drop_table('participant')
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interview_project_id'))
        batch_op.drop_index('ix_interview_listing')

    op.drop_table('interview')
    with op.batch_alter_table('team_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_team_member_project_id'))

    op.drop_table('team_member')
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phase_project_id'))

    op.drop_table('phase')
    with op.batch_alter_table('neighbourhood', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_neighbourhood_project_id'))

    op.drop_table('neighbourhood')
    with op.batch_alter_table('guide', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_guide_project_id'))
        batch_op.drop_index(batch_op.f('ix_guide_lineage_id'))

    op.drop_table('guide')
    op.drop_table('veldwerk_meta')
    op.drop_table('project')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_row')

    op.drop_table('change_log')
