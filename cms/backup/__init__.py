"""Backup and restore of all content in one archive, across database backends."""
