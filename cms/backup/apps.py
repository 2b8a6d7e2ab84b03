from django.apps import AppConfig


class BackupConfig(AppConfig):
    name = "cms.backup"
    label = "cms_backup"
    verbose_name = "Sicherung"
