from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.version import InvalidVersion, Version


def _parse(text):
    try:
        return Version(text)
    except InvalidVersion:
        return None


def pick(available, requirement, env, pre=False):
    req = Requirement(requirement)
    marker: Marker = req.marker
    if marker and not marker.evaluate(environment=dict(env)):
        return None
    spec = req.specifier
    # An explicit True/False: filter() then never falls back to
    # pre-releases on its own.
    allow_pre = bool(pre or spec.prereleases)
    by_version = {}
    for text in available:
        version = _parse(text)
        if version is not None:
            by_version[version] = text
    ordered = sorted(by_version, reverse=True)
    for version in spec.filter(ordered, prereleases=allow_pre):
        return by_version[version]
    return None
