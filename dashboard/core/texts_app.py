"""Texts of the app shell: title, language, the semester and unit filters, the demo mark, the error page."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- app shell
    "app.title": ("Dasbor Kinerja Gajahmungkur", "Gajahmungkur Performance Dashboard"),
    "app.subtitle": ("Kecamatan Gajahmungkur, Kota Semarang", "Gajahmungkur District, Semarang City"),
    "app.language": ("Bahasa", "Language"),
    "app.semester": ("Semester", "Half-year"),
    "app.unit": ("Unit kerja", "Unit"),
    "app.all_units": ("Semua unit", "All units"),
    "app.demo_marker": (
        "DATA DEMO — data buatan untuk peragaan, bukan data sebenarnya",
        "DEMO DATA — generated for demonstration, not real data",
    ),
    "app.building_demo": ("Menyiapkan data demo pertama kali…", "Preparing the demo data for the first time…"),
    "app.error": (
        "Maaf, halaman ini tidak dapat ditampilkan. Kesalahan sudah dicatat di log server.",
        "Sorry, this page cannot be shown. The error has been written to the server log.",
    ),
}
