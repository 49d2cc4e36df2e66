"""Run the privacy scanner over every text value of a site, with file:line:column.

Which rules apply depends on the field: contact fields of organisations, places and help lines
may hold a public phone number or a role address; a place's `adres` may hold street and house
number; a `rol` or `verteller` must be a role. Everything else is free text.

Fail closed: every finding is an error, certain or not (an uncertain one is worded as a
question), so nothing the guard doubts reaches the site until it is rewritten or recorded
under `privacy.toegestaan` with a reason. What the site's own data already publishes (names,
addresses and contact details of plekken and organisaties, buurt names) may be repeated in free
text without an exception; see `public_allowlist`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from welkom.check.privacy import Allowlist, FieldKind, Finding, scan_text
from welkom.load.document import Document, Loc
from welkom.problems import Problem, Severity
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


# Fields whose value is itself the public data (a plek's own name): only the gemeente's
# explicit exceptions apply there, never the list made from these same values.
OWN_PUBLIC_KEYS = frozenset({"naam", "adres", "email", "telefoon", "website"})

Memo = dict[tuple[str, FieldKind, bool], list[Finding]]
MEMO_MAX_LENGTH = 120  # short values ("gratis", "niet nodig", opening hours) repeat a lot
CLEAN_MAX_LENGTH = 600  # clean values repeat across gemeenten too (templated intros, tips)


def scan_document(
    doc: Document,
    allow: Allowlist,
    memo: Memo | None = None,
    public: Allowlist = Allowlist.EMPTY,
    wide: Allowlist | Callable[[], Allowlist] | None = None,
    clean: set[tuple[str, FieldKind]] | None = None,
) -> list[Problem]:
    """Findings in every string of ``doc``, walking the data once (no per-value loc lists).

    ``allow`` holds the gemeente's exceptions; ``public`` what the site already publishes,
    allowed everywhere except in the fields it was made from (``wide``: both together, or a
    function that makes them when first needed). ``clean`` (shared by every document of a
    check) holds values without any finding even with no exception at all: an allowlist only
    ever removes findings, so these are clean in every gemeente.
    """
    problems: list[Problem] = []
    memo = {} if memo is None else memo
    clean = set() if clean is None else clean
    if wide is None:
        wide = allow | public if public else allow
    path: list[str | int] = []  # the loc of the value being walked, as a stack

    def found(value: str, kind: FieldKind, own: bool) -> list[Finding]:
        key = (value, kind, own)
        findings = memo.get(key)
        if findings is None:
            findings = scan_text(value, kind)
            if not findings:
                if len(value) <= CLEAN_MAX_LENGTH:
                    clean.add((value, kind))
                return findings
            allowed = allow if own else (wide() if callable(wide) else wide)
            if allowed:
                findings = scan_text(value, kind, allowed)
            if len(value) <= MEMO_MAX_LENGTH:
                memo[key] = findings
        return findings

    def visit(value: str, top: str, owner: str, last: str, step: str | int) -> None:
        kind = _kind(top, owner, last)
        if kind is None or not value or (value, kind) in clean:
            return
        own = owner in ADDRESS_OWNERS and last in OWN_PUBLIC_KEYS
        for finding in found(value, kind, own):
            loc = (*path, step)
            line, column = locate_in_value(doc, loc, value, finding.start)
            problems.append(_problem(doc.path, line, column, finding, loc))

    # Two walkers instead of one with isinstance tests: this loop sees every value of the site.
    def walk_dict(data: dict[Any, Any], top: str, last: str) -> None:
        for k, v in data.items():
            kind = type(v)
            if kind is str:
                visit(v, top or k, last, k, k)
            elif kind is dict:
                path.append(k)
                walk_dict(v, top or k, k)
                path.pop()
            elif kind is list:
                path.append(k)
                walk_list(v, top or k, last, k)
                path.pop()

    def walk_list(items: list[Any], top: str, owner: str, last: str) -> None:
        for i, v in enumerate(items):
            kind = type(v)
            if kind is str:
                visit(v, top, owner, last, i)
            elif kind is dict:
                path.append(i)
                walk_dict(v, top, last)
                path.pop()
            elif kind is list:
                path.append(i)
                walk_list(v, top, owner, last)
                path.pop()

    data = doc.data
    if type(data) is dict:
        walk_dict(data, "", "")
    elif type(data) is list:
        walk_list(data, "", "", "")
    elif type(data) is str:
        kind = _kind("", "", "")
        for finding in found(data, kind, False) if kind is not None else ():
            line, column = locate_in_value(doc, (), data, finding.start)
            problems.append(_problem(doc.path, line, column, finding, ()))
    return problems


def scan_body(
    path: str,
    body: str,
    body_line: int,
    allow: Allowlist,
    wide: Callable[[], Allowlist] | None = None,
) -> list[Problem]:
    """Findings in a story's Markdown body; ``wide`` adds the public data when needed."""
    problems: list[Problem] = []
    findings = scan_text(body, FieldKind.TEXT, allow)
    if findings and wide is not None:
        findings = scan_text(body, FieldKind.TEXT, wide())
    for finding in findings:
        line = body_line + body.count("\n", 0, finding.start)
        column = finding.start - (body.rfind("\n", 0, finding.start) + 1) + 1
        problems.append(_problem(path, line, column, finding, ()))
    return problems


