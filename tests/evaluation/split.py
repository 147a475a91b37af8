"""The tune / held-out split of every evaluation set: 60 % tune, 40 % held out, by a hash of the article id.

Whoever writes extraction or check rules reads only the tune part; held-out gold is written and
read by someone else, and only its figures are reported back."""

from __future__ import annotations

import hashlib

TUNE_PERCENT = 60


def split_of(article_id: str) -> str:
    """``"tune"`` or ``"heldout"`` for an article id (stable across machines and Python versions)."""
    bucket = int(hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:8], 16) % 100
    return "tune" if bucket < TUNE_PERCENT else "heldout"
