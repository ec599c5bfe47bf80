"""Texts of the import templates (the explanation sheet, dashboard/datamgmt/templates.py)."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- templates (explanation sheet)
    "tpl.sheet_data": ("data", "data"),
    "tpl.sheet_help": ("penjelasan", "explanation"),
    "tpl.column": ("Kolom", "Column"),
    "tpl.type": ("Tipe", "Type"),
    "tpl.required": ("Wajib", "Required"),
    "tpl.key": ("Kunci", "Key"),
    "tpl.meaning": ("Arti", "Meaning"),
    "tpl.format": ("Format / pilihan", "Format / choices"),
    "tpl.yes": ("ya", "yes"),
    "tpl.no": ("tidak", "no"),
    "tpl.title": (
        "Templat impor tabel {table}: {what}. Isi lembar 'data' mulai baris 2 (baris 2 adalah contoh, "
        "hapus atau timpa). Simpan sebagai XLSX, atau CSV dengan pemisah koma atau titik koma.",
        "Import template for table {table}: {what}. Fill the 'data' sheet from row 2 (row 2 is an example: "
        "delete or overwrite it). Save as XLSX, or CSV with comma or semicolon separators.",
    ),
    "tpl.fmt_date": ("tanggal: 2025-03-31 atau 31/03/2025", "date: 2025-03-31 or 31/03/2025"),
    "tpl.fmt_timestamp": (
        "waktu: 2025-03-31 09:15 atau 31/03/2025 09:15",
        "date-time: 2025-03-31 09:15 or 31/03/2025 09:15",
    ),
    "tpl.fmt_number": ("angka; desimal dengan koma atau titik", "number; decimal comma or point"),
    "tpl.fmt_integer": ("bilangan bulat", "whole number"),
    "tpl.fmt_text": ("teks", "text"),
}
