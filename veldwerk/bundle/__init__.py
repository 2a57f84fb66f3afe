"""Bundles and the files around them: keys, the coordinator's signed project file, and
the signed, encrypted BagIt bundles a laptop hands to the coordinator."""
