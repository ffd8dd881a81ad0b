"""Replaces wagtail-localize's "Translate this page" view
(`wagtail_localize.views.submit_translations.SubmitPageTranslationView`, URL name
`wagtail_localize:submit_page_translation`, at admin/localize/submit/page/<id>/) with one that
offers only the languages the user may write the page in, and never changes a page readers see.

wagtail-localize's own permission (`submit_translation`) is site-wide, so without this a
French translator could create pages in the Arabic tree, or an Africa editor in Latin
America's. And where the page already exists in a chosen language (a live alias showing the
source, or a page whose translation was stopped), or below it with "include subtree",
wagtail-localize writes the translation into that live page at once ("draft" or not, see
translations/drafts.py): a translator could replace a live French page with unreviewed text.
Here a language where the page exists gets a draft revision for review instead; a language
where it does not is created by wagtail-localize, as a draft (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_
ON_TRANSLATE is off). Linked objects (snippets, other pages) are translated along only for those
who may edit them all. Each translation is pre-filled from the translation memory
(translations/memory.py). Its "Translate" for snippets is kept to those who may edit the
snippet (`SubmitSnippetTranslationView`). Our URLs are registered at the same addresses,
before wagtail-localize's (`register_admin_urls` with order=-1, in
translations/wagtail_hooks.py), so both its admin buttons and any link to its URL names reach
these views.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path

# wagtail-localize's own message, translated by its catalogues (not extracted into ours).
from django.utils.translation import gettext as localize_gettext
from wagtail.models import Locale, Page
from wagtail.snippets.permissions import user_can_edit_snippet_type
from wagtail.snippets.views.snippets import get_snippet_model_from_url_params
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import TranslationCreator
from wagtail_localize.views import submit_translations

from ..drafts import save_translation_draft
from ..memory import prefill

# The address of wagtail-localize's view, under the admin: tests check that reversing its URL
# name gives this address and reaches our view.
UPSTREAM_URL_NAME = "wagtail_localize:submit_page_translation"
ROUTE = "localize/submit/page/<int:page_id>/"
SNIPPET_URL_NAME = "wagtail_localize:submit_snippet_translation"
SNIPPET_ROUTE = "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/"


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

    @transaction.atomic
    def form_valid(self, form):
        user = self.request.user
        locales = list(form.cleaned_data["locales"])
        pages = [self.object]
        if form.cleaned_data["include_subtree"]:
            pages += list(self.object.get_descendants().order_by("path").specific())
        for page in pages:
            translate_into(page, locales, user, self.components if page is self.object else None)
        if len(locales) == 1:
            language = locales[0].get_display_name()
            single = self.object.get_translation_or_none(locales[0])
        else:
            language = localize_gettext("{} locales").format(len(locales))
            single = None
        messages.success(self.request, self.get_success_message(language))
        return redirect(self.get_success_url() or self.get_default_success_url(single))


class SubmitSnippetTranslationView(submit_translations.SubmitSnippetTranslationView):
    """wagtail-localize's "Translate" for snippets
    (`wagtail_localize.views.submit_translations.SubmitSnippetTranslationView`, URL name
    `wagtail_localize:submit_snippet_translation`), for those who may edit the snippet's model
    only: a snippet without drafts (a topic, a region) is published as soon as it is
    translated, and wagtail-localize asks only for its site-wide permission."""

    def dispatch(self, request, *args, **kwargs):
        model = get_snippet_model_from_url_params(kwargs["app_label"], kwargs["model_name"])
        if not user_can_edit_snippet_type(request.user, model):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def translate_into(page, locales, user, components=None):
    """`page` translated into `locales`: drafts for review where it exists, new draft pages
    (wagtail-localize's) where it does not."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    existing = set(
        Page.objects.filter(translation_key=page.translation_key, locale__in=locales).values_list(
            "locale_id", flat=True
        )
    )
    new = [locale for locale in locales if locale.pk not in existing]
    if new:
        creator = TranslationCreator(user, new)
        creator.create_translations(
            page, include_related_objects=may_translate_linked(source, user)
        )
        if components is not None:
            components.save(creator, sources_and_translations=creator.mappings)
    for locale in locales:
        translation, _created = Translation.objects.update_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        prefill(translation)
        if locale.pk in existing:
            save_translation_draft(translation, user)


def may_translate_linked(source, user):
    """Whether `user` may have the objects `source` links to (snippets, other pages) translated
    along with it: that writes their translations, live for snippets without drafts."""
    models = {
        segment.object.content_type.model_class()
        for segment in source.relatedobjectsegment_set.select_related("object__content_type")
    }
    return (
        all(
            model is not None
            and not issubclass(model, Page)
            and user_can_edit_snippet_type(user, model)
            for model in models
        )
        or user.is_superuser
    )


def permitted_locale_ids(user, page):
    """The locales where `user` may add pages at the place the translation of `page` goes:
    under its parent's translation, or, where that does not exist yet, under the nearest
    ancestor that has one, if they may also publish there: wagtail-localize then fills the gap
    with aliases of the source's pages, live when those are, which readers would see."""
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
    parent_depth = page.depth - 1
    permitted = []
    for locale_id, (depth, parent) in nearest.items():
        perms = parent.permissions_for_user(user)
        if perms.can_add_subpage() and (depth == parent_depth or perms.can_publish_subpage()):
            permitted.append(locale_id)
    return permitted


def urlpatterns():
    return [
        path(ROUTE, SubmitPageTranslationView.as_view(), name="hub_submit_page_translation"),
        path(
            SNIPPET_ROUTE,
            SubmitSnippetTranslationView.as_view(),
            name="hub_submit_snippet_translation",
        ),
    ]
