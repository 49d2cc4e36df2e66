"""Generated pages as plain data: the MkDocs plugin turns each into a virtual Markdown file.

Bodies are mostly ready HTML inside the Markdown (raw HTML blocks pass through Python-Markdown
cheaply), so MkDocs' per-page work stays small even at thousands of buurten.
"""

from welkom.render.pages.model import GeneratedPage
from welkom.render.pages.views import all_pages, home_html

__all__ = ["GeneratedPage", "all_pages", "home_html"]
