"""Whatever an editor types into a form of the admin, the answer is the form (with its errors)
or a refusal, never a server error.

Hypothesis posts to the create and edit views of every page type and every snippet, as each
role (superuser, secretariat editor, Africa network editor, French translator): each form as
the browser would send it (its fields as the admin drew them), then with some of the fields an
editor can type into given hostile values (NUL bytes, huge texts, scripts, dates and numbers
out of range, right-to-left text, emoji), sometimes with a StreamField block, saving a
draft or publishing. The default run is bounded (about a minute); HUB_FUZZ_EXAMPLES raises
the number of examples per role.
"""

import json
import os
import uuid
from collections import Counter
from io import StringIO

import pytest
from django import forms
from django.core.management import call_command
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail import blocks
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.blocks.base import BlockField
from wagtail.models import Page

from home.models import HomePage, StandardPage
from resources.models import (
    GuidanceIndexPage,
    NationalCoalitionPage,
    NetworkIndexPage,
    ProgrammeIndexPage,
    PsychosocialGuidancePage,
    Region,
    RegionalNetworkPage,
    ReintegrationProgrammePage,
    ResourceIndexPage,
    ResourcePage,
    Topic,
)
from resources.roles import SECRETARIAT_EDITORS, network_editors_group_name
from translations.roles import translators_group_name

from .conftest import demo_for_module
from .helpers import member

EXAMPLES = int(os.environ.get("HUB_FUZZ_EXAMPLES", "20"))

NASTY = [
    "", " ", "\x00", "a\x00b", "x" * 300, "x" * 20_000, "<script>alert(1)</script>",
    "</p><p>", "&amp;&lt;", "{{ 7 }}", "%(x)s", "'; DROP TABLE x; --", "\ufeff", "\u202e",
    "العربية", "réintégration", "😀" * 50, "\ufffd", "-1", "0", "1e9",
    "99999999999999999999", "9999-99-99", "0001-01-01", "99999-01-01", "2024-02-30",
    "2024-01-01 25:61", "https://", "javascript:alert(1)", "mailto:", "a@", "ZZ", "null",
]  # fmt: skip
hostile = st.one_of(st.sampled_from(NASTY), st.text(max_size=80))


# Each page type: where to create one (a parent of the demo site, found by type and
# language) and one to edit.
PAGE_TYPES = [
    HomePage, StandardPage, ResourceIndexPage, ResourcePage, ProgrammeIndexPage,
    ReintegrationProgrammePage, GuidanceIndexPage, PsychosocialGuidancePage, NetworkIndexPage,
    RegionalNetworkPage, NationalCoalitionPage,
]  # fmt: skip
SNIPPETS = [Region, Topic]


def page_forms(pages, suffix):
    """(label, URL) of the create and edit view of every page type found among `pages`: one
    page of each type to edit, and one parent where each type may be added."""
    pages = list(pages)
    urls = []
    for model in PAGE_TYPES:
        instance = next((p for p in pages if type(p) is model), None)
        if instance is not None:
            urls.append((f"edit {model.__name__} ({suffix})", edit_url(instance)))
        parent = (
            Page.get_first_root_node()
            if model is HomePage
            else next((p for p in pages if model in type(p).allowed_subpage_models()), None)
        )
        if parent is not None:
            args = [model._meta.app_label, model._meta.model_name, parent.pk]
            add = reverse("wagtailadmin_pages:add", args=args)
            urls.append((f"add {model.__name__} ({suffix})", add))
    return urls


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def snippet_forms():
    urls = []
    for model in SNIPPETS:
        name = model._meta.model_name
        for code in ("en", "ar"):
            urls.append(
                (f"add {name} ({code})", f"/admin/snippets/resources/{name}/add/?locale={code}")
            )
        term = model.objects.filter(locale__language_code="en").first()
        urls.append((f"edit {name}", f"/admin/snippets/resources/{name}/edit/{term.pk}/"))
    return urls


def forms_of_the_site():
    """The demo site in English, with the French home page's first pages, and the roles."""
    call_command("setup_site", stdout=StringIO())
    french_home = HomePage.objects.get(locale__language_code="fr")
    about = StandardPage(title="À propos", slug="a-propos", introduction="Qui nous sommes.")
    french_home.add_child(instance=about)
    about.save_revision().publish()
    africa = RegionalNetworkPage.objects.get(locale__language_code="en", region__slug="africa")
    return [
        *page_forms(Page.objects.filter(locale__language_code="en").specific(), "en"),
        *page_forms(Page.objects.descendant_of(africa, inclusive=True).specific(), "Africa"),
        *page_forms(Page.objects.filter(locale__language_code="fr").specific(), "fr"),
        *snippet_forms(),
    ]


demo_site = demo_for_module("--english-only", then=forms_of_the_site)


@pytest.fixture
def site(demo_site, db):
    return demo_site


@pytest.fixture
def roles(site, django_user_model):
    admin = django_user_model.objects.create_superuser("root", "root@example.org", "pw")
    return {
        "superuser": admin,
        "secretariat editor": member("secretariat", SECRETARIAT_EDITORS),
        "regional editor": member("africa", network_editors_group_name("Africa")),
        "French translator": member("traductrice", translators_group_name("fr")),
    }


