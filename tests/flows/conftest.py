import pytest

from marsad.prefect_settings import apply_defaults


@pytest.fixture(scope="session")
def prefect_harness():
    """One Prefect test harness per session (it costs seconds): only the tests that run the flow use it."""
    apply_defaults()
    from prefect.testing.utilities import prefect_test_harness

    from marsad.prefect_settings import no_heartbeat

    with prefect_test_harness(server_startup_timeout=120), no_heartbeat():
        yield
