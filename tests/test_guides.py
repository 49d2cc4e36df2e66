"""The guides cannot drift from the code: docs/meedoen.md (volunteers) and MAINTAINING.md.

* every `welkom …` command they show is a real subcommand with real options;
* every repository path they name exists (or is one the guide tells you to create);
* every form they name is a template in .github/ISSUE_TEMPLATE/, and every template is named;
* every check message quoted in meedoen.md is, word for word, what `welkom check` prints for the
  broken example shown right above it, made here in a copy of the example site;
* every `wanneer`, `tijd` and `open` phrase the guide says works, does.
"""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from tests.helpers import REPO, example_repo, git, run_cli
from tests.images import builders
from welkom.cli import build_parser
from welkom.when import parse_opening, parse_recurrence, parse_time_range

MEEDOEN = REPO / "docs" / "meedoen.md"
MAINTAINING = REPO / "MAINTAINING.md"
GUIDES = (MEEDOEN, MAINTAINING)
TEMPLATES = REPO / ".github" / "ISSUE_TEMPLATE"

# Folders at the root of the repository, and files there, that a guide may name. A bare file
# name like `repair-cafe.yml` is an example in prose, not a path.
ROOTS = ("buurten", "activiteiten", "verhalen", "docs", "src", "tests", "scripts", "schemas")
ROOT_FILES = re.compile(
    r"^(?:\.github/.*|\.pre-commit-config\.ya?ml|[A-Z][A-Z_]*\.md|mkdocs\.ya?ml|pyproject\.toml"
    r"|constraints\.txt|package\.json|Makefile)$"
)
# The gemeente MAINTAINING.md sets up for a new town: its files exist only in that town.
NEW_TOWN = "mijnstad"
# Paths a guide tells you to create; they do not exist in this repository on purpose.
TO_CREATE: frozenset[str] = frozenset(
    {"docs/verhalen/<oude-naam>/index.html", ".github/dependabot.yml"}
)


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# --- reading the guides -------------------------------------------------------------------

FENCE = re.compile(
    r"^(?P<indent> *)```(?P<lang>[\w-]*)\n(?P<body>.*?)^(?P=indent)```$", re.M | re.S
)
SPAN = re.compile(r"(?<!`)`([^`]+)`(?!`)")


def code_blocks(text: str) -> list[tuple[str, str]]:
    """(language, body) of every fenced block."""
    return [(m["lang"], m["body"]) for m in FENCE.finditer(text)]


def code_spans(text: str) -> list[str]:
    """Inline code outside fenced blocks, whitespace collapsed (a span may wrap a line)."""
    prose = FENCE.sub("", text)
    return [" ".join(m.group(1).split()) for m in SPAN.finditer(prose)]


def shown_commands(text: str) -> list[str]:
    """Every `welkom …` command: in inline code, and lines of shell blocks."""
    found = [s for s in code_spans(text) if re.match(r"(?:\.venv/bin/)?welkom ", s)]
    for lang, body in code_blocks(text):
        if lang in ("sh", "bash", "shell", "console", ""):
            for line in body.splitlines():
                line = line.split("  #", 1)[0].strip().removeprefix("$ ")
                if re.match(r"(?:\.venv/bin/)?welkom ", line):
                    found.append(line)
    return found


def test_the_guides_show_commands() -> None:
    """The extractor finds what it should, so the next test cannot pass by finding nothing."""
    commands = shown_commands(read(MEEDOEN))
    assert "welkom check" in commands
    assert "welkom check --gewijzigd origin/main" in commands
    assert any(c.startswith("welkom fotos --strip") for c in commands)
    assert shown_commands(read(MAINTAINING))


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("welkom heeft geen subcommando's")


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_command_is_real(guide: Path) -> None:
    parser = build_parser()
    commands = _subparsers(parser)
    wrong = []
    for shown in shown_commands(read(guide)):
        words = shlex.split(shown)[1:]
        while words and words[0] in ("--map",):  # global option with its value
            words = words[2:]
        if not words or words[0] not in commands:
            wrong.append(f"{shown}: geen subcommando")
            continue
        options = commands[words[0]]._option_string_actions
        for i, word in enumerate(words[1:], start=1):
            if not word.startswith("--"):
                continue
            name, _, value = word.partition("=")
            action = options.get(name)
            if action is None:
                wrong.append(f"{shown}: onbekende optie {name}")
                continue
            if action.choices is not None:
                value = value or (words[i + 1] if i + 1 < len(words) else "")
                if value not in action.choices:
                    wrong.append(f"{shown}: {value!r} kan niet bij {name}")
    assert not wrong, "\n".join(wrong)


