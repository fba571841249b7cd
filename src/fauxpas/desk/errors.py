"""Errors the services raise; the app turns each into a 4xx with the message as is."""

from __future__ import annotations


class DeskError(Exception):
    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotFound(DeskError):
    status = 404


class Forbidden(DeskError):
    status = 403


class Unauthorized(DeskError):
    status = 401


class Conflict(DeskError):
    status = 409


class Invalid(DeskError):
    status = 422


class Paused(DeskError):
    """Publishing is paused for the workspace or this account."""

    status = 423
