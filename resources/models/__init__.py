from .guidance import GuidanceIndexPage, PsychosocialGuidancePage
from .library import ResourceFile, ResourceIndexPage, ResourcePage
from .networks import NationalCoalitionPage, NetworkIndexPage, RegionalNetworkPage
from .programmes import (
    Approach,
    ProgrammeIndexPage,
    ProgrammeResource,
    ProgrammeStatus,
    ReintegrationProgrammePage,
    ServedGroup,
)
from .taxonomy import Audience, Region, ResourceType, Topic

__all__ = [
    "Approach",
    "Audience",
    "GuidanceIndexPage",
    "NationalCoalitionPage",
    "NetworkIndexPage",
    "ProgrammeIndexPage",
    "ProgrammeResource",
    "ProgrammeStatus",
    "PsychosocialGuidancePage",
    "Region",
    "RegionalNetworkPage",
    "ReintegrationProgrammePage",
    "ResourceFile",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourceType",
    "ServedGroup",
    "Topic",
]