def named_paths(text: str) -> set[str]:
    """Inline code that names a path in this repository (placeholders like <gemeente> kept)."""
    paths = set()
    for span in code_spans(text):
        if " " in span or span.startswith(("/", "http")) or ":" in span:
            continue
        first = span.split("/", 1)[0]
        if ("/" in span and first in ROOTS) or ROOT_FILES.match(span):
            paths.add(span)
    for match in re.finditer(r"\]\((?!https?:|#|mailto:)([^)#\s]+)", text):
        paths.add(match.group(1))
    return paths


def test_named_paths_are_found() -> None:
    paths = named_paths(read(MEEDOEN))
    assert "buurten/voorbeeldstad/kiem-noord.yml" in paths
    assert "README.md" in paths


@pytest.mark.parametrize("guide", GUIDES, ids=lambda p: p.name)
def test_every_named_path_exists(guide: Path) -> None:
    missing = []
    for path in sorted(named_paths(read(guide))):
        if path in TO_CREATE or f"/{NEW_TOWN}/" in path:
            continue
        if guide == MEEDOEN and "/" not in path and (REPO / "docs" / path).is_file():
            continue  # a link to another page of the site
        if guide == MEEDOEN and path == "agenda/index.md":
            continue  # the agenda page is generated by the plugin; mkdocs --strict checks it
        pattern = re.sub(r"<[^>]+>", "*", path)
        if not list(REPO.glob(pattern.rstrip("/"))):
            missing.append(path)
    assert not missing, f"{guide.name} noemt paden die niet bestaan: {missing}"


# --- forms ----------------------------------------------------------------------------------


def templates() -> dict[str, dict[str, object]]:
    found = {}
    for path in sorted(TEMPLATES.glob("*.yml")):
        if path.name == "config.yml":
            continue
        data = yaml.safe_load(read(path))
        found[str(data["name"])] = data
    return found