def allowlist_of(site: Site, gemeente: str | None) -> Allowlist:
    entry = site.gemeenten.get(gemeente or "")
    if entry is None:
        return Allowlist.EMPTY
    return Allowlist.of(item.waarde for item in entry.model.privacy.toegestaan)


_STREET = re.compile(r"^\s*([^,\d]*?[^\W\d_][^,\d]*?)\s+\d")


def public_allowlist(site: Site, gemeente: str | None) -> Allowlist:
    """What the site's data for ``gemeente`` already publishes: allowed in its free text.

    Names, addresses, e-mail addresses, phone numbers and websites of its organisaties and of
    the plekken of its buurten; the street of each such address; the names of the gemeente
    and its buurten. (National help lines need nothing: service numbers are never personal.)
    """
    entry = site.gemeenten.get(gemeente or "")
    if entry is None:
        return Allowlist.EMPTY
    values: list[str] = [entry.model.naam]
    owners: list[object] = list(entry.model.organisaties)
    for buurt_id in entry.buurten:
        buurt = site.buurten[buurt_id].model
        values.append(buurt.naam)
        owners += buurt.plekken
    for owner in owners:
        for key in ("naam", "adres", "email", "telefoon", "website"):
            value = getattr(owner, key, None)
            if value:
                values.append(str(value))
        adres = getattr(owner, "adres", None)
        if adres:
            values.append(adres.split(",")[0])  # "Kerkstraat 12"
            street = _STREET.match(adres)
            if street is not None:
                values.append(street.group(1))  # "Kerkstraat"
    return Allowlist.public(values)


def scan_site(site: Site, *, national: bool = True) -> list[Problem]:
    problems: list[Problem] = []
    if national and site.landelijk_doc is not None:
        problems += scan_document(site.landelijk_doc, Allowlist.EMPTY)
    allowlists = {g: allowlist_of(site, g) for g in site.gemeenten}

    @functools.cache
    def wide_of(gemeente: str) -> Allowlist:
        """Exceptions and public data of a gemeente: made only when a value has a finding."""
        return allowlists.get(gemeente, Allowlist.EMPTY) | public_allowlist(site, gemeente)

    wides = {g: functools.partial(wide_of, g) for g in site.gemeenten}
    memos: dict[str, Memo] = {g: {} for g in site.gemeenten}  # one per allowlist
    clean: set[tuple[str, FieldKind]] = set()  # one for all: clean is clean everywhere
    for g in site.gemeenten.values():
        problems += scan_document(
            g.doc, allowlists[g.id], memos[g.id], wide=wides[g.id], clean=clean
        )
    for b in site.buurten.values():
        g = b.gemeente
        problems += scan_document(b.doc, allowlists[g], memos[g], wide=wides[g], clean=clean)
    for a in site.activiteiten.values():
        g = a.gemeente
        problems += scan_document(a.doc, allowlists[g], memos[g], wide=wides[g], clean=clean)
    for v in site.verhalen.values():
        gemeente = v.buurt.split("/", 1)[0] if v.buurt else ""
        allow = allowlists.get(gemeente, Allowlist.EMPTY)
        problems += scan_document(
            v.doc, allow, None, wide=functools.partial(wide_of, gemeente), clean=clean
        )
        problems += scan_body(
            v.doc.path, v.body, v.body_line, allow, functools.partial(wide_of, gemeente)
        )
    return problems


def locate_in_value(doc: Document, loc: Loc, value: str, offset: int) -> tuple[int, int]:
    """The line and column in the file of ``value[offset]``, also inside a multi-line value.

    The value's node starts at ``doc.where(loc)``; from there we look for the same word the
    finding starts with, as often as it occurs in the value before ``offset``. Folding and
    quoting change spaces and line breaks, never the letters of a word. Where the word cannot
    be found (an escape sequence), the start of the value is as close as we get.
    """
    line, column = doc.where(loc)
    if not doc.text:
        return line, column + offset if "\n" not in value else column
    word = re.match(r"\S{1,40}", value[offset:])
    if word is None:
        return line, column
    token = word.group()
    nth = _count(value, token, offset)
    lines = doc.text.splitlines(keepends=True)
    first = line - 1 - doc.line_offset
    if not 0 <= first < len(lines):
        return line, column
    start = sum(len(x) for x in lines[:first]) + column - 1
    position = start - 1
    for _ in range(nth + 1):
        position = doc.text.find(token, position + 1)
        if position == -1:
            return line, column
    found_line = doc.text.count("\n", 0, position)
    found_column = position - (doc.text.rfind("\n", 0, position) + 1)
    return found_line + 1 + doc.line_offset, found_column + 1


def _count(value: str, token: str, end: int) -> int:
    count, position = 0, value.find(token)
    while -1 < position < end:
        count += 1
        position = value.find(token, position + 1)
    return count


def exceptions_in_use(site: Site) -> int:
    """How many `privacy.toegestaan` entries the gemeenten have (each with a reason)."""
    return sum(len(g.model.privacy.toegestaan) for g in site.gemeenten.values())


def _problem(path: str, line: int, column: int, finding: Finding, loc: Loc) -> Problem:
    from welkom.load.document import format_loc

    # Fail closed: every finding stops publication; an uncertain one asks its question.
    return Problem(
        path, line, column, Severity.ERROR, finding.code, finding.message, format_loc(loc)
    )
