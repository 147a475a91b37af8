"""The ``factlint`` command line: ``check`` (``main``) and ``monitor`` / ``serve`` (``monitor``)."""
