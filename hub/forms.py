from django import forms
from django.db.models import ForeignKey
from django.forms.widgets import DateTimeBaseInput
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.models import Locale, Page, TranslatableMixin

from .i18n import direction
from .safeguarding import consent_error, images_lacking_consent


class ContentLanguageMixin:
    """The text fields of a page or snippet say the language of what is typed in them: `lang`
    (spelling, fonts, screen readers) and `dir` (Arabic is typed right to left in a left-to-right
    admin, and English left to right in an Arabic one).

    Fields drawn by script (StreamField blocks, rich text) take theirs from these, in the
    browser (static/js/content-direction.js, translations/localize/content_direction.py)."""

    def mark_content_language(self, locale_id):
        code = Locale.objects.filter(pk=locale_id).values_list("language_code", flat=True).first()
        if code is None:
            return
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, forms.TextInput | forms.Textarea) and not isinstance(
                widget, DateTimeBaseInput
            ):
                widget.attrs.update(lang=code, dir=direction(code))


class TranslatableSnippetForm(ContentLanguageMixin, WagtailAdminModelForm):
    """The editing form of a translatable snippet (regions, topics)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.mark_content_language(getattr(self.instance, "locale_id", None))


class HubPageForm(ContentLanguageMixin, WagtailAdminPageForm):
    """The editing form of every page type.

    - Taxonomy choices (topics, region...) offer only the terms of the page's own language,
      so an editor of the Spanish tree picks Spanish topics.
    - Text fields carry the page's language and direction (ContentLanguageMixin).
    - Publishing, or approving for publication, is refused while the page uses an image of an
      identifiable child without a recorded consent reference. Saving a draft stays possible,
      so nobody's work is lost while consent is sought.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = getattr(self.instance, "locale_id", None)
        if locale_id is None and self.parent_page is not None:
            locale_id = self.parent_page.locale_id
        for field in self._meta.model._meta.get_fields():
            if (
                locale_id
                and isinstance(field, ParentalManyToManyField | ForeignKey)
                and not isinstance(field, ParentalKey)
                and field.related_model is not None
                and issubclass(field.related_model, TranslatableMixin)
                and not issubclass(field.related_model, Page)
                and field.name in self.fields
                and hasattr(self.fields[field.name], "queryset")
            ):
                form_field = self.fields[field.name]
                form_field.queryset = form_field.queryset.filter(locale_id=locale_id)
        self.mark_content_language(locale_id)

    def is_publishing(self):
        data = self.data or {}
        return "action-publish" in data or data.get("workflow-action-name") == "approve"

    def _post_clean(self):
        # After Django has copied the form's data onto the instance, so that the check sees
        # the page exactly as it would be published.
        super()._post_clean()
        if self.is_publishing():
            images = images_lacking_consent(self.instance)
            if images:
                self.add_error(None, consent_error(images))
