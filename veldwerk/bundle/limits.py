"""How much the coordinator takes from one bundle, and from laptops it has not let in.

A bundle is read before it is unpacked (``bundle.bag``): more members, a larger member
or a larger tag file than these is refused without unpacking anything. Bundles signed by
a key that is not approved are kept in ``inbox/`` up to ``unapproved_files`` files and
``unapproved_bytes`` bytes; beyond that they stay where they are (the share, the stick)
until there is room or their laptop is let in. Tests lower these to prove them with
small numbers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Limits:
    members: int = 100_000  # tar members of one bundle (a part holds its media in parts)
    member_bytes: int = 8 << 30  # one file in a bundle
    tag_bytes: int = 32 << 20  # bag-info.txt, a manifest, the signature
    unapproved_files: int = 200  # bundles of laptops not let in, kept in inbox/
    unapproved_bytes: int = 2 << 30


LIMITS = Limits()
