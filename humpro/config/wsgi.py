import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "humpro.config.settings")
django_application = get_wsgi_application()

from django.conf import settings  # noqa: E402  (after Django is set up)

from humpro.core.microcache import PublicMicroCache  # noqa: E402

application = PublicMicroCache(django_application, seconds=settings.HUMPRO_PUBLIC_CACHE_SECONDS)
