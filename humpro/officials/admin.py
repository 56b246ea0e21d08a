from django.contrib import admin

from humpro.officials.models import Office, Official


class OfficeInline(admin.TabularInline):
    model = Office
    extra = 0
    fk_name = "official"


@admin.register(Official)
class OfficialAdmin(admin.ModelAdmin):
    list_display = ["name", "organization"]
    list_filter = ["organization"]
    search_fields = ["name"]
    inlines = [OfficeInline]
