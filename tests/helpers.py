"""Procedures several test files share."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, TranslationSource

from hub.i18n import language_codes

# The site's languages, from settings.LANGUAGES (the default first), and the others.
LANGUAGE_CODES = language_codes()
OTHER_LANGUAGES = LANGUAGE_CODES[1:]


def assert_listing_costs_the_same(client, url, add):
    """A listing answers with the same number of queries with 3 and with 30 items.

    `add(count, start)` creates `count` listed pages numbered from `start`. The first request
    warms the cache (site addresses, navigation), as on a running site."""

    def queries():
        with CaptureQueriesContext(connection) as context:
            response = client.get(url)
        assert response.status_code == 200
        return len(context.captured_queries), response

    client.get(url)
    add(3, 0)
    few, response = queries()
    assert len(response.context["items"]) == 3
    add(27, 3)
    many, response = queries()
    assert len(response.context["items"]) == 20
    assert response.context["items"].paginator.count == 30
    assert many == few


def member(username, group_name):
    """A user (password "pw", address <username>@example.org) in the group `group_name`."""
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def translate_in_localize(page, locale_code, user, text):
    """What a translator does in wagtail-localize's editor: every string of `page` translated
    by `user` as "<text> <source string>" (the slug kept), a draft not yet sent to review."""
    locale = Locale.objects.get(language_code=locale_code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = source.translations.filter(target_locale=locale).first()
    if translation is None:
        translation = source.translations.create(target_locale=locale)
        translation.save_target(user=user, publish=False)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"{text} {entry.msgid}"[:200] if entry.msgid != page.slug else entry.msgid
    translation.import_po(po, tool_name="test", delete=False)
    StringTranslation.objects.filter(locale=locale, context__object_id=page.translation_key).update(
        last_translated_by=user
    )
    return translation
