"""The coordinator's merge (ARCHITECTURE.md, the merge): bundles in (``inbox``), applied
by the rules in ``apply``, decided by a person where the rules stop (``decisions``), and
answered with receipts, erasure lists and updates (``answers``)."""
