"""Texts of the shared page frame (dashboard/core/ui.py): downloads, chart data, empty results, sources."""

TEXT: dict[str, tuple[str, str]] = {
    "common.download_csv": ("Unduh CSV", "Download CSV"),
    "common.download_xlsx": ("Unduh XLSX", "Download XLSX"),
    "common.chart_data": ("Data grafik", "Chart data"),
    "common.no_data": ("Tidak ada data untuk pilihan ini.", "No data for this selection."),
    "common.source_demo": ("Sumber: data demo (dibangkitkan).", "Source: demo data (generated)."),
    "common.source_store": ("Sumber: basis data kinerja kecamatan.", "Source: the district performance store."),
    "common.standards_demo": (
        "Standar pelayanan pada data demo adalah nilai contoh, bukan standar resmi.",
        "The service standards in the demo data are example values, not the official standards.",
    ),
}
