"""The form "Nieuw verhaal" → `verhalen/<gemeente>/<buurt>/<slug>.md` or `verhalen/<slug>.md`."""

from __future__ import annotations

import datetime as dt
import re

from welkom.check.privacy import Allowlist, FieldKind
from welkom.forms.draft import Draft, slugify, unique
from welkom.forms.issuebody import Answers
from welkom.forms.lookup import NotFound, SiteIndex
from welkom.forms.spec import VERHAAL
from welkom.forms.values import (
    PRIVACY_NOT_TICKED,
    model_problems,
    one_line,
    read_month,
    required,
    ticked,
)
from welkom.forms.yamlwrite import Value, document, paragraphs
from welkom.model import Verhaal

_IMAGE = re.compile(r"!\[[^\]]*\]\(|<img\b", re.IGNORECASE)
_SCANNED = (
    ("titel", FieldKind.TEXT),
    ("verteller", FieldKind.ROLE),  # a role, never a name
    ("samenvatting", FieldKind.TEXT),
    ("verhaal", FieldKind.TEXT),
)
NO_CONSENT = (
    "Zonder toestemming van de verteller zetten we het verhaal niet online. Vraag het de "
    "verteller. Zegt die ja? Zet dan het vinkje bij Toestemming."
)
NO_IMAGES = (
    "In het verhaal staat een foto of plaatje. Dat kan niet via dit formulier: een foto moet "
    "eerst worden nagekeken (staan er mensen op, zit er een locatie in?). Haal de foto weg uit "
    "het verhaal. Wil je een foto erbij? Vraag het een beheerder."
)


def convert(answers: Answers, index: SiteIndex, today: dt.date) -> Draft:
    draft = Draft(answers)
    field = VERHAAL.field
    get = answers.get
    draft.problems += required(answers)
    if not ticked(answers, "toestemming"):
        draft.problem(field("toestemming").label, NO_CONSENT)
    if not ticked(answers, "privacy"):
        draft.problem(field("privacy").label, PRIVACY_NOT_TICKED)

    where = None
    allow = Allowlist.EMPTY
    if get("buurt"):
        try:
            where = index.buurt(get("gemeente"), get("buurt") or "")
        except NotFound as exc:
            draft.problem(field("buurt").label, str(exc))
        else:
            draft.gemeente = where[0].id
            allow = index.allowlist(where[0].id)
    elif get("gemeente"):
        draft.problem(
            field("buurt").label,
            "Je vulde wel een gemeente in, maar geen buurt. Vul ook de buurt in. Hoort het "
            "verhaal niet bij één buurt? Laat dan allebei leeg.",
        )

    datum, month_only = draft.read("datum", read_month) or (today.replace(day=1), True)

    body = _body(get("verhaal") or "")
    if _IMAGE.search(body):
        draft.problem(field("verhaal").label, NO_IMAGES)
    for key, kind in _SCANNED:
        draft.scan(key, kind, allow)
    if draft.problems:
        return draft

    titel = one_line(get("titel") or "")
    data: dict[str, Value] = {
        "titel": titel,
        "datum": datum.strftime("%Y-%m") if month_only else datum,
        "verteller": one_line(get("verteller") or ""),
        "toestemming": True,
    }
    if get("samenvatting"):
        data["samenvatting"] = paragraphs(get("samenvatting") or "").replace("\n", " ")
    taken = {p.stem for p in (index.root / "verhalen").rglob("*.md")}
    slug = unique(slugify(titel, "verhaal"), taken)
    if where is not None:
        gemeente, buurt = where
        path = f"verhalen/{gemeente.id}/{buurt.id}/{slug}.md"
        draft.title = f"Nieuw verhaal: {titel} in {buurt.naam}"
        draft.what = f"Het verhaal ‘{titel}’, verteld door {data['verteller']}, in {buurt.naam}."
    else:
        path = f"verhalen/{slug}.md"
        draft.title = f"Nieuw verhaal: {titel}"
        draft.what = f"Het verhaal ‘{titel}’, verteld door {data['verteller']}."
    front = document(data.items())
    draft.problems += model_problems(front, Verhaal, VERHAAL)
    if not draft.problems:
        draft.files[path] = "---\n" + front + "---\n" + body
    return draft


def _body(text: str) -> str:
    """The story as Markdown: no trailing spaces, at most one empty line in a row."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").strip("\n").split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n") + "\n"
