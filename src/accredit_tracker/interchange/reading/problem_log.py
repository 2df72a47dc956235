"""A list of problems (or warnings) kept to a length that can be shown, counting any beyond it."""

from __future__ import annotations

from accredit_tracker.interchange.reading.problems import (
    MAX_PROBLEMS,
    Problem,
    UnlistedProblems,
    unlisted_text,
)


class ProblemLog:
    """Collects problems; past ``limit`` they are only counted, and :meth:`listed` closes the
    list with an :class:`UnlistedProblems` line saying how many more there were."""

    def __init__(self, file: str, limit: int = MAX_PROBLEMS) -> None:
        self.file = file
        self.count = 0
        self._limit = limit
        self._problems: list[Problem] = []

    def add(self, problem: Problem) -> None:
        self.count += 1
        if len(self._problems) < self._limit:
            self._problems.append(problem)

    def listed(self) -> list[Problem]:
        hidden = self.count - len(self._problems)
        if not hidden:
            return list(self._problems)
        return [
            *self._problems,
            UnlistedProblems(self.file, unlisted_text(hidden), count=hidden),
        ]
