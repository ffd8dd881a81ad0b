"""`manage.py reset_two_factor <username>`: for someone who lost both their phone and their
recovery codes. Removes their authenticator app and recovery codes, so that their next sign-in
takes them to "Set up two-step verification" (where required) as on their first day.

Run it only after confirming who is asking by another channel than email: whoever holds the
password alone can then set up a new app."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import devices_for_user


class Command(BaseCommand):
    help = "Remove a user's two-step verification (authenticator app and recovery codes)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user is called {username!r}.")
        devices = list(devices_for_user(user, confirmed=None))
        for device in devices:
            device.delete()
        self.stdout.write(f"Removed {len(devices)} verification device(s) of {username}.")
