"""Where the demo's data lives (demo/data/), and how a data file is read."""

import tomllib
import uuid
from pathlib import Path

from wagtail.fields import StreamField

DATA = Path(__file__).with_name("data")


def read_toml(name):
    with (DATA / name).open("rb") as file:
        return tomllib.load(file)


def store_blocks_with_stable_ids(page, key):
    """Have the page's StreamFields saved as the page editor saves them, every block and list
    item with its own id, and make those ids the same at every load (derived from the page's
    demo key and the block's place). wagtail-localize names each string of a block by the
    block's id (the msgctxt of its PO files), so the demo's PO files fit the pages of every
    fresh load. Lists written as plain values, as the data files write them, would otherwise
    be stored in the format of before Wagtail 2.16, whose items wagtail-localize silently leaves
    out of a translation."""
    for model_field in page._meta.get_fields():
        if isinstance(model_field, StreamField):
            stream = getattr(page, model_field.name)
            for child in stream:
                child.value  # noqa: B018 - a bound block is saved in the block format
            data = stream.get_prep_value()
            setattr(page, model_field.name, _stable_ids(data, f"{key}:{model_field.name}"))


def _stable_ids(value, where):
    if isinstance(value, list):
        return [_stable_ids(item, f"{where}/{i}") for i, item in enumerate(value)]
    if isinstance(value, dict):
        stable = {k: _stable_ids(v, f"{where}/{k}") for k, v in value.items()}
        if {"type", "value", "id"} <= value.keys():  # a block, or an item of a list block
            stable["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"hub-demo:{where}"))
        return stable
    return value
