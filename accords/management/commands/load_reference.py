from django.core.management.base import BaseCommand

from accords import services


class Command(BaseCommand):
    help = "Load the known history of the Accords (accords/data/reference-history.csv) as confirmed events."

    def add_arguments(self, parser):
        parser.add_argument("--path", default=services.REFERENCE_CSV)

    def handle(self, *args, path, **options):
        created = services.reference_load(path=path)
        self.stdout.write(f"Reference history: {created} new event(s).")
