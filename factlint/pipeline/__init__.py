"""The verification pipeline: ingest, extract, check, validate and report a batch, in process, in
parallel processes (``pool``) or streamed in chunks (``stream``)."""
