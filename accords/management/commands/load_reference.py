from django.core.management.base import BaseCommand

from accords import services


class Command(BaseCommand):
    help = (
        "Bring the reference history (accords/data/reference-history.csv) up to date: new "
        "steps added, changed sources updated, nothing an editor decided touched. Prints "
        "what it changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--path", default=services.REFERENCE_CSV)

    def handle(self, *args, path, **options):
        changes = services.reference_load(path=path)
        for line in changes.lines():
            self.stdout.write(f"  {line}")
        self.stdout.write(
            f"Reference history: {len(changes.added)} new event(s), {len(changes.updated)} "
            f"updated, {len(changes.kept)} left as an editor decided, "
            f"{len(changes.skipped)} row(s) skipped."
        )
