"""REST endpoints of protocol under /api/v1/orgs/{org}/... (see humpro/api.py for auth and errors)."""

from ninja import Router

router = Router(tags=["protocol"])
