"""PostgreSQL full-text search that stems each language with its own dictionary.

modelsearch's PostgreSQL backend uses one SEARCH_CONFIG for everything, and all database
backends share one index table, so "one backend per language" would overwrite itself. This
small subclass instead chooses the text search configuration per object from its locale when
indexing, and from the reader's language when querying. Languages PostgreSQL cannot stem
(Arabic, in the versions we support) use the `simple` configuration.

Configure with {"BACKEND": "hub.search_backend"}; hub/settings/base.py does so whenever the
database is PostgreSQL.
"""

import copy
from collections import defaultdict

from django.conf import settings
from django.utils.translation import get_language
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

TEXT_SEARCH_CONFIGS = {
    "en": "english",
    "fr": "french",
    "es": "spanish",
    "pt": "portuguese",
}


def config_for_language(language_code):
    code = (language_code or settings.LANGUAGE_CODE).split("-")[0].lower()
    return TEXT_SEARCH_CONFIGS.get(code, "simple")


class LocaleIndex(PostgresIndex):
    def add_items(self, model, objs):
        """Index each locale's objects with that locale's configuration."""
        language_codes = self.backend.locale_language_codes()
        groups = defaultdict(list)
        for obj in objs:
            code = language_codes.get(getattr(obj, "locale_id", None), settings.LANGUAGE_CODE)
            groups[config_for_language(code)].append(obj)
        original = self.backend
        try:
            for config, group in groups.items():
                self.backend = copy.copy(original)
                self.backend.config = config
                super().add_items(model, group)
        finally:
            self.backend = original


class LocaleQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return config_for_language(get_language())


class LocaleSearchBackend(PostgresSearchBackend):
    query_compiler_class = LocaleQueryCompiler
    index_class = LocaleIndex

    def locale_language_codes(self):
        from wagtail.models import Locale

        return dict(Locale.objects.values_list("pk", "language_code"))


SearchBackend = LocaleSearchBackend
