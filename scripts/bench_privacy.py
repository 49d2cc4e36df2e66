"""Time the privacy scanner on realistic short strings; prints microseconds per string.

    .venv/bin/python scripts/bench_privacy.py [--n 200000]

The check scans about 1.5 million text values for 14,500 buurten; at 3 µs a string that is
about 4.5 s, the budget (30% of a ~15 s check).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

import yaml

from welkom.check.privacy import FieldKind, scan_text

# Typical values: most carry no personal data at all.
TYPICAL = [
    ("Kiem-Noord is een groene buurt met veel portiekflats. Nieuw hier? Welkom!", FieldKind.TEXT),
    ("Koffie, een krant en altijd iemand om mee te praten.", FieldKind.TEXT),
    ("Vragen over je woning, de portiek of je buren.", FieldKind.TEXT),
    ("Zeg gedag in de portiek. Een plantje of iets lekkers helpt.", FieldKind.TEXT),
    ("Kapotte broodrooster of fiets? Samen repareren we hem.", FieldKind.TEXT),
    ("Repair Café", FieldKind.TEXT),
    ("Buurthuis De Kiem", FieldKind.TEXT),
    ("elke derde zaterdag van de maand", FieldKind.TEXT),
    ("13.00-16.00", FieldKind.TEXT),
    ("gratis", FieldKind.TEXT),
    ("Zorgen om een buurtgenoot", FieldKind.TEXT),
    ("dag en nacht", FieldKind.TEXT),
    ("huismeester", FieldKind.ROLE),
    ("een nieuwe bewoner", FieldKind.ROLE),
    ("0800-1205", FieldKind.CONTACT),
    ("info@buurthuisdekiem.nl", FieldKind.CONTACT),
    ("Kerkstraat 12, 9999 ZZ Voorbeeldstad", FieldKind.ADDRESS),
    ("Het buurthuis staat op de hoek van de Kerkstraat en de Lindelaan.", FieldKind.TEXT),
    ("Toen ik hier kwam wonen, kende ik niemand. Een buurvrouw bracht soep.", FieldKind.TEXT),
    ("De huismeester zit op dinsdagochtend in het portiekcafé.", FieldKind.TEXT),
]


def _corpus() -> list[tuple[str, FieldKind]]:
    folder = Path(__file__).resolve().parent.parent / "tests" / "privacy" / "corpus"
    items = []
    for name in ("zonder_persoonsgegevens.yml", "met_persoonsgegevens.yml"):
        for item in yaml.safe_load((folder / name).read_text(encoding="utf-8")):
            items.append((str(item["tekst"]), FieldKind(item["soort"])))
    return items


def _time(strings: list[tuple[str, FieldKind]]) -> float:
    start = time.perf_counter()
    for text, kind in strings:
        scan_text(text, kind)
    return (time.perf_counter() - start) / len(strings) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200_000, help="strings per measurement")
    args = parser.parse_args()
    rng = random.Random(1)
    scan_text("Bel Henk op 06-12345678")  # load name lists and phonenumbers metadata once
    typical = [rng.choice(TYPICAL) for _ in range(args.n)]
    corpus = _corpus()
    clean = corpus[:209]
    mixed = [rng.choice(corpus) for _ in range(args.n // 10)]
    print(f"typical buurt values:          {_time(typical):6.2f} µs/string")
    print(f"corpus without personal data:  {_time(clean * 50):6.2f} µs/string")
    print(f"whole corpus (with and without): {_time(mixed):6.2f} µs/string")


if __name__ == "__main__":
    main()
