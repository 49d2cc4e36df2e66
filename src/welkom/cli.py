"""`welkom`: the command line. Each command imports its work lazily and calls one function."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with Dutch messages for the mistakes a volunteer makes on the command line."""

    def error(self, message: str) -> None:  # type: ignore[override]
        message = (
            message.replace("the following arguments are required", "dit ontbreekt")
            .replace("unrecognized arguments", "onbekende opties")
            .replace("invalid choice", "onbekende keuze")
            .replace("expected one argument", "hier hoort één waarde bij")
            .replace("argument ", "bij ")
            .replace("choose from", "kies uit")
        )
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: fout: {message}\n")


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is geen datum; schrijf jaar-maand-dag, zoals 2026-01-17"
        ) from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is geen getal groter dan 0")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="welkom",
        description="welkom: buurtinformatie controleren en klaarzetten voor de site.",
    )
    parser.add_argument(
        "--map",
        type=Path,
        default=None,
        help="map van de site (standaard: de map met mkdocs.yml, vanaf hier omhoog gezocht)",
    )
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", parser_class=_Parser)

    check = sub.add_parser("check", help="controleer alle gegevens (of alleen deze bestanden)")
    check.add_argument("paden", nargs="*", type=Path, metavar="PAD")
    check.add_argument(
        "--format",
        choices=["text", "github", "json", "markdown"],
        default=None,
        help="text (standaard), github (meldingen in een pull request), json of markdown",
    )
    check.add_argument(
        "--gewijzigd",
        metavar="REVISIE",
        default=None,
        help="alleen wat sinds deze git-revisie is gewijzigd, plus wat ernaar verwijst "
        "(bijvoorbeeld origin/main)",
    )
    check.add_argument(
        "--processen",
        type=_positive,
        default=None,
        help="hoeveel processen tegelijk (standaard: het aantal processorkernen)",
    )

    wanneer = sub.add_parser(
        "wanneer", help="probeer een zin als 'elke derde zaterdag van de maand'"
    )
    wanneer.add_argument("zin")
    wanneer.add_argument(
        "--vanaf", type=_date, default=None, help="eerste datum (standaard vandaag)"
    )
    wanneer.add_argument("--aantal", type=_positive, default=8, help="hoeveel datums (standaard 8)")

    schema = sub.add_parser("schema", help="schrijf de JSON-schema's voor editors in schemas/")
    schema.add_argument(
        "--controleer", action="store_true", help="alleen controleren of ze kloppen"
    )

    nieuw = sub.add_parser("nieuw", help="maak een nieuw bestand met uitleg erin")
    nieuw.add_argument("soort", choices=["buurt", "activiteit", "verhaal"])
    nieuw.add_argument(
        "naam",
        help=(
            "buurt: gemeente/buurt · activiteit: gemeente/buurt/naam · "
            "verhaal: naam of gemeente/buurt/naam"
        ),
    )

    verschil = sub.add_parser(
        "verschil", help="vertel in woorden wat er tussen twee git-revisies is veranderd"
    )
    verschil.add_argument("basis", metavar="VAN", help="git-revisie van vóór de wijziging")
    verschil.add_argument(
        "doel",
        metavar="NAAR",
        nargs="?",
        default=None,
        help="git-revisie na de wijziging (standaard: de bestanden zoals ze nu zijn)",
    )
    verschil.add_argument(
        "--format", choices=["text", "markdown", "json"], default="text", help="standaard text"
    )

    samenvatting = sub.add_parser(
        "samenvatting",
        help="samenvatting voor een pull request: wat verandert er en wat moet nog anders",
    )
    samenvatting.add_argument("basis", metavar="VAN", help="git-revisie van vóór de wijziging")
    samenvatting.add_argument("doel", metavar="NAAR", nargs="?", default=None)

    formulier = sub.add_parser(
        "formulier", help="maak van een ingevuld GitHub-formulier (issue) een bestand"
    )
    formulier.add_argument(
        "bestand", type=Path, metavar="TEKST", help="tekst van het issue ('-' = stdin)"
    )
    formulier.add_argument(
        "--soort",
        choices=["activiteit", "plek", "verhaal"],
        default=None,
        help="welk formulier (standaard: afgeleid uit de tekst)",
    )
    formulier.add_argument("--issue", type=_positive, default=None, help="nummer van het issue")
    formulier.add_argument(
        "--pr-tekst", type=Path, default=None, help="schrijf de tekst voor de pull request hierheen"
    )
    formulier.add_argument(
        "--uitvoer",
        type=Path,
        default=None,
        help="schrijf naam=waarde-regels voor GitHub Actions ($GITHUB_OUTPUT) hierheen",
    )
    formulier.add_argument(
        "--reactie", type=Path, default=None, help="schrijf de reactie voor het issue hierheen"
    )

    onderhoud = sub.add_parser(
        "onderhoud", help="wat moet er nagekeken worden: verouderd, voorbij, nooit nagekeken"
    )
    onderhoud.add_argument(
        "waar", nargs="?", default=None, metavar="GEMEENTE[/BUURT]", help="standaard: alles"
    )
    onderhoud.add_argument("--format", choices=["text", "markdown"], default="text")
    onderhoud.add_argument(
        "--uit",
        type=Path,
        default=None,
        metavar="MAP",
        help="markdown: schrijf per gemeente een bestand <gemeente>.md in deze map",
    )
    onderhoud.add_argument("--vandaag", type=_date, default=None, help="standaard: vandaag")
    onderhoud.add_argument(
        "--repo", default=None, help="GitHub-repository voor bewerk-links (https://github.com/…)"
    )
    onderhoud.add_argument("--tak", default=None, help="git-tak voor bewerk-links (standaard main)")

    fotos = sub.add_parser("fotos", help="haal verborgen gegevens (zoals GPS) uit foto's")
    fotos.add_argument("--strip", action="store_true", required=True, help="gegevens weghalen")
    fotos.add_argument("paden", nargs="+", type=Path, metavar="PAD")
    return parser


