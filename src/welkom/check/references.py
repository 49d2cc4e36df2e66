"""Checks across files: ids are unique and every reference points at something that exists."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from welkom.load.document import Document, Loc
from welkom.problems import Problem
from welkom.site import ActiviteitEntry, Site


def check_references(site: Site) -> list[Problem]:
    problems: list[Problem] = []
    national = [o.id for o in site.landelijk.organisaties]
    if site.landelijk_doc is not None:
        problems += _unique(site.landelijk_doc, "organisaties", national, "organisatie")
    for g in site.gemeenten.values():
        ids = [o.id for o in g.model.organisaties]
        problems += _unique(g.doc, "organisaties", ids, "organisatie")
        for i, org_id in enumerate(ids):
            if org_id in national:
                problems.append(
                    g.doc.problem(
                        ("organisaties", i, "id"),
                        "ref.duplicate-id",
                        f"Het id `{org_id}` bestaat al in buurten/_landelijk.yml. Kies een "
                        "ander id, of gebruik de landelijke organisatie.",
                    )
                )
        orgs = ids + national
        for i, h in enumerate(g.model.hulp):
            problems += _ref(g.doc, ("hulp", i, "organisatie"), h.organisatie, orgs, "organisatie")
    for b in site.buurten.values():
        orgs = [o.id for o in site.gemeenten[b.gemeente].model.organisaties] + national
        plekken = [p.id for p in b.model.plekken]
        problems += _unique(b.doc, "plekken", plekken, "plek")
        for i, p in enumerate(b.model.plekken):
            problems += _ref(
                b.doc, ("plekken", i, "organisatie"), p.organisatie, orgs, "organisatie"
            )
        for i, s in enumerate(b.model.sleutelfiguren):
            problems += _ref(
                b.doc, ("sleutelfiguren", i, "organisatie"), s.organisatie, orgs, "organisatie"
            )
            problems += _ref(b.doc, ("sleutelfiguren", i, "waar"), s.waar, plekken, "plek")
        for i, h in enumerate(b.model.hulp):
            problems += _ref(b.doc, ("hulp", i, "organisatie"), h.organisatie, orgs, "organisatie")
    for a in site.activiteiten.values():
        problems += _activity(site, a, national)
    return problems


def _activity(site: Site, a: ActiviteitEntry, national: list[str]) -> list[Problem]:
    problems: list[Problem] = []
    buurt = site.buurten[a.buurt]
    ref = a.model.plek
    if "/" in ref:
        other, plek_id = ref.split("/", 1)
        target = site.buurten.get(f"{a.gemeente}/{other}")
        if target is None:
            names = [k.split("/", 1)[1] for k in site.gemeenten[a.gemeente].buurten]
            problems.append(
                a.doc.problem(
                    ("plek",),
                    "ref.unknown-buurt",
                    f"De buurt `{other}` bestaat niet in deze gemeente.{_close(other, names)}",
                )
            )
            return problems
    else:
        target, plek_id = buurt, ref
    plek = target.plek(plek_id)
    if plek is None:
        options = [p.id for p in target.model.plekken]
        problems.append(
            a.doc.problem(
                ("plek",),
                "ref.unknown-plek",
                f"De plek `{plek_id}` staat niet in {target.doc.path}.{_close(plek_id, options)}"
                + ("" if options else " Voeg de plek eerst toe aan de buurt."),
            )
        )
    else:
        a.plek, a.plek_buurt = plek, target.id
    orgs = [o.id for o in site.gemeenten[a.gemeente].model.organisaties] + national
    problems += _ref(a.doc, ("organisatie",), a.model.organisatie, orgs, "organisatie")
    return problems


def _unique(doc: Document, key: str, ids: list[str], what: str) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    for i, item_id in enumerate(ids):
        if item_id in seen:
            line = doc.where((key, seen[item_id], "id"))[0]
            problems.append(
                doc.problem(
                    (key, i, "id"),
                    "ref.duplicate-id",
                    f"Het id `{item_id}` gebruik je al voor een andere {what} (regel {line}). "
                    "Elk id mag maar één keer voorkomen: kies een ander.",
                )
            )
        else:
            seen[item_id] = i
    return problems


def _ref(
    doc: Document, loc: Loc, value: str | None, options: Iterable[str], what: str
) -> list[Problem]:
    if value is None:
        return []
    options = list(options)
    if value in options:
        return []
    where = "in deze gemeente of landelijk" if what == "organisatie" else "in deze buurt"
    return [
        doc.problem(
            loc,
            f"ref.unknown-{what}",
            f"De {what} `{value}` bestaat niet {where}.{_close(value, options)}"
            + (" Voeg hem toe aan _gemeente.yml." if what == "organisatie" else ""),
        )
    ]


def _close(value: str, options: list[str]) -> str:
    match = difflib.get_close_matches(value, options, n=1, cutoff=0.6)
    return f" Bedoel je `{match[0]}`?" if match else ""
