"""Pure ingest helpers: the guarded network client, text cleaning and feed parsing.

No Django models and no database here: the task layer passes settings in and stores results.
"""
