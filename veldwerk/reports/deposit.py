"""What a deposit at DANS asks besides the data (DANS BagIt Profile v1): the licence, the
rights holder, the discipline, the access and whom to contact. Asked once and kept with the
project (``project.deposit_*``; '' is not asked yet), changed like the project's other
details: a change-logged write that only the coordinator's copy may make.

The archive package turns them into ``metadata/dataset.xml`` (DANS Dataset Metadata,
``ddm-v2``) and ``metadata/files.xml`` (every payload file with its format and access).
Only choices DANS takes are offered: its Data Stations' licences, NARCIS disciplines of
the social sciences and next to them, and DDM's access categories.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlmodel import Session

from veldwerk import xmltext
from veldwerk.errors import DepositIncomplete, ValidationError
from veldwerk.i18n import translate

DDM = "http://schemas.dans.knaw.nl/dataset/ddm-v2/"
DC = "http://purl.org/dc/elements/1.1/"
DCTERMS = "http://purl.org/dc/terms/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
FILES = "http://easy.dans.knaw.nl/schemas/bag/metadata/files/"

# The licences DANS's Data Stations offer (their URIs as the stations list them).
LICENCES = {
    "dans": ("https://doi.org/10.17026/fp39-0x58", "DANS Licence"),
    "cc0": ("http://creativecommons.org/publicdomain/zero/1.0", "CC0 1.0"),
    "cc-by": ("http://creativecommons.org/licenses/by/4.0", "CC BY 4.0"),
    "cc-by-sa": ("http://creativecommons.org/licenses/by-sa/4.0", "CC BY-SA 4.0"),
    "cc-by-nc": ("http://creativecommons.org/licenses/by-nc/4.0", "CC BY-NC 4.0"),
    "cc-by-nc-sa": ("http://creativecommons.org/licenses/by-nc-sa/4.0", "CC BY-NC-SA 4.0"),
    "cc-by-nd": ("http://creativecommons.org/licenses/by-nd/4.0", "CC BY-ND 4.0"),
    "cc-by-nc-nd": ("http://creativecommons.org/licenses/by-nc-nd/4.0", "CC BY-NC-ND 4.0"),
}
SOCIAL_SCIENCES = "D60000"
# DDM's access to the dataset → files.xml's access to each file.
FILE_ACCESS = {"OPEN_ACCESS": "ANONYMOUS", "REQUEST_PERMISSION": "RESTRICTED_REQUEST",
               "NO_ACCESS": "NONE"}
# A recording of a resident holds a voice: personal data, never more open than on request.
VOICES = "data/audio/"
FLAGS = {"licence": "--licence", "rights_holder": "--rights-holder",
         "audience": "--discipline", "access": "--access", "contact": "--contact"}
EMAIL = re.compile(r"[^\s<>@,;]+@[^\s<>@,;]+\.[^\s<>@,;]+")


def disciplines() -> dict[str, str]:
    """NARCIS codes a neighbourhood study is filed under, by their name."""
    return {
        "D60000": translate("Deposit", "Social sciences"),
        "D61000": translate("Deposit", "Sociology"),
        "D62000": translate("Deposit", "Social geography"),
        "D63000": translate("Deposit", "Cultural anthropology"),
        "D64000": translate("Deposit", "Demography"),
        "D65000": translate("Deposit", "Urban and rural planning"),
        "D66000": translate("Deposit", "Communication sciences"),
        "D42200": translate("Deposit", "Social and public administration"),
        "D50000": translate("Deposit", "Behavioural and educational sciences"),
        "D30000": translate("Deposit", "Humanities"),
        "E10000": translate("Deposit", "Interdisciplinary sciences"),
    }


def accesses() -> dict[str, str]:
    return {
        "REQUEST_PERMISSION": translate("Deposit", "On request: the rights holder decides "
                                        "who may download"),
        "OPEN_ACCESS": translate("Deposit", "Open: anyone may download"),
        "NO_ACCESS": translate("Deposit", "No access through DANS (described only)"),
    }


def names() -> dict[str, str]:
    """Each piece of the deposit's metadata by its name, for messages and forms."""
    return {"licence": translate("Deposit", "licence"),
            "rights_holder": translate("Deposit", "rights holder"),
            "audience": translate("Deposit", "discipline"),
            "access": translate("Deposit", "access"),
            "contact": translate("Deposit", "contact (name and e-mail)")}


