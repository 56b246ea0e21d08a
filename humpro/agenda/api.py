"""REST endpoints of agenda under /api/v1/orgs/{org}/... (see humpro/api.py for auth and errors)."""

from ninja import Router

router = Router(tags=["agenda"])
