from humpro.newsroom.models.coverage import (
    CoverageAssignment,
    CoveragePlan,
    CoverageStatus,
    CrewRole,
)
from humpro.newsroom.models.distribution import (
    Contact,
    Delivery,
    DeliveryRef,
    Distribution,
    DistributionList,
    DistributionStatus,
    ListEntry,
)
from humpro.newsroom.models.magazine import MagazineIssue
from humpro.newsroom.models.media import MediaAsset, MediaKind, ProcessingStatus
from humpro.newsroom.models.releases import (
    PUBLIC_STATUSES,
    NewsroomSettings,
    Quote,
    Release,
    ReleaseComment,
    ReleaseKind,
    ReleaseStatus,
    ReleaseTransition,
    ReleaseVersion,
    Tag,
)

__all__ = [
    "PUBLIC_STATUSES",
    "Contact",
    "CoverageAssignment",
    "CoveragePlan",
    "CoverageStatus",
    "CrewRole",
    "Delivery",
    "DeliveryRef",
    "Distribution",
    "DistributionList",
    "DistributionStatus",
    "ListEntry",
    "MagazineIssue",
    "MediaAsset",
    "MediaKind",
    "NewsroomSettings",
    "ProcessingStatus",
    "Quote",
    "Release",
    "ReleaseComment",
    "ReleaseKind",
    "ReleaseStatus",
    "ReleaseTransition",
    "ReleaseVersion",
    "Tag",
]
