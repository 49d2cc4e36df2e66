"""Reading volunteers' files: YAML and Markdown with front matter, every value located."""

from welkom.load.document import Document, LoadResult
from welkom.load.markdown import load_markdown
from welkom.load.yamlfile import load_yaml, parse_yaml

__all__ = ["Document", "LoadResult", "load_markdown", "load_yaml", "parse_yaml"]
