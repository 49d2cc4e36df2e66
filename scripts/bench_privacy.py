"""Time the privacy scanner on realistic short strings; prints microseconds per string.

    .venv/bin/python scripts/bench_privacy.py [--n 200000]

The check scans about 1.5 million text values for 14,500 buurten; at 3 µs a string that is
about 4.5 s, the budget (30% of a ~15 s check). Times are CPU time of this process, so a busy
machine disturbs them less; the baseline line shows how fast the machine is.
"""

from __future__ import annotations

import argparse
import random
import re
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


def _corpus(name: str) -> list[tuple[str, FieldKind]]:
    folder = Path(__file__).resolve().parent.parent / "tests" / "privacy" / "corpus" / "dev"
    items = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
    return [(str(item["tekst"]), FieldKind(item["soort"])) for item in items]


def _time(strings: list[tuple[str, FieldKind]]) -> float:
    start = time.process_time()
    for text, kind in strings:
        scan_text(text, kind)
    return (time.process_time() - start) / len(strings) * 1e6


def _baseline(strings: list[tuple[str, FieldKind]]) -> float:
    """One compiled-regex search per string: shows how fast this machine is right now."""
    pattern = re.compile(r"[\d@/]")
    start = time.process_time()
    for text, _kind in strings:
        pattern.search(text)
    return (time.process_time() - start) / len(strings) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=200_000, help="strings per measurement")
    args = parser.parse_args()
    rng = random.Random(1)
    start = time.perf_counter()
    scan_text("Bel Henk op 06-12345678, samen met joop. Wojtek kookt.")  # load lists once
    print(f"first call (loads word lists): {(time.perf_counter() - start) * 1e3:6.1f} ms")
    typical = [rng.choice(TYPICAL) for _ in range(args.n)]
    clean = _corpus("zonder_persoonsgegevens.yml")
    corpus = clean + _corpus("met_persoonsgegevens.yml")
    mixed = [rng.choice(corpus) for _ in range(args.n // 10)]
    print(f"baseline (one regex search):   {_baseline(typical):6.2f} µs/string")
    print(f"typical buurt values:          {_time(typical):6.2f} µs/string")
    print(f"corpus without personal data:  {_time(clean * 50):6.2f} µs/string")
    print(f"whole corpus (with and without):{_time(mixed):6.2f} µs/string")


if __name__ == "__main__":
    main()