def forms_named_in_meedoen() -> list[str]:
    section = read(MEEDOEN).split("## De formulieren", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^- \*\*([^*]+)\*\*:", section, re.M)


def test_every_form_is_a_template_and_every_template_is_explained() -> None:
    named = forms_named_in_meedoen()
    assert named, "meedoen.md noemt geen formulieren"
    assert sorted(named) == sorted(templates())


# --- check messages -------------------------------------------------------------------------

ACTIVITY = "activiteiten/voorbeeldstad/kiem-noord/repair-cafe.yml"
BUURT = "buurten/voorbeeldstad/kiem-noord.yml"
GEMEENTE = "buurten/voorbeeldstad/_gemeente.yml"
STORY = "verhalen/voorbeeldstad/kiem-noord/de-broodrooster.md"
OTHER_STORY = "verhalen/voorbeeldstad/molenkwartier/de-broodrooster.md"
POPULIEREN = "buurten/voorbeeldstad/de-populieren.yml"


@dataclass(frozen=True)
class Case:
    """One deliberate mistake in the example site: replace `old` by `new` in `file`."""

    file: str
    old: str = ""
    new: str = ""
    photo_with_gps: str = ""  # or: put a photo with GPS data at this path
    new_file: str = ""  # or: add a file with this content at `file`
    removed: bool = False  # or: remove `file`


STORY_TEXT = (
    "---\ntitel: Mijn eerste dag\ndatum: 2026-10\nverteller: een nieuwe bewoner\n"
    "toestemming: true\n---\nIk kende hier niemand. Nu wel.\n"
)

CASES = {
    "inspringen": Case(ACTIVITY, "soort: repaircafe", "  soort: repaircafe"),
    "streepje": Case(BUURT, "      - do 19.00-22.00", "     - do 19.00-22.00"),
    "dubbele-punt": Case(
        ACTIVITY, "kosten: gratis, een", "kosten: let op: een"
    ),  # a colon inside the text
    "aanhalingsteken": Case(ACTIVITY, "kosten: gratis", 'kosten: "gratis'),
    "tab": Case(ACTIVITY, "behalve: [2026-07-18]", "behalve:\n\t- 2026-07-18"),
    "sleutel": Case(ACTIVITY, "omschrijving:", "omschrijfing:"),
    "soort": Case(ACTIVITY, "soort: repaircafe", "soort: repair-cafe"),
    "wanneer": Case(ACTIVITY, "elke derde zaterdag", "elke derde zatedag"),
    "tijd": Case(ACTIVITY, "tijd: 13.00-16.00", "tijd: 16.00-13.00"),
    "datum": Case(ACTIVITY, "vanaf: 2026-01-17", "vanaf: 2026-02-30"),
    "plek": Case(ACTIVITY, "plek: repair-cafe-kiem", "plek: repaircafe-kiem"),
    "organisatie": Case(
        ACTIVITY,
        "organisatie: repair-cafe-voorbeeldstad",
        "organisatie: repair-cafe-voorbeeldstat",
    ),
    "naam": Case(ACTIVITY, "Samen repareren", "Samen met Kees de Vries repareren"),
    "06-nummer": Case(ACTIVITY, "Samen repareren we hem.", "Bel Kees op 06-12345678."),
    "e-mail": Case(ACTIVITY, "Samen repareren we hem.", "Mail naar kees.devries@gmail.com."),
    "bijzonder": Case(
        ACTIVITY,
        "Samen repareren we hem.",
        "De buurman van 2 hoog heeft een depressie, hij repareert graag.",
    ),
    "sleutelfiguur-naam": Case(
        BUURT, "  - rol: huismeester\n", "  - rol: huismeester\n    naam: Kees\n"
    ),
    "e-mail-twijfel": Case(
        GEMEENTE, "email: info@voorbeeldstad.example", "email: kiem@voorbeeldstad.example"
    ),
    "gps": Case(STORY, photo_with_gps="verhalen/voorbeeldstad/kiem-noord/werkbank.jpg"),
    "dubbele-sleutel": Case(
        BUURT,
        "    waar: portiekcafe-lindeflat\n",
        "    waar: portiekcafe-lindeflat\n    waar: buurthuis-de-kiem\n",
    ),
    "dubbel-id": Case(BUURT, "  - id: repair-cafe-kiem", "  - id: buurthuis-de-kiem"),
    "dubbel-verhaal": Case(OTHER_STORY, new_file=STORY_TEXT),
    "geen-landelijk": Case("buurten/_landelijk.yml", removed=True),
    # No mistake: the example keeps one plek checked long ago on purpose ("Nakijken").
    "nakijken": Case(POPULIEREN),
    "html": Case(ACTIVITY, "titel: Repair Café", 'titel: "<b>Repair</b> Café"'),
}

LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>\d+):\d+: (?P<severity>fout|waarschuwing): (?P<msg>.*)$"
)


@dataclass(frozen=True)
class Printed:
    file: str  # file name only, as the guide's titles show it
    line: int
    severity: str
    message: str


@dataclass
class Outcome:
    printed: list[Printed]
    broken_text: str  # the text of the broken file, to find the lines the guide shows


@pytest.fixture(autouse=True, scope="module")
def _example_today() -> object:
    """Messages that name a month ("zet dan `gecontroleerd: 2026-11`") are checked on the
    example's own "today", not on the day the tests run."""
    from tests.conftest import EXAMPLE_TODAY

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", str(int(EXAMPLE_TODAY.timestamp())))
        yield


@pytest.fixture(scope="module")
def example_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("voorbeeld")
    for folder in ("buurten", "activiteiten", "verhalen"):
        shutil.copytree(REPO / folder, root / folder)
    return root


