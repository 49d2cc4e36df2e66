"""GitHub issue forms → data files: for volunteers who do not write YAML.

`welkom formulier` reads the Markdown GitHub makes of a submitted form (`issuebody`), turns
the answers into an activity, a story or a change to a plek (`activiteit`, `verhaal`, `plek`),
writes it, runs the check on it, and writes the pull request text and the issue comment
(`report`). Nothing is written when an answer is missing, unknown or holds personal data.
"""

from welkom.forms.run import KLAAR, MISLUKT, PROBLEMEN, Outcome, process
from welkom.forms.spec import FORMS, Field, Form

__all__ = ["FORMS", "KLAAR", "MISLUKT", "PROBLEMEN", "Field", "Form", "Outcome", "process"]
