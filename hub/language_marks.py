"""Text in another language than the page's is marked as such, wherever it is shown.

A French page published before all of it is translated shows the untranslated parts in the
source language (see translations/drafts.py): the reviewer accepted that explicitly. Readers,
screen readers and search engines must still be told, so that English is never passed off as
French: each such piece of text is wrapped in invisible marks carrying its language,
`mark("Listen first.", "en")`, and stored so in the page's revision. Storing the marks in the
text (rather than a list of fields beside it) means the page, every listing card and search
result showing its title or summary, its preview and the comparison of its revisions are all
marked, with no template knowing about it.

A page with marked text also tells its readers, in their language, at the top of its content
(HubPage.get_context, templates/includes/untranslated_notice.html).

`LanguageMarksMiddleware` turns the marks into `<span lang="en">…</span>` in HTML responses,
and removes them where markup is not allowed (inside tags, that is attributes, and in <title>,
<script>, <style>, <textarea> and <option>) and from every other text response (feeds, JSON).
The marks are characters of Unicode's private use area, which no language uses, with spaces
inside them so that full-text search still sees the marked words as words; where JSON escapes
them ("\\ue000", in scripts' data and JSON responses) they are removed too.
"""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from modelcluster.models import get_all_child_relations, get_serializable_data_for_fields
from wagtail.models.pages import COMMENTS_RELATION_NAME

START, SEPARATOR, END = "\ue000", "\ue001", "\ue002"
_MARK = re.compile(f"{START}([A-Za-z-]{{1,16}}){SEPARATOR} ?| ?{END}")
# As JSON writes them ("\ue000"), inside scripts' data and JSON responses.
_ESCAPED_MARK = re.compile(r"\\u[eE]000[A-Za-z-]{0,16}\\u[eE]001 ?| ?\\u[eE]002")
_ANY_MARK = re.compile(
    f"{START}[^{SEPARATOR}{END}]{{0,16}}{SEPARATOR} ?| ?{END}|[{START}{SEPARATOR}]"
)
# Pieces of HTML in which marks are removed rather than rendered: comments, elements whose
# content is raw text, and tags themselves (their attributes).
_NO_MARKUP = re.compile(
    r"<!--.*?-->|<(script|style|title|textarea|option)\b[^>]*>.*?</\1\s*>|<[^>]*>", re.S | re.I
)
_INLINE_TAG = re.compile(
    r"</?(a|abbr|b|bdi|bdo|br|cite|code|data|dfn|em|i|kbd|mark|q|s|samp|small|span|strong|"
    r"sub|sup|time|u|var|wbr)\b[^>]*>",
    re.I,
)


def mark(text, language_code):
    """`text`, marked as being in `language_code`."""
    if not text:
        return text
    return f"{START}{language_code}{SEPARATOR} {text} {END}"


def has_marks(text):
    return START in text


def strip_marks(text):
    """`text` without marks: where no markup can say which language a piece is in."""
    if "\\u" in text:
        text = _ESCAPED_MARK.sub("", text)
    if START not in text and END not in text:
        return text
    return _ANY_MARK.sub("", text)


def marked_texts(text):
    """The pieces of `text` that are marked, as (language code, text)."""
    found, stack = [], []
    for match in _MARK.finditer(text):
        if match.group(1):
            stack.append((match.group(1), match.end()))
        elif stack:
            code, start = stack.pop()
            found.append((code, strip_marks(text[start : match.start()])))
    return found


def readable_data(obj):
    """`obj`'s content as modelcluster's `serializable_data()` gives it (its fields, streams and
    inline children), without what readers never see: the editors' comments on a page and the
    ids of its related snippets. Reading those cost a query each on every page view."""
    data = get_serializable_data_for_fields(obj)
    for relation in get_all_child_relations(obj):
        name = relation.get_accessor_name()
        if name != COMMENTS_RELATION_NAME:
            data[name] = [readable_data(child) for child in getattr(obj, name).all()]
    return data


def languages_marked_in(obj):
    """The codes of the languages marked in `obj`'s content (a page: its fields, streams and
    inline children), for a notice to its readers."""
    text = json.dumps(readable_data(obj), ensure_ascii=False, cls=DjangoJSONEncoder)
    if START not in text:
        return []
    return sorted({match.group(1) for match in _MARK.finditer(text) if match.group(1)})


