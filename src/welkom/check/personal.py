"""Run the privacy scanner over every text value of a site, with file:line:column.

Which rules apply depends on the field: contact fields of organisations, places and help lines
may hold a public phone number or a role address; a place's `adres` may hold street and house
number; a `rol` or `verteller` must be a role. Everything else is free text.
"""

from __future__ import annotations

import functools

from welkom.check.privacy import Allowlist, FieldKind, Finding, scan_text
from welkom.load.document import Document, Loc
from welkom.problems import Problem
from welkom.site import Site

CONTACT_KEYS = frozenset({"telefoon", "email", "website"})
CONTACT_OWNERS = frozenset({"organisaties", "hulp", "plekken", "klopt_niet"})
ADDRESS_OWNERS = frozenset({"plekken", "organisaties"})
ROLE_KEYS = frozenset({"rol", "verteller"})
# Values that are ids, enum words or file names: checked by the model, never free text.
SKIP_KEYS = frozenset(
    {"id", "soort", "organisatie", "waar", "plek", "bestand", "cbs_code", "toegankelijk"}
)


def field_kind(loc: Loc) -> FieldKind | None:
    """The scanning rules for the value at ``loc``; None for values that are not text."""
    keys = [part for part in loc if isinstance(part, str)]
    if not keys:
        return FieldKind.TEXT
    return _kind(keys[0], keys[-2] if len(keys) >= 2 else "", keys[-1])


@functools.cache
def _kind(top: str, owner: str, last: str) -> FieldKind | None:
    if last in SKIP_KEYS or top == "privacy":
        return None
    if last in CONTACT_KEYS and owner in CONTACT_OWNERS:
        return FieldKind.CONTACT
    if last == "adres" and owner in ADDRESS_OWNERS:
        return FieldKind.ADDRESS
    if last in ROLE_KEYS:
        return FieldKind.ROLE
    return FieldKind.TEXT


Memo = dict[tuple[str, FieldKind], list[Finding]]
MEMO_MAX_LENGTH = 120  # short values ("gratis", "niet nodig", opening hours) repeat a lot


def scan_document(doc: Document, allow: Allowlist, memo: Memo | None = None) -> list[Problem]:
    """Findings in every string of ``doc``, walking the data once (no per-value loc lists)."""
    problems: list[Problem] = []
    memo = {} if memo is None else memo

    def walk(value: object, loc: Loc, top: str, owner: str, last: str) -> None:
        if isinstance(value, str):
            kind = _kind(top, owner, last)
            if kind is None or not value:
                return
            key = (value, kind)
            findings = memo.get(key)
            if findings is None:
                findings = scan_text(value, kind, allow)
                if len(value) <= MEMO_MAX_LENGTH:
                    memo[key] = findings
            for finding in findings:
                line, column = doc.where(loc)
                if "\n" not in value:
                    column += finding.start  # plain one-line values map exactly
                problems.append(_problem(doc.path, line, column, finding, loc))
        elif isinstance(value, dict):
            for k, v in value.items():
                walk(v, (*loc, k), top or k, last, k)
        elif isinstance(value, list):
            for i, v in enumerate(value):
                walk(v, (*loc, i), top, owner, last)

    walk(doc.data, (), "", "", "")
    return problems


def scan_body(path: str, body: str, body_line: int, allow: Allowlist) -> list[Problem]:
    problems: list[Problem] = []
    for finding in scan_text(body, FieldKind.TEXT, allow):
        line = body_line + body.count("\n", 0, finding.start)
        column = finding.start - (body.rfind("\n", 0, finding.start) + 1) + 1
        problems.append(_problem(path, line, column, finding, ()))
    return problems


def allowlist_of(site: Site, gemeente: str | None) -> Allowlist:
    entry = site.gemeenten.get(gemeente or "")
    if entry is None:
        return Allowlist.EMPTY
    return Allowlist.of(item.waarde for item in entry.model.privacy.toegestaan)


def scan_site(site: Site, *, national: bool = True) -> list[Problem]:
    problems: list[Problem] = []
    if national and site.landelijk_doc is not None:
        problems += scan_document(site.landelijk_doc, Allowlist.EMPTY)
    allowlists = {g: allowlist_of(site, g) for g in site.gemeenten}
    memos: dict[str, Memo] = {g: {} for g in site.gemeenten}  # one per allowlist
    for g in site.gemeenten.values():
        problems += scan_document(g.doc, allowlists[g.id], memos[g.id])
    for b in site.buurten.values():
        problems += scan_document(b.doc, allowlists[b.gemeente], memos[b.gemeente])
    for a in site.activiteiten.values():
        problems += scan_document(a.doc, allowlists[a.gemeente], memos[a.gemeente])
    for v in site.verhalen.values():
        gemeente = v.buurt.split("/", 1)[0] if v.buurt else None
        allow = allowlists.get(gemeente or "", Allowlist.EMPTY)
        problems += scan_document(v.doc, allow)
        problems += scan_body(v.doc.path, v.body, v.body_line, allow)
    return problems


def exceptions_in_use(site: Site) -> int:
    """How many `privacy.toegestaan` entries the gemeenten have (each with a reason)."""
    return sum(len(g.model.privacy.toegestaan) for g in site.gemeenten.values())


def _problem(path: str, line: int, column: int, finding: Finding, loc: Loc) -> Problem:
    from welkom.load.document import format_loc

    return Problem(
        path, line, column, finding.severity, finding.code, finding.message, format_loc(loc)
    )
