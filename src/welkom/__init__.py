"""welkom: a static site per buurt, built from volunteers' YAML and Markdown."""

__version__ = "0.1.0"
