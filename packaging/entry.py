"""The frozen app's entry: the same ``veldwerk`` command as the pip-installed one; with
``--transcription-engine`` (first), the speech engine's process that ``veldwerk.transcribe``
starts (a frozen app has no ``python -m``)."""

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--transcription-engine"]:
        from veldwerk.transcribe.engine import main as engine

        sys.exit(engine(sys.argv[2:]))
    from ui.launcher import main

    main()
