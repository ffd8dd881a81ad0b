"""What a translation must keep of its original: its HTML tags and its placeholders.

A translated string is put back into the page as HTML. A tag lost, added or left open moves
a link onto the wrong words, or leaves the rest of the paragraph in bold; a placeholder lost
breaks the sentence it stands in. This is the check translate-toolkit's `pofilter` calls
"xmltags", with its printf and brace-format checks beside it: the tags (name and attributes)
and the placeholders of the translation, counted, must be those of the original. A translator
may move a link or a bold word within the sentence, not drop, add or break one. The
translation's tags must also close in the order they open.

Used for PO files (translations/localize/po_import.py) and machine translation
(translations/localize/machine_translation.py).
"""

import re
from collections import Counter
from html.parser import HTMLParser

from django.utils.translation import gettext as _

# printf-style (%s, %d, %(name)s, %1$s) and brace (Python's format, {0}, {name}) placeholders.
# A bare "%" followed by a space ("50 % des enfants") is prose, not a placeholder.
PLACEHOLDER = re.compile(r"%(?:\(\w+\)|\d+\$)?[sdif]|\{\w*\}")
VOID_TAGS = {"br", "hr", "img", "wbr"}


class _Tags(HTMLParser):
    """The tags of a string: start tags with their attributes, end tags, and whether they
    close in the order they open."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.starts = Counter()
        self.ends = Counter()
        self.open = []
        self.well_nested = True
        self.feed(text)
        self.close()
        if self.open:
            self.well_nested = False

    def handle_starttag(self, tag, attrs):
        self.starts[start_tag(tag, attrs)] += 1
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.starts[start_tag(tag, attrs)] += 1

    def handle_endtag(self, tag):
        self.ends[f"</{tag}>"] += 1
        if self.open and self.open[-1] == tag:
            self.open.pop()
        else:
            self.well_nested = False


def start_tag(tag, attrs):
    attributes = "".join(
        f' {name}="{value}"' if value is not None else f" {name}" for name, value in sorted(attrs)
    )
    return f"<{tag}{attributes}>"


def markup_problems(original, translation):
    """What the translation lost, added or broke of the original's tags and placeholders, as
    short sentences for the translator; an empty list when it kept them all."""
    problems = []
    source_tags, target_tags = _Tags(original), _Tags(translation)
    source_marks = source_tags.starts + source_tags.ends
    target_marks = target_tags.starts + target_tags.ends
    source_placeholders = Counter(PLACEHOLDER.findall(original))
    target_placeholders = Counter(PLACEHOLDER.findall(translation))
    for label, missing in (
        (_("tags missing: %(items)s"), source_marks - target_marks),
        (_("tags added: %(items)s"), target_marks - source_marks),
        (_("placeholders missing: %(items)s"), source_placeholders - target_placeholders),
        (_("placeholders added: %(items)s"), target_placeholders - source_placeholders),
    ):
        if missing:
            problems.append(label % {"items": " ".join(sorted(missing.elements()))})
    if not problems and source_tags.well_nested and not target_tags.well_nested:
        problems.append(_("tags do not close in the order they open"))
    return problems
