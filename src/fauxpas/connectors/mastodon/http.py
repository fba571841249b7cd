"""The HTTP session the Mastodon connector uses."""

from __future__ import annotations

import requests


class OneRequestPerConnection(requests.Session):
    """A session that closes its connections after every request.

    snac closes each connection after answering without saying so; a pooled connection
    reused for the next request then fails with "connection reset" (5-10 % of requests
    in our tests, even with ``Connection: close``), which for a POST cannot be told from
    a lost answer. A fresh connection per request costs little against a social network.
    """

    def request(self, *args, **kwargs):
        try:
            return super().request(*args, **kwargs)
        finally:
            self.close()
