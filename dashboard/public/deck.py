"""The take-away of the Forum Publik: the slides as a 16:9 PDF deck and as PNG images.

One layout, two painters: each slide is laid out once on a 1920 x 1080 canvas (text wrapped
with DejaVu's own metrics, charts as kaleido PNGs) and painted either with Pillow (a PNG
per slide, for social media) or with fpdf2 (a PDF page of 338.67 x 190.5 mm, real text, for
printing). The last slide carries a QR code that opens the public page; its URL comes from
the environment variable KINERJA_PUBLIC_URL.

    pdf_bytes, pngs = deck.build(slides, lang, demo=True)
    zip_bytes = deck.png_zip(pngs)
"""

from __future__ import annotations

import io
import os
import threading
import warnings
import zipfile
from collections.abc import Sequence
from functools import lru_cache

import qrcode
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from dashboard.core.i18n import t
from dashboard.core.pdf import FONT, FONT_DIR

# Forum Publik is the landing page of visitors who are not signed in, and Streamlit serves
# the landing page at the root only: a QR code pointing at /forum-publik would first show
# a "Page not found" box.
DEFAULT_PUBLIC_URL = "http://127.0.0.1:8501/?mode=presentasi"
WIDTH, HEIGHT = 1920, 1080
PAGE_MM = (338.6667, 190.5)  # 13.333 x 7.5 in: 16:9
MARGIN = 80
INK = (17, 20, 24)
GREY = (80, 88, 98)
ACCENT = (0, 114, 178)
TILE = (232, 240, 247)
QR_SIZE = 240


def public_url() -> str:
    """The public page's address for the QR code (env KINERJA_PUBLIC_URL)."""
    return os.environ.get("KINERJA_PUBLIC_URL", "").strip() or DEFAULT_PUBLIC_URL


def qr_png(url: str) -> bytes:
    image = qrcode.make(url, border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@lru_cache(maxsize=32)
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), size)


def wrap(text: str, size: int, width: int, bold: bool = False) -> list[str]:
    """Words of ``text`` in lines no wider than ``width`` px at ``size`` px (DejaVu metrics)."""
    font = _font(size, bold)
    lines: list[str] = []
    text = text.replace(" %", "\u00a0%").replace(" →", "\u00a0→")  # keep '90 %' on one line
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}".strip()
            if line and font.getlength(trial) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


def line_height(size: int) -> int:
    return int(size * 1.3)


# ---------------------------------------------------------------- painters


class PngPainter:
    def __init__(self) -> None:
        self.image = Image.new("RGB", (WIDTH, HEIGHT), "white")
        self.draw = ImageDraw.Draw(self.image)

    def rect(self, x, y, w, h, fill) -> None:
        self.draw.rectangle([x, y, x + w, y + h], fill=fill)

    def lines(self, x, y, lines, size, bold=False, colour=INK, align="left", width=0) -> None:
        font = _font(size, bold)
        for i, line in enumerate(lines):
            dx = (
                width - font.getlength(line)
                if align == "right"
                else (width - font.getlength(line)) / 2
                if align == "center"
                else 0
            )
            self.draw.text((x + dx, y + i * line_height(size)), line, font=font, fill=colour)

    def image_png(self, x, y, w, h, png: bytes) -> None:
        picture = Image.open(io.BytesIO(png)).convert("RGB").resize((int(w), int(h)), Image.LANCZOS)
        self.image.paste(picture, (int(x), int(y)))

    def finish(self) -> bytes:
        buffer = io.BytesIO()
        self.image.save(buffer, format="PNG", optimize=True)
        return buffer.getvalue()


class PdfPainter:
    """Paints on the current page of an FPDF document; 1 px of the canvas = PAGE_MM[0] / 1920 mm."""

    K = PAGE_MM[0] / WIDTH

    def __init__(self, pdf: FPDF) -> None:
        self.pdf = pdf
        pdf.add_page()

    def rect(self, x, y, w, h, fill) -> None:
        self.pdf.set_fill_color(*fill)
        self.pdf.rect(x * self.K, y * self.K, w * self.K, h * self.K, style="F")

    def lines(self, x, y, lines, size, bold=False, colour=INK, align="left", width=0) -> None:
        pdf = self.pdf
        pdf.set_font(FONT, "B" if bold else "", size * self.K / 0.3528)
        pdf.set_text_color(*colour)
        for i, line in enumerate(lines):
            pdf.set_xy(x * self.K, (y + i * line_height(size)) * self.K)
            pdf.cell(
                width * self.K if width else 0,
                line_height(size) * self.K,
                line,
                align={"left": "L", "right": "R", "center": "C"}[align],
            )

    def image_png(self, x, y, w, h, png: bytes) -> None:
        self.pdf.image(io.BytesIO(png), x * self.K, y * self.K, w * self.K, h * self.K)


def _pdf() -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format=PAGE_MM)  # a (width, height) format is used as given
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creator("Dasbor Kinerja Gajahmungkur")
    pdf.set_title(t("public.title"))
    return pdf


# ---------------------------------------------------------------- layout


_kaleido_lock = threading.Lock()
_kaleido_started = False


def chart_png(fig, width: int, height: int) -> bytes:
    """A figure as a PNG at its canvas size (twice the pixels, for print).

    kaleido's persistent server is started once per process: about 0,2 s per chart instead
    of 2 s. One chart at a time (sessions share it).
    """
    global _kaleido_started
    import kaleido
    import plotly.io as pio

    with _kaleido_lock, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "kopts ignored if using a server"
        if not _kaleido_started:
            kaleido.start_sync_server(silence_warnings=True)
            _kaleido_started = True
        return pio.to_image(fig, format="png", width=int(width), height=int(height), scale=2)