def find_root(start: Path | None) -> Path:
    if start is not None:
        return start.resolve()
    here = Path.cwd().resolve()
    for candidate in (here, *here.parents):
        if (candidate / "mkdocs.yml").exists() or (candidate / "buurten").is_dir():
            return candidate
    return here


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return _run(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `welkom verschil … | head`: the reader has all it wants
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # never a traceback for a volunteer
        if os.environ.get("WELKOM_DEBUG"):
            raise
        print(
            f"welkom: er ging iets mis in welkom zelf ({type(exc).__name__}: {exc}). Dit is niet "
            "jouw fout. Meld het bij de beheerders; met WELKOM_DEBUG=1 zie je de details.",
            file=sys.stderr,
        )
        return EXIT_ERRORS


def _run(args: argparse.Namespace) -> int:
    root = find_root(args.map)
    if args.command == "check":
        fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
        if args.gewijzigd is not None:
            from welkom.commands.gewijzigd import run_check_changed

            return run_check_changed(root, args.gewijzigd, fmt)
        from welkom.commands.check import run_check

        return run_check(root, args.paden, fmt, args.processen)
    if args.command == "wanneer":
        from welkom.commands.wanneer import run_wanneer

        return run_wanneer(args.zin, args.vanaf, args.aantal)
    if args.command == "schema":
        from welkom.commands.schema import run_schema

        return run_schema(root, check_only=args.controleer)
    if args.command == "nieuw":
        from welkom.commands.nieuw import run_nieuw

        return run_nieuw(root, args.soort, args.naam)
    if args.command == "verschil":
        from welkom.commands.verschil import run_verschil

        return run_verschil(root, args.basis, args.doel, args.format)
    if args.command == "samenvatting":
        from welkom.commands.samenvatting import run_samenvatting

        return run_samenvatting(root, args.basis, args.doel)
    if args.command == "formulier":
        from welkom.commands.formulier import run_formulier

        return run_formulier(root, args)
    if args.command == "onderhoud":
        from welkom.commands.onderhoud import run_onderhoud

        return run_onderhoud(root, args)
    if args.command == "fotos":
        from welkom.commands.fotos import run_fotos

        return run_fotos(args.paden)
    raise AssertionError(args.command)  # pragma: no cover


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
