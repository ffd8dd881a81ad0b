"""Adjustments of wagtail-localize, one module each. Each names the upstream piece it
replaces, and tests/test_localize_adjustments.py finds that piece by its name (URL name, hook,
view), so an upgrade that moves or renames it fails the tests instead of silently undoing the
adjustment. docs/architecture.md has the checklist for an upgrade."""
