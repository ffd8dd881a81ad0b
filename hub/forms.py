from django.db.models import ForeignKey
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Page, TranslatableMixin

from .safeguarding import consent_error, images_lacking_consent


class HubPageForm(WagtailAdminPageForm):
    """The editing form of every page type.

    - Taxonomy choices (topics, region...) offer only the terms of the page's own language,
      so an editor of the Spanish tree picks Spanish topics.
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
