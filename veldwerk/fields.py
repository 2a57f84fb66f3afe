"""What an interview's (and a participant's) fields are, each declared once: its SQL, its
label, its column in the list, its filter, whether search finds it, and its columns in
the outputs. The list (``listing``), both filter bars, the commands' flags, ``interviews
--json``, the search, the CSV tables, the REFI-QDA variables and the archive's README
read these rows; adding a field is a row here, a migration and the catalogue.

Light on purpose: start-up paints the list from it, so it imports no ORM and no Qt, and
its rows are named tuples (a frozen dataclass costs a millisecond each to make at import).
Labels are functions, translated when asked (the catalogue is installed after import).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from veldwerk import labels
from veldwerk.domain.kinds import AGE_BANDS, InterviewKind, Status
from veldwerk.i18n import translate

Text = Callable[[], str]  # a label, translated when called

LIST, SEARCH = "list", "search"  # the places that offer a filter: the list, the search


class Column(NamedTuple):
    """A column of the interview list. ``place``: where it stands (left to right);
    ``use``: how much a reader needs it (at large text the least needed give way);
    ``sample``: a typical value, to size the column when the data give none."""

    header: Text
    sort: str  # SQL to order by (a column of the page's SELECT, or on ``interview i``)
    place: int
    use: int
    sample: str = ""
    stretch: bool = False  # takes the width the others leave
    show: Callable[[str], str] | None = None  # the value as the list shows it


class Names(NamedTuple):
    """The filter's choices are a table's rows (id, name); a command takes a name or id."""

    table: str
    order: str  # ORDER BY of the names
    what: Text  # what one is called in an error ("There is no {what} called …")


class Vocabulary(NamedTuple):
    """The filter's choices are fixed stored values, shown by ``show``."""

    values: tuple[str, ...]


class InUse(NamedTuple):
    """The filter's choices are the values the interviews hold now."""


class Filter(NamedTuple):
    """A filter on the interviews: ``condition`` is SQL on ``interview i`` with the chosen
    value bound as ``:{key}`` (``key`` is also its name in ``ListQuery`` and ``Filters``)."""

    key: str
    condition: str
    flag: str  # the commands' option (``--neighbourhood``)
    help: Text
    everything: Text  # the filter bar's first choice ("All neighbourhoods")
    named: Text  # the filter's accessible name ("Filter by neighbourhood")
    options: Names | Vocabulary | InUse
    places: frozenset[str] = frozenset({LIST, SEARCH})
    bind: Callable[[str], str] | None = None  # the value as bound (default: as chosen)
    place: int = 99  # where it stands in a filter bar (left to right) and in the flags


class Variable(NamedTuple):
    """A REFI-QDA variable; ``rank`` orders a source's values."""

    label: Text
    rank: int = 99


class Field(NamedTuple):
    """One field. ``sql``: its value, on ``interview i`` (or ``participant p``); a
    ``{joined}`` in it is the dialect's text aggregate of ``joined`` (expression,
    separator). ``each``: for a field of many values, SQL of (interview id, value) for the
    interviews bound as ``:ids``, in order. ``kind``: text, time, tags, number; it is
    also the cell's type in the tables (a time a date, a number a number, else text)."""

    key: str
    sql: str
    label: Text
    kind: str = "text"
    joined: tuple[str, str] | None = None
    each: str = ""
    show: Callable[[str], str] | None = None  # a stored value as people read it
    column: Column | None = None
    filter: Filter | None = None
    search: int = 0  # its place in an interview's searched text (0: not searched)
    json: bool = False  # in ``interviews --json``
    csv: str = ""  # its column in the CSV table ('' for none)
    written: Callable[[str], str] | None = None  # a value as the tables write it
    # What the column holds, for the archive's README (words are translated when asked).
    about: str | Callable[[], str] = ""
    variable: Variable | None = None  # a REFI-QDA variable of the source (or the case)
    # ``each`` gives team members' ids: the outputs name them as ``people.shown_names``
    # does (role and number unless the member agreed to be named); the list keeps names.
    members: bool = False


def _json_tag(tag: str) -> str:
    """Tags are a JSON list of strings: the tag as one quoted element, for LIKE."""
    escaped = tag.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f'%"{escaped.replace(chr(34), chr(92) + chr(34))}"%'


# Spreadsheets read "85+" as the number 85 (LibreOffice Calc does, even quoted), which
# would merge the oldest band into a number: the tables spell it so it stays a label.
AGE_BANDS_AS_TEXT = {"85+": "85-plus"}


def _named(table: str) -> str:
    return f"coalesce((SELECT x.name FROM {table} x WHERE x.id = i.{table}_id), '')"


