"""Errors that stop a run, as opposed to a bug of one check on one post.

The engine turns an exception raised by a check into an error verdict for that post and
goes on with the others (``engine.CheckFailed``). An error that says the run itself cannot
work (the model tier cannot be loaded, a setting is wrong) derives from ``RunError`` and
reaches the caller, which says what to fix.
"""


class RunError(Exception):
    """The run cannot go on: a missing package, a broken install, a wrong setting."""
