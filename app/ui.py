"""The Gradio translator: a thin layer over mt.Translator. Nothing runs at import.

    mt serve --port 7860            # or: python -m app
"""
from __future__ import annotations

import os

from mt.errors import MTError
from mt.langs import LANGUAGES

MAX_CHARS = 5000
CHOICES = [(name, code) for code, name in LANGUAGES.items()]
EXAMPLES = [
    ["Tôi yêu Hà Nội.", "vi", "en"],
    ["Hôm nay trời đẹp, chúng ta đi dạo nhé.", "vi", "en"],
    ["Open the file and save your changes.", "en", "vi"],
    ["The weather is beautiful today.", "en", "vi"],
]


def translate_text(translator, text: str, src: str, tgt: str) -> str:
    """The app's translate action; raises MTError with a message fit for the user."""
    from mt.errors import InputError

    text = text or ""
    if not text.strip():
        raise InputError("Type or paste some text to translate.")
    if len(text) > MAX_CHARS:
        raise InputError(f"The text has {len(text):,} characters; the limit is {MAX_CHARS:,}.")
    return translator.translate([text], src, tgt)[0]


def build_demo(translator):
    """Build (not launch) the Blocks app around a loaded Translator."""
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    def on_translate(text, src, tgt):
        try:
            return translate_text(translator, text, src, tgt)
        except MTError as e:
            raise gr.Error(str(e)) from None

    def on_swap(src, tgt, text, out):
        return tgt, src, out, text

    def count(text):
        n = len(text or "")
        return f"{n:,} / {MAX_CHARS:,} characters" + (" — over the limit" if n > MAX_CHARS else "")

    with gr.Blocks(title="Vietnamese ⇄ English translator") as demo:
        gr.Markdown("## Vietnamese ⇄ English translator\nRuns locally on the bundled model; nothing leaves this machine.")
        with gr.Row():
            src = gr.Dropdown(CHOICES, value="vi", label="From", elem_id="src-lang")
            swap = gr.Button("⇄ Swap", elem_id="swap", scale=0, min_width=90)
            tgt = gr.Dropdown(CHOICES, value="en", label="To", elem_id="tgt-lang")
        with gr.Row():
            with gr.Column():
                text = gr.Textbox(label="Text", lines=8, placeholder="Nhập văn bản… / Type text…", elem_id="source")
                counter = gr.Markdown(count(""), elem_id="counter")
            with gr.Column():
                out = gr.Textbox(label="Translation", lines=8, elem_id="output", buttons=["copy"])
        go = gr.Button("Translate", variant="primary", elem_id="translate")
        gr.Examples(EXAMPLES, inputs=[text, src, tgt])
        go.click(on_translate, [text, src, tgt], out, api_name="translate")
        text.submit(on_translate, [text, src, tgt], out, api_name=False)
        text.change(count, text, counter, api_name=False, queue=False)
        swap.click(on_swap, [src, tgt, text, out], [src, tgt, text, out], api_name=False, queue=False)
    demo.queue(default_concurrency_limit=1)  # one CTranslate2 call at a time; it uses every core itself
    return demo


def serve(translator, host: str = "127.0.0.1", port: int = 7860, **launch_kwargs):
    demo = build_demo(translator)
    demo.launch(server_name=host, server_port=port, show_error=True, **launch_kwargs)
    return demo