def browser_data(form):
    """What the browser sends for `form` as the admin drew it: every field's value, each
    StreamField empty (its blocks are drawn by script), and its inline panels' forms."""
    data = {}
    for bound in form:
        field = bound.field
        if isinstance(field, BlockField):
            data[f"{bound.html_name}-count"] = "0"
            continue
        value = bound.value()
        if isinstance(value, list | tuple) and not isinstance(value, str):
            data[bound.html_name] = [str(v) for v in value]
        elif (
            field.widget.input_type == "checkbox" if hasattr(field.widget, "input_type") else False
        ):
            if value:
                data[bound.html_name] = "on"
        else:
            formatted = field.widget.format_value(value)
            data[bound.html_name] = "" if formatted is None else str(formatted)
    for formset in getattr(form, "formsets", {}).values():
        for bound in formset.management_form:
            data[bound.html_name] = str(bound.value())
        for child in formset.forms:
            data.update(browser_data(child))
    return data


def filled(form, data):
    """The form's data with its empty required text fields filled in, so that a part of the
    examples passes validation and goes on to be saved."""
    data = dict(data)
    for bound in form:
        if bound.field.required and data.get(bound.html_name) == "":
            if isinstance(bound.field, forms.SlugField) or bound.name == "slug":
                data[bound.html_name] = f"fuzz-{uuid.uuid4().hex[:8]}"
            elif isinstance(bound.field, forms.DateField):
                data[bound.html_name] = "2024-01-01"
            elif isinstance(bound.field, forms.ChoiceField) and bound.field.choices:
                choices = [str(value) for value, _label in bound.field.choices if value != ""]
                data[bound.html_name] = choices[0] if choices else ""
            elif isinstance(bound.field, forms.CharField):
                data[bound.html_name] = "Fuzz"
    return data


def typed_fields(form, data):
    """The fields an editor types into or chooses from: not the hidden inputs a chooser
    fills with an id (an editor picks from a list there), nor the inline panels' bookkeeping."""
    hidden = set()
    for each in [form, *(child for fs in getattr(form, "formsets", {}).values() for child in fs)]:
        for bound in each:
            if isinstance(bound.field.widget, BaseChooser | forms.HiddenInput):
                hidden.add(bound.html_name)
    bookkeeping = ("-count", "FORMS", "-id", "-ORDER", "-DELETE")
    return sorted(
        name
        for name, value in data.items()
        if isinstance(value, str) and name not in hidden and not name.endswith(bookkeeping)
    )


def stream_block(form, text):
    """One block of text for the first StreamField of `form` that has one, as Wagtail's
    script sends it."""
    for bound in form:
        if not isinstance(bound.field, BlockField):
            continue
        for name, child in bound.field.block.child_blocks.items():
            prefix = f"{bound.html_name}-0"
            data = {
                f"{bound.html_name}-count": "1",
                f"{prefix}-type": name,
                f"{prefix}-deleted": "",
                f"{prefix}-order": "0",
                f"{prefix}-id": str(uuid.uuid4()),
            }
            if isinstance(child, blocks.RichTextBlock):
                data[f"{prefix}-value"] = json.dumps(
                    {
                        "blocks": [
                            {
                                "key": "k0",
                                "text": text,
                                "type": "unstyled",
                                "depth": 0,
                                "inlineStyleRanges": [],
                                "entityRanges": [],
                            }
                        ],
                        "entityMap": {},
                    }
                )
                return data
            if isinstance(child, blocks.CharBlock | blocks.TextBlock):
                data[f"{prefix}-value"] = text
                return data
    return {}


@pytest.mark.parametrize(
    "role", ["superuser", "secretariat editor", "regional editor", "French translator"]
)
def test_no_input_in_an_editing_form_causes_a_server_error(client, site, roles, role):
    client.force_login(roles[role])
    drawn = {}  # URL -> (form as drawn, its data), for the forms this role may use
    for label, url in site:
        response = client.get(url)
        assert response.status_code < 500, (role, label)
        if response.status_code == 200:
            form = response.context["form"]
            drawn[label, url] = (form, filled(form, browser_data(form)))
    assert drawn, role

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        derandomize=True,
    )
    @given(
        target=st.sampled_from(sorted(drawn)),
        values=st.lists(hostile, min_size=1, max_size=6),
        picks=st.lists(st.integers(min_value=0), min_size=1, max_size=6),
        block_text=st.one_of(st.none(), hostile),
        publish=st.booleans(),
    )
    def check(target, values, picks, block_text, publish):
        label, url = target
        form, baseline = drawn[target]
        data = dict(baseline)
        fields = typed_fields(form, data)
        for value, pick in zip(values, picks, strict=False):
            if fields:
                data[fields[pick % len(fields)]] = value
        if block_text is not None:
            data.update(stream_block(form, block_text))
        if publish:
            data["action-publish"] = "action-publish"
        response = client.post(url, data)
        seen[response.status_code] += 1
        assert response.status_code < 500, (role, label, data)

    seen = Counter()
    check()
    # The forms were saved as well as refused: the fuzz reached the database.
    assert seen[302] and seen[200], seen
