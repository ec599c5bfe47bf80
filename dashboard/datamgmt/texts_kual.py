"""Texts of the Kualitas Data page (data quality)."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- Kualitas Data page
    "kual.title": ("Kualitas Data", "Data quality"),
    "kual.lead": (
        "Seberapa lengkap dan masuk akal isi basis data: kelengkapan per unit dan bulan, nilai yang mustahil, "
        "data ganda, permohonan yang luar biasa lama, bulan tanpa data, dan riwayat impor.",
        "How complete and plausible the store is: completeness per unit and month, impossible values, "
        "duplicates, unusually long requests, months without data, and the import history.",
    ),
    "kual.completeness": ("Kelengkapan per tabel", "Completeness per table"),
    "kual.completeness_unit": (
        "Kelengkapan log layanan per unit dan bulan",
        "Service-log completeness per unit and month",
    ),
    "kual.completeness_lead": (
        "Permohonan berstatus selesai tanpa waktu selesai tidak mungkin masuk (aturan basis data); yang "
        "dihitung di sini: permohonan yang masih terbuka, tanpa petugas, tanpa kanal, tanpa tenggat.",
        "Completed requests without a completion time cannot enter the store (a store rule); counted here: "
        "requests still open, without handler, without channel, without deadline.",
    ),
    "kual.table": ("Tabel", "Table"),
    "kual.column": ("Kolom", "Column"),
    "kual.rows": ("Baris", "Rows"),
    "kual.filled": ("Terisi", "Filled"),
    "kual.filled_share": ("Terisi (%)", "Filled (%)"),
    "kual.unit": ("Unit", "Unit"),
    "kual.month": ("Bulan", "Month"),
    "kual.requests": ("Permohonan", "Requests"),
    "kual.open": ("Masih terbuka", "Still open"),
    "kual.no_handler": ("Tanpa petugas", "No handler"),
    "kual.no_channel": ("Tanpa kanal", "No channel"),
    "kual.no_due": ("Tanpa tenggat", "No deadline"),
    "kual.impossible": ("Nilai yang mustahil atau mencurigakan", "Impossible or suspicious values"),
    "kual.impossible_lead": (
        "Basis data menolak nilai yang melanggar aturan saat impor; yang tersisa di sini adalah nilai yang "
        "sah menurut tipe tetapi tidak masuk akal.",
        "The store refuses values that break its rules at import; listed here are values that are valid by "
        "type but implausible.",
    ),
    "kual.check": ("Pemeriksaan", "Check"),
    "kual.count": ("Jumlah", "Count"),
    "kual.example": ("Contoh", "Example"),
    "kual.duplicates": ("Kemungkinan data ganda", "Possible duplicates"),
    "kual.duplicates_lead": (
        "Permohonan dengan layanan, unit dan waktu terima yang sama persis (kunci berbeda).",
        "Requests with exactly the same service, unit and time received (different keys).",
    ),
    "kual.long": ("Permohonan yang luar biasa lama", "Unusually long requests"),
    "kual.long_lead": (
        "Permohonan selesai yang waktu tempuhnya lebih dari tiga kali persentil ke-90 layanannya (minimal 10 "
        "permohonan per layanan). Median dan persentil ke-90 waktu tempuh (jam kalender) per unit di bawahnya.",
        "Completed requests whose elapsed time exceeds three times the 90th percentile of their service (at "
        "least 10 requests per service). Median and 90th percentile elapsed time (calendar hours) per unit below.",
    ),
    "kual.elapsed_unit": ("Waktu tempuh per unit", "Elapsed time per unit"),
    "kual.request": ("Permohonan", "Request"),
    "kual.service": ("Layanan", "Service"),
    "kual.received": ("Diterima", "Received"),
    "kual.elapsed": ("Waktu tempuh", "Elapsed"),
    "kual.p90_service": ("P90 layanan", "Service P90"),
    "kual.median": ("Median", "Median"),
    "kual.p90": ("Persentil ke-90", "90th percentile"),
    "kual.completed": ("Selesai", "Completed"),
    "kual.gaps": ("Bulan tanpa data per unit", "Months without data per unit"),
    "kual.gaps_lead": (
        "Bulan di antara bulan pertama dan terakhir log layanan ketika sebuah unit tidak mencatat permohonan "
        "sama sekali: data hilang atau kantor tutup?",
        "Months between the first and last month of the service log in which a unit recorded no request at "
        "all: missing data or a closed office?",
    ),
    "kual.no_gaps": ("Tidak ada bulan kosong: setiap unit mencatat permohonan setiap bulan.", "No empty months."),
    "kual.months_missing": ("Bulan kosong", "Empty months"),
    "kual.imports": ("Riwayat impor", "Import history"),
    "kual.last_import": ("Impor terakhir per tabel", "Last import per table"),
    "kual.never": ("belum pernah", "never"),
    "kual.imports_count": ("Jumlah impor", "Imports"),
    "kual.when": ("Waktu", "Time"),
    "kual.user": ("Pengguna", "User"),
    "kual.file": ("Berkas", "File"),
    "kual.new": ("Baru", "New"),
    "kual.updated": ("Diperbarui", "Updated"),
    "kual.unchanged": ("Tetap", "Unchanged"),
    "kual.rejected": ("Ditolak", "Rejected"),
    "kual.outcome": ("Hasil", "Outcome"),
    "kual.message": ("Keterangan", "Message"),
    "kual.no_imports": ("Belum ada impor yang tercatat.", "No import recorded yet."),
    "kual.all_clear": ("Tidak ada temuan.", "Nothing found."),
    "kual.chk_future": ("Diterima setelah hari ini", "Received after today"),
    "kual.chk_night": ("Diterima antara pukul 00.00 dan 05.00", "Received between midnight and 05:00"),
    "kual.chk_zero": ("Selesai pada detik yang sama dengan diterima", "Completed in the same second as received"),
    "kual.chk_over_year": ("Waktu tempuh lebih dari 365 hari", "Elapsed time over 365 days"),
    "kual.chk_handler_elsewhere": (
        "Petugas bukan pegawai unit tersebut pada tanggal itu",
        "Handler not posted at that unit on that date",
    ),
    "kual.chk_handler_inactive": (
        "Petugas di luar masa tugasnya (sebelum mulai / sesudah berakhir)",
        "Handler outside their posting period",
    ),
    "kual.chk_due_before": ("Tenggat sebelum waktu terima", "Deadline before time received"),
    "kual.chk_rework_high": ("Dikembalikan lebih dari 5 kali", "Returned more than 5 times"),
    "kual.chk_realization_high": (
        "Realisasi SKP lebih dari 5 kali target",
        "SKP realisation over 5 times the target",
    ),
    "kual.working_time": ("Waktu kerja yang perlu diperiksa", "Working times to check"),
    "kual.working_time_lead": (
        "Waktu kerja hanya menghitung jam kantor ({hours}; satu hari kerja = {day}). Permohonan yang diterima "
        "dan diselesaikan seluruhnya di luar jam kantor bernilai 0 menit kerja dan selalu memenuhi standar; "
        "permohonan pada tanggal di luar kalender kerja ({first} s.d. {last}) tidak mendapat waktu kerja sama "
        "sekali dan tidak ikut dalam angka kecepatan.",
        "Working time counts office hours only ({hours}; one working day = {day}). Requests received and "
        "completed entirely outside office hours take 0 working minutes and always meet the standard; requests "
        "on dates outside the working-day calendar ({first} to {last}) get no working time at all and count in "
        "no speed figure.",
    ),
    "kual.chk_outside_hours": (
        "Diterima dan selesai seluruhnya di luar jam kantor (0 menit kerja)",
        "Received and completed entirely outside office hours (0 working minutes)",
    ),
    "kual.chk_outside_calendar": (
        "Diterima atau selesai di luar tahun kalender kerja (tanpa waktu kerja)",
        "Received or completed outside the calendar's years (no working time)",
    ),
    "kual.on_standard_n": ("Dihitung memenuhi standar", "Counted as within the standard"),
    "kual.cuti_missing": (
        "Data mencapai tahun {years}, tetapi paket `holidays` belum mengenal cuti bersama tahun itu: hari cuti "
        "bersama masih dihitung sebagai hari kerja. Perbarui paket `holidays` setelah SKB cuti bersama terbit, "
        "lalu jalankan `python -m dashboard init` (jam kantor tetap).",
        "The data reaches {years}, but the `holidays` package does not know that year's cuti bersama yet: those "
        "days still count as working days. Update the `holidays` package once the joint decree is published, "
        "then run `python -m dashboard init` (office hours are kept).",
    ),
    "kual.year_outside_calendar": (
        "Ada permohonan pada tahun {years}, di luar kalender kerja: waktu kerjanya tidak dihitung.",
        "There are requests in {years}, outside the working-day calendar: their working time is not computed.",
    ),
    "kual.footnote": (
        "Kelengkapan dihitung pada seluruh isi basis data; bulan memakai waktu permohonan diterima.",
        "Completeness over the whole store; months by the time a request was received.",
    ),
}
