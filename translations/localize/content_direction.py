"""Right to left where the content is: the text fields of wagtail-localize's translation
editor (its React app, rendered by the template `wagtail_localize/admin/edit_translation.html`)
carry the `lang` and `dir` of the language being written, the source's texts those of the
source; Arabic, and every language of settings.LANGUAGES_BIDI, is typed right to left.

wagtail-localize's editor marks neither. The least invasive way: a small script
(static/js/content-direction.js), added through Wagtail's `insert_editor_js` hook, which the
editor's template outputs, reads the two languages from the editor's own `data-props` and marks
the fields as React draws them. No template or component of wagtail-localize is replaced.

The same script serves Wagtail's page and snippet editors, where the server already marks the
text fields (hub.forms.ContentLanguageMixin): the fields drawn in the browser (StreamField
blocks, rich text) take the language of the form's other fields.
"""

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html

# wagtail-localize's editor template: it outputs `insert_editor_js` and gives its React app
# `data-props` with `locale.code` and `sourceLocale.code` (tests/test_localize_adjustments.py).
UPSTREAM_TEMPLATE = "wagtail_localize/admin/edit_translation.html"


def editor_js():
    return format_html(
        '<script src="{}" data-rtl-languages="{}"></script>',
        static("js/content-direction.js"),
        " ".join(settings.LANGUAGES_BIDI),
    )
