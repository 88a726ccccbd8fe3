"""Claims -> stores -> site: the SQLite and RDF builds, cross-checking, the Datasette site, the CLI."""

__version__ = "0.1.0"
