"""`manage.py ensure_editor`: one editor account and a password file, however often it runs."""

import io

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_ensure_editor_creates_one_editor_and_prints_how_to_log_in(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    out = io.StringIO()
    call_command("ensure_editor", stdout=out)
    call_command("ensure_editor", stdout=out)
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="editor")
    password = (tmp_path / "editor-password.txt").read_text().strip()
    assert user.check_password(password)
    assert user.groups.filter(name="Editors").exists()
    assert out.getvalue().count(password) == 2
