"""The thin MkDocs adapter: typed config and plugin events that call the welkom core."""
