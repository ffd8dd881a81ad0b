"""Translators are told, by email, when the source of a page they translated changes.

Wagtail already writes the rest (its workflow notifiers): a language's reviewers when a
translation is sent to their review (its "Review: <language>" step is a group approval task),
and the translator who sent it when it is approved or sent back. Those emails are Wagtail's,
with links from the site's real address (hub/base_url.py).

What Wagtail has no notion of is a translation going out of date. When a page that is the
source of translations is published and its translatable texts differ from those it had when
last published (wagtail-localize's own extraction, `extract_segments`, so that a change of date
or image alone says nothing), everyone who translated it into another language (the last
translator of each of its strings there) gets one email per language, in their own language,
with a link to their translation. A failure to send is logged (hub/mail.py), never silent, and
never undoes the publication.
"""

from collections import defaultdict

from django.contrib.auth import get_user_model
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation as i18n
from wagtail.admin.mail import send_mail
from wagtail.models import Page, PageLogEntry
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from hub.base_url import admin_base_url
from hub.i18n import language_name


def texts(instance):
    """The translatable texts of a page, as {path: text}."""
    return {
        segment.path: segment.string.data
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    }


def previously_published(page, revision):
    entry = (
        PageLogEntry.objects.filter(page=page, action="wagtail.publish", revision__isnull=False)
        .exclude(revision=revision)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    return entry.revision if entry else None


def translators(page):
    """{target page: [users who translated its strings]} for each translation of `page`."""
    by_locale = defaultdict(set)
    rows = (
        StringTranslation.objects.filter(
            context__object_id=page.translation_key, last_translated_by__is_active=True
        )
        .exclude(locale_id=page.locale_id)
        .values_list("locale_id", "last_translated_by_id")
        .distinct()
    )
    for locale_id, user_id in rows:
        by_locale[locale_id].add(user_id)
    if not by_locale:
        return {}
    users = get_user_model().objects.in_bulk({pk for ids in by_locale.values() for pk in ids})
    targets = Page.objects.filter(
        translation_key=page.translation_key, locale_id__in=by_locale
    ).select_related("locale")
    return {target: [users[pk] for pk in by_locale[target.locale_id]] for target in targets}


def source_published(sender, instance, revision=None, **kwargs):
    """`page_published`: if `instance` is a translation source whose texts changed, tell its
    translators once the publication is committed."""
    page = instance
    if (
        revision is None
        or not TranslationSource.objects.filter(
            object_id=page.translation_key, locale_id=page.locale_id
        ).exists()
    ):
        return
    previous = previously_published(page, revision)
    if previous is None or texts(previous.as_object()) == texts(revision.as_object()):
        return
    transaction.on_commit(lambda: tell_translators(page, revision.user))


def tell_translators(page, changed_by=None):
    base_url = admin_base_url()
    for target, users in translators(page).items():
        for user in users:
            if not user.email or user == changed_by:
                continue
            send(user, page, target, base_url)


def send(user, page, target, base_url):
    context = {
        "user": user,
        "page": page,
        "target": target,
        "source_language": language_name(page.locale.language_code),
        "target_language": language_name(target.locale.language_code),
        "page_url": page.full_url or "",
        "edit_url": f"{base_url}/admin/pages/{target.pk}/edit/",
        "base_url": base_url,
    }
    with i18n.override(UserProfile.get_for_user(user).get_preferred_language()):
        subject = render_to_string("translations/emails/source_changed_subject.txt", context)
        body = render_to_string("translations/emails/source_changed.txt", context)
    # A failure to send is logged by the site's email backend (hub/mail.py).
    send_mail(" ".join(subject.split()), body.strip(), [user.email])
