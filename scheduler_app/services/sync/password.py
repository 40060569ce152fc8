"""Where the password of the shared calendar comes from: the system keyring (``keyring``), or on
the command line also the ``SCHEDULER_APP_PASSWORD`` environment variable. Never the database,
never a file of ours, never printed."""

from __future__ import annotations

import os

SERVICE = "scheduler-app CalDAV"
ENVIRONMENT = "SCHEDULER_APP_PASSWORD"


def _account(url: str, user: str) -> str:
    return f"{user}@{url}"


def from_keyring(url: str, user: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, _account(url, user))
        except KeyringError:
            return None
    except ImportError:  # pragma: no cover - a build without keyring
        return None


def remember(url: str, user: str, password: str) -> None:
    """Keep the password in the system keyring (raises keyring's error when there is none)."""
    import keyring

    keyring.set_password(SERVICE, _account(url, user), password)


def password_for(url: str, user: str, *, environment: bool = True) -> str | None:
    """The environment variable first (a script's explicit choice), then the keyring."""
    if environment and (value := os.environ.get(ENVIRONMENT)):
        return value
    return from_keyring(url, user)
