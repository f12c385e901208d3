"""Prefect settings for offline, quiet, fast runs; applied before Prefect is imported.

Measured on these machines: the ephemeral API's first start migrates SQLite (~14 s) and the
default 20 s start-up timeout is too close on CI; offline, analytics log errors; a flow-run
heartbeat adds ~1 s to every run.
"""
import os

DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    "PREFECT_LOGGING_LEVEL": "WARNING",
    "PREFECT_LOGGING_LOG_PRINTS": "false",
    "PREFECT_RESULTS_PERSIST_BY_DEFAULT": "false",
    "PREFECT_UI_ENABLED": "false",
}


def apply_defaults() -> None:
    """Set each default unless the user set it (a user's PREFECT_API_URL still points at their server)."""
    for key, value in DEFAULTS.items():
        os.environ.setdefault(key, value)


def no_heartbeat():
    """Settings context turning the per-flow-run heartbeat off."""
    from prefect.settings import temporary_settings

    return temporary_settings(updates={"flows.heartbeat_frequency": None})
