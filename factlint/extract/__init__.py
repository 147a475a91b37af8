"""Extraction: spaCy paragraphs turned into ``Claim`` records (``claims``), with the number and date
parsers, the binding of numbers and the one lexicon. Kept empty so that importing a light module
of the package (numbers, lexicon, dates) does not import spaCy."""
