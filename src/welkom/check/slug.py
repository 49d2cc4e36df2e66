"""An id made from a name: "Buurthuis De Kiem" → `buurthuis-de-kiem`, "Café 't Hoekje" →
`cafe-t-hoekje`. For the message when a plek or organisatie has no `id`."""

from __future__ import annotations

import re
import unicodedata


def slug_from_name(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:80].strip("-")
