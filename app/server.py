"""One server for everything: the LibreTranslate-compatible API (app.api) and the Gradio UI (app.ui), mounted on
one FastAPI app, so both answer on the same host and port.

    mt serve --host 127.0.0.1 --port 7860
    >>> server = start(create_app(translator), "127.0.0.1", 7860)   # in a background thread (tests)
    >>> server.stop()
"""
from __future__ import annotations

import os
import threading
import time


def create_app(translator, models_root=None):
    """FastAPI app: API routes first, then the Gradio UI at "/" (so /translate is the API's)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr
    from fastapi import FastAPI

    from mt.models import ModelPool

    from .api import add_routes
    from .ui import CSS, HEAD, build_demo

    pool = ModelPool(translator, models_root)
    app = FastAPI(title="vien-mt", docs_url="/api-docs", redoc_url=None, openapi_url="/api-openapi.json")
    add_routes(app, pool)
    demo = build_demo(translator, pool)
    return gr.mount_gradio_app(app, demo, path="", head=HEAD, css=CSS, show_error=True,
                               max_file_size="10mb", footer_links=["api", "gradio"])


class Server:
    """A uvicorn server running in a daemon thread."""

    def __init__(self, app, host: str, port: int):
        import uvicorn

        self.url = f"http://{host}:{port}/"
        self._server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning"))
        self._thread = threading.Thread(target=self._server.run, daemon=True)

    def start(self, timeout: float = 60) -> "Server":
        self._thread.start()
        deadline = time.time() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.time() > deadline:
                raise RuntimeError(f"the server did not start on {self.url}")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=10)


def start(app, host: str = "127.0.0.1", port: int = 7860) -> Server:
    return Server(app, host, port).start()


def serve(translator, host: str = "127.0.0.1", port: int = 7860, models_root=None) -> None:
    """Serve until interrupted."""
    import uvicorn

    print(f"vien-mt: UI and API on http://{host}:{port}/", flush=True)
    uvicorn.run(create_app(translator, models_root), host=host, port=port, log_level="warning")
