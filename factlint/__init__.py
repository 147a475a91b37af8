"""factlint: extract factual claims from news text and check them for internal consistency."""

__version__ = "0.1.0"
REPORT_SCHEMA = "factlint/report/v1"
