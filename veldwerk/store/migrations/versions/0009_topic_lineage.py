"""topic lineage: a topic keeps one identity across the versions of its guide; a
withdrawal that erased someone names the group conversations kept without them

Each guide version has topics of its own (interviews keep the version they were written
with); ``lineage_id`` says which earlier topic a topic continues, so an export codes every
version's notes with one code. Existing topics continue the topic of the same title in
the guide's previous version; the others begin a lineage of their own.

``withdrawal.kept_interviews`` lists the group conversations an erasure kept (the others
in them stay): outputs leave them out of quotes. Earlier erasures did not say: '[]'.

Revision ID: 0009
Revises: 0008
"""
from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('topic', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lineage_id', sqlmodel.sql.sqltypes.AutoString(length=36),
                                      nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_topic_lineage_id'), ['lineage_id'], unique=False)
    with op.batch_alter_table('withdrawal', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kept_interviews', sqlmodel.sql.sqltypes.AutoString(),
                                      nullable=False, server_default='[]'))
    connection = op.get_bind()
    lineages: dict[tuple[str, str], str] = {}
    updates = []
    for topic_id, title, guide_lineage in connection.execute(sa.text(
            "SELECT t.id, t.title, g.lineage_id FROM topic t JOIN guide g ON g.id = t.guide_id "
            "ORDER BY g.lineage_id, g.version, t.position, t.id")):
        key = (guide_lineage, title.strip().casefold())
        lineage = lineages.setdefault(key, topic_id)
        updates.append({"i": topic_id, "l": lineage})
    if updates:
        connection.execute(sa.text("UPDATE topic SET lineage_id = :l WHERE id = :i"), updates)


def downgrade() -> None:
    with op.batch_alter_table('withdrawal', schema=None) as batch_op:
        batch_op.drop_column('kept_interviews')
    with op.batch_alter_table('topic', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_topic_lineage_id'))
        batch_op.drop_column('lineage_id')