def _paint(painter, slide, index: int, count: int, lang: str, demo: bool, charts: list[bytes], boxes, qr: bytes | None):
    painter.rect(0, 0, WIDTH, 14, ACCENT)
    for kind, args in boxes:
        if kind == "lines":
            painter.lines(*args)
        elif kind == "rect":
            painter.rect(*args)
    for png, (x, y, w, h) in zip(charts, [b for k, b in boxes if k == "chart"], strict=True):
        painter.image_png(x, y, w, h, png)
    if qr is not None:
        x, y = WIDTH - MARGIN - QR_SIZE, HEIGHT - 70 - QR_SIZE
        painter.image_png(x, y, QR_SIZE, QR_SIZE, qr)
    footer = t("public.footer", lang=lang) + (f" · {t('public.demo', lang=lang)}" if demo else "")
    painter.lines(MARGIN, HEIGHT - 50, [footer], 22, False, GREY)
    painter.lines(MARGIN, HEIGHT - 50, [f"{index + 1} / {count}"], 22, True, GREY, "right", WIDTH - 2 * MARGIN)


def layout(slide, last: bool, lang: str, url: str) -> list[tuple[str, tuple]]:
    """Boxes of one slide on the 1920 x 1080 canvas: ('lines', ...), ('rect', ...), ('chart', (x, y, w, h))."""
    boxes: list[tuple[str, tuple]] = []
    width = WIDTH - 2 * MARGIN
    text_width = width - (QR_SIZE + 40 if last else 0)
    y = 44
    title = wrap(slide.title, 50, width, True)
    boxes.append(("lines", (MARGIN, y, title, 50, True, INK)))
    y += len(title) * line_height(50) + 24
    if slide.headline:
        for headline_size in (62, 56, 50, 46):  # a headline that states its dates is long: at most 4 lines
            headline = wrap(slide.headline, headline_size, width, True)
            if len(headline) <= 4:
                break
        boxes.append(("lines", (MARGIN, y, headline, headline_size, True, ACCENT)))
        y += len(headline) * line_height(headline_size) + 36
    if slide.tiles:
        gap = 40
        tile_w = (width - gap * (len(slide.tiles) - 1)) / len(slide.tiles)
        for i, (label, value) in enumerate(slide.tiles):
            x = MARGIN + i * (tile_w + gap)
            boxes.append(("rect", (x, y, tile_w, 210, TILE)))
            boxes.append(("lines", (x, y + 28, [value], 76, True, INK, "center", tile_w)))
            boxes.append(("lines", (x, y + 140, wrap(label, 30, int(tile_w) - 40), 30, False, GREY, "center", tile_w)))
        y += 250
    # the notes a slide must carry (dates, running windows, other policies, "not a cause") come first:
    # the caption type shrinks until they fit below the tiles, leaving a chart at least 200 px high
    room = HEIGHT - 80 - y - (16 + 200 if slide.figures else 16) - (50 if last else 0)
    for caption_size in (28, 26, 24, 22, 20):
        captions = [line for caption in slide.captions for line in wrap(caption, caption_size, text_width)]
        caption_h = len(captions) * line_height(caption_size)
        if caption_h <= room:
            break
    bottom = HEIGHT - 80 - caption_h - (16 if captions else 0)
    if last:
        boxes.append(
            (
                "lines",
                (
                    WIDTH - MARGIN - QR_SIZE,
                    HEIGHT - 80 - QR_SIZE - 60,
                    wrap(t("public.qr", lang=lang), 18, QR_SIZE),
                    18,
                    True,
                    INK,
                ),
            )
        )
        boxes.append(("lines", (MARGIN, HEIGHT - 80 - caption_h - 40, [url], 20, False, ACCENT)))
        bottom -= 50
    if slide.figures:
        n = len(slide.figures)
        gap = 40
        fig_w = (text_width - gap * (n - 1)) / n
        fig_h = max(200, bottom - y)
        for i in range(n):
            boxes.append(("chart", (MARGIN + i * (fig_w + gap), y, fig_w, fig_h)))
    elif slide.empty:
        boxes.append(("lines", (MARGIN, y, wrap(slide.empty, 40, text_width), 40, False, INK)))
    boxes.append(("lines", (MARGIN, HEIGHT - 80 - caption_h, captions, caption_size, False, INK)))
    return boxes


def build(slides: Sequence, lang: str, demo: bool = False, url: str | None = None) -> tuple[bytes, list[bytes]]:
    """(PDF deck bytes, one PNG per slide) for ``slides`` (dashboard.public.build_slides)."""
    url = url or public_url()
    qr = qr_png(url)
    pdf = _pdf()
    pngs: list[bytes] = []
    for index, slide in enumerate(slides):
        last = index == len(slides) - 1
        boxes = layout(slide, last, lang, url)
        chart_boxes = [b for k, b in boxes if k == "chart"]
        charts = [chart_png(fig, w, h) for fig, (_, _, w, h) in zip(slide.figures, chart_boxes, strict=True)]
        png = PngPainter()
        _paint(png, slide, index, len(slides), lang, demo, charts, boxes, qr if last else None)
        pngs.append(png.finish())
        _paint(PdfPainter(pdf), slide, index, len(slides), lang, demo, charts, boxes, qr if last else None)
    return bytes(pdf.output()), pngs


def png_zip(pngs: Sequence[bytes], prefix: str = "forum-publik-slide") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for i, png in enumerate(pngs, start=1):
            archive.writestr(f"{prefix}-{i}.png", png)
    return buffer.getvalue()
