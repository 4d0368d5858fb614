"""python manage.py extract [--format json|text] [--language xx] [--published YYYY-MM-DD] FILE...

Runs the pure extraction on files (or stdin with "-") without touching the
database: one JSON object per input on its own line.
"""

import datetime
import json
import sys

from django.core.management.base import BaseCommand, CommandError

from accords.extraction import SUPPORTED_LANGUAGES, extract
from accords.extraction.text import collapse_repeated_paragraphs


def _date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"--published must be YYYY-MM-DD, not {value!r}") from None


class Command(BaseCommand):
    help = "Extract Abraham Accords status claims from article text files (no database use)."
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help='text files, "-" for stdin')
        parser.add_argument("--format", choices=("json", "text"), default="json")
        parser.add_argument(
            "--language",
            choices=SUPPORTED_LANGUAGES,
            default=None,
            help="ISO 639-1 code; detected when omitted",
        )
        parser.add_argument(
            "--published",
            type=_date,
            default=None,
            help="publication date, resolves 'yesterday', 'on Thursday'",
        )

    def handle(self, *args, **options):
        failures = 0
        for name in options["files"]:
            try:
                text = self._read(name)
            except (OSError, UnicodeDecodeError) as error:
                failures += 1
                self.stderr.write(f"extract: cannot read {name}: {error}")
                continue
            text = collapse_repeated_paragraphs(text)
            result = extract(text, language=options["language"], published=options["published"])
            claims = [claim.as_json() for claim in result.claims]
            if options["format"] == "json":
                line = json.dumps(
                    {"file": name, "language": result.language, "claims": claims},
                    ensure_ascii=False,
                )
                self.stdout.write(line)
            else:
                self.stdout.write(f"{name} [{result.language or '?'}] {len(claims)} claim(s)")
                for claim in claims:
                    date = claim["date"] or "-"
                    flag = " (background)" if claim["background"] else ""
                    self.stdout.write(
                        f"  {claim['country']} {claim['status']} {date} "
                        f"{claim['confidence']:.2f}{flag}: {claim['evidence']}"
                    )
        if failures:
            raise CommandError(f"{failures} file(s) could not be read", returncode=1)

    def _read(self, name):
        if name == "-":
            data = sys.stdin.buffer.read()
        else:
            with open(name, "rb") as handle:
                data = handle.read()
        # strict: undecodable bytes are an error naming the file, not silent garbage
        return data.decode("utf-8-sig")
