"""Django's `makemessages`, with the languages of settings.LANGUAGES as its default.

Replaces `django.core.management.commands.makemessages` for this project: given no `-l`,
`--all` or `-x`, it refreshes the catalogue of every language of the site but the source one,
so `make messages` follows the setting (a new language gets its catalogue)."""

from django.conf import settings
from django.core.management.commands import makemessages

from hub.i18n import language_codes


class Command(makemessages.Command):
    def handle(self, *args, **options):
        if not (options.get("locale") or options.get("all") or options.get("exclude")):
            options["locale"] = [c for c in language_codes() if c != settings.LANGUAGE_CODE]
        return super().handle(*args, **options)
