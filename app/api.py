"""A LibreTranslate-compatible HTTP API: POST /translate, POST /detect, GET /languages (+ /frontend/settings).

Bodies may be JSON or form-encoded (urlencoded or multipart), as LibreTranslate accepts them; query-string
parameters count too. Answers have LibreTranslate's shapes; errors are {"error": "..."} with status 400
(500 for a fault of ours). Translation runs in a worker thread, so a long request never blocks the server.

    curl -s localhost:7860/translate -d q='Tôi yêu Hà Nội.' -d source=auto -d target=en
"""

import json
import logging

from mt.errors import InputError, MTError
from mt.langs import LANGUAGES
from mt.service import AUTO, MAX_CHARS, detect_language, other, translate_request

MAX_ITEMS = 100  # texts in one request
log = logging.getLogger(__name__)


def add_routes(app, pool) -> None:
    """Register the API on a FastAPI app; `pool` is an mt.models.ModelPool (its default model serves)."""
    from fastapi import Request
    from fastapi.concurrency import run_in_threadpool
    from fastapi.responses import JSONResponse

    async def call(request: Request, fn):
        try:
            params = await _params(request)
            return JSONResponse(await run_in_threadpool(fn, pool.default, params))
        except InputError as e:
            return JSONResponse({"error": str(e)}, status_code=400)
        except MTError as e:
            return JSONResponse({"error": str(e)}, status_code=500)
        except Exception:  # never let one request take the server down; the log has the trace
            log.exception("API request failed")
            return JSONResponse({"error": "internal error while translating"}, status_code=500)

    @app.post("/translate")
    async def translate(request: Request):
        return await call(request, translate_params)

    @app.post("/detect")
    async def detect(request: Request):
        return await call(request, detect_params)

    @app.get("/languages")
    async def languages():
        return JSONResponse(languages_list(pool.default))

    @app.get("/frontend/settings")
    async def settings():
        return JSONResponse({"charLimit": MAX_CHARS, "frontendTimeout": 0, "apiKeys": False, "keyRequired": False,
                             "suggestions": False, "filesTranslation": False,
                             "supportedFilesFormat": [],
                             "language": {"source": {"code": AUTO, "name": "Auto Detect"},
                                          "target": {"code": "en", "name": "English"}}})


async def _params(request) -> dict:
    """Query string, then the JSON or form body, as one dict; a repeated form field becomes a list."""
    params: dict = dict(request.query_params)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if kind == "application/json" or (not kind and body.strip()[:1] in (b"{", b"[")):
        try:
            data = json.loads(body or b"{}")
        except ValueError:
            raise InputError("Invalid request: the body is not valid JSON") from None
        if not isinstance(data, dict):
            raise InputError("Invalid request: the JSON body must be an object")
        params.update(data)
    elif body:
        form = await request.form()
        for key in form.keys():
            values = form.getlist(key)
            params[key] = values if len(values) > 1 else values[0]
    return params


def translate_params(translator, p: dict) -> dict:
    q = p.get("q")
    source = str(p.get("source") or "").strip()
    target = str(p.get("target") or "").strip()
    if q is None or q == "" or q == []:
        raise InputError("Invalid request: missing q parameter")
    if not source:
        raise InputError("Invalid request: missing source parameter")
    if not target:
        raise InputError("Invalid request: missing target parameter")
    fmt = str(p.get("format") or "text")
    if fmt not in ("text", "html"):
        raise InputError(f"Invalid request: format must be text or html, not {fmt!r}")
    alternatives = _int(p.get("alternatives", 0), "alternatives", 0, 5)
    glossary = p.get("glossary")
    many = isinstance(q, list)
    texts = q if many else [q]
    if len(texts) > MAX_ITEMS or not all(isinstance(t, str) for t in texts):
        raise InputError(f"Invalid request: q must be a text or a list of at most {MAX_ITEMS} texts")
    total = sum(len(t) for t in texts)
    if total > MAX_CHARS:
        raise InputError(f"Invalid request: request ({total}) exceeds text limit ({MAX_CHARS})")
    _check_language(source, allow_auto=True)
    _check_language(target, allow_auto=False)
    results = [_one(translator, t, source, target, fmt, alternatives, glossary) for t in texts]
    out: dict = {"translatedText": [r["text"] for r in results] if many else results[0]["text"]}
    if source == AUTO:
        detected = [r["detected"] for r in results]
        out["detectedLanguage"] = detected if many else detected[0]
    if alternatives:
        alts = [r["alternatives"] for r in results]
        out["alternatives"] = alts if many else alts[0]
    if any(r["read_as"] for r in results):  # typed without marks or capitals, or in shorthand: what the model read
        read = [r["read_as"] or None for r in results]
        out["readAs"] = read if many else read[0]
    return out


def _one(translator, text: str, source: str, target: str, fmt: str, alternatives: int, glossary) -> dict:
    if not text.strip():
        return {"text": text, "detected": {"confidence": 0.0, "language": target}, "alternatives": [], "read_as": ""}
    if fmt == "html":
        from mt.documents import translate_document
        from mt.service import as_glossary, resolve

        src, tgt, detection = resolve(text, source, target, flip=False)
        translated = text if detection and src == tgt else translate_document(
            text, "request.html", translator, src, tgt, glossary=as_glossary(glossary), fmt="html").text
        return {"text": translated, "detected": _detection(detection, src), "alternatives": [], "read_as": ""}
    r = translate_request(translator, text, source, target, alternatives=alternatives, glossary=glossary,
                          flip=False, detailed=False)  # the API returns text only: no word scores needed
    return {"text": r.translation.text, "detected": _detection(r.detected, r.src),
            "alternatives": [a.text for a in r.translation.alternatives], "read_as": r.translation.read_as}


def _detection(detection, src: str) -> dict:
    if detection is None:
        return {"confidence": 100.0, "language": src}
    return {"confidence": round(detection.confidence * 100, 1), "language": detection.language}


def detect_params(translator, p: dict) -> list[dict]:
    q = p.get("q")
    if isinstance(q, list):
        q = " ".join(str(x) for x in q)
    if not q or not str(q).strip():
        raise InputError("Invalid request: missing q parameter")
    if len(q) > MAX_CHARS:
        raise InputError(f"Invalid request: request ({len(q)}) exceeds text limit ({MAX_CHARS})")
    d = detect_language(q)
    best = round(d.confidence * 100, 1)
    return [{"confidence": best, "language": d.language},
            {"confidence": round(100 - best, 1), "language": other(d.language)}]


def languages_list(translator) -> list[dict]:
    targets: dict[str, list[str]] = {code: [] for code in LANGUAGES}
    for a, b in translator.directions:
        targets.setdefault(a, []).append(b)
    return [{"code": code, "name": LANGUAGES[code], "targets": sorted(t)} for code, t in sorted(targets.items()) if t]


def _check_language(code: str, allow_auto: bool) -> None:
    if code == AUTO and allow_auto:
        return
    if code not in LANGUAGES:
        kind = "source" if allow_auto else "target"
        raise InputError(f"{code} is not supported as {kind} language: use " +
                         ", ".join(([AUTO] if allow_auto else []) + sorted(LANGUAGES)))


def _int(value, name: str, low: int, high: int) -> int:
    try:
        n = int(value or 0)
    except (TypeError, ValueError):
        raise InputError(f"Invalid request: {name} must be a whole number") from None
    if not low <= n <= high:
        raise InputError(f"Invalid request: {name} must be between {low} and {high}")
    return n
