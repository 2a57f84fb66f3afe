"""One screen size, every window and dialog of ``screens.ALL`` at each text size, in Dutch
(its words are the longest): what lies outside the screen's room, as JSON. Run by
``tests/ui/test_fits.py`` in a process of its own, because Qt's offscreen platform takes
its screen size only when the application starts.

    python -m tests.ui.fits_walk DATA_DIR 1366x768 100,150,200 OUT.json
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path


def main(data: Path, size: str, scales: list[int], out: Path) -> None:
    from ui.fits import offscreen_platform, screen_size

    width, height = screen_size(size)
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(width, height,
                                                       Path(tempfile.mkdtemp()))
    from tests.ui import screens
    from tests.ui.conftest import make_context
    from ui import appearance, i18n
    from ui.app import make_application
    from ui.fits import outside
    from ui.main_window import MainWindow
    from veldwerk import projects
    from veldwerk.paths import device

    app = make_application()
    i18n.install(app, "nl")
    entry = projects.list_projects(data)[0]
    context = make_context(entry, device(data), data)
    found: dict[str, dict[str, list[str]]] = {}
    started = time.monotonic()

    def settle() -> None:
        for _ in range(4):
            app.processEvents()

    try:
        for scale in scales:
            appearance.apply(app, 100, "normal")
            before = MainWindow(context, lambda: None)  # the text size changes while it is open
            before.show()
            settle()
            appearance.apply(app, scale, "normal")
            window = MainWindow(context, lambda: None)
            window.take_place_of(before)
            window.show()
            before.close()
            settle()
            here = found[str(scale)] = {"restyled_main": outside(window)}
            for name in screens.ALL:
                widget = screens.open_screen(name, window, context)
                widget.show()
                settle()
                here[name] = outside(widget)
                if widget is not window:
                    widget.close()
            window.close()
            settle()
    finally:
        context.project.close(make_backup=False)
    found["seconds"] = round(time.monotonic() - started, 1)  # type: ignore[assignment]
    out.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown of every window still referenced


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], [int(s) for s in sys.argv[3].split(",")],
         Path(sys.argv[4]))
