"""Creates the first admin login for `make run`, from ADMIN_USERNAME / ADMIN_PASSWORD / ADMIN_EMAIL
or with a generated password that is printed once. An existing user is left as it is."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create an admin user if none with that name exists yet."

    def handle(self, *args, **options):
        username = os.environ.get("ADMIN_USERNAME") or "admin"
        email = os.environ.get("ADMIN_EMAIL") or "admin@example.org"
        User = get_user_model()
        if User.objects.filter(username=username).exists():
            self.stdout.write(f"Admin login: user '{username}' exists; its password is unchanged.")
            return
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser(username=username, email=email, password=password)
        shown = "(from ADMIN_PASSWORD)" if os.environ.get("ADMIN_PASSWORD") else password
        self.stdout.write(
            self.style.SUCCESS(f"Admin login created: user '{username}', password {shown}")
        )
