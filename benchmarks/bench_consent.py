"""DOCX of one signed consent form (the full form, choices, signature image) against
python-docx writing an empty document with one paragraph. Goal: ratio <= 5."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from benchmarks.common import finish, interleaved, report, sized


def docx_of_one_form(runs: int = sized(30, 2)) -> bool:
    from docx import Document

    from veldwerk import demo, projects
    from veldwerk.consent import documents
    from veldwerk.domain import ConsentRecord
    from veldwerk.paths import device

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        me = device(data)
        entry = demo.create_demo(data, me)
        with projects.open_project(entry.folder, me) as project:
            with project.session() as session:
                record = next(r for r in session.exec(
                    documents.select(ConsentRecord)) if r.method == "signature")
                form = documents.facts(session, project.media, record.id)

            def ours() -> None:
                documents.docx_bytes(form)

            def floor() -> None:
                document = Document()
                document.add_paragraph("Toestemming")
                document.save(io.BytesIO())

            ours()
            floor()
            mine, base = interleaved(ours, floor, runs)
    return report("DOCX of one consent form", mine, base, 5.0)


def main() -> bool:
    return docx_of_one_form()


if __name__ == "__main__":
    finish(main())
