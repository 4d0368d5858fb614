"""Submit articles from the command line: URLs, files, a feed, or - for stdin.

Over many sources it draws a progress bar (on a terminal, or with --progress)
and ends with a summary: how many were queued, already known, refused or
unreadable, and with --wait how each one ended and how many claims it gave.
"""

import sys
import time
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count

from accords import services
from accords.models import Article, Feed

# Up to this many sources, each gets its own line; beyond, only problems and the summary
# (and every line with -v 2).
LINES_UP_TO = 20


def progress_bar(done, total, width=30, label=""):
    """ "[#########---------] 12/40  30% label" — pure, so it can be tested."""
    total = max(total, 1)
    filled = round(width * done / total)
    percent = round(100 * done / total)
    return f"[{'#' * filled}{'-' * (width - filled)}] {done}/{total} {percent:3d}% {label}".rstrip()


class Command(BaseCommand):
    help = "Submit articles (URLs, text files, a feed; - reads stdin) to the pipeline."

    def add_arguments(self, parser):
        parser.add_argument("sources", nargs="*", metavar="URL_OR_FILE")
        parser.add_argument(
            "--feed", metavar="URL", help="poll this RSS/Atom feed now and submit its entries"
        )
        parser.add_argument("--language", default="", help="ISO 639-1 code; else detected")
        parser.add_argument(
            "--wait",
            action="store_true",
            help="wait until every article is processed and print the outcome",
        )
        parser.add_argument(
            "--timeout", type=float, default=300.0, help="seconds --wait waits at most"
        )
        parser.add_argument(
            "--progress",
            action="store_true",
            help="draw the progress bar even when not on a terminal",
        )

    def handle(self, *args, sources, feed, language, wait, timeout, progress, **options):
        if not sources and not feed:
            raise CommandError("Give files, URLs or --feed URL.")
        self.verbosity = options.get("verbosity", 1)
        self.draw = progress or self.stderr.isatty()
        self.lines = self.verbosity >= 2 or len(sources) <= LINES_UP_TO
        articles, outcomes = [], Counter()
        total = len(sources)
        for number, source in enumerate(sources, 1):
            try:
                article, created = self._submit(source, language)
            except OSError as error:
                self._clear()
                self.stderr.write(f"{source}: cannot read: {error}")
                outcomes["unreadable"] += 1
                self._bar(number, total, "submitted")
                continue
            articles.append(article)
            note = "queued" if created else "already submitted"
            if article.state == Article.State.FAILED:
                note = f"failed: {article.error}"
                outcomes["refused"] += 1
            else:
                outcomes[note] += 1
            if self.lines or article.state == Article.State.FAILED:
                self._clear()
                self.stdout.write(f"[{number}/{total}] {source}: article {article.pk} {note}")
            self._bar(number, total, "submitted")
        if feed:
            articles += self._poll(feed, language, outcomes)
        self._clear()
        self.stdout.write("Submitted: " + self._counts(outcomes, len(sources)))
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

    def _poll(self, url, language, outcomes):
        feed, _ = Feed.objects.get_or_create(url=url, defaults={"language": language})
        before = set(Article.objects.filter(feed=feed).values_list("pk", flat=True))
        new = services.feed_poll(feed=feed)
        feed.refresh_from_db()
        if feed.last_error:
            self.stderr.write(f"{url}: {feed.last_error}")
        outcomes["queued from the feed"] += new
        return list(Article.objects.filter(feed=feed).exclude(pk__in=before))

    def _wait(self, ids, timeout):
        deadline = time.monotonic() + timeout
        pending = set(ids)
        finished = []
        while pending and time.monotonic() < deadline:
            done = list(
                Article.objects.filter(pk__in=pending, state__in=Article.TERMINAL_STATES).annotate(
                    n_proposals=Count("proposals")
                )
            )
            for article in done:
                pending.discard(article.pk)
                finished.append(article)
                if self.lines or article.state == Article.State.FAILED:
                    detail = f": {article.error}" if article.error else ""
                    self._clear()
                    self.stdout.write(
                        f"article {article.pk} {article.state} "
                        f"({article.language or '?'}, {article.n_proposals} "
                        f"proposals){detail}"
                    )
            self._bar(len(ids) - len(pending), len(ids), "processed")
            if pending:
                time.sleep(0.5)
        self._clear()
        states = Counter(article.state for article in finished)
        claims = sum(article.n_proposals for article in finished)
        if pending:
            states["still processing"] = len(pending)
        self.stdout.write(
            f"Processed: {self._counts(states, len(ids))}; {claims} proposals to review"
        )
        if pending:
            raise CommandError(f"Still processing after {timeout:.0f} s: {sorted(pending)}")

    @staticmethod
    def _counts(counter, total):
        parts = ", ".join(f"{n} {what}" for what, n in counter.most_common())
        return f"{total} source(s): {parts or 'none'}"

    def _bar(self, done, total, label):
        if self.draw:
            self.stderr.write("\r" + progress_bar(done, total, label=label), ending="")
            self.stderr.flush()

    def _clear(self):
        if self.draw:
            self.stderr.write("\r\033[K", ending="")
