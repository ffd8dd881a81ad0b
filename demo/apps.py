from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content (`manage.py load_demo`), read from data files: the coalition's own text
    and PO files of its translations. It depends on every app; nothing depends on it."""

    name = "demo"
    verbose_name = "Demo content"
