
import pytest

from conftest import free_port
from mt.errors import InputError, MTError
from mt.loadtest import loadtest
from mt.translate import Translator


@pytest.fixture(scope="module")
def server(exported):
    from app.server import create_app, start

    srv = start(create_app(Translator.load(exported)), "127.0.0.1", free_port())
    yield srv
    srv.stop()


def test_concurrent_clients_all_answered(server):
    r = loadtest(server.url, clients=4, requests=12, log=lambda m: None)
    assert (r["ok"], r["errors"], r["requests"]) == (12, 0, 12)
    lat = r["latency_ms"]
    assert 0 < lat["p50"] <= lat["p95"] <= lat["p99"] <= lat["max"]
    assert r["requests_per_s"] > 0


def test_errors_are_counted_not_raised(server):
    r = loadtest(server.url, clients=2, requests=4, src="vi", tgt="vi", log=lambda m: None)
    assert r["ok"] == 0 and r["errors"] == 4 and "400" in r["error_examples"][0]


def test_no_server(monkeypatch):
    with pytest.raises(MTError, match="no server answered"):
        loadtest(f"http://127.0.0.1:{free_port()}", clients=1, requests=1, ready_timeout=1, log=lambda m: None)


def test_bad_arguments():
    with pytest.raises(InputError):
        loadtest("http://127.0.0.1:1", clients=0, requests=1, log=lambda m: None)
