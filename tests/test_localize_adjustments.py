"""Each adjustment of third-party behaviour finds the upstream piece it replaces by its name
(URL name, hook, view, registry), so that an upgrade which moves, renames or re-registers that
piece fails here instead of silently undoing the adjustment. docs/architecture.md has the
upgrade checklist these tests back."""

import inspect

from django.core.management import get_commands
from django.core.management.commands import makemessages as django_makemessages
from django.template.loader import get_template
from django.urls import resolve, reverse
from wagtail import hooks
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.views import edit_translation, submit_translations

from hub.management.commands import makemessages
from hub.wagtail_hooks import SafeguardedPublishBulkAction
from translations.localize import (
    content_direction,
    explorer_buttons,
    machine_translation,
    po_export,
    po_import,
    submit_languages,
)


def test_submit_languages_answers_at_wagtail_localizes_translate_this_page_address():
    url = reverse(submit_languages.UPSTREAM_URL_NAME, args=[7])
    assert url == "/admin/" + submit_languages.ROUTE.replace("<int:page_id>", "7")
    view = resolve(url).func.view_class
    assert view is submit_languages.SubmitPageTranslationView
    assert issubclass(view, submit_translations.SubmitPageTranslationView)
    # wagtail-localize's buttons and links use this name: they reach our view.
    assert submit_languages.UPSTREAM_URL_NAME == "wagtail_localize:submit_page_translation"


def test_explorer_buttons_replace_wagtail_localizes_listing_hook():
    upstream = localize_hooks.page_listing_more_buttons
    assert explorer_buttons.UPSTREAM is upstream
    listing = hooks.get_hooks(explorer_buttons.HOOK)
    assert upstream not in listing
    assert explorer_buttons.translation_buttons in listing
    # Kept where it is cheap: the header of a single page.
    assert upstream in hooks.get_hooks("register_page_header_buttons")
    assert explorer_buttons.annotate_translation_state in hooks.get_hooks(
        "construct_explorer_page_queryset"
    )


def test_safeguarded_bulk_publish_replaces_wagtails():
    action = bulk_action_registry.get_bulk_action_class("wagtailcore", "page", "publish")
    assert action is SafeguardedPublishBulkAction
    assert issubclass(action, PublishBulkAction)


def test_makemessages_is_ours_and_extends_djangos():
    assert get_commands()["makemessages"] == "hub"
    assert issubclass(makemessages.Command, django_makemessages.Command)


def replaced_route(module, upstream_view, **kwargs):
    """wagtail-localize's URL name still names `upstream_view`'s address, and that address
    now reaches our view."""
    url = reverse(module.UPSTREAM_URL_NAME, kwargs=kwargs)
    assert url == "/admin/" + module.ROUTE.replace("<int:translation_id>", "1")
    view = inspect.unwrap(resolve(url).func)  # the admin wraps its views (login required)
    assert view is not inspect.unwrap(upstream_view)
    return view


def test_po_export(db):
    assert edit_translation.download_pofile.__name__ == "download_pofile"
    view = replaced_route(po_export, edit_translation.download_pofile, translation_id=1)
    assert view is inspect.unwrap(po_export.download_pofile)


def test_po_import(db):
    assert edit_translation.upload_pofile.__name__ == "upload_pofile"
    view = replaced_route(po_import, edit_translation.upload_pofile, translation_id=1)
    assert view is inspect.unwrap(po_import.upload_pofile)


def test_machine_translation(db):
    # Its work is still wagtail-localize's, called by name.
    assert callable(edit_translation.apply_machine_translation)
    view = replaced_route(machine_translation, edit_translation.machine_translate, translation_id=1)
    assert view is inspect.unwrap(machine_translation.machine_translate)


def test_content_direction(db):
    # wagtail-localize's editor template still outputs the editor hook and gives its React app
    # the target language in `data-props`, which our script reads.
    source = get_template(content_direction.UPSTREAM_TEMPLATE).template.source
    assert "{% hook_output 'insert_editor_js' %}" in source
    assert 'class="js-translation-editor" data-props="{{ props }}"' in source
