"""The Gradio translator: a thin layer over mt (service, detailed, documents, models). Nothing runs at import.

    mt serve --port 7860            # or: python -m app   (UI at /, LibreTranslate-compatible API beside it)

Text: auto-detected source with its confidence, swap, copy, a character counter, examples, Ctrl+Enter to
translate, alternatives and per-word confidence. Documents: .txt .md .srt .docx .html, translated in batches
with a progress bar, downloadable. Glossary for both. Model: manifest and scores, choice among models/.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from mt.detailed import LOW_CONFIDENCE
from mt.errors import InputError, MTError
from mt.langs import LANGUAGES
from mt.service import AUTO, MAX_CHARS, other, translate_request

CHOICES = [(name, code) for code, name in LANGUAGES.items()]
SOURCE_CHOICES = [("Detect language", AUTO)] + CHOICES
EXAMPLES = [
    ["Tôi yêu Hà Nội.", "auto", "en"],
    ["Hôm nay trời đẹp, chúng ta đi dạo nhé.", "vi", "en"],
    ["Open the file and save your changes.", "auto", "vi"],
    ["The weather is beautiful today.", "en", "vi"],
    ["toi muon di ha noi vao cuoi tuan nay", "auto", "en"],  # typed without marks: read with them (mt/restore.py)
    ["mình ko biết, để mk hỏi mn xem", "auto", "en"],  # chat shorthand: written out (mt/shorthand.py)
    # a name, a dish, a place and a price, written by rule (mt/names.py, mt/terms.py, mt/amounts.py)
    ["Bà Phạm Thị Hoa bán phở bò ở Hội An, giá 50.000 đồng một tô.", "auto", "en"],
]
DOC_TYPES = [".txt", ".md", ".srt", ".docx", ".html"]
PASTE_FORMATS = [("Plain text", "text"), ("Markdown", "markdown"), ("Subtitles (SRT)", "subtitles")]
PASTE_SUFFIX = {"text": ".txt", "markdown": ".md", "subtitles": ".srt"}
CONFIDENCE_COLORS = {"check": "#f59e0b", "glossary": "#60a5fa"}
GLOSSARY_HINT = "áo dài = ao dai\nZalo\n# one entry a line: 'term = translation', or a term alone to keep it as is"
# Ctrl+Enter (Cmd+Enter on a Mac) translates, wherever the focus is.
HEAD = """<script>
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
    const b = document.querySelector('#translate'); if (b) { e.preventDefault(); b.click(); }
  }
});
</script>"""
CSS = """
#counter.over p { color: #dc2626; font-weight: 600; }
#detected p { margin: 0; color: #4b5563; }
.footer-note { color: #6b7280; font-size: 0.85em; }
"""


def translate_text(translator, text: str, src: str, tgt: str) -> str:
    """The plain translate action (also the Gradio API's /translate); raises MTError fit for the user."""
    return translate_request(translator, text, src, tgt).translation.text


def count(text: str | None) -> str:
    n = len(text or "")
    note = f" — over the limit by {n - MAX_CHARS:,}" if n > MAX_CHARS else ""
    return f"{n:,} / {MAX_CHARS:,} characters{note}"


def confidence_spans(translation) -> list[tuple[str, str | None]]:
    """HighlightedText value: words the model was unsure of are 'check', the user's glossary terms 'glossary'; what
    is written by rule (addresses, sums, names, the terms that ship: mt.translate.sentence_job) is neither."""
    out: list[tuple[str, str | None]] = []
    for i, w in enumerate(translation.words):
        if i and w.before:
            out.append((w.before, None))
        label = "glossary" if w.fixed in ("glossary", "keep") else "check" if w.prob < LOW_CONFIDENCE and not w.fixed \
            else None
        out.append((w.text, label))
    return out


READ_AS_SHOWN = 300  # characters of the restored source shown under the translation


def detected_note(result) -> str:
    parts = []
    if result.detected:
        parts.append(f"Detected **{LANGUAGES[result.detected.language]}** "
                     f"({result.detected.confidence:.0%} sure)")
    parts.append(f"{LANGUAGES[result.src]} → {LANGUAGES[result.tgt]}")
    read = result.translation.read_as
    if read:  # typed without marks or capitals, or in shorthand: show how it was read, so a wrong guess can be fixed
        parts.append("read as: *" + (read if len(read) <= READ_AS_SHOWN else read[:READ_AS_SHOWN] + "…") + "*")
    parts.append(f"model confidence {result.translation.confidence:.0%}")
    low = sorted(result.translation.low_confidence(), key=lambda w: w.prob)[:5]
    if low:
        parts.append("double-check: " + ", ".join(f"*{w.text}* ({w.prob:.0%})" for w in low))
    return " · ".join(parts)


def build_demo(translator, pool=None):
    """Build (not launch) the Blocks app around a loaded Translator (and the models beside it)."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    from mt.models import ModelPool, describe

    pool = pool or ModelPool(translator)
    model_choices = [(p.name, str(p)) for p in pool.choices()]
    default_model = str(translator.path)

    def fail(e: Exception):
        raise gr.Error(str(e), title="Cannot translate") from None

    def on_translate(text, src, tgt, n_alts, glossary, model):
        try:
            r = translate_request(pool.get(model), text, src, tgt, alternatives=int(n_alts or 0),
                                  glossary=glossary)
        except MTError as e:
            fail(e)
        for w in r.translation.warnings:
            gr.Warning(w)
        t = r.translation
        alt_choices = [(f"{t.text}  · {t.confidence:.0%} (best)", t.text)]
        alt_choices += [(f"{a.text}  · {a.confidence:.0%}", a.text) for a in t.alternatives]
        return (t.text, detected_note(r), confidence_spans(t),
                gr.update(choices=alt_choices, value=t.text, visible=bool(t.alternatives)), r.tgt)

    def on_plain(text: str, src: str, tgt: str) -> str:
        try:
            return translate_text(pool.default, text, src, tgt)
        except MTError as e:
            fail(e)

    def on_swap(src, tgt, text, out):
        new_src = tgt
        new_tgt = src if src != AUTO else other(tgt)
        return new_src, new_tgt, out or text, text if out else out

    def on_count(text):
        return gr.update(value=count(text), elem_classes=["over"] if len(text or "") > MAX_CHARS else [])

    def on_document(upload, pasted, paste_fmt, src, tgt, glossary, model, progress=gr.Progress()):
        from mt.documents import translate_document
        from mt.service import as_glossary

        try:
            translator_ = pool.get(model)
            gloss = as_glossary(glossary)
            if upload:
                path = Path(upload)
                name, data, fmt = path.name, path.read_bytes(), None
            elif pasted and pasted.strip():
                name, data, fmt = f"pasted{PASTE_SUFFIX.get(paste_fmt, '.txt')}", pasted, paste_fmt
            else:
                raise InputError("Upload a file (.txt, .md, .srt, .docx, .html) or paste a document first.")
            progress(0, desc="Reading the document")
            doc = translate_document(data, name, translator_, src, tgt, glossary=gloss, fmt=fmt, flip=True,
                                     progress=lambda done, total: progress(
                                         (done, total), desc="Translating", unit="sentences"))
        except MTError as e:
            fail(e)
        out = Path(tempfile.mkdtemp(prefix="doc-", dir=_scratch())) / doc.name
        out.write_bytes(doc.data)
        status = (f"Translated **{doc.units:,}** paragraphs/cues from {LANGUAGES[doc.src]} to {LANGUAGES[doc.tgt]} "
                  f"in {doc.seconds:.1f} s — download below.")
        return doc.text, str(out), status

    def on_model(model):
        try:
            return describe(model)
        except MTError as e:
            return f"**Cannot read this model:** {e}"

    # uploads and results are people's documents: Gradio's copies go after a day, ours too (see _scratch)
    with gr.Blocks(title="Vietnamese ⇄ English translator", delete_cache=(3600, 86400)) as demo:
        gr.Markdown("## Vietnamese ⇄ English translator\nRuns on this machine; nothing you type leaves it.")
        with gr.Row(equal_height=True):
            src = gr.Dropdown(SOURCE_CHOICES, value=AUTO, label="From", elem_id="src-lang", scale=3)
            swap = gr.Button("⇄ Swap", elem_id="swap", scale=0, min_width=90)
            tgt = gr.Dropdown(CHOICES, value="en", label="To", elem_id="tgt-lang", scale=3)
        with gr.Accordion("Alternatives and glossary", open=False, elem_id="options"):
            with gr.Row():
                n_alts = gr.Slider(0, 5, value=0, step=1, label="Alternative translations to show",
                                   elem_id="n-alts", scale=1)
                glossary = gr.Textbox(label="Glossary (text and documents)", lines=3, elem_id="glossary",
                                      placeholder=GLOSSARY_HINT, scale=2)
        used_tgt = gr.State("en")
        with gr.Tabs():
            with gr.Tab("Text", id="text-tab"):
                with gr.Row():
                    with gr.Column():
                        text = gr.Textbox(label="Text", lines=8, placeholder="Nhập văn bản… / Type text…",
                                          elem_id="source")
                        counter = gr.Markdown(count(""), elem_id="counter")
                    with gr.Column():
                        out = gr.Textbox(label="Translation", lines=8, elem_id="output", buttons=["copy"],
                                         interactive=False)
                        detected = gr.Markdown("", elem_id="detected")
                with gr.Row():
                    go = gr.Button("Translate  (Ctrl+Enter)", variant="primary", elem_id="translate", scale=3)
                    clear = gr.Button("Clear", elem_id="clear", scale=1)
                confidence = gr.HighlightedText(label=f"Word confidence: highlighted words were below "
                                                      f"{LOW_CONFIDENCE:.0%}; check them",
                                                color_map=CONFIDENCE_COLORS, show_legend=True,
                                                show_inline_category=False, elem_id="confidence")
                alternatives = gr.Radio([], label="Alternatives (pick one to use it)", visible=False,
                                        elem_id="alternatives")
                gr.Examples(EXAMPLES, inputs=[text, src, tgt], label="Examples")
            with gr.Tab("Document", id="doc-tab"):
                upload = gr.File(label="Upload a document: " + " ".join(DOC_TYPES), file_types=DOC_TYPES,
                                 elem_id="doc-file")
                with gr.Accordion("…or paste one", open=False):
                    pasted = gr.Textbox(label="Document text", lines=8, elem_id="doc-text")
                    paste_fmt = gr.Radio(PASTE_FORMATS, value="text", label="Format", elem_id="doc-format")
                doc_go = gr.Button("Translate document", variant="primary", elem_id="doc-translate")
                doc_status = gr.Markdown("", elem_id="doc-status")
                doc_preview = gr.Textbox(label="Translated document", lines=14, elem_id="doc-preview",
                                         buttons=["copy"], interactive=False)
                doc_out = gr.File(label="Download the translation", elem_id="doc-download", interactive=False)
            with gr.Tab("Model", id="model-tab"):
                model = gr.Dropdown(model_choices, value=default_model, label="Model", elem_id="model")
                info = gr.Markdown(on_model(default_model), elem_id="model-info")
            with gr.Tab("API", id="api-tab"):
                gr.Markdown(API_HELP)

        inputs = [text, src, tgt, n_alts, glossary, model]
        outputs = [out, detected, confidence, alternatives, used_tgt]
        # the target follows auto-detection only after a success (an error must not mark the dropdown)
        go.click(on_translate, inputs, outputs, api_name="translate_detailed").success(
            lambda t: t, used_tgt, tgt, api_name=False, queue=False)
        gr.api(on_plain, api_name="translate")
        clear.click(lambda: ("", "", "", [], gr.update(visible=False)), None,
                    [text, out, detected, confidence, alternatives], api_name=False, queue=False)
        text.change(on_count, text, counter, api_name=False, queue=False)
        swap.click(on_swap, [src, tgt, text, out], [src, tgt, text, out], api_name=False, queue=False)
        alternatives.select(lambda choice: choice, alternatives, out, api_name=False, queue=False)
        doc_go.click(on_document, [upload, pasted, paste_fmt, src, tgt, glossary, model],
                     [doc_preview, doc_out, doc_status], api_name="translate_document")
        model.change(on_model, model, info, api_name=False, queue=False)
    # as many requests at once as the runtime decodes side by side; more would only queue inside it
    demo.queue(default_concurrency_limit=translator.workers)
    return demo


def _scratch(max_age: float = 86400) -> Path:
    """A folder for translated documents; those older than `max_age` seconds are removed as new ones come."""
    import shutil
    import time

    root = Path(tempfile.gettempdir()) / "vien-mt-documents"
    root.mkdir(exist_ok=True)
    for d in root.iterdir():
        if time.time() - d.stat().st_mtime > max_age:
            shutil.rmtree(d, ignore_errors=True)
    return root


API_HELP = """### HTTP API (LibreTranslate-compatible, same host and port)

Existing LibreTranslate clients work unchanged: point them at this server.

| endpoint | body (JSON or form) | answer |
|---|---|---|
| `POST /translate` | `q` (text or list), `source` (`vi`, `en` or `auto`), `target`, `format` (`text`/`html`), `alternatives` | `{"translatedText": ..., "detectedLanguage": ..., "alternatives": [...], "readAs": ...}` |
| `POST /detect` | `q` | `[{"language": "vi", "confidence": 99.0}, ...]` |
| `GET /languages` | | `[{"code": "vi", "name": "Vietnamese", "targets": ["en"]}, ...]` |

```bash
curl -s localhost:7860/translate -H 'Content-Type: application/json' \\
     -d '{"q": "Tôi yêu Hà Nội.", "source": "auto", "target": "en", "alternatives": 2}'
```

`readAs` comes only with text typed without Vietnamese marks or capitals, or in chat shorthand: the text as the model
read it (in a list, `null` for texts read as typed). Errors come back as `{"error": "..."}` with status 400.
Python: `mt.Translator`, `mt.service.translate_request`, `mt.documents.translate_document`; Gradio's own API is
listed under "Use via API" below.
"""


def serve(translator, host: str = "127.0.0.1", port: int = 7860, **kwargs):
    """Serve the UI and the HTTP API (see app.server)."""
    from .server import serve as serve_app

    return serve_app(translator, host=host, port=port, **kwargs)
