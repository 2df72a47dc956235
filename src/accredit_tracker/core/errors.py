"""The root of every error whose message is meant for the user, apart from bugs.

An error that derives from :class:`UserError` says, in the user's words, what is wrong and what
to do: the command line prints it and exits 2, the window shows it in a message box. Anything
else that escapes a service is a bug: the command line logs it and exits 1, the window logs it
and says that the details are in the log. Each capability derives its own errors from this one.
"""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can understand and act on; ``str(error)`` is the message to show."""
