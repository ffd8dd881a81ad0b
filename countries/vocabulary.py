"""What the coalition monitors in each country (the indicators), and the values each may take."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Indicator(models.TextChoices):
    PROTOCOL = "optional-protocol", _("Optional Protocol")
    GOVERNMENT = "government-forces", _("Recruitment or use by government forces")
    PARAMILITARIES = "paramilitaries", _("Recruitment or use by government-backed paramilitaries")
    ARMED_GROUPS = "armed-groups", _("Recruitment or use by armed political groups")
    DDR = "ddr", _("Demobilization and reintegration programme")
    SUMMARY = "summary", _("Summary of the period")


class Status(models.TextChoices):
    NOT_SIGNED = "not-signed", _("Not signed")
    SIGNED = "signed", _("Signed")
    RATIFIED = "ratified", _("Ratified")
    ACCEDED = "acceded", _("Acceded")
    REPORTED = "reported", _("Reported")
    NOT_REPORTED = "not-reported", _("Not reported")
    PROGRAMME = "programme", _("Programme exists")
    NO_PROGRAMME = "no-programme", _("No programme")
    UNKNOWN = "unknown", _("Unknown")


RECRUITMENT = (Indicator.GOVERNMENT, Indicator.PARAMILITARIES, Indicator.ARMED_GROUPS)
RATIFIED = (Status.RATIFIED, Status.ACCEDED)

# The values that fit each indicator, in the order they are sorted by (comparison table).
VALUES = {
    Indicator.PROTOCOL: [Status.NOT_SIGNED, Status.SIGNED, Status.RATIFIED, Status.ACCEDED],
    **{
        indicator: [Status.REPORTED, Status.NOT_REPORTED, Status.UNKNOWN]
        for indicator in RECRUITMENT
    },
    Indicator.DDR: [Status.PROGRAMME, Status.NO_PROGRAMME, Status.UNKNOWN],
    Indicator.SUMMARY: [],
}
VALUES[Indicator.PROTOCOL].append(Status.UNKNOWN)
