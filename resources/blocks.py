"""Blocks of psycho-social guidance and of network pages. Each renders with its own template
in templates/blocks/, so a "do and don't" looks the same on every guidance page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class KeyMessagesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    messages = blocks.ListBlock(blocks.CharBlock(label=_("Message")), label=_("Messages"))

    class Meta:
        icon = "pick"
        label = _("Key messages")
        template = "blocks/key_messages_block.html"


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=255)
    detail = blocks.TextBlock(label=_("Detail"), required=False)


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Numbered steps")
        template = "blocks/steps_block.html"


class DoDontBlock(blocks.StructBlock):
    do = blocks.ListBlock(blocks.CharBlock(label=_("Do")), label=_("Do"))
    dont = blocks.ListBlock(blocks.CharBlock(label=_("Don't")), label=_("Don't"))

    class Meta:
        icon = "tasks"
        label = _("Do and don't")
        template = "blocks/do_dont_block.html"


class CaseExampleBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    story = blocks.TextBlock(label=_("What happened"))
    what_helped = blocks.TextBlock(label=_("What helped"), required=False)
    anonymised = blocks.BooleanBlock(
        label=_("Names, places and details that could identify a child have been changed"),
        required=True,
    )

    class Meta:
        icon = "user"
        label = _("Anonymised case example")
        template = "blocks/case_example_block.html"


class SafeguardingNoteBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(label=_("Note"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Safeguarding note")
        template = "blocks/safeguarding_note_block.html"


class ReadingItemBlock(blocks.StructBlock):
    resource = blocks.PageChooserBlock(
        label=_("Resource in the library"), page_type="resources.ResourcePage", required=False
    )
    title = blocks.CharBlock(
        label=_("Or a title"),
        required=False,
        max_length=255,
        help_text=_("For reading outside the library."),
    )
    url = blocks.URLBlock(label=_("and its address"), required=False)


class FurtherReadingBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=255)
    items = blocks.ListBlock(ReadingItemBlock(), label=_("Items"))

    class Meta:
        icon = "link"
        label = _("Further reading")
        template = "blocks/further_reading_block.html"


class DownloadableToolBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("File"))
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    description = blocks.TextBlock(label=_("How to use it"), required=False)

    class Meta:
        icon = "download"
        label = _("Downloadable tool")
        template = "blocks/downloadable_tool_block.html"


class GuidanceBlock(blocks.StreamBlock):
    key_messages = KeyMessagesBlock()
    steps = StepsBlock()
    do_dont = DoDontBlock()
    case_example = CaseExampleBlock()
    safeguarding_note = SafeguardingNoteBlock()
    further_reading = FurtherReadingBlock()
    tool = DownloadableToolBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["h2", "h3", "bold", "italic", "link", "document-link", "ol", "ul"],
        template="blocks/paragraph_block.html",
    )


class FocalPointBlock(blocks.StructBlock):
    role = blocks.CharBlock(label=_("Role"), max_length=255, help_text=_("e.g. Coordinator"))
    email = blocks.EmailBlock(
        label=_("Role address"),
        help_text=_("A shared address for the role, not a person's private one."),
    )

    class Meta:
        icon = "mail"
        label = _("Focal point")
        template = "blocks/focal_point_block.html"


class ActivityBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link"])

    class Meta:
        icon = "date"
        label = _("Activity or news")
        template = "blocks/activity_block.html"
