import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from accords.base_data import EDITORS_GROUP


class Command(BaseCommand):
    help = "Make sure an editor account exists (for a local instance) and say how to log in."

    def add_arguments(self, parser):
        parser.add_argument("--username", default="editor")

    def handle(self, *args, username, **options):
        # The password lives in var/ so that it survives restarts but never the repository.
        password_file = settings.VAR_DIR / "editor-password.txt"
        User = get_user_model()
        user = User.objects.filter(username=username).first()
        if user is None or not password_file.exists():
            password = secrets.token_urlsafe(12)
            password_file.parent.mkdir(parents=True, exist_ok=True)
            password_file.write_text(password + "\n")
            user = user or User(username=username)
            user.set_password(password)
            user.is_staff = True
            user.is_superuser = True  # a local instance's first editor also manages feeds and users
            user.save()
        user.groups.add(Group.objects.get(name=EDITORS_GROUP))
        password = password_file.read_text().strip()
        self.stdout.write(
            f"Editor login: http://127.0.0.1:8000/admin/  user: {username}  password: {password}"
            f"  (stored in {password_file.relative_to(settings.BASE_DIR) if password_file.is_relative_to(settings.BASE_DIR) else password_file})"
        )
