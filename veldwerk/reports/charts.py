"""The dashboard's figures as bar charts in PNG, drawn without Qt (matplotlib's Agg
backend, imported only when a chart is drawn), so a command, the app and the project
report draw the same pictures.

Each chart is a horizontal bar per label (long Dutch names stay readable), its count at
the end of the bar, in the order the dashboard gives. Nothing here knows about windows.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from veldwerk import labels
from veldwerk.errors import VeldwerkError
from veldwerk.fsutil import atomic_write_bytes
from veldwerk.i18n import translate
from veldwerk.reports.dashboard import Counts, Dashboard

BAR = "#2f6f9f"  # 5.4:1 against white: the bars read in print and on screen
TEXT = "#1a1a1a"


@dataclass(frozen=True)
class Chart:
    name: str  # the file's stem: by-neighbourhood, by-phase, …
    title: str
    counts: Counts


def charts(figures: Dashboard, label: Callable[[str, str], str] | None = None) -> list[Chart]:
    """The dashboard's groupings worth a picture; ``label(kind, value)`` names stored
    values (kinds, statuses) in the reader's language. A picture leaves the app: team
    members are named as every output names them (role and number unless named)."""
    name = label or _label
    return [
        Chart("by-neighbourhood", translate("Reports", "Interviews by neighbourhood"),
              figures.by_neighbourhood),
        Chart("by-phase", translate("Reports", "Interviews by phase"), figures.by_phase),
        Chart("by-kind", translate("Reports", "Interviews by kind"),
              [(name("kind", k), n) for k, n in figures.by_kind]),
        Chart("by-interviewer", translate("Reports", "Interviews by interviewer"),
              figures.by_interviewer_shown),
        Chart("by-status", translate("Reports", "Interviews by status"),
              [(name("status", k), n) for k, n in figures.by_status]),
    ]


def _label(kind: str, value: str) -> str:
    """A kind's or status's name: the one list, in ``veldwerk/labels.py``."""

    return labels.stored(kind, value)


def png(chart: Chart, width: float = 7.0, dpi: int = 150) -> bytes:
    """One chart as PNG bytes (``width`` in inches; the height follows the bars)."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg  # deferred: heavy (matplotlib)
        from matplotlib.figure import Figure  # deferred: heavy (matplotlib)
    except ImportError as exc:
        raise missing_matplotlib() from exc

    counts = chart.counts or [(translate("Reports", "(none yet)"), 0)]
    height = 1.1 + 0.42 * len(counts)
    figure = Figure(figsize=(width, height), dpi=dpi)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    labels = [_short(label) for label, _n in counts]
    values = [n for _label, n in counts]
    positions = range(len(counts))
    axes.barh(list(positions), values, color=BAR, height=0.62)
    axes.set_yticks(list(positions), labels, fontsize=10, color=TEXT)
    axes.invert_yaxis()  # the first label on top, as the dashboard lists them
    top = max(values) if values else 0
    axes.set_xlim(0, max(1, top) * 1.15)
    for position, value in zip(positions, values, strict=True):
        axes.text(value + max(1, top) * 0.01, position, str(value), va="center",
                  fontsize=10, color=TEXT)
    axes.set_title(chart.title, loc="left", fontsize=12, color=TEXT, fontweight="bold")
    axes.xaxis.set_visible(False)
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()


def available() -> bool:
    """Can charts be drawn here (matplotlib installed)?"""
    try:
        import matplotlib  # noqa: F401  # deferred: heavy (matplotlib)
    except ImportError:
        return False
    return True


def missing_matplotlib() -> VeldwerkError:
    return VeldwerkError(translate("Reports", "Charts cannot be drawn: this installation of "
                                   "Veldwerk has no matplotlib."), hint=translate(
        "Reports", "Install it with 'python -m pip install matplotlib'; the figures "
        "themselves are all there."))


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def write_pngs(figures: Dashboard, folder: Path,
               label: Callable[[str, str], str] | None = None) -> list[Path]:
    """Every chart into ``folder`` as ``<name>.png`` (temporary name, then rename)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for chart in charts(figures, label):
        target = folder / f"{chart.name}.png"
        atomic_write_bytes(target, png(chart))
        written.append(target)
    return written
