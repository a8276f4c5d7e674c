"""Choose the newest version a PEP 508 requirement allows, for a stated
environment, with the `packaging` library."""

from typing import Dict, Iterable, Optional

from packaging.requirements import Requirement
from packaging.version import InvalidVersion, Version


def pick(
    available: Iterable[str],
    requirement: str,
    env: Dict[str, str],
    pre: bool = False,
) -> Optional[str]:
    req = Requirement(requirement)
    if req.marker is not None and not req.marker.evaluate(env):
        return None
    # None lets the specifiers decide: they allow pre-releases only when
    # one of them names a pre-release.
    prereleases = True if pre else None
    best = None
    best_version = None
    for text in available:
        try:
            version = Version(text)
        except InvalidVersion:
            continue
        if not req.specifier.contains(version, prereleases=prereleases):
            continue
        if best_version is None or version > best_version:
            best, best_version = text, version
    return best
