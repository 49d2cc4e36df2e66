"""The page `mkdocs serve` shows while the data has errors: every located message, in Dutch.

Without it a data error stops the build and the browser waits for a page that never comes.
Plain HTML without the theme (the theme needs the data); `mkdocs serve` adds its live-reload
script, so the page turns into the site as soon as the files are fixed and saved.
"""

from __future__ import annotations

from html import escape

from welkom.problems import Problem, Severity


def error_page(problems: list[Problem]) -> str:
    errors = [p for p in problems if p.severity is Severity.ERROR]
    items = "\n".join(
        f"<li><code>{escape(p.path)}:{p.line}:{p.column}</code> {escape(p.message)}</li>"
        for p in problems
    )
    count = f"{len(errors)} fout" if len(errors) == 1 else f"{len(errors)} fouten"
    return f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>De gegevens bevatten fouten – welkom</title>
<style>
body {{ font: 1.1rem/1.5 system-ui, sans-serif; max-width: 50rem; margin: 2rem auto;
  padding: 0 1rem; color: #1a1a1a; }}
h1 {{ color: #a00; }}
li {{ margin-bottom: 1rem; }}
code {{ display: block; font-weight: bold; }}
</style>
</head>
<body>
<main>
<h1>De gegevens bevatten {count}</h1>
<p>Daarom is de site niet gebouwd. Verbeter de fouten hieronder en sla het bestand op: deze
pagina ververst dan vanzelf.</p>
<ol>
{items}
</ol>
</main>
</body>
</html>
"""
