"""Pure ingest helpers: the guarded network client, text cleaning and feed parsing.

No Django models and no database here: the task layer passes settings in and stores results.

- ``fetch.fetch(url, timeout=, max_bytes=)`` -> ``FetchResult`` (the only code that touches the
  network; ``fetch.validate_url`` checks a URL without it)
- ``clean.decode_body(body, charset, content_type)`` -> str
- ``clean.html_to_article(html, url, max_chars=)`` / ``clean.text_to_article(text, max_chars=)``
  -> ``CleanedArticle``; use text_to_article for text/plain responses and pasted text
- ``clean.content_hash(text)`` -> sha256 hex; hash the stored ``CleanedArticle.text``
- ``feeds.parse_feed(body, base_url=)`` -> list of ``FeedEntry``

Everything raises only ``errors.IngestError`` subclasses; ``error.permanent`` says whether a
retry could help, ``str(error)`` is a message for editors.
"""
