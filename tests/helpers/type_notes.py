"""Types notes through the core API and acknowledges each save on stdout (crash test)."""

from __future__ import annotations

import sys
from pathlib import Path

from veldwerk import notes, projects
from veldwerk.paths import device

FILLER = "Mevrouw vertelt over de buurt, de markt en haar buren. " * 20


def main() -> None:
    data_dir, folder, interview_id, topics = (Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3],
                                              sys.argv[4].split(","))
    project = projects.open_project(folder, device(data_dir))
    print("ready", flush=True)
    n = 0
    while True:
        topic = topics[n % len(topics)]
        text = f"versie {n}\n{FILLER}"
        project.run(lambda s, t=topic, x=text: notes.save_note(s, interview_id, t, x))
        print(f"ack {n} {topic}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
