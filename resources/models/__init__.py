from .facet_values import FacetValue
from .guidance import GuidanceIndexPage, PsychosocialGuidancePage
from .library import ResourceFile, ResourceIndexPage, ResourcePage
from .listed_values import ListedChange, ListedCount, ListedValue
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
from .workflow import PublisherApprovalTask

__all__ = [
    "Approach",
    "Audience",
    "FacetValue",
    "GuidanceIndexPage",
    "ListedChange",
    "ListedCount",
    "ListedValue",
    "NationalCoalitionPage",
    "NetworkIndexPage",
    "ProgrammeIndexPage",
    "ProgrammeResource",
    "ProgrammeStatus",
    "PublisherApprovalTask",
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
