"""The interface speaks French, Spanish, Arabic and Portuguese completely: every string the
templates and the code mark for translation is in each catalogue, translated, not fuzzy."""

import ast
import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest
from django.utils.translation.template import templatize

from .helpers import OTHER_LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
LANGS = OTHER_LANGUAGES
SOURCE_DIRS = ["hub", "translations", "resources", "home", "search", "countries", "demo"]
GETTEXT_NAMES = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w*\}")


def catalogue(lang):
    return polib.pofile(str(ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"))


def template_strings():
    found = set()
    pattern = re.compile(r"\bn?gettext\(u'((?:[^'\\]|\\.)*)'")
    for path in (ROOT / "templates").rglob("*.html"):
        text = templatize(path.read_text(encoding="utf-8"), origin=str(path))
        for match in pattern.finditer(text):
            found.add(match.group(1).encode().decode("unicode_escape").encode("latin-1").decode())
    return found


def python_strings():
    found = set()
    for folder in SOURCE_DIRS:
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id in GETTEXT_NAMES
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    found.add(node.args[0].value)
    return found


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_is_complete_and_not_fuzzy(lang):
    po = catalogue(lang)
    assert not po.metadata_is_fuzzy
    assert [e.msgid for e in po.untranslated_entries()] == []
    assert [e.msgid for e in po.fuzzy_entries()] == []
    assert po.metadata["Language"] == lang


@pytest.mark.parametrize("lang", LANGS)
def test_every_marked_string_is_in_the_catalogue(lang):
    msgids = {entry.msgid for entry in catalogue(lang)}
    missing = (template_strings() | python_strings()) - msgids
    assert not missing, f"run `make messages` and translate: {sorted(missing)}"


@pytest.mark.parametrize("lang", LANGS)
def test_translations_keep_their_placeholders(lang):
    for entry in catalogue(lang):
        expected = sorted(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            # Arabic's zero/one/two forms may spell the number out instead of %(counter)s.
            got = [p for p in sorted(PLACEHOLDER.findall(text)) if p in expected]
            assert set(got) <= set(expected), (entry.msgid, text)
            if not entry.msgid_plural:
                assert sorted(PLACEHOLDER.findall(text)) == expected, (entry.msgid, text)


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="GNU gettext is not installed")
@pytest.mark.parametrize("lang", LANGS)
def test_msgfmt_check_is_clean(lang):
    path = ROOT / "locale" / lang / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