@dataclass
class Broken:
    root: Path
    case: Case

    def __enter__(self) -> str:
        c = self.case
        target = self.root / c.file
        self.saved: dict[Path, bytes | None] = {}
        if c.photo_with_gps:
            photo = self.root / c.photo_with_gps
            self.saved[photo] = photo.read_bytes()
            builders.jpeg_with_gps(photo)
        if c.removed:
            self.saved[target] = target.read_bytes()
            target.unlink()
            return ""
        if c.new_file:
            self.saved[target] = None
            target.write_text(c.new_file, encoding="utf-8")
        if c.old:
            text = read(target)
            assert text.count(c.old) == 1, f"{c.old!r} staat niet precies één keer in {c.file}"
            self.saved[target] = text.encode("utf-8")
            target.write_text(text.replace(c.old, c.new), encoding="utf-8")
        return read(target)

    def __exit__(self, *exc: object) -> None:
        for path, data in self.saved.items():
            if data is None:
                path.unlink()
            else:
                path.write_bytes(data)


def run_case(root: Path, case: Case, capsys: pytest.CaptureFixture[str]) -> Outcome:
    with Broken(root, case) as broken_text:
        result = run_cli(
            capsys, "--map", str(root), "check", "--format", "text", "--processen", "1"
        )
    assert result.code in (0, 1), result.err
    printed = []
    for line in result.out.splitlines():
        m = LINE.match(line)
        assert m, f"onverwachte uitvoer: {line}"
        name = m["path"].rsplit("/", 1)[-1]
        printed.append(Printed(name, int(m["line"]), m["severity"], m["msg"]))
    return Outcome(printed, broken_text)


@dataclass(frozen=True)
class Quoted:
    """A message as meedoen.md quotes it, with the YAML block shown right above it (if any)."""

    file: str
    line: int
    severity: str
    message: str
    shown: tuple[str, ...]


ADMONITION = re.compile(r'^!!! (failure|warning) "(Fout|Waarschuwing) in (\S+), regel (\d+)"$')
SEVERITY = {("failure", "Fout"): "fout", ("warning", "Waarschuwing"): "waarschuwing"}


def quoted_messages(text: str) -> list[Quoted]:
    lines = text.splitlines()
    found: list[Quoted] = []
    last_block: tuple[str, ...] = ()
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("```yaml"):
            end = lines.index("```", i + 1)
            last_block = tuple(lines[i + 1 : end])
            i = end + 1
            continue
        m = ADMONITION.match(line)
        if m:
            severity = SEVERITY.get((m[1], m[2]))
            assert severity, f"titel en soort passen niet bij elkaar: {line}"
            body = []
            i += 1
            while i < len(lines) and (lines[i].startswith("    ") or not lines[i].strip()):
                body.append(lines[i].strip())
                i += 1
            found.append(
                Quoted(m[3], int(m[4]), severity, " ".join(" ".join(body).split()), last_block)
            )
            last_block = ()
            continue
        if line.strip():
            last_block = ()  # prose between a block and a message: the block is not its example
        i += 1
    return found


def shows_lines_of(shown: tuple[str, ...], text: str) -> bool:
    """The shown lines are consecutive lines of `text`, each possibly cut off at the end."""
    lines = [line.rstrip() for line in text.splitlines()]
    want = [line.rstrip() for line in shown]
    return any(
        all(lines[start + k].startswith(w) and w.strip() for k, w in enumerate(want))
        for start in range(len(lines) - len(want) + 1)
    )


