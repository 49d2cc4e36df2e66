"""Derive the privacy scanner's word lists once, at development time (not at run time).

Inputs (installed only on the developer's machine, never a dependency of welkom):

* ``wordfreq`` (PyPI, MIT; word frequencies of Dutch from subtitles, Wikipedia, web text);
* the OpenTaal word list as Debian ships it in the package ``wdutch`` (``/usr/share/dict/dutch``,
  BSD/CC-BY), which keeps capitals: ``roos`` is a word, ``Henk`` only a name.

Outputs in ``src/welkom/check/privacy/data/``:

* ``woorden.txt``: ordinary Dutch words in lowercase (in OpenTaal written lowercase, and
  common: Zipf frequency >= 2.5 in wordfreq), most frequent first. A first name whose lowercase
  form is here
  ("Roos", "Mees", "Hoop") is also a word and needs a person around it to count as a name.
* ``bekend.txt``: every other common token (Zipf >= 2.5: places, brands, foreign words) that is
  not a first name. A capitalised word that is neither a first name nor in either list is
  unknown; next to a person verb ("Wojtek kookt") it is taken as a name.

Run: ``python -m venv /tmp/v && /tmp/v/bin/pip install wordfreq && apt-get install wdutch``,
then ``/tmp/v/bin/python scripts/derive_privacy_words.py``.
"""

from __future__ import annotations

from pathlib import Path

from wordfreq import top_n_list, zipf_frequency

DATA = Path(__file__).resolve().parent.parent / "src/welkom/check/privacy/data"
OPENTAAL = Path("/usr/share/dict/dutch")
MIN_ZIPF = 2.5


def main() -> None:
    lower_words = set()
    for line in OPENTAAL.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if word and word.islower() and word.isalpha():
            lower_words.add(word)
    names = {
        n.lower()
        for f in ("voornamen.txt", "voornamen-extra.txt")
        for n in (DATA / f).read_text(encoding="utf-8").split()
    }
    words, known = [], []  # words in frequency order: the first ones are the most common
    for token in top_n_list("nl", 400_000):
        if len(token) < 2 or not token.isalpha() or zipf_frequency(token, "nl") < MIN_ZIPF:
            continue
        if token in lower_words:
            words.append(token)
        elif token not in names:
            known.append(token)
    (DATA / "woorden.txt").write_text("\n".join(words) + "\n", encoding="utf-8")
    (DATA / "bekend.txt").write_text("\n".join(sorted(known)) + "\n", encoding="utf-8")
    print(f"woorden.txt: {len(words)} words; bekend.txt: {len(known)} tokens")


if __name__ == "__main__":
    main()
