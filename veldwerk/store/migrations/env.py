"""Alembic environment: always handed a live connection by veldwerk.store.migrate."""

from __future__ import annotations

from alembic import context

from veldwerk.domain import load_all
from veldwerk.store.migrate import include_name

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=load_all(),
    render_as_batch=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
