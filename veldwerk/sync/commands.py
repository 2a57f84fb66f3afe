"""``veldwerk sync``: one round of delivery, as the app does it in the background."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from veldwerk import labels
from veldwerk.i18n import translate
from veldwerk.ids import utcnow
from veldwerk.paths import Device


def sync(args: argparse.Namespace, project: Any, _me: Device) -> int:
    from veldwerk.audio.processing import compress_pending  # deferred: heavy (the models)
    from veldwerk.sync import outbox, run  # deferred: heavy (the models)

    started = utcnow().isoformat()  # what receipts say from now on is this round's news
    _made, problems = compress_pending(project)  # a take travels as its compressed copy
    for problem in problems:
        print(f"veldwerk: {problem}", file=sys.stderr)
    report = run.sync_once(project, now=True)
    from veldwerk.sync.downstream import change_words  # deferred: heavy (the models)

    with project.session() as session:
        left = outbox.waiting(session, project.device.id)
        words = change_words(session)
        refused_bundles = outbox.bundles(session, (outbox.REFUSED,))
    news = [w for w in words if w.at >= started]
    waiting = [w for w in news if w.status == "waiting"]
    refused = [w for w in news if w.status == "refused"]
    if args.json:
        print(json.dumps({"made": report.made, "delivered": report.delivered,
                          "problem": report.problem, "transient": report.transient,
                          "receipted": report.applied.receipted,
                          "updated_rows": report.applied.updated_rows,
                          "erased_people": report.applied.erased_people,
                          "resolved_rows": report.applied.resolved_rows,
                          "kept_rows": report.applied.kept_rows,
                          "refused": report.applied.refused, "requests": report.requests,
                          "bundles_refused": report.applied.bundles_refused,
                          "refused_here": [i.file_name for i in refused_bundles],
                          "waiting_bundles": left.bundles,
                          "changes_waiting": len(waiting), "changes_refused": len(refused)},
                         ensure_ascii=False))
    else:
        print(translate("Sync", "{made} made, {delivered} delivered, {left} waiting.").format(
            made=labels.bundles(report.made), delivered=report.delivered, left=left.bundles))
        applied = report.applied
        if applied.receipted or applied.updated_rows or applied.erased_people:
            print(translate("Sync", "From the coordinator: {r}, {u}, {e}.").format(
                r=labels.receipts(applied.receipted), u=labels.updated_rows(
                    applied.updated_rows), e=labels.people_erased(applied.erased_people)))
        if applied.resolved_rows:
            print(translate("Sync", "Conflicts the coordinator resolved: {r} took the chosen "
                            "version.").format(r=labels.records(applied.resolved_rows)))
        if applied.kept_rows:
            print(translate("Sync", "{k} changed here since the coordinator resolved them; "
                            "the coordinator weighs them again.").format(
                                k=labels.records(applied.kept_rows)))
        for refused_file in applied.refused:
            print(refused_file)
        for line in applied.bundles_refused:
            print(line)
        if refused_bundles and not applied.bundles_refused:  # said once in full, then short
            print(translate("Sync", "The coordinator refused {files} for good: see veldwerk "
                            "outbox.").format(files=", ".join(
                                i.file_name for i in refused_bundles)))
        if waiting or refused:
            print(translate("Sync", "News of changes of records that are not this laptop's: "
                            "{w} wait for the coordinator, {r} refused (all of them: veldwerk "
                            "changes --coordinator).").format(w=len(waiting), r=len(refused)))
        if report.problem:
            print(report.problem)
    return 1 if report.problem and not report.transient else 0
