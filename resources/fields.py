"""A model field for "several of a fixed list" (audiences, approaches, who a programme serves).

Stored as ",a,b," in one text column, so it works the same on SQLite and PostgreSQL, a value
is found with `field__contains=",a,"`, and wagtail-localize synchronises it like any choice.
"""

from django import forms
from django.db import models


class MultipleChoiceField(models.CharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return [v for v in value if v]
        if not value:
            return []
        return [v for v in value.split(",") if v]

    def get_prep_value(self, value):
        values = self.to_python(value)
        return f",{','.join(values)}," if values else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {str(key) for key, _label in self.flatchoices}
        invalid = [v for v in value if v not in allowed]
        if invalid:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": ", ".join(invalid)},
            )
        if not self.blank and not value:
            raise forms.ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=self.choices,
            required=not self.blank,
            label=self.verbose_name.capitalize() if self.verbose_name else None,
            help_text=self.help_text,
            widget=forms.CheckboxSelectMultiple,
            **{k: v for k, v in kwargs.items() if k in {"initial", "disabled"}},
        )

    def get_choices_labels(self, values):
        labels = dict(self.flatchoices)
        return [labels.get(v, v) for v in values]

    @staticmethod
    def lookup(value):
        """The `contains` argument that finds rows holding `value`."""
        return f",{value},"
