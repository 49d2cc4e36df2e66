"""Activities: new, removed, moved (its feed id changes!) and every field that changed."""

from __future__ import annotations

import datetime as dt

from welkom.diff.model import Action
from welkom.diff.paths import DataPath
from welkom.diff.said import Said, changed
from welkom.diff.sides import Side
from welkom.diff.words import Field, dates, field_changes, list_changes, reference, short_date
from welkom.model import Activiteit
from welkom.when import describe
from welkom.when.recurrence import understood

KIND = "activiteit"


def _subject(side: Side, where: DataPath, activity: Activiteit) -> str:
    return f"{activity.titel} in {side.buurt_name(str(where.gemeente), str(where.buurt))}"


def _plek(side: Side, where: DataPath, activity: Activiteit) -> str:
    return side.plek_name(str(where.gemeente), str(where.buurt), activity.plek)


def added(side: Side, where: DataPath, activity: Activiteit) -> list[Said]:
    """``Nieuwe activiteit: Repair Café in Kiem-Noord, elke derde zaterdag van de maand, …``."""
    text = (
        f"Nieuwe activiteit: {_subject(side, where, activity)}, "
        f"{understood(activity.wanneer, activity.tijd)}, bij {_plek(side, where, activity)}"
    )
    if activity.afgelast:
        text += " (afgelast)"
    return [Said(KIND, Action.ADDED, text)]


def removed(side: Side, where: DataPath, activity: Activiteit) -> list[Said]:
    return [Said(KIND, Action.REMOVED, f"Activiteit verwijderd: {_subject(side, where, activity)}")]


def feed_id(where: DataPath) -> str:
    return f"{where.gemeente}/{where.buurt}/{where.slug}"


def moved(
    base: Side, head: Side, old_where: DataPath, new_where: DataPath, activity: Activiteit
) -> Said:
    """The file moved: feed readers and calendars know the activity by its path."""
    old_buurt = base.buurt_name(str(old_where.gemeente), str(old_where.buurt))
    new_buurt = head.buurt_name(str(new_where.gemeente), str(new_where.buurt))
    if old_where.buurt_id == new_where.buurt_id:
        first = f"Activiteit hernoemd: {activity.titel} in {new_buurt}."
    else:
        first = f"Activiteit verplaatst: {activity.titel} van {old_buurt} naar {new_buurt}."
    return Said(
        KIND,
        Action.MOVED,
        f"{first} Let op: de id van deze activiteit in de feeds verandert van "
        f"{feed_id(old_where)} naar {feed_id(new_where)}. Agenda's en websites die de feed "
        "volgen, zien haar dan als een nieuwe activiteit.",
    )


def changes(
    base: Side,
    head: Side,
    old_where: DataPath,
    new_where: DataPath,
    old: Activiteit,
    new: Activiteit,
) -> list[Said]:
    """One line per thing that changed, in the order a resident would ask about them."""
    said: list[Said] = []
    old_subject = _subject(base, old_where, old)
    subject = _subject(head, new_where, new)
    if old.titel != new.titel:
        said += changed(KIND, "Activiteit gewijzigd", [f"{old_subject} heet nu {new.titel}"])
    if old.afgelast != new.afgelast:
        if new.afgelast:
            said.append(
                Said(
                    KIND, Action.CHANGED, f"Activiteit afgelast: {subject} gaat helemaal niet door"
                )
            )
        else:
            said.append(
                Said(
                    KIND,
                    Action.CHANGED,
                    f"Activiteit gaat weer door: {subject} is niet meer afgelast",
                )
            )
    lines = field_changes(_WHEN_FIELDS, old, new, subject)
    if old.wanneer.text != new.wanneer.text:  # the reading, not only the text
        lines.append(
            f"{subject}: welkom leest `{new.wanneer.text}` als {understood(new.wanneer, new.tijd)}"
        )
    lines += _dates(subject, old, new)
    lines += reference(
        "plek",
        subject,
        f"{old_where.buurt_id}:{old.plek}",  # the same id in another buurt is another plek
        f"{new_where.buurt_id}:{new.plek}",
        lambda _: _plek(base, old_where, old),
        lambda _: _plek(head, new_where, new),
    )
    lines += field_changes(_OTHER_FIELDS, old, new, subject)
    lines += reference(
        "organisatie",
        subject,
        old.organisatie,
        new.organisatie,
        lambda org: base.organisatie_name(old_where.gemeente, org),
        lambda org: head.organisatie_name(new_where.gemeente, org),
    )
    lines += field_changes([Field("omschrijving", "omschrijving", long=True)], old, new, subject)
    return said + changed(KIND, "Activiteit gewijzigd", lines)


def _dates(subject: str, old: Activiteit, new: Activiteit) -> list[str]:
    """`behalve`, `vervalt` and `ook`: the dates residents plan around."""
    lines: list[str] = []
    gone, back = _date_changes(old.behalve, new.behalve)
    if gone:
        lines.append(f"{subject} gaat niet door op {dates(gone)}")
    if back:
        lines.append(f"{subject} gaat toch door op {dates(back)}")
    holidays_before, holidays_after = "feestdagen" in old.behalve, "feestdagen" in new.behalve
    if holidays_after and not holidays_before:
        lines.append(f"{subject} gaat niet door op feestdagen")
    if holidays_before and not holidays_after:
        lines.append(f"{subject} gaat nu ook door op feestdagen")
    gone, back = _date_changes(old.vervalt, new.vervalt)
    if gone:
        lines.append(f"{subject} gaat niet door op {dates(gone)} (in de agenda staat 'vervalt')")
    if back:
        lines.append(f"{subject} gaat toch door op {dates(back)}")
    extra, dropped = _date_changes(old.ook, new.ook)
    if extra:
        lines.append(f"{subject} is er ook op {dates(extra)}")
    if dropped:
        lines.append(f"{subject} is er niet meer extra op {dates(dropped)}")
    return lines


def _date_changes(
    before: list[dt.date | str], after: list[dt.date | str]
) -> tuple[list[dt.date], list[dt.date]]:
    """Dates that were added to and removed from a list of dates."""
    new, old = list_changes(
        [d for d in before if isinstance(d, dt.date)],
        [d for d in after if isinstance(d, dt.date)],
        dt.date.isoformat,
    )
    return [dt.date.fromisoformat(d) for d in new], [dt.date.fromisoformat(d) for d in old]


_WHEN_FIELDS = [
    Field("wanneer", "dag", describe),
    Field("tijd", "tijd", lambda t: t.words()),
    Field("vanaf", "eerste datum", short_date),
    Field("tot", "laatste datum", short_date),
]
_OTHER_FIELDS = [
    Field("soort", "soort", str),
    Field("kosten", "kosten"),
    Field("aanmelden", "aanmelden"),
    Field("voor", "voor wie"),
]
