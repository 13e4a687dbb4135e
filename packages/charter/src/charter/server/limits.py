"""Request limits at the server edge: requests per minute per principal and per token.

The counters are the model gateway's (``charter.models.limits``): in Redis when ``limits.redis_url``
(or ``CHARTER_REDIS_URL``) is set, so every worker of ``charter serve --workers N`` and every host
pointing at the same Redis shares one count and never admits more than the limit together; in
process memory otherwise (exact for one worker only). Configured in charter.toml::

    [server]
    requests_per_minute = 600         # per principal, over all its tokens
    token_requests_per_minute = 120   # per token
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from charter.models.limits import Limiter, Rule, make_limiter

if TYPE_CHECKING:
    from charter.settings import Settings


class EdgeLimits:
    """Counts one request per call of ``admit``; refuses with RateLimited (HTTP 429) naming the limit."""

    def __init__(self, settings: Settings, limiter: Limiter | None = None) -> None:
        server = settings.server
        self.per_principal: int | None = getattr(server, "requests_per_minute", None)
        self.per_token: int | None = getattr(server, "token_requests_per_minute", None)
        self.enabled = self.per_principal is not None or self.per_token is not None
        # built only when a limit is set, so a server without limits never needs Redis
        self.limiter = limiter if limiter is not None else (make_limiter(settings) if self.enabled else None)

    def rules(self, principal: str, token: str) -> list[Rule]:
        """The rules one request counts against (the token by a hash, never the secret itself)."""
        out = []
        if self.per_principal is not None:
            n = self.per_principal
            out.append(Rule(f"server requests/minute for principal '{principal}' ({n})", f"srv:p:{principal}:rpm",
                            "requests", n, 60))
        if self.per_token is not None:
            n, digest = self.per_token, hashlib.sha256(token.encode()).hexdigest()[:16]
            out.append(Rule(f"server requests/minute for token {token[:10]}... ({n})", f"srv:t:{digest}:rpm",
                            "requests", n, 60))
        return out

    def admit(self, principal: str, token: str) -> None:
        """Count the request, or raise RateLimited naming the first limit it would break."""
        if self.enabled and self.limiter is not None:
            self.limiter.admit(self.rules(principal, token))
