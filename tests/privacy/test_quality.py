"""Measured quality of the privacy scanner on labelled corpora of realistic Dutch sentences.

Every privacy finding blocks publication ("fail closed"), certain or not, so every finding
counts. Recall: of the sentences WITH personal data, how many get a finding (in our own corpus:
a finding with one of the item's expected codes). False positives: of the sentences WITHOUT
personal data, how many get any finding.

Corpus parts, each measured and held to the targets on its own:

* ``corpus/dev/``: tuned on;
* ``corpus/validatie/``: written once before tuning, only looked at at the end;
* ``corpus/heldout*/``: written by someone else who never saw the scanner or the other
  corpora; items are ``{tekst, soort, klasse, persoonsgegevens: true|false, toegestaan?}``.
  Each was measured once, untouched, then became tuning material for the next round:

  ========= =============================== ====================== =======================
  part      measured untouched              then used for          now
  ========= =============================== ====================== =======================
  heldout   92.0 / – / 8.4 (round 1)        round 2                held to the targets
  heldout2  92.9 / 93.0 / 4.4 (round 2)     round 3                held to the targets
  heldout3  91.2 / 95.4 / 2.4 (round 3)     round 4                held to the targets
  heldout4  94.4 / 98.3 / 1.3 (round 4)     round 5                held to the targets
  oefen5    91.0 / 92.0 / 3.0 (round 4)     round 5 (a tuning      held to the targets
                                            corpus, written for it)
  heldout5  94.0 / 88.9 / 2.8 (round 4)     round 5b               held to the targets
  heldout6  97.2 / 96.8 / 2.0 (round 5),    round 5c               held to the targets
            98.0 / 100 / 1.2 (round 5b)
  heldout7  96.4 / 95.2 / 0.4 (round 5b)    round 5c               held to the targets
  heldout8  96.0 / 95.2 / 0.4 (round 5c)    round 6                held to the targets
  heldout9  96.8 / 95.2 / 1.2 (round 5c     round 7                held to the targets
            and again after round 6)
  heldout10 95.6 / 98.4 / 1.6 (round 7)     round 8                held to the targets
  heldout11 97.2 / 93.5 / 0.8 (round 8)     round 9                held to the targets
  heldout12 96.8 / 93.7 / 1.6 (round 8)     round 9                held to the targets
  heldout13 96.8 / 96.8 / 2.4 (round 8)     round 9                held to the targets
  heldout14 95.2 / 96.8 / 1.2 (round 8),    round 10               held to the targets
            95.6 / 96.8 / 1.2 (round 9)
  heldout15 94.0 / 90.3 / 3.6 (round 8),    round 10               held to the targets
            94.8 / 90.3 / 2.4 (round 9)
  heldout16 98.0 / 96.8 / 2.0 (rounds 8,    round 11               held to the targets
            9 and 10)
  heldout17 96.4 / 93.5 / 1.2 (round 8),    round 11               held to the targets
            97.6 / 95.2 / 1.2 (round 10)
  heldout18 94.4 / 95.2 / 1.2 (round 8),    round 11               held to the targets
            95.6 / 95.2 / 1.2 (round 10)
  heldout19 96.8 / 95.2 / 0.4 (round 8),    nothing: the           held to the targets
            98.0 / 98.4 / 0.0 (rounds 10    independent measure
            and 11)
  heldout20 98.0 / 96.8 / 2.8 (round 8),    nothing: the           held to the targets
            98.8 / 96.8 / 2.0 (rounds 10    independent measure
            and 11)
  heldout21 96.8 / 96.8 / 1.2 (round 8),    nothing: the           held to the targets
            98.0 / 98.4 / 0.4 (round 11)    independent measure
  heldout22 97.6 / 96.8 / 2.0 (round 8),    nothing: the           held to the targets
            98.8 / 98.4 / 1.6 (round 11)    independent measure
  ========= =============================== ====================== =======================

  (recall / special-category recall / false positives, in %.) Each corpus README says who
  wrote it and when it was measured. heldout12 to heldout18 were written at the start of
  round 9, heldout19 and heldout20 during round 10, by nine writers who never saw the guard;
  each round then tuned on some of them and was measured on the ones nobody had read. On
  each round's own tuning sets the figures reached 100%; on the untouched ones they rose by
  less: pooled over heldout16 to heldout18, 96.3 / 95.2 / 1.9 (round 8) to 97.1 / 95.7 / 1.5
  (round 10). On heldout19 to heldout22, which nobody read or tuned on (the last two written
  after round 11), the guard as it stands scores 98.4 / 98.0 / 1.0 pooled (984/1000,
  245/250, 10/1000; the guard of round 8: 97.3 / 96.4 / 1.6), meeting the targets of issue 11
  on each. Before tuning on these, write a new held-out part to measure with.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from welkom.check.privacy import Allowlist, FieldKind, scan_text

CORPUS = Path(__file__).with_name("corpus")
RECALL_TARGET = 0.97
SPECIAL_RECALL_TARGET = 0.95
FALSE_POSITIVE_TARGET = 0.03
SPECIAL = "bijzonder"


@dataclass(frozen=True)
class Item:
    text: str
    kind: FieldKind
    klasse: str
    personal: bool
    codes: frozenset[str] | None  # None: any finding counts
    allowed: tuple[str, ...] = ()


@dataclass
class Figures:
    items: list[Item]
    missed: list[tuple[Item, list[tuple[str, str]]]] = field(default_factory=list)
    wrong: list[tuple[Item, list[tuple[str, str]]]] = field(default_factory=list)

    def with_data(self, klasse: str | None = None) -> list[Item]:
        return [i for i in self.items if i.personal and klasse in (None, i.klasse)]

    def recall(self, klasse: str | None = None) -> float:
        total = self.with_data(klasse)
        missed = [m for m, _ in self.missed if klasse in (None, m.klasse)]
        return 1 - len(missed) / len(total) if total else 1.0

    def false_positives(self) -> float:
        total = [i for i in self.items if not i.personal]
        return len(self.wrong) / len(total) if total else 0.0


def _kind(soort: object) -> FieldKind:
    """The field kind of an item; a `soort` that names a field ("omschrijving", "verhaal") is
    free text, as the check treats every field that is no contact, address or role field."""
    try:
        return FieldKind(str(soort or "tekst"))
    except ValueError:
        return FieldKind.TEXT


def _items(path: Path, personal: bool | None) -> list[Item]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    assert isinstance(raw, list), path
    out = []
    for entry in raw:
        has_data = bool(entry["persoonsgegevens"]) if personal is None else personal
        codes = entry.get("codes")
        out.append(
            Item(
                str(entry["tekst"]),
                _kind(entry.get("soort")),
                str(entry.get("klasse", "?")),
                has_data,
                frozenset(codes) if codes and personal is not None else None,
                tuple(str(a) for a in entry.get("toegestaan", []) or []),
            )
        )
    return out


def load_part(name: str) -> list[Item]:
    folder = CORPUS / name
    if (folder / "met.yml").exists():  # held-out and tuning parts written by others
        return [item for path in sorted(folder.rglob("*.yml")) for item in _items(path, None)]
    return _items(folder / "met_persoonsgegevens.yml", True) + _items(
        folder / "zonder_persoonsgegevens.yml", False
    )


PARTS = ["dev", "validatie", *sorted(p.parent.name for p in CORPUS.glob("*/met.yml"))]
# Parts whose figures are below the targets: (recall, special-category recall, false
# positives) as last measured. The targets above hold for every other part.
FLOORS: dict[str, tuple[float, float, float]] = {}


def measure(items: list[Item]) -> Figures:
    figures = Figures(items)
    for item in items:
        found = scan_text(item.text, item.kind, Allowlist.of(item.allowed))
        shown = [(f.code, item.text[f.start : f.end]) for f in found]
        if item.personal:
            hits = [f for f in found if item.codes is None or f.code in item.codes]
            if not hits:
                figures.missed.append((item, shown))
        elif found:
            figures.wrong.append((item, shown))
    return figures


def report(name: str, figures: Figures) -> str:
    lines = [
        f"privacy scanner, {name}: recall {figures.recall():.1%} "
        f"({len(figures.with_data()) - len(figures.missed)}/{len(figures.with_data())}), "
        f"false positives {figures.false_positives():.1%} "
        f"({len(figures.wrong)}/{len(figures.items) - len(figures.with_data())})"
    ]
    classes = Counter(i.klasse for i in figures.items)
    for klasse in sorted(classes):
        sample = [i for i in figures.items if i.klasse == klasse]
        if sample[0].personal:
            lines.append(f"  {klasse:22} recall {figures.recall(klasse):6.1%} of {len(sample)}")
        else:
            wrong = sum(1 for w, _ in figures.wrong if w.klasse == klasse)
            lines.append(f"  {klasse:22} onterecht {wrong}/{len(sample)}")
    for kind in sorted({i.kind for i in figures.items}, key=lambda k: k.value):
        with_data = [i for i in figures.with_data() if i.kind is kind]
        without = [i for i in figures.items if not i.personal and i.kind is kind]
        missed = sum(1 for m, _ in figures.missed if m.kind is kind)
        wrong = sum(1 for w, _ in figures.wrong if w.kind is kind)
        lines.append(
            f"  veld {kind.value:17} recall {1 - missed / max(len(with_data), 1):6.1%} "
            f"of {len(with_data)}, onterecht {wrong}/{len(without)}"
        )
    lines += [f"  gemist: {i.text} {shown}" for i, shown in figures.missed]
    lines += [f"  onterecht: {i.text} {shown}" for i, shown in figures.wrong]
    return "\n".join(lines)


def test_corpus_is_big_enough_and_labelled() -> None:
    own = load_part("dev") + load_part("validatie")
    assert len(own) >= 450
    texts = [i.text for i in own]
    assert len(texts) == len(set(texts)), "a sentence occurs twice"
    assert all(i.klasse != "?" for i in own), "every item has a klasse"
    classes = {i.klasse for i in own if i.personal}
    assert classes >= {
        "telefoon", "email", "naam", "adres", "geboortedatum", "bsn", "iban", "kenteken",
        "social", SPECIAL,
    }  # fmt: skip
    assert len([i for i in load_part("validatie") if i.klasse == SPECIAL]) >= 20


@pytest.mark.parametrize("part", PARTS)
def test_recall_and_false_positive_rate(part: str, capsys: pytest.CaptureFixture[str]) -> None:
    figures = measure(load_part(part))
    with capsys.disabled():
        print("\n" + report(part, figures))
    recall, special, false_positives = FLOORS.get(
        part, (RECALL_TARGET, SPECIAL_RECALL_TARGET, FALSE_POSITIVE_TARGET)
    )
    assert figures.recall() >= recall
    assert figures.recall(SPECIAL) >= special
    assert figures.false_positives() <= false_positives


def test_heldout_format_is_read(tmp_path: Path) -> None:
    """The held-out format (``persoonsgegevens``, no codes) counts any finding."""
    path = tmp_path / "x.yml"
    path.write_text(
        "- {tekst: 'Bel 06-12345678', soort: tekst, klasse: telefoon, persoonsgegevens: true}\n"
        "- {tekst: 'Bel 112', soort: tekst, klasse: servicenummer, persoonsgegevens: false}\n"
        "- {tekst: 'Kerkstraat 12', soort: tekst, klasse: openbaar-adres,"
        " persoonsgegevens: false, toegestaan: [Kerkstraat 12]}\n",
        encoding="utf-8",
    )
    figures = measure(_items(path, None))
    assert [i.personal for i in figures.items] == [True, False, False]
    assert figures.recall() == 1.0 and figures.false_positives() == 0.0
