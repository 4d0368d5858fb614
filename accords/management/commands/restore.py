"""Load a backup into a freshly migrated database: ``manage.py restore backup.json.gz``."""

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from accords.models import Article, StatusEvent


class Command(BaseCommand):
    help = (
        "Load a file written by `backup` into a migrated database that holds no articles, "
        "events or users yet. Everything is replaced by the backup's rows, ids included."
    )

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument(
            "--replace", action="store_true", help="wipe a database that already holds data first"
        )

    def handle(self, *args, path, replace, **options):
        in_use = (
            Article.objects.exists()
            or StatusEvent.objects.exists()
            or get_user_model().objects.exists()
        )
        if in_use and not replace:
            raise CommandError(
                "This database already holds data; restore into an empty one, "
                "or pass --replace to wipe it first."
            )
        # `migrate` wrote the countries and the Editors group with ids of its own; the backup has
        # the same rows with the original ids.  Empty every table (flush recreates content types
        # and permissions, which the backup refers to by name) and load the backup as it was.
        call_command("flush", interactive=False, verbosity=0)
        call_command("loaddata", path, verbosity=0)
        self.stdout.write(
            f"Restored {path}: {StatusEvent.objects.count()} events, "
            f"{Article.objects.count()} articles, {get_user_model().objects.count()} users."
        )
