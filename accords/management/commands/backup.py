"""Export everything the site knows to one file: ``manage.py backup accords-2026-11-25.json.gz``."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

# Rebuilt by `migrate` on any database, so left out: content types and permissions are referred
# to by natural key (app label and model name, codename) instead of by number; sessions are
# only logins in progress.
EXCLUDED = ["contenttypes", "auth.permission", "sessions"]


class Command(BaseCommand):
    help = (
        "Export every row (history, articles, proposals, review log, feeds, users and groups) "
        "to a JSON file; .gz, .bz2 or .xz names are compressed. Load it with `restore`."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="file to write, e.g. backup.json.gz")

    def handle(self, *args, path, **options):
        call_command(
            "dumpdata",
            natural_foreign=True,
            natural_primary=False,
            exclude=EXCLUDED,
            output=path,
            verbosity=0,
        )
        self.stdout.write(f"Backup written to {path}.")
