"""Change a few keys of one plek in a buurt file, and leave every other byte alone.

Volunteers and maintainers keep comments, blank lines and their own line breaks in the buurt
files. Rewriting the whole file from data would lose them, so we cut the new values into the
text at the positions PyYAML reports, and then check that the file reads back as the old data
with exactly these keys changed.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence

import yaml

from welkom.forms.yamlwrite import Value, render_value
from welkom.load.yamlfile import parse_yaml


class SpliceError(Exception):
    """The file is laid out in a way we cannot change safely; a person must do it."""


def set_plek_fields(
    text: str, plek_index: int, changes: Mapping[str, Value], order: Sequence[str]
) -> str:
    """``text`` with keys of ``plekken[plek_index]`` set to ``changes``.

    A key that is already there gets its value replaced (an inline comment after a one-line
    value stays); a new key is put after the key that comes before it in ``order`` (the
    order of the model's fields), at the same indentation.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        raise SpliceError("het bestand is geen geldige YAML") from exc
    item = _plek_node(root, plek_index)
    pairs = [(k.value, k, v) for k, v in item.value if isinstance(k, yaml.ScalarNode)]
    if not pairs:
        raise SpliceError("de plek heeft geen sleutels")
    column = pairs[0][1].start_mark.column
    ends = {name: _value_end(text, key, value, column) for name, key, value in pairs}
    edits: list[tuple[int, int, str]] = []  # (start, end, new text), applied from the end
    present = {name for name, _, _ in pairs}
    for name, key, _ in pairs:
        if name in changes:
            colon = _colon(text, key)
            new = render_value(name, changes[name], column, block_list=name == "open")
            edits.append((colon + 1, ends[name], new))
    inserts: dict[int, list[str]] = {}
    for name in order:
        if name not in changes or name in present:
            continue
        before = [k for k in order[: order.index(name)] if k in present]
        anchor = before[-1] if before else pairs[0][0]
        at = text.find("\n", ends[anchor])
        at = len(text) if at == -1 else at
        rendered = render_value(name, changes[name], column, block_list=name == "open")
        inserts.setdefault(at, []).append(f"\n{' ' * column}{name}:{rendered}")
    edits += [(at, at, "".join(chunks)) for at, chunks in inserts.items()]
    unknown = set(changes) - set(order)
    if unknown:
        raise SpliceError(f"onbekende sleutels: {', '.join(sorted(unknown))}")
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + new + text[end:]
    return text


def verify(old_text: str, new_text: str, plek_index: int, changes: Mapping[str, Value]) -> None:
    """Raise SpliceError unless ``new_text`` holds the old data with exactly ``changes``."""
    old = parse_yaml(old_text, "buurt.yml").document
    new = parse_yaml(new_text, "buurt.yml").document
    if old is None or new is None:
        raise SpliceError("het bestand is na de wijziging niet meer te lezen")
    expected = copy.deepcopy(old.data)
    expected["plekken"][plek_index].update(changes)
    actual = copy.deepcopy(new.data)
    place = actual["plekken"][plek_index]
    for key, value in changes.items():
        if isinstance(value, str) and isinstance(place.get(key), str):
            place[key] = place[key].rstrip("\n")  # a folded block ends with a line break
    if actual != expected:
        raise SpliceError("na de wijziging staan er andere gegevens in het bestand dan bedoeld")


def _plek_node(root: yaml.Node | None, index: int) -> yaml.MappingNode:
    if not isinstance(root, yaml.MappingNode):
        raise SpliceError("het bestand begint niet met sleutels")
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "plekken":
            if not isinstance(value, yaml.SequenceNode) or index >= len(value.value):
                break
            item = value.value[index]
            if not isinstance(item, yaml.MappingNode) or item.flow_style:
                raise SpliceError("de plek staat in een vorm die we niet automatisch aanpassen")
            return item
    raise SpliceError("de plek staat niet in de lijst `plekken`")


def _colon(text: str, key: yaml.Node) -> int:
    at = key.end_mark.index
    while at < len(text) and text[at] in " \t":
        at += 1
    if at >= len(text) or text[at] != ":":
        raise SpliceError("een sleutel staat in een vorm die we niet automatisch aanpassen")
    return at


def _value_end(text: str, key: yaml.Node, value: yaml.Node, column: int) -> int:
    """Where the value of ``key`` really ends in ``text``.

    PyYAML's end mark of a block (a `- item` list or a `>` text) lies after the blank lines
    and comments that follow it, up to the next key. Those belong to the rest of the file, so
    we step back to the end of the last line that is part of the value.
    """
    is_block_scalar = isinstance(value, yaml.ScalarNode) and value.style in ("|", ">")
    is_block_collection = (
        isinstance(value, yaml.SequenceNode | yaml.MappingNode) and not value.flow_style
    )
    if not (is_block_scalar or is_block_collection):
        if isinstance(value, yaml.ScalarNode) and value.value == "" and value.style is None:
            return _colon(text, key) + 1  # `key:` with nothing after it
        return value.end_mark.index
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    last = key.start_mark.line
    end = value.end_mark
    # The end mark sits where the next token starts: only indentation before it on its line.
    stop = end.line if not text[starts[end.line] : end.index].strip() else end.line + 1
    for number in range(key.start_mark.line + 1, min(stop, len(lines))):
        line = lines[number]
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if not stripped:
            continue
        if is_block_scalar and indent > column:
            last = number
        elif (
            is_block_collection
            and not stripped.startswith("#")
            and (indent > column or (indent == column and stripped.startswith("-")))
        ):
            last = number  # a `- item` may also sit right below its key
    return starts[last] + len(lines[last])
