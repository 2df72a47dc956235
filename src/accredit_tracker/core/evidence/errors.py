"""Why an evidence file could not be attached, changed or read: the evidence errors.

Every one of them is a :class:`~accredit_tracker.core.errors.UserError` whose message is meant
for the user, and nothing was changed when one is raised. A refusal because the assessment is
locked is :class:`~accredit_tracker.core.assessment.assessments.AssessmentLocked`, which is
also an :class:`EvidenceError`.
"""

from __future__ import annotations

from accredit_tracker.core.errors import UserError


class EvidenceError(UserError):
    """An evidence file could not be attached, changed or read; the message is meant for the
    user, and nothing was changed."""


class FileMissing(EvidenceError):
    """The file to attach does not exist."""


class NotAFile(EvidenceError):
    """The path is a folder, a device or a pipe, not a file."""


class EmptyFile(EvidenceError):
    """The file has no content."""


class FileTooLarge(EvidenceError):
    """The file is over the size limit for one evidence file."""


class FileUnreadable(EvidenceError):
    """The file cannot be read (permission, a disk or network error)."""


class FileChangedWhileReading(EvidenceError):
    """The file disappeared, shrank, grew or changed while it was being stored."""


class EvidenceNotFound(EvidenceError):
    """An evidence file or element assessment named by id is not (or no longer) there."""


class DamagedContent(EvidenceError):
    """Stored content is incomplete or does not match its SHA-256."""
