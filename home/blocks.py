"""Blocks of the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class HighlightBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Page"))
    summary = blocks.TextBlock(
        label=_("Summary"),
        required=False,
        help_text=_("Leave blank to use the page's search description."),
    )

    class Meta:
        icon = "link"
        label = _("Highlighted section")