def _balanced(html):
    """The marks of `html` (a whole document or fragment) that have their pair, as
    {position of the opening mark: (language, position of the closing mark)}; others are
    dropped, so that text cut in the middle of a mark (a title truncated in a card) cannot
    spill its language over what follows."""
    pairs, stack = {}, []
    for match in _MARK.finditer(html):
        if match.group(1):
            stack.append(match)
        elif stack:
            opening = stack.pop()
            pairs[opening.start()] = (opening.group(1), opening, match)
    return pairs


def render_marks(html):
    """`html` with each marked piece of text wrapped in an element carrying its `lang`.

    A piece whose markup inside is only inline elements, balanced, gets one
    `<span lang="…">` around it; otherwise (a piece spanning paragraphs) each of its text
    runs gets its own, so the HTML stays valid either way."""
    if "\\u" in html:
        html = _ESCAPED_MARK.sub("", html)
    if START not in html and END not in html:
        return html
    protected = [(m.start(), m.end()) for m in _NO_MARKUP.finditer(html)]
    pairs = {
        start: value
        for start, value in _balanced(html).items()
        if not _inside(start, protected) and not _inside(value[2].start(), protected)
    }
    out, position, open_languages = [], 0, []
    events = sorted(
        [
            (opening.start(), "open", code, opening, closing)
            for code, opening, closing in pairs.values()
        ]
        + [
            (closing.start(), "close", code, opening, closing)
            for code, opening, closing in pairs.values()
        ],
        key=lambda event: event[0],
    )
    for at, kind, code, opening, closing in events:
        out.append(_text_between(html, position, at, open_languages))
        if kind == "open":
            inner = html[opening.end() : closing.start()]
            simple = _only_balanced_inline_markup(inner)
            if simple:
                out.append(f'<span lang="{code}">')
            open_languages.append((code, simple))
            position = opening.end()
        else:
            _code, simple = open_languages.pop()
            if simple:
                out.append("</span>")
            position = closing.end()
    out.append(_text_between(html, position, len(html), open_languages))
    return "".join(out)


def _inside(position, ranges):
    return any(start <= position < end for start, end in ranges)


def _text_between(html, start, end, open_languages):
    """html[start:end] with stray marks removed, and each text run wrapped when it lies in a
    marked piece that could not be wrapped whole."""
    chunk = strip_marks(html[start:end])
    if not open_languages or open_languages[-1][1]:
        return chunk
    code = open_languages[-1][0]
    pieces = []
    last = 0
    for match in _NO_MARKUP.finditer(chunk):
        pieces.append(_wrap_text(chunk[last : match.start()], code))
        pieces.append(match.group(0))
        last = match.end()
    pieces.append(_wrap_text(chunk[last:], code))
    return "".join(pieces)


def _wrap_text(text, code):
    if not text.strip():
        return text
    return f'<span lang="{code}">{text}</span>'


def _only_balanced_inline_markup(inner):
    tags = [m.group(0) for m in _NO_MARKUP.finditer(inner)]
    if any(not _INLINE_TAG.fullmatch(tag) for tag in tags):
        return False
    depth = {}
    for tag in tags:
        name = re.match(r"</?(\w+)", tag).group(1).lower()
        if name in ("br", "wbr") or tag.endswith("/>"):
            continue
        depth[name] = depth.get(name, 0) + (-1 if tag.startswith("</") else 1)
        if depth[name] < 0:
            return False
    return not any(depth.values())


class LanguageMarksMiddleware:
    """Renders the marks of HTML responses as `lang` attributes, and removes them from other
    text responses. Responses without marks (nearly all) are only searched for one."""

    SIGNS = (START.encode(), END.encode(), b"\\ue000", b"\\ue002")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(response, "streaming", False) or not hasattr(response, "content"):
            return response
        content = response.content
        if not any(sign in content for sign in self.SIGNS):
            return response
        content_type = response.get("Content-Type", "").split(";")[0].strip()
        if not (
            content_type.startswith("text/")
            or content_type in ("application/json", "application/javascript")
            or content_type.endswith("xml")
        ):
            return response
        charset = getattr(response, "charset", None) or "utf-8"
        text = content.decode(charset, errors="replace")
        text = render_marks(text) if content_type == "text/html" else strip_marks(text)
        response.content = text.encode(charset)
        if response.has_header("Content-Length"):
            response["Content-Length"] = str(len(response.content))
        return response
