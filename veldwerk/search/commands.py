"""``veldwerk search QUERY``: the best hits, a line each (or ``--json`` lines), the matched
words marked with [brackets]."""

from __future__ import annotations

import argparse
import json

from veldwerk import fields
from veldwerk.commands.interviews import chosen_filters
from veldwerk.i18n import translate
from veldwerk.paths import Device
from veldwerk.search.find import Filters
from veldwerk.search.find import search as find
from veldwerk.store.project import OpenProject


def search(args: argparse.Namespace, project: OpenProject, _me: Device) -> int:
    with project.session() as session:
        filters = Filters(**chosen_filters(session, args, fields.SEARCH))
        hits = find(session, " ".join(args.query), filters, max(1, args.limit))
    for hit in hits:
        if args.json:
            print(json.dumps({"source": hit.source, "id": hit.row_id,
                              "interview": hit.interview_id, "title": hit.title,
                              "where": hit.where, "snippet": hit.snippet,
                              "spans": hit.spans, "offset_ms": hit.offset_ms,
                              "topic": hit.topic_id, "recording": hit.recording_id,
                              "recording_name": hit.recording or None}, ensure_ascii=False))
            continue
        marked, last = "", 0
        for start, end in hit.spans:
            marked += hit.snippet[last:start] + "[" + hit.snippet[start:end] + "]"
            last = end
        marked += hit.snippet[last:]
        where = f" › {hit.place()}" if hit.place() else ""
        print(f"{hit.title}{where}: {' '.join(marked.split())}")
    if not hits and not args.json:
        print(translate("Search", "Nothing found."))
    return 0
