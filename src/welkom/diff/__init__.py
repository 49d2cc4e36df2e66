"""What a pull request changes in the site data, in plain Dutch: `welkom verschil`.

Only the changed files are read (plus the buurt and gemeente files that give them a name), so
the summary stays fast on a site with thousands of buurten.
"""

from welkom.diff.compare import BROKEN_HINT, compare
from welkom.diff.model import Action, Difference, Group
from welkom.diff.output import NOTHING, format_differences, markdown_list

__all__ = [
    "BROKEN_HINT",
    "NOTHING",
    "Action",
    "Difference",
    "Group",
    "compare",
    "format_differences",
    "markdown_list",
]