KINDS = tuple(k.value for k in InterviewKind)
STATUSES = tuple(s.value for s in Status)

INTERVIEW: list[Field] = [
    Field("id", "i.id", lambda: translate("Fields", "Id"), json=True, csv="id", about="UUID"),
    Field("kind", "i.kind", lambda: translate("Fields", "Kind"), show=labels.kind, json=True,
          column=Column(lambda: translate("InterviewList", "Kind"), "i.kind", 1, 2,
                        show=labels.kind_marked),
          filter=Filter("kind", "i.kind = :kind", "--kind",
                        lambda: translate("Fields", "only interviews of this kind"),
                        lambda: translate("Fields", "All kinds"),
                        lambda: translate("Fields", "Filter by kind"), Vocabulary(KINDS), place=3),
          csv="kind", about=", ".join(KINDS),
          variable=Variable(lambda: translate("Reports", "Kind"), 1)),
    Field("title", "i.title", lambda: translate("Fields", "Title"), search=1, json=True,
          column=Column(lambda: translate("InterviewList", "Title"),
                        "i.title COLLATE NOCASE", 2, 1, "Gesprek met", stretch=True),
          csv="title"),
    Field("starts_at", "i.starts_at", lambda: translate("Fields", "Date"), kind="time",
          json=True, column=Column(lambda: translate("InterviewList", "Date"), "i.starts_at",
                                   0, 0),
          csv="starts_at", about="ISO 8601, UTC"),
    Field("place", "i.place", lambda: translate("Fields", "Place"), search=2, csv="place"),
    Field("neighbourhood", _named("neighbourhood"), lambda: translate("Fields", "Neighbourhood"),
          json=True,
          column=Column(lambda: translate("InterviewList", "Neighbourhood"), "neighbourhood",
                        4, 5),
          filter=Filter("neighbourhood_id", "i.neighbourhood_id = :neighbourhood_id",
                        "--neighbourhood", lambda: translate("Fields", "name or id"),
                        lambda: translate("Fields", "All neighbourhoods"),
                        lambda: translate("Fields", "Filter by neighbourhood"),
                        Names("neighbourhood", "position",
                              lambda: translate("Commands", "neighbourhood")), place=1),
          csv="neighbourhood", variable=Variable(lambda: translate("Reports", "Neighbourhood"),
                                                 2)),
    Field("phase", _named("phase"), lambda: translate("Fields", "Phase"), json=True,
          column=Column(lambda: translate("InterviewList", "Phase"), "phase", 5, 6),
          filter=Filter("phase_id", "i.phase_id = :phase_id", "--phase",
                        lambda: translate("Fields", "name or id"),
                        lambda: translate("Fields", "All phases"),
                        lambda: translate("Fields", "Filter by phase"),
                        Names("phase", "position", lambda: translate("Commands", "phase")),
                        place=2),
          csv="phase", variable=Variable(lambda: translate("Reports", "Phase"), 0)),
    Field("status", "i.status", lambda: translate("Fields", "Status"), show=labels.status,
          json=True,
          column=Column(lambda: translate("InterviewList", "Status"), "i.status", 6, 4),
          filter=Filter("status", "i.status = :status", "--status",
                        lambda: translate("Fields", "only interviews with this status"),
                        lambda: translate("Fields", "All statuses"),
                        lambda: translate("Fields", "Filter by status"), Vocabulary(STATUSES),
                        places=frozenset({LIST}), place=4),
          csv="status", about=", ".join(STATUSES)),
    Field("guide", "coalesce((SELECT g.name FROM guide g WHERE g.id = i.guide_id), '')",
          lambda: translate("Fields", "Guide"), csv="guide"),
    Field("guide_version", "(SELECT g.version FROM guide g WHERE g.id = i.guide_id)",
          lambda: translate("Fields", "Guide version"), kind="number", csv="guide_version"),
    Field("tags", "i.tags", lambda: translate("Fields", "Tags"), kind="tags", search=4,
          filter=Filter("tag", "i.tags LIKE :tag ESCAPE '\\'", "--tag",
                        lambda: translate("Fields", "only interviews with this tag"),
                        lambda: translate("Fields", "All tags"),
                        lambda: translate("Fields", "Filter by tag"), InUse(),
                        places=frozenset({SEARCH}), bind=_json_tag, place=6),
          csv="tags", about=lambda: translate("Fields", "';'-separated")),
    Field("summary", "i.summary", lambda: translate("Fields", "Summary"), search=3,
          csv="summary"),
    Field("participants", "(SELECT {joined} FROM interview_participant ip JOIN participant p "
          "ON p.id = ip.participant_id WHERE ip.interview_id = i.id)",
          lambda: translate("Fields", "Participants"), joined=("p.code", ", "),
          each="SELECT l.interview_id, p.code FROM interview_participant l JOIN participant p "
               "ON p.id = l.participant_id WHERE l.interview_id IN :ids ORDER BY p.code",
          json=True,
          column=Column(lambda: translate("InterviewList", "Participants"), "participants", 3,
                        3, "ELS-001, ELS-002"),
          csv="participants", about=lambda: translate("Fields", "codes, ';'-separated")),
    Field("interviewers", "(SELECT {joined} FROM interview_interviewer x JOIN team_member m "
          "ON m.id = x.member_id WHERE x.interview_id = i.id)",
          lambda: translate("Fields", "Interviewers"), joined=("m.name", ", "),
          each="SELECT l.interview_id, m.id FROM interview_interviewer l JOIN team_member m "
               "ON m.id = l.member_id WHERE l.interview_id IN :ids "
               "ORDER BY m.created_at, m.id", members=True,
          column=Column(lambda: translate("InterviewList", "Interviewers"), "interviewers", 7,
                        7, "Interviewer"),
          filter=Filter("interviewer_id", "EXISTS (SELECT 1 FROM interview_interviewer x WHERE "
                        "x.interview_id = i.id AND x.member_id = :interviewer_id)",
                        "--interviewer", lambda: translate("Fields", "team member's name or id"),
                        lambda: translate("Fields", "All interviewers"),
                        lambda: translate("Fields", "Filter by interviewer"),
                        Names("team_member", "name",
                              lambda: translate("Commands", "team member")), place=5),
          csv="interviewers", about=lambda: translate(
              "Fields", "role and number unless named, ';'-separated")),
    Field("recordings", "(SELECT count(*) FROM recording r WHERE r.interview_id = i.id AND "
          "r.state != 'recording')", lambda: translate("Fields", "Recordings"), kind="number",
          csv="recordings", about=lambda: translate("Fields", "count")),
]

