from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from humpro.accounts.models import ApiToken, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    fieldsets = (*BaseUserAdmin.fieldsets, ("humpro", {"fields": ("full_name", "phone", "totp_enabled")}))
    list_display = ["username", "full_name", "email", "is_active", "totp_enabled"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["name", "user", "prefix", "created_at", "revoked_at"]
    readonly_fields = ["prefix", "key_hash"]
