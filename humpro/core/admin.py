from django.contrib import admin

from humpro.core.models import AuditEntry, CalendarAdjustment, OutboxAttempt, OutboxMessage


@admin.register(CalendarAdjustment)
class CalendarAdjustmentAdmin(admin.ModelAdmin):
    list_display = ["date", "kind", "reason", "decree_number", "organization"]
    list_filter = ["kind", "organization"]


class OutboxAttemptInline(admin.TabularInline):
    model = OutboxAttempt
    extra = 0
    readonly_fields = ["at", "ok", "error", "duration_ms"]


@admin.register(OutboxMessage)
class OutboxMessageAdmin(admin.ModelAdmin):
    list_display = ["created_at", "recipient", "subject", "status", "attempts", "organization"]
    list_filter = ["status", "channel"]
    inlines = [OutboxAttemptInline]


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ["at", "actor_label", "action", "object_repr", "organization"]
    list_filter = ["action"]

    def has_change_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False

    def has_delete_permission(self, request, obj=None):  # type: ignore[no-untyped-def]
        return False
