"""humpro settings: one module, every value from the environment (see .env.example)."""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from humpro.config.env import env_bool, env_int, env_list, env_str, load_dotenv

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = Path(env_str("HUMPRO_HOME", str(PACKAGE_DIR.parent)))
load_dotenv(BASE_DIR / ".env")

DEBUG = env_bool("HUMPRO_DEBUG", False)
SECRET_KEY = env_str("HUMPRO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and not env_bool("HUMPRO_ALLOW_INSECURE_KEY", True):
        raise RuntimeError("HUMPRO_SECRET_KEY wajib diisi di produksi.")
    SECRET_KEY = "humpro-development-only-key-change-me"  # noqa: S105 (dev default, see .env.example)

ALLOWED_HOSTS = env_list("HUMPRO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("HUMPRO_CSRF_TRUSTED_ORIGINS", "")
SITE_URL = env_str("HUMPRO_SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "ninja",  # serves the API docs (Swagger UI) from local static files, no CDN
    "django_tasks",
    "django_tasks_db",
    "humpro.core",
    "humpro.accounts",
    "humpro.orgs",
    "humpro.officials",
    "humpro.agenda",
    "humpro.protocol",
    "humpro.newsroom",
    "humpro.press",
    "humpro.ppid",
    "humpro.monitoring",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "humpro.core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "humpro.accounts.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "humpro.core.middleware.AuditActorMiddleware",
]
if env_bool("HUMPRO_BEHIND_PROXY"):
    MIDDLEWARE.insert(0, "humpro.core.middleware.ProxyClientAddressMiddleware")

ROOT_URLCONF = "humpro.config.urls"
WSGI_APPLICATION = "humpro.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "humpro.orgs.context_processors.current_org",
            ],
        },
    }
]

# --- Database: SQLite by default, PostgreSQL (or anything dj-database-url knows) via DATABASE_URL.
def _path(value: str) -> Path:
    path = Path(value)
    return path if path.is_absolute() else BASE_DIR / path


DATA_DIR = _path(env_str("HUMPRO_DATA_DIR", "var"))
_default_db = f"sqlite:///{DATA_DIR / 'humpro.sqlite3'}"
DATABASES = {"default": dj_database_url.parse(env_str("DATABASE_URL", _default_db), conn_max_age=60)}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        # WAL lets the web process read while a worker writes; IMMEDIATE avoids
        # lock upgrades failing mid-transaction; a generous timeout waits for writers.
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, shared by every process (rate limits, public page cache): a database table by
# default (works on SQLite and PostgreSQL with no extra service), Redis with HUMPRO_CACHE_URL.
_cache_url = env_str("HUMPRO_CACHE_URL")
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _cache_url}
        if _cache_url.startswith(("redis://", "rediss://"))
        else {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "humpro_cache"}
    )
}

# Seconds a public page that declares Cache-Control: public is served from the in-process cache
# in front of Django (humpro/core/microcache.py); 0 turns it off.
HUMPRO_PUBLIC_CACHE_SECONDS = env_int("HUMPRO_PUBLIC_CACHE_SECONDS", 10)

AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "accounts:login"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_FAILURE_LIMIT = env_int("HUMPRO_LOGIN_FAILURE_LIMIT", 5)
LOGIN_LOCKOUT_MINUTES = env_int("HUMPRO_LOGIN_LOCKOUT_MINUTES", 15)

# --- Language and time: Indonesian first, English switchable; each organization has its own zone.
LANGUAGE_CODE = "id"
LANGUAGES = [("id", _("Bahasa Indonesia")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = env_str("HUMPRO_TIME_ZONE", "Asia/Jakarta")
USE_I18N = True
USE_TZ = True

# --- Static and media files. Media goes through Django storages: local disk or S3-compatible.
STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
WHITENOISE_USE_FINDERS = True  # serve app static files without a collectstatic step (demo, tests)
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_URL = "/media/"
MEDIA_ROOT = _path(env_str("HUMPRO_MEDIA_ROOT", str(DATA_DIR / "media")))
_storage = env_str("HUMPRO_STORAGE", "local")
if _storage == "s3":
    _media_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("HUMPRO_S3_BUCKET"),
            "endpoint_url": env_str("HUMPRO_S3_ENDPOINT_URL") or None,
            "access_key": env_str("HUMPRO_S3_ACCESS_KEY"),
            "secret_key": env_str("HUMPRO_S3_SECRET_KEY"),
            "region_name": env_str("HUMPRO_S3_REGION") or None,
            "default_acl": None,
            "querystring_auth": True,
        },
    }
else:
    _media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": _media_storage,
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("HUMPRO_MANIFEST_STATIC", False)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
HUMPRO_MAX_IMPORT_BYTES = env_int("HUMPRO_MAX_IMPORT_BYTES", 20 * 1024 * 1024)

# --- Email: every outgoing message goes through the outbox (humpro.core.outbox).
_email = env_str("HUMPRO_EMAIL_BACKEND", "console")
EMAIL_BACKEND = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
}.get(_email, _email)
EMAIL_FILE_PATH = DATA_DIR / "mail"
EMAIL_HOST = env_str("HUMPRO_EMAIL_HOST", "127.0.0.1")
EMAIL_PORT = env_int("HUMPRO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("HUMPRO_EMAIL_USER")
EMAIL_HOST_PASSWORD = env_str("HUMPRO_EMAIL_PASSWORD")
EMAIL_USE_TLS = env_bool("HUMPRO_EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("HUMPRO_EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("HUMPRO_EMAIL_TIMEOUT", 20)
DEFAULT_FROM_EMAIL = env_str("HUMPRO_FROM_EMAIL", "humpro@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
OUTBOX_MAX_ATTEMPTS = env_int("HUMPRO_OUTBOX_MAX_ATTEMPTS", 8)

# --- Background tasks: one database-backed queue (SQLite and PostgreSQL alike);
# scale out by starting more `humpro worker` processes on any machine that reaches the database.
TASKS = {
    "default": {
        "BACKEND": env_str("HUMPRO_TASK_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# --- Security for production deployments.
SESSION_COOKIE_SECURE = env_bool("HUMPRO_SECURE_COOKIES", False)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("HUMPRO_BEHIND_PROXY") else None
X_FRAME_OPTIONS = "DENY"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("HUMPRO_LOG_LEVEL", "WARNING")},
}