@dataclass(frozen=True)
class Deposit:
    """The deposit's metadata; '' is not given (yet)."""

    licence: str = ""  # a URI of LICENCES
    rights_holder: str = ""
    audience: str = ""  # a NARCIS code
    access: str = ""  # a key of FILE_ACCESS
    contact: str = ""  # "Name <e-mail>"

    def missing(self) -> list[str]:
        return [f.name for f in fields(self) if not getattr(self, f.name)]

    @property
    def contact_name(self) -> str:
        return split_contact(self.contact)[0]

    @property
    def contact_email(self) -> str:
        return split_contact(self.contact)[1]


def saved(session: Session) -> Deposit:
    """As kept with the project; the discipline is the social sciences until chosen."""
    from veldwerk.projects import the_project  # deferred: start-up

    row = the_project(session)
    return Deposit(row.deposit_licence, row.deposit_rights_holder,
                   row.deposit_audience or SOCIAL_SCIENCES, row.deposit_access,
                   row.deposit_contact)


def split_contact(contact: str) -> tuple[str, str]:
    """"Anna de Vries <anna@example.nl>" (or with a comma) → name and e-mail."""
    found = EMAIL.search(contact)
    if not found:
        return contact.strip(), ""
    name = (contact[:found.start()] + contact[found.end():]).strip(" ,;<>\t")
    return " ".join(name.split()), found.group(0)


def licence_uri(given: str) -> str:
    """A licence by its short name (``cc-by``) or URI, as the URI DANS lists."""
    wanted = given.strip()
    if wanted.lower() in LICENCES:
        return LICENCES[wanted.lower()][0]
    plain = wanted.rstrip("/").replace("https://creativecommons.org", "http://creativecommons.org")
    for uri, _name in LICENCES.values():
        if plain == uri:
            return uri
    raise ValidationError("licence", translate(
        "Deposit", "DANS does not take the licence {licence}; choose one of {known}.").format(
        licence=given, known=", ".join(LICENCES)))


def licence_name(uri: str) -> str:
    return next((name for known, name in LICENCES.values() if known == uri), uri)


def checked(given: Deposit) -> Deposit:
    """The values given (empty ones stay unset), cleaned, or an error naming the wrong one."""
    changes: dict[str, str] = {}
    if given.licence.strip():
        changes["licence"] = licence_uri(given.licence)
    if given.rights_holder.strip():
        changes["rights_holder"] = " ".join(given.rights_holder.split())
    if given.audience.strip():
        code = given.audience.strip().upper()
        if code not in disciplines():
            raise ValidationError("audience", translate(
                "Deposit", "{code} is not a discipline Veldwerk offers; choose one of "
                "{known}.").format(code=given.audience, known=", ".join(disciplines())))
        changes["audience"] = code
    if given.access.strip():
        access = given.access.strip().upper()
        if access not in FILE_ACCESS:
            raise ValidationError("access", translate(
                "Deposit", "{access} is not an access DANS knows; choose one of {known}."
            ).format(access=given.access, known=", ".join(FILE_ACCESS)))
        changes["access"] = access
    if given.contact.strip():
        name, email = split_contact(given.contact)
        if not name or not email:
            raise ValidationError("contact", translate(
                "Deposit", "Give the contact as a name and an e-mail address, like "
                "\"Anna de Vries <anna@example.nl>\"."))
        changes["contact"] = f"{name} <{email}>"
    return replace(Deposit(), **changes)


def save(session: Session, given: Deposit) -> Deposit:
    """Keep what was given with the project (a change-logged write; on a laptop that joined
    the change-log hook refuses it: the coordinator sets the project); return it all."""
    from veldwerk.projects import the_project  # deferred: start-up

    clean = checked(given)
    row = the_project(session)
    for name in ("licence", "rights_holder", "audience", "access", "contact"):
        value = getattr(clean, name)
        if value and getattr(row, f"deposit_{name}") != value:
            setattr(row, f"deposit_{name}", value)
    session.add(row)
    session.flush()
    return saved(session)


