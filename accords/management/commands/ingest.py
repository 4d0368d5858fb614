"""Submit articles from the command line: URLs, files, or - for stdin."""

import sys
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from accords import services
from accords.models import Article


class Command(BaseCommand):
    help = "Submit articles (URLs or text files; - reads stdin) to the pipeline."

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="+", metavar="URL_OR_FILE")
        parser.add_argument("--language", default="", help="ISO 639-1 code; else detected")
        parser.add_argument("--wait", action="store_true",
                            help="wait until every article is processed and print the outcome")
        parser.add_argument("--timeout", type=float, default=300.0,
                            help="seconds --wait waits at most")

    def handle(self, *args, sources, language, wait, timeout, **options):
        articles = []
        total = len(sources)
        for number, source in enumerate(sources, 1):
            try:
                article, created = self._submit(source, language)
            except OSError as error:
                self.stderr.write(f"{source}: cannot read: {error}")
                continue
            articles.append(article)
            note = "queued" if created else "already submitted"
            if article.state == Article.State.FAILED:
                note = f"failed: {article.error}"
            self.stdout.write(f"[{number}/{total}] {source}: article {article.pk} {note}")
        if wait:
            self._wait([a.pk for a in articles], timeout)
        if not articles:
            raise CommandError("Nothing was submitted.")

    def _submit(self, source, language):
        if source.startswith(("http://", "https://")):
            return services.article_submit_url(url=source, language=language)
        if source == "-":
            text = sys.stdin.read()
        else:
            text = Path(source).read_bytes().decode("utf-8", errors="replace")
        return services.article_submit_text(text=text, language=language)

    def _wait(self, ids, timeout):
        deadline = time.monotonic() + timeout
        pending = set(ids)
        while pending and time.monotonic() < deadline:
            done = Article.objects.filter(pk__in=pending, state__in=Article.TERMINAL_STATES)
            for article in done:
                pending.discard(article.pk)
                detail = f": {article.error}" if article.error else ""
                n = article.proposals.count()
                self.stdout.write(f"article {article.pk} {article.state} "
                                  f"({article.language or '?'}, {n} proposals){detail}")
            if pending:
                time.sleep(0.5)
        if pending:
            raise CommandError(f"Still processing after {timeout:.0f} s: {sorted(pending)}")