def test_every_quoted_message_is_what_welkom_check_prints(
    example_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    quoted = quoted_messages(read(MEEDOEN))
    assert len(quoted) >= len(CASES), "meedoen.md citeert minder meldingen dan er voorbeelden zijn"
    outcomes = {name: run_case(example_copy, case, capsys) for name, case in CASES.items()}
    # The copy is back to the example after every case: it checks clean, but for the plek that
    # is stale on purpose.
    clean = run_cli(capsys, "--map", str(example_copy), "check", "--processen", "1")
    assert clean.code == 0, clean.out
    assert [line.split(": ", 2)[:2] for line in clean.out.splitlines()] == [
        [f"{POPULIEREN}:36:20", "waarschuwing"]
    ], clean.out

    problems = []
    used: set[str] = set()
    for q in quoted:
        matches = [
            name
            for name, o in outcomes.items()
            if Printed(q.file, q.line, q.severity, q.message)
            in [Printed(p.file, p.line, p.severity, " ".join(p.message.split())) for p in o.printed]
        ]
        if not matches:
            near = [
                f"{p.file}:{p.line}: {p.message}"
                for o in outcomes.values()
                for p in o.printed
                if p.file == q.file
            ]
            problems.append(
                f"{q.file} regel {q.line}: welkom check drukt deze melding niet af:\n  "
                f"{q.message}\nWel gevonden voor {q.file}:\n  " + "\n  ".join(near)
            )
            continue
        if q.shown:
            matches = [n for n in matches if shows_lines_of(q.shown, outcomes[n].broken_text)]
            if not matches:
                problems.append(
                    f"{q.file} regel {q.line}: het voorbeeld boven de melding staat niet zo in "
                    f"het kapotte bestand:\n  " + "\n  ".join(q.shown)
                )
                continue
        used.update(matches)
    unused = sorted(set(CASES) - used)
    if unused:
        problems.append(f"Deze voorbeelden citeert meedoen.md niet: {unused}")
    assert not problems, "\n\n".join(problems)


def test_quoted_messages_are_read() -> None:
    """The reader of the guide sees the blocks it should (a guard against a silent 0)."""
    quoted = quoted_messages(read(MEEDOEN))
    assert {q.severity for q in quoted} == {"fout", "waarschuwing"}
    with_example = [q for q in quoted if q.shown]
    assert len(with_example) >= len(quoted) // 2


# --- phrases --------------------------------------------------------------------------------


def section(text: str, heading: str) -> str:
    return text.split(heading, 1)[1].split("\n#", 1)[0]


def table_rows(text: str, header: str) -> list[list[str]]:
    """Rows of the Markdown table whose header row is `header`, cells stripped."""
    lines = text.splitlines()
    start = lines.index(header)
    rows = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows


def test_the_wanneer_phrases_work() -> None:
    text = section(read(MEEDOEN), '### Tijden en "wanneer"')
    rows = table_rows(text, "| je schrijft | betekent |")
    assert len(rows) >= 8
    for phrase, _meaning in rows:
        recurrence = parse_recurrence(phrase.strip("`"))
        if "vanaf" in _meaning:
            assert recurrence.needs_start, phrase


def test_the_times_read_as_shown() -> None:
    text = section(read(MEEDOEN), '### Tijden en "wanneer"')
    rows = table_rows(text, "| je schrijft | welkom laat zien |")
    assert len(rows) >= 3
    for written, shown in rows:
        assert parse_time_range(written.strip("`")).words() == shown


def test_the_opening_hours_examples_work() -> None:
    text = section(read(MEEDOEN), '### Tijden en "wanneer"')
    paragraph = text.split("Openingstijden van een plek", 1)[1].split("\n\n", 1)[0]
    examples = SPAN.findall(paragraph)
    assert len(examples) >= 2
    for example in examples:
        parse_opening(example)


# --- what the workflows and forms really call things ----------------------------------------

WORKFLOWS = REPO / ".github" / "workflows"


def workflow(name: str) -> dict[str, object]:
    return yaml.safe_load(read(WORKFLOWS / name))


def job_names(name: str) -> set[str]:
    jobs = workflow(name)["jobs"]
    assert isinstance(jobs, dict)
    return {str(job.get("name", job_id)) for job_id, job in jobs.items()}


def bold(text: str) -> list[str]:
    return [" ".join(b.split()) for b in re.findall(r"\*\*(.+?)\*\*", text, re.S)]


def test_the_check_names_are_the_pull_request_jobs() -> None:
    jobs = job_names("pull-request.yml")
    for guide in GUIDES:
        named = [
            b for b in bold(read(guide)) if b in {"gegevens controleren", "voorbeeld van de site"}
        ]
        assert set(named) == {"gegevens controleren", "voorbeeld van de site"}, guide.name
    assert {"gegevens controleren", "voorbeeld van de site"} <= jobs
    assert "make test" in job_names("ci.yml")


def test_the_preview_is_the_artifact_the_workflow_uploads() -> None:
    uploads = [
        step["with"]
        for job in workflow("pull-request.yml")["jobs"].values()  # type: ignore[union-attr]
        for step in job["steps"]
        if str(step.get("uses", "")).startswith("actions/upload-artifact@")
    ]
    assert len(uploads) == 1
    text = read(MEEDOEN)
    assert f"`{uploads[0]['name']}`" in text
    assert f"Na {uploads[0]['retention-days']} dagen" in text


def test_the_summary_headings_are_what_welkom_samenvatting_writes() -> None:
    from welkom.commands.samenvatting import summary_markdown

    headings = set(re.findall(r"^#+ (.+)$", summary_markdown([], [], 0), re.M))
    section = read(MEEDOEN).split("### Wat verandert er", 1)[1].split("\n### ", 1)[0]
    named = {b for b in bold(section) if b.startswith(("Wat ", "Bekijken"))}
    assert named == {"Wat verandert er", "Wat moet nog anders", "Bekijken"}
    assert named <= headings


# Words of GitHub's own screens that the forms section names (English, as GitHub shows them).
GITHUB_WORDS = {"Issues", "New issue", "Create", "Submit new issue", "Edit", "Update comment"}


def test_the_forms_section_names_real_fields() -> None:
    section = read(MEEDOEN).split("## De formulieren", 1)[1].split("\n## ", 1)[0]
    labels = {
        str(item["attributes"]["label"])
        for form in templates().values()
        for item in form["body"]  # type: ignore[union-attr]
        if item.get("type") != "markdown"
    }
    unknown = set(bold(section)) - set(templates()) - labels - GITHUB_WORDS
    assert not unknown, f"geen formulier, veld of GitHub-knop: {unknown}"
    assert {"Privacy", "Toestemming", "Toelichting voor de beheerders"} <= set(bold(section))


def test_maintainers_create_the_labels_the_forms_use() -> None:
    used = {str(label) for form in templates().values() for label in form["labels"]}  # type: ignore[union-attr]
    created = set(re.findall(r'gh label create "([^"]+)"', read(MAINTAINING)))
    assert created == used


def test_the_pinned_action_shown_is_one_the_workflows_use() -> None:
    shown = re.findall(r"^- uses: (\S+@[0-9a-f]{40} # v[\d.]+)$", read(MAINTAINING), re.M)
    assert shown
    pins = "\n".join(read(p) for p in WORKFLOWS.glob("*.yml"))
    for pin in shown:
        assert f"uses: {pin}" in pins


def test_codeowners_explains_the_pattern_without_inventing_owners() -> None:
    lines = read(REPO / ".github" / "CODEOWNERS").splitlines()
    active = [line for line in lines if line.strip() and not line.startswith("#")]
    assert active == [], "geen echte eigenaren bekend: CODEOWNERS heeft alleen uitleg"
    examples = re.findall(r"^#\s+(/\S+)\s+@[\w-]+/[\w-]+$", "\n".join(lines), re.M)
    assert len(examples) >= 6
    for pattern in examples:
        assert list(REPO.glob(pattern.strip("/"))), f"{pattern} bestaat niet"


def test_the_summary_example_is_what_welkom_verschil_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The example under "Wat verandert er": the Repair Café added, the buurthuis opens later."""
    section = read(MEEDOEN).split("### Wat verandert er", 1)[1].split("\n### ", 1)[0]
    quoted = [line[2:] for line in section.splitlines() if line.startswith("> ") and line[2:]]
    assert len(quoted) == 2

    root = example_repo(tmp_path / "repo")
    activity = root / ACTIVITY
    text = activity.read_bytes()
    git(root, "rm", "-q", ACTIVITY)
    git(root, "commit", "-qm", "voorbeeld zonder Repair Café")
    activity.write_bytes(text)
    buurt = root / BUURT
    buurt.write_text(
        read(buurt).replace("- ma, wo, vr 09.30-16.00", "- ma, wo, vr 10.00-16.00"),
        encoding="utf-8",
    )
    result = run_cli(capsys, "--map", str(root), "verschil", "HEAD")
    assert result.code == 0, result.err
    assert quoted == result.out.splitlines()