PARTICIPANT: list[Field] = [
    Field("id", "p.id", lambda: translate("Fields", "Id"), csv="id", about="UUID"),
    Field("code", "p.code", lambda: translate("Fields", "Code"), csv="code",
          about=lambda: translate("Fields", "pseudonym")),
    Field("neighbourhood", "coalesce((SELECT x.name FROM neighbourhood x WHERE "
          "x.id = p.neighbourhood_id), '')", lambda: translate("Fields", "Neighbourhood"),
          csv="neighbourhood",
          variable=Variable(lambda: translate("Reports", "Neighbourhood"))),
    Field("age_band", "p.age_band", lambda: translate("Fields", "Age band"), csv="age_band",
          written=lambda band: AGE_BANDS_AS_TEXT.get(band, band),
          about=", ".join(AGE_BANDS_AS_TEXT.get(b, b) for b in AGE_BANDS if b),
          variable=Variable(lambda: translate("Reports", "Age band"))),
]


def columns() -> list[Field]:
    """The list's columns, left to right."""
    return sorted((f for f in INTERVIEW if f.column), key=lambda f: f.column.place)  # type: ignore[union-attr]


def filters(place: str | None = None) -> list[Filter]:
    """The interview filters (those ``place`` offers), in their places' order."""
    return sorted((f.filter for f in INTERVIEW
                   if f.filter and (place is None or place in f.filter.places)),
                  key=lambda f: f.place)


def searched_fields() -> list[Field]:
    """The interview fields search finds (and the list's text filter), in order; each a
    plain column of ``interview`` (``i.column``)."""
    return sorted((f for f in INTERVIEW if f.search), key=lambda f: f.search)


def searched() -> tuple[str, ...]:
    """The columns of :func:`searched_fields`."""
    return tuple(f.sql.removeprefix("i.") for f in searched_fields())


def by_key(key: str, fields: list[Field] | None = None) -> Field:
    return next(f for f in (INTERVIEW if fields is None else fields) if f.key == key)


def shown(field_: Field, value: str) -> str:
    """A stored value as people read it (kinds and statuses by their label)."""
    return field_.show(value) if field_.show else value


def label_of(table: str, column: str) -> str | None:
    """The label of an interview's or participant's stored column (``title``,
    ``neighbourhood_id``), for what names a column elsewhere (a conflict's fields)."""
    declared = {"interview": INTERVIEW, "participant": PARTICIPANT}.get(table, [])
    for field in declared:
        if field.key in (column, column.removesuffix("_id")) and field.key != "id":
            return field.label()
    return None
