"""Vendor-specific full-text search structures (see humpro/monitoring/search.py)."""

from django.db import migrations


def forwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    from humpro.monitoring.search import create_search_structures

    create_search_structures(schema_editor)


def backwards(apps, schema_editor):  # type: ignore[no-untyped-def]
    from humpro.monitoring.search import drop_search_structures

    drop_search_structures(schema_editor)


class Migration(migrations.Migration):
    dependencies = [("monitoring", "0001_initial")]

    operations = [migrations.RunPython(forwards, backwards)]
