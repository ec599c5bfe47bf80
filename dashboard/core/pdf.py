"""A generic official document (naskah dinas) frame on A4, with fpdf2.

Used by the Laporan Kinerja Unit (dashboard.report_unit) and meant for every printed report
of the product (the HR individual report too): the letterhead of the Kecamatan, a title and
the period, section headings, paragraphs, tables, chart images and the camat's signature
block. Text is set in DejaVu (Debian's fonts-dejavu-core) so every Indonesian character and
symbol prints; fpdf2's built-in fonts are Latin-1 only.

    doc = OfficialDocument()
    doc.title_block("LAPORAN KINERJA UNIT", "Periode: Semester I 2025")
    doc.section("1. Angka utama")
    doc.table(["Ukuran", "Nilai"], [["IKM", "82,34"]])
    doc.image_png(png_bytes)
    doc.signature("Semarang, 28 November 2026", "Camat Gajahmungkur", name, nip)
    pdf_bytes = doc.output_bytes()
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = "DejaVu"

LETTERHEAD = (
    "PEMERINTAH KOTA SEMARANG",
    "KECAMATAN GAJAHMUNGKUR",
    "Jalan Sultan Agung Nomor 144, Gajahmungkur, Semarang, Jawa Tengah 50232",
)

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def tanggal(day) -> str:
    """A date as official letters write it: '28 November 2026'."""
    return f"{day.day} {MONTHS_ID[day.month - 1]} {day.year}"


def nip_spaced(nip: str) -> str:
    """An 18-digit NIP in its printed groups: '19760415 200012 1 001'."""
    nip = (nip or "").strip()
    if len(nip) != 18 or not nip.isdigit():
        return nip
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


class OfficialDocument(FPDF):
    """An A4 portrait document with the Kecamatan's letterhead on the first page and page numbers."""

    def __init__(self, letterhead: Sequence[str] = LETTERHEAD, footer_text: str = ""):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.letterhead = tuple(letterhead)
        self.footer_text = footer_text
        self.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
        self.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_font(FONT, "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)
        self.set_title(self.letterhead[1] if len(self.letterhead) > 1 else "")
        self.set_creator("Dasbor Kinerja Gajahmungkur")
        self.add_page()
        self._draw_letterhead()

    # ---- frame
    def _draw_letterhead(self) -> None:
        self.set_text_color(0, 0, 0)
        sizes = (13, 15, 9)
        styles = ("B", "B", "")
        for line, size, style in zip(self.letterhead, sizes, styles, strict=False):
            self.set_font(FONT, style, size)
            self.cell(0, 6.5 if size > 10 else 5, line, align="C", new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 2
        self.set_line_width(0.9)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.3)
        self.line(self.l_margin, y + 1.2, self.w - self.r_margin, y + 1.2)
        self.set_y(y + 6)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(FONT, "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.footer_text, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Halaman {self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    @property
    def content_width(self) -> float:
        return self.w - self.l_margin - self.r_margin

    # ---- content
    def title_block(self, title: str, *lines: str) -> None:
        """The document's title (bold, centred) and lines under it (number, period)."""
        self.set_font(FONT, "B", 13)
        self.multi_cell(0, 7, title, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, "", 10.5)
        for line in lines:
            self.multi_cell(0, 5.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def section(self, heading: str, min_room: float = 35) -> None:
        """A numbered section heading; starts a new page when less than min_room mm would follow it."""
        if self.get_y() + min_room > self.h - self.b_margin:
            self.add_page()
        self.ln(2)
        self.set_font(FONT, "B", 11)
        self.multi_cell(0, 6.5, heading, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def paragraph(self, text: str, size: float = 10, style: str = "") -> None:
        self.set_font(FONT, style, size)
        self.multi_cell(0, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def bullets(self, items: Sequence[str], size: float = 10) -> None:
        self.set_font(FONT, "", size)
        for item in items:
            self.set_x(self.l_margin)
            self.cell(5, 5.2, "•")
            self.multi_cell(self.content_width - 5, 5.2, item, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def key_figures(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """A two- or three-column list of headline figures: (measure, value, change)."""
        self.table(
            ["Ukuran", "Nilai", "Perubahan"], [list(r) for r in rows], widths=(0.5, 0.25, 0.25), align=("L", "R", "R")
        )

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float] | None = None,
        align: Sequence[str] | None = None,
        size: float = 8.5,
    ) -> None:
        """A bordered table; widths are fractions of the text width; the header repeats on a new page."""
        if not rows:
            return
        widths = widths or [1 / len(header)] * len(header)
        col_widths = tuple(w * self.content_width for w in widths)
        aligns = tuple(align or ["L"] * len(header))
        self.set_font(FONT, "", size)
        with super().table(
            col_widths=col_widths,
            text_align=aligns,
            line_height=size * 0.55,
            headings_style=_heading_style(),
            first_row_as_headings=True,
            repeat_headings=1,
            padding=1,
        ) as table:
            table.row([str(h) for h in header])
            for values in rows:
                table.row([str(v) for v in values])
        self.ln(3)

    def image_png(self, png: bytes, width_fraction: float = 1.0, caption: str = "") -> None:
        """An embedded chart (PNG bytes, e.g. from kaleido), scaled to a fraction of the text width."""
        width = self.content_width * width_fraction
        from PIL import Image

        with Image.open(io.BytesIO(png)) as image:
            height = width * image.height / image.width
        if self.get_y() + height > self.h - self.b_margin:
            self.add_page()
        x = self.l_margin + (self.content_width - width) / 2
        self.image(io.BytesIO(png), x=x, y=self.get_y(), w=width, h=height)
        self.set_y(self.get_y() + height + 1)
        if caption:
            self.set_font(FONT, "I", 8.5)
            self.multi_cell(0, 4.5, caption, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def signature(self, place_date: str, office: str, name: str, nip: str) -> None:
        """The signature block on the right: 'Semarang, 28 November 2026', office, room to sign, name, NIP."""
        block = 75
        if self.get_y() + 45 > self.h - self.b_margin:
            self.add_page()
        self.ln(6)
        x = self.w - self.r_margin - block
        self.set_font(FONT, "", 10)
        for line in (place_date, office):
            self.set_x(x)
            self.cell(block, 5.5, line, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(20)
        self.set_x(x)
        self.set_font(FONT, "B", 10)
        self.cell(block, 5.5, name, align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_font(FONT, "", 10)
        self.set_x(x)
        self.cell(block, 5.5, f"NIP. {nip_spaced(nip)}", align="C", new_x="LMARGIN", new_y="NEXT")

    def signatures(self, place_date: str, blocks: Sequence[tuple[str, str, str]]) -> None:
        """Signature blocks side by side, each (office, name, nip); the place and date above the right-most.

        For documents signed by two people, e.g. the employee and the appraiser of an individual report.
        """
        if not blocks:
            return
        width = self.content_width / len(blocks)
        if self.get_y() + 50 > self.h - self.b_margin:
            self.add_page()
        self.ln(6)
        self.set_font(FONT, "", 10)
        self.set_x(self.l_margin + width * (len(blocks) - 1))
        self.cell(width, 5.5, place_date, align="C", new_x="LMARGIN", new_y="NEXT")
        top = self.get_y()
        for i, (office, name, nip) in enumerate(blocks):
            x = self.l_margin + i * width
            self.set_xy(x, top)
            self.set_font(FONT, "", 10)
            self.multi_cell(width, 5.5, office, align="C")
            self.set_xy(x, top + 31)
            self.set_font(FONT, "B", 10)
            self.multi_cell(width, 5.5, name, align="C")
            self.set_xy(x, top + 36.5)
            self.set_font(FONT, "", 10)
            self.multi_cell(width, 5.5, f"NIP. {nip_spaced(nip)}" if nip else "NIP. ", align="C")
        self.set_xy(self.l_margin, top + 44)

    def output_bytes(self) -> bytes:
        return bytes(self.output())


def _heading_style():
    from fpdf.fonts import FontFace

    return FontFace(family=FONT, emphasis="BOLD", fill_color=(225, 232, 240))


def chart_png(fig, width: int = 1000, height: int | None = None, scale: float = 2.0) -> bytes:
    """A Plotly figure as PNG bytes via kaleido (drives the machine's Chromium)."""
    import plotly.io as pio

    height = height or int(fig.layout.height or 450)
    return pio.to_image(fig, format="png", width=width, height=height, scale=scale)
