"""Inputs: files, folders, JSONL corpora, HTML, URLs and feeds read into ``Document`` records, with their publication dates."""
