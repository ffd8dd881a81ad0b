"""`manage.py setup_site`: bring a database in line with the settings, idempotently.

It creates a Wagtail locale for every language of `settings.LANGUAGES`, then runs the
`hub_setup_site` hooks in their order. Each app registers what it owns: the home page of each
language (home), translators, reviewers and review workflows (translations), the
secretariat's and the regional networks' roles (resources). Each hook returns lines saying
what is now in place. Safe to run on a live site, as often as wanted: it adds what is missing
and changes nothing else.
"""

from wagtail import hooks
from wagtail.models import Locale

from .i18n import language_codes

HOOK = "hub_setup_site"


def ensure_locales():
    made = []
    for code in language_codes():
        _locale, created = Locale.objects.get_or_create(language_code=code)
        if created:
            made.append(code)
    return [summary("Languages", language_codes(), made)]


def summary(label, names, new=()):
    """ "Label: a, b, c (new: c)", a line of what setup_site has in place."""
    line = f"{label}: {', '.join(names)}"
    return f"{line} (new: {', '.join(new)})" if new else line


def setup_site():
    """Everything the settings call for; returns what is in place, in lines."""
    lines = ensure_locales()
    for step in hooks.get_hooks(HOOK):
        lines += step() or []
    return lines
