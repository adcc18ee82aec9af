"""The subprocess tests' fixtures (crash_samples.py), registered here once for the whole folder: a session
fixture imported into each test module would be made again for every module (pytest keys fixtures by where they
are defined), and the clean ingest of the corpus takes a model load and 120 reports."""

from crash_samples import fixture_any_db, fixture_clean_run, fixture_corpus, fixture_marsad_home  # noqa: F401
