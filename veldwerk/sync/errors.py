"""What goes wrong on the way to or from a place bundles go (any transport): one module,
so ``sync``, the coordinator's inbox and answers, and the app catch the same classes."""

from __future__ import annotations

from veldwerk.errors import SyncError, VeldwerkError
from veldwerk.i18n import translate


class DeliveryError(VeldwerkError):
    """A bundle did not reach its target; ``transient`` says whether trying again later
    may help by itself (no connection) or a person must act (wrong password, full share)."""

    def __init__(self, message: str, *, hint: str = "", transient: bool = True) -> None:
        super().__init__(message, hint=hint)
        self.transient = transient


class TooLarge(SyncError):
    """A file from the coordinator far larger than any real one: not read, not used."""

    def __init__(self, name: str) -> None:
        super().__init__(translate("Sync", "{name} was not used: {why}.").format(
            name=name, why=translate("Sync", "it is far too large")),
            hint=translate("Sync", "Nothing was changed. Tell the coordinator."))
