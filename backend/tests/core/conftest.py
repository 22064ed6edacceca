import pytest


@pytest.fixture
def failing_app(app):
    """The app with one more route, /api/test-explodes, that fails with an unexpected error."""

    @app.get("/api/test-explodes")
    async def explode():
        raise RuntimeError("boom")

    # Move the new route before the catch-all /api route.
    app.router.routes.insert(0, app.router.routes.pop())
    return app
