"""Production settings refuse to start with the development secret key or with DEBUG on."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
STRONG_KEY = "x" * 50


def load_production_settings(**env):
    environment = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG"}}
    environment.update(env, DJANGO_SETTINGS_MODULE="cms.settings.production")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); print('started')"],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    "env, message",
    [
        ({}, "SECRET_KEY"),
        ({"SECRET_KEY": "insecure-development-key-change-me"}, "SECRET_KEY"),
        ({"SECRET_KEY": STRONG_KEY, "DEBUG": "1"}, "DEBUG must be off"),
    ],
)
def test_production_refuses_unsafe_configuration(env, message):
    result = load_production_settings(**env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr


def test_production_starts_with_a_real_key_and_debug_off():
    result = load_production_settings(SECRET_KEY=STRONG_KEY)
    assert result.returncode == 0, result.stderr
    assert "started" in result.stdout


def test_admin_speaks_german_by_default_and_offers_english(settings):
    assert settings.LANGUAGE_CODE == "de"
    assert ("en", "English") in settings.WAGTAILADMIN_PERMITTED_LANGUAGES
