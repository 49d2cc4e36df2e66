"""Everything the site shows, made from a checked `Site`: pages, feeds, open data, images."""
