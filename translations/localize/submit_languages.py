"""Replaces wagtail-localize's "Translate this page" view
(`wagtail_localize.views.submit_translations.SubmitPageTranslationView`, URL name
`wagtail_localize:submit_page_translation`, at admin/localize/submit/page/<id>/) with one that
offers only the languages the user may write the page in.

wagtail-localize's own permission (`submit_translation`) is site-wide, so without this a
French translator could create pages in the Arabic tree, or an Africa editor in Latin
America's. Our URL is registered at the same address, before wagtail-localize's
(`register_admin_urls` with order=-1, in translations/wagtail_hooks.py), so both its admin
buttons and any link to its URL name reach this view.
"""

from django.urls import path
from wagtail.models import Locale, Page
from wagtail_localize.views import submit_translations

# The address of wagtail-localize's view, under the admin: tests check that reversing its URL
# name gives this address and reaches our view.
UPSTREAM_URL_NAME = "wagtail_localize:submit_page_translation"
ROUTE = "localize/submit/page/<int:page_id>/"


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", offering only the languages the user may
    write the page in: its own permission (submit_translation) is site-wide, so without this
    a French translator could create pages in the Arabic tree, or an Africa editor in Latin
    America's."""

    def get_form(self):
        form = super().get_form()
        field = form.fields["locales"]
        field.queryset = field.queryset.filter(
            pk__in=permitted_locale_ids(self.request.user, self.object)
        )
        return form


def permitted_locale_ids(user, page):
    """The locales where `user` may add pages at the place the translation of `page` goes:
    under its parent's translation, or, where that does not exist yet (wagtail-localize then
    creates it), under the nearest ancestor that has one."""
    if page.depth <= 2:  # a language's home page goes directly under Wagtail's root
        if Page.get_first_root_node().permissions_for_user(user).can_add_subpage():
            return list(Locale.objects.values_list("pk", flat=True))
        return []
    ancestors = page.get_ancestors().filter(depth__gt=1)
    ancestry = dict(ancestors.values_list("translation_key", "depth"))
    nearest = {}  # locale id -> (depth of the ancestor in the source tree, its translation)
    for candidate in Page.objects.filter(translation_key__in=ancestry):
        depth = ancestry[candidate.translation_key]
        if depth > nearest.get(candidate.locale_id, (0, None))[0]:
            nearest[candidate.locale_id] = (depth, candidate)
    return [
        locale_id
        for locale_id, (_depth, parent) in nearest.items()
        if parent.permissions_for_user(user).can_add_subpage()
    ]


def urlpatterns():
    return [
        path(ROUTE, SubmitPageTranslationView.as_view()),
    ]
