"""Each adjustment of wagtail-localize (translations/localize/) finds the upstream piece it
replaces by its name (URL name, view, setting, template), so that an upgrade that moves or
renames it fails here instead of silently undoing the adjustment. One function per module."""

import inspect

from django.template.loader import get_template
from django.urls import resolve, reverse
from wagtail_localize.views import edit_translation

from translations.localize import (
    content_direction,
    machine_translation,
    po_export,
    po_import,
)


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
