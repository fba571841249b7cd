"""Getting an access token: registering the app, and snac's password login.

Mastodon itself logs users in through a browser (OAuth ``authorize``); the desk shows
that page. snac has no password grant either, but a form endpoint
(``POST /oauth/x-snac-login``) that returns the authorization code directly, which the
tests use to log in without a browser.
"""

from __future__ import annotations

import re

import requests
from mastodon import Mastodon
from mastodon import errors as m

from fauxpas.connectors.errors import AuthExpired
from fauxpas.connectors.mastodon.errors import NETWORK, map_error
from fauxpas.connectors.mastodon.http import OneRequestPerConnection

OOB = "urn:ietf:wg:oauth:2.0:oob"
SCOPES = ["read", "write", "follow"]
_CODE = re.compile(r"^[A-Za-z0-9_-]{16,128}$")


def register_app(api_base_url: str, name: str = "fauxpas") -> tuple[str, str]:
    """(client_id, client_secret) of a new app on the server."""
    try:
        return Mastodon.create_app(name, api_base_url=api_base_url, redirect_uris=OOB,
                                   scopes=SCOPES, request_timeout=30,
                                   session=OneRequestPerConnection())
    except m.MastodonError as error:
        raise map_error(error) from error


def snac_login(api_base_url: str, username: str, password: str, *, timeout: float = 30) -> str:
    """An access token for a snac account, from its user name and password."""
    client_id, client_secret = register_app(api_base_url)
    try:
        answer = requests.post(
            f"{api_base_url.rstrip('/')}/oauth/x-snac-login",
            data={"login": username, "passwd": password, "redir": OOB, "cid": client_id},
            allow_redirects=False, timeout=timeout)
    except requests.RequestException as error:
        raise map_error(m.MastodonNetworkError(str(error))) from error
    code = answer.text.strip()
    if answer.status_code != 200 or not _CODE.match(code):
        # snac answers a wrong password with its login form again (HTTP 200, HTML).
        raise AuthExpired("the server refused the user name or password", network=NETWORK)
    api = Mastodon(client_id=client_id, client_secret=client_secret,
                   api_base_url=api_base_url, request_timeout=timeout,
                   session=OneRequestPerConnection())
    try:
        return api.log_in(code=code, redirect_uri=OOB, scopes=SCOPES)
    except m.MastodonError as error:
        raise map_error(error) from error
