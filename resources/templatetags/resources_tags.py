from django import template

register = template.Library()


@register.filter
def choice_labels(obj, field_name):
    """The translated labels of a multiple-choice field: {{ page|choice_labels:"audiences" }}."""
    field = obj._meta.get_field(field_name)
    return field.get_choices_labels(getattr(obj, field_name))


@register.filter
def file_format(document):
    return document.file_extension.upper()


@register.filter
def country_names(countries):
    """Countries by name in the reader's language: "Democratic Republic of the Congo, Uganda".

    A Country prints as its code ("CD"), which readers do not know."""
    return ", ".join(str(country.name) for country in countries)
