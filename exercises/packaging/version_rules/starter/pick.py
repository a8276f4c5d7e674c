"""Choose the newest version a PEP 508 requirement allows, for a stated
environment, with the `packaging` library."""

from typing import Dict, Iterable, Optional


def pick(
    available: Iterable[str],
    requirement: str,
    env: Dict[str, str],
    pre: bool = False,
) -> Optional[str]:
    raise NotImplementedError
