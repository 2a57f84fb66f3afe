"""Informed consent: templates, records, documents, gates and withdrawal (issue 4)."""