def complete(deposit: Deposit) -> Deposit:
    """``deposit`` itself, or the error that names what is missing (nothing is written)."""
    missing = deposit.missing()
    if missing:
        raise DepositIncomplete([names()[m] for m in missing], [FLAGS[m] for m in missing])
    return deposit


@dataclass(frozen=True)
class About:
    """The dataset as DDM describes it."""

    title: str
    description: str
    created: date
    available: date
    language: str  # ISO 639-1
    language_name: str


def _xml(root: ET.Element) -> bytes:
    return xmltext.tree_bytes(root) + b"\n"  # as XML holds it: a title may hold anything


def dataset_xml(about: About, deposit: Deposit) -> bytes:
    """``metadata/dataset.xml``: the profile's required elements, then licence, rights
    holder and language. Recordings of residents are personal data in the GDPR's sense."""
    for prefix, uri in (("ddm", DDM), ("dc", DC), ("dcterms", DCTERMS), ("xsi", XSI)):
        ET.register_namespace(prefix, uri)
    root = ET.Element(f"{{{DDM}}}DDM")
    profile = ET.SubElement(root, f"{{{DDM}}}profile")
    for tag, value in ((f"{{{DC}}}title", about.title),
                       (f"{{{DCTERMS}}}description", about.description),
                       (f"{{{DC}}}creator", deposit.rights_holder),
                       (f"{{{DDM}}}created", about.created.isoformat()),
                       (f"{{{DDM}}}available", about.available.isoformat()),
                       (f"{{{DDM}}}audience", deposit.audience),
                       (f"{{{DDM}}}accessRights", deposit.access)):
        ET.SubElement(profile, tag).text = value
    ET.SubElement(profile, f"{{{DDM}}}personalData", present="Yes")
    dcmi = ET.SubElement(root, f"{{{DDM}}}dcmiMetadata")
    ET.SubElement(dcmi, f"{{{DCTERMS}}}license",
                  {f"{{{XSI}}}type": "dcterms:URI"}).text = deposit.licence
    ET.SubElement(dcmi, f"{{{DCTERMS}}}rightsHolder").text = deposit.rights_holder
    ET.SubElement(dcmi, f"{{{DDM}}}language", encodingScheme="ISO639-1",
                  code=about.language).text = about.language_name
    ET.SubElement(dcmi, f"{{{DCTERMS}}}type",
                  {f"{{{XSI}}}type": "dcterms:DCMIType"}).text = "Dataset"
    return _xml(root)


def file_access(path: str, access: str) -> str:
    """A payload file's access in ``files.xml``: the dataset's, but a recording never more
    open than on request (the rights holder decides who may listen), whatever the dataset's
    access: a voice is personal data."""
    if path.startswith(VOICES) and access == "OPEN_ACCESS":
        return FILE_ACCESS["REQUEST_PERMISSION"]
    return FILE_ACCESS[access]


def voices_note() -> str:
    """Said wherever open access is chosen for a package with recordings."""
    return translate("Deposit", "Recordings stay available on request only (the rights "
                     "holder decides who may listen), also under open access: a voice is "
                     "personal data. The tables and texts are open.")


def files_xml(payload: list[tuple[str, str]], access: str) -> bytes:
    """``metadata/files.xml``: each payload file (``data/…``, its MIME type), each as
    accessible as the dataset, the recordings at most on request (``file_access``)."""
    ET.register_namespace("files", FILES)
    ET.register_namespace("dcterms", DCTERMS)
    root = ET.Element(f"{{{FILES}}}files")
    for path, mime in sorted(payload):
        entry = ET.SubElement(root, f"{{{FILES}}}file", filepath=path)
        ET.SubElement(entry, f"{{{DCTERMS}}}format").text = mime
        ET.SubElement(entry, f"{{{FILES}}}accessibleToRights").text = file_access(path,
                                                                                  access)
    return _xml(root)
