"""The YAML loader: positions for every value, and refusals PyYAML would not make."""

from __future__ import annotations

import datetime as dt

from welkom.load import parse_yaml
from welkom.load.markdown import parse_markdown
from welkom.load.source import decode


def test_positions_of_values_and_keys() -> None:
    doc = parse_yaml("naam: Kiem\nplekken:\n  - id: a\n    naam: B\n", "b.yml").document
    assert doc is not None
    assert doc.positions[("naam",)] == (1, 7)
    assert doc.positions[("plekken", 0, "naam")] == (4, 11)
    assert doc.key_positions[("plekken", 0, "naam")] == (4, 5)
    assert doc.where(("plekken", 0, "onbekend")) == (3, 5)


def test_dutch_times_and_phone_numbers_stay_text() -> None:
    """YAML 1.1 reads 13:00 as 780 and 0201234567 as an octal number; we keep the text."""
    doc = parse_yaml("tijd: 13:00\ntel: 0201234567\ngetal: 40\nv: 2026-01-17\n", "a.yml")
    assert doc.document is not None
    assert doc.document.data == {
        "tijd": "13:00",
        "tel": "0201234567",
        "getal": "40",
        "v": dt.date(2026, 1, 17),
    }


def test_impossible_date_is_kept_for_the_model_to_explain() -> None:
    doc = parse_yaml("vanaf: 2026-02-30\n", "a.yml").document
    assert doc is not None and doc.data == {"vanaf": "2026-02-30"}


def test_duplicate_keys_are_all_reported() -> None:
    result = parse_yaml("a: 1\nb: 2\na: 3\nb: 4\n", "x.yml")
    assert [(p.line, p.column, p.code) for p in result.problems] == [
        (3, 1, "yaml.duplicate-key"),
        (4, 1, "yaml.duplicate-key"),
    ]
    assert "ook op regel 1" in result.problems[0].message
    assert result.document is not None and result.document.data["a"] == "1"


def test_tags_never_construct_objects() -> None:
    result = parse_yaml("a: !!python/object/apply:os.system [touch /tmp/x]\n", "x.yml")
    assert [p.code for p in result.problems] == ["yaml.tag"]
    assert result.document is not None and result.document.data == {"a": None}


def test_set_and_binary_tags_are_refused() -> None:
    for text in ("a: !!set {x, y}\n", "a: !!binary aGFsbG8=\n", "a: !!omap [x: 1]\n"):
        assert [p.code for p in parse_yaml(text, "x.yml").problems] == ["yaml.tag"], text


def test_merge_key_is_refused() -> None:
    result = parse_yaml("basis: &b {x: 1}\nandere:\n  <<: *b\n", "x.yml")
    assert [p.code for p in result.problems] == ["yaml.bad-key"]


def test_alias_bomb_stops_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    result = parse_yaml("\n".join(lines), "x.yml")
    assert result.document is None
    assert [p.code for p in result.problems] == ["yaml.too-many-nodes"]


def test_deep_nesting_is_refused() -> None:
    result = parse_yaml("a: " + "[" * 100 + "]" * 100, "x.yml")
    assert "yaml.too-deep" in [p.code for p in result.problems]


def test_empty_and_comment_only() -> None:
    for text in ("", "   \n", "# alleen commentaar\n# nog meer\n"):
        result = parse_yaml(text, "x.yml")
        assert [p.code for p in result.problems] == ["yaml.empty"]


def test_multiple_documents() -> None:
    result = parse_yaml("a: 1\n---\nb: 2\n", "x.yml")
    assert "meerdere documenten" in result.problems[0].message


def test_unclosed_quote() -> None:
    result = parse_yaml('a: "open\n', "x.yml")
    assert result.problems[0].code == "yaml.syntax"
    assert "aanhalingsteken" in result.problems[0].message


def test_not_utf8_points_at_the_byte() -> None:
    text, problems = decode("a: b\nc: caf\xe9\n".encode("latin-1"), "x.yml")
    assert text is None
    assert (problems[0].line, problems[0].column, problems[0].code) == (2, 7, "file.not-utf8")


def test_utf8_bom_is_accepted() -> None:
    text, problems = decode("\ufeffnaam: Kiem\n".encode(), "x.yml")
    assert (text, problems) == ("naam: Kiem\n", [])


def test_nul_bytes_mean_binary() -> None:
    _, problems = decode(b"naam: a\x00b\n", "x.yml")
    assert problems[0].code == "file.binary"


def test_front_matter_positions_are_file_lines() -> None:
    md = parse_markdown("---\ntitel: Hallo\nverteller: x\n---\nTekst.\n", "v.md")
    assert md.front is not None
    assert md.front.positions[("verteller",)] == (3, 12)
    assert (md.body, md.body_line) == ("Tekst.\n", 5)


def test_front_matter_errors_use_file_lines() -> None:
    md = parse_markdown("---\ntitel: a\ntitel: b\n---\nTekst\n", "v.md")
    assert [(p.line, p.code) for p in md.problems] == [(3, "yaml.duplicate-key")]


def test_unclosed_front_matter() -> None:
    md = parse_markdown("---\ntitel: a\nTekst zonder einde\n", "v.md")
    assert md.problems[0].code == "story.front-matter-open"
