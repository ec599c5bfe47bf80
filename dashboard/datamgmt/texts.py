"""Texts of the importer (validation messages, summaries), the Impor Data and Kualitas Data pages."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- validation messages: {column} {value} {formats} {allowed} {row} are filled in
    "impor.err.missing_column": (
        "Kolom wajib '{column}' tidak ada di baris judul",
        "Required column '{column}' is missing from the header row",
    ),
    "impor.warn.unknown_column": (
        "Kolom '{column}' tidak dikenal dan diabaikan",
        "Unknown column '{column}' is ignored",
    ),
    "impor.err.empty_file": ("Berkas tidak berisi baris data", "The file has no data rows"),
    "impor.err.unreadable": ("Berkas tidak dapat dibaca: {detail}", "The file cannot be read: {detail}"),
    "impor.err.xlsx_too_large": (
        "Berkas XLSX ini {size} MB setelah dibuka (batas {limit} MB): simpan sebagai CSV atau bagi berkasnya.",
        "This XLSX file unpacks to {size} MB (limit {limit} MB): save it as CSV or split it.",
    ),
    "impor.err.required": ("Wajib diisi", "Required value is empty"),
    "impor.err.integer": ("'{value}' bukan bilangan bulat", "'{value}' is not a whole number"),
    "impor.err.number": ("'{value}' bukan angka", "'{value}' is not a number"),
    "impor.err.date": (
        "Tanggal '{value}' tidak dapat dibaca; format yang diterima: {formats}",
        "Date '{value}' cannot be read; accepted formats: {formats}",
    ),
    "impor.err.timestamp": (
        "Waktu '{value}' tidak dapat dibaca; format yang diterima: {formats}",
        "Date-time '{value}' cannot be read; accepted formats: {formats}",
    ),
    "impor.err.enum": ("'{value}' tidak termasuk pilihan: {allowed}", "'{value}' is not one of: {allowed}"),
    "impor.err.range_1_4": ("Jawaban survei '{value}' harus 1 sampai 4", "Survey answer '{value}' must be 1 to 4"),
    "impor.err.positive": ("'{value}' harus lebih besar dari 0", "'{value}' must be greater than 0"),
    "impor.err.non_negative": ("'{value}' tidak boleh negatif", "'{value}' must not be negative"),
    "impor.err.period": (
        "Periode '{value}' harus berbentuk TTTT-S1 atau TTTT-S2, mis. 2025-S1",
        "Period '{value}' must look like YYYY-S1 or YYYY-S2, e.g. 2025-S1",
    ),
    "impor.err.grade": ("Golongan '{value}' harus berbentuk mis. III/a", "Grade '{value}' must look like III/a"),
    "impor.err.nip": (
        "NIP '{value}' tidak sah: harus 18 angka dengan tanggal lahir (1-8), TMT CPNS tahun-bulan (9-14) "
        "dan jenis kelamin 1/2 (15)",
        "NIP '{value}' is malformed: 18 digits with birth date (1-8), start of service year-month (9-14) "
        "and sex 1/2 (15)",
    ),
    "impor.err.unknown_ref": (
        "'{value}' tidak ditemukan di tabel {ref_table}",
        "'{value}' is not found in table {ref_table}",
    ),
    "impor.err.duplicate": (
        "Kunci '{value}' ganda: sama dengan baris {row}",
        "Duplicate key '{value}': same as row {row}",
    ),
    "impor.err.completed_before_received": (
        "Selesai ({value}) sebelum diterima",
        "Completed ({value}) before it was received",
    ),
    "impor.err.done_without_completed": (
        "Status selesai tetapi waktu selesai kosong",
        "Status selesai but the completion time is empty",
    ),
    "impor.err.open_with_completed": (
        "Status proses tetapi waktu selesai terisi ({value})",
        "Status proses but a completion time is given ({value})",
    ),
    "impor.err.end_before_start": ("Tanggal akhir ({value}) sebelum tanggal mulai", "End date ({value}) before start"),
    "impor.err.fk_change_referenced": (
        "'{value}' tidak dapat diubah pada data yang sudah dirujuk tabel lain (batasan DuckDB); "
        "ubah lewat pengelola basis data",
        "'{value}' cannot be changed on a record other tables refer to (a DuckDB limitation); "
        "ask the store's administrator",
    ),
    "impor.err.unit_change_postings": (
        "Unit '{value}' tidak dapat diubah pada pegawai yang sudah dirujuk tabel lain: catat mutasi lewat tabel "
        "postings (unit baru dan tanggal mulainya), agar angka lama tetap milik unit lama",
        "Unit '{value}' cannot be changed on an employee other tables refer to: record the transfer in the "
        "postings table (new unit and its start date), so that past figures stay with the old unit",
    ),
    "impor.err.mapping_source": (
        "Kolom sumber '{column}' dari pemetaan tidak ada di berkas",
        "Source column '{column}' of the mapping is not in the file",
    ),
    # ---- summaries (CLI and page)
    "impor.summary_ok": (
        "Impor {table} berhasil: {new} baru, {updated} diperbarui, {unchanged} tidak berubah.",
        "Import of {table} done: {new} new, {updated} updated, {unchanged} unchanged.",
    ),
    "impor.summary_nochange": (
        "Tidak ada perubahan: semua {unchanged} baris sudah sama dengan isi basis data.",
        "Nothing changed: all {unchanged} rows already match the store.",
    ),
    "impor.summary_same_file": (
        "Berkas yang sama (SHA-256) sudah pernah diimpor pada {when}.",
        "The same file (SHA-256) was imported before on {when}.",
    ),
    "impor.demo_ended": (
        "Ini impor pertama ke data demo: akun demo (camat, hr, lurah, admin, pegawai) dan tanda DATA DEMO "
        "dihapus. Buat akun sungguhan dengan `python -m dashboard users add`.",
        "This is the first import into the demo store: the demo accounts (camat, hr, lurah, admin, pegawai) and "
        "the DEMO DATA mark were removed. Create real accounts with `python -m dashboard users add`.",
    ),
    "impor.summary_created": (
        "Dibuat otomatis dari pemetaan: {units} unit, {services} layanan.",
        "Created from the mapping: {units} units, {services} services.",
    ),
    "impor.summary_rejected_file": (
        "{rejected} baris ditolak dan dicatat bersama alasannya di {path}.",
        "{rejected} rows were rejected and written with their reasons to {path}.",
    ),
    "impor.summary_failed": (
        "Impor {table} DITOLAK: {errors} masalah ditemukan; basis data tidak diubah.",
        "Import of {table} REJECTED: {errors} problems found; the store was not changed.",
    ),
    "impor.summary_more": ("… dan {n} masalah lainnya.", "… and {n} more problems."),
    "impor.problem_line": ("Baris {row}, kolom {column}: {message}", "Row {row}, column {column}: {message}"),
    "impor.file_level": ("berkas", "file"),
    "impor.locked": (
        "Basis data {db} sedang dipakai oleh dasbor yang berjalan. Gunakan halaman Impor Data di dasbor, "
        "atau hentikan dasbor lalu ulangi perintah ini.",
        "The store {db} is in use by the running dashboard. Use the Import page of the dashboard, "
        "or stop the dashboard and run this command again.",
    ),
    "impor.no_store": (
        "Basis data {db} belum ada. Buat dulu dengan: python -m dashboard init --db {db}",
        "The store {db} does not exist. Create it first: python -m dashboard init --db {db}",
    ),
    "impor.no_file": ("Berkas {path} tidak ditemukan.", "File {path} not found."),
    "impor.bad_format": (
        "Format berkas {path} tidak didukung: gunakan .csv atau .xlsx.",
        "Unsupported file type {path}: use .csv or .xlsx.",
    ),
    "impor.progress_read": ("Membaca berkas…", "Reading the file…"),
    "impor.progress_check": ("Memeriksa {rows} baris…", "Checking {rows} rows…"),
    "impor.progress_write": ("Menulis {done} dari {total} baris…", "Writing {done} of {total} rows…"),
    "impor.progress_done": ("Selesai.", "Done."),
    "impor.outcome_berhasil": ("berhasil", "done"),
    "impor.outcome_sebagian": ("sebagian (baris tidak sah disisihkan)", "partly (invalid rows set aside)"),
    "impor.outcome_ditolak": ("ditolak", "rejected"),
    "impor.templates_written": ("Templat ditulis ke {path}", "Templates written to {path}"),
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
    # ---- Impor Data page
    "impor.title": ("Impor Data", "Import data"),
    "impor.lead": (
        "Unggah berkas CSV atau XLSX, periksa hasil validasinya, lalu konfirmasi. Berkas yang memuat satu "
        "baris salah tidak mengubah apa pun, kecuali Anda memilih untuk menyisihkan baris yang salah. "
        "Untuk admin dan bagian kepegawaian.",
        "Upload a CSV or XLSX file, read its validation result, then confirm. A file with one wrong row "
        "changes nothing, unless you choose to set invalid rows aside. For admins and HR.",
    ),
    "impor.denied": (
        "Halaman ini hanya untuk admin dan bagian kepegawaian (HR). Silakan masuk dengan akun yang sesuai.",
        "This page is for admins and HR only. Please sign in with a suitable account.",
    ),
    "impor.table": ("Tabel tujuan", "Target table"),
    "impor.mapping": ("Pemetaan kolom (untuk sumber luar)", "Column mapping (for outside sources)"),
    "impor.no_mapping": ("Tanpa pemetaan: judul kolom sama dengan templat", "No mapping: headers as in the template"),
    "impor.file": ("Berkas CSV atau XLSX", "CSV or XLSX file"),
    "impor.templates": ("Templat", "Templates"),
    "impor.templates_lead": (
        "Unduh templat tabel terpilih: baris judul, satu baris contoh, dan lembar penjelasan tiap kolom.",
        "Download the template of the chosen table: header row, one example row, and a sheet explaining every column.",
    ),
    "impor.template_xlsx": ("Templat XLSX", "XLSX template"),
    "impor.template_csv": ("Templat CSV", "CSV template"),
    "impor.check": ("Hasil pemeriksaan", "Validation result"),
    "impor.rows": ("Baris data", "Data rows"),
    "impor.errors": ("Masalah", "Problems"),
    "impor.warnings": ("Peringatan", "Warnings"),
    "impor.valid": ("Semua baris sah. Siap diimpor.", "Every row is valid. Ready to import."),
    "impor.invalid": (
        "Ditemukan {n} masalah. Perbaiki berkas lalu unggah lagi, atau sisihkan baris yang salah.",
        "{n} problems found. Fix the file and upload it again, or set the invalid rows aside.",
    ),
    "impor.showing": ("Menampilkan {shown} dari {total} masalah.", "Showing {shown} of {total} problems."),
    "impor.row": ("Baris", "Row"),
    "impor.column": ("Kolom", "Column"),
    "impor.message": ("Masalah", "Problem"),
    "impor.severity": ("Jenis", "Kind"),
    "impor.sev_error": ("kesalahan", "error"),
    "impor.sev_warning": ("peringatan", "warning"),
    "impor.skip_invalid": (
        "Sisihkan baris yang salah dan impor sisanya",
        "Set invalid rows aside and import the rest",
    ),
    "impor.confirm": ("Impor sekarang", "Import now"),
    "impor.done": ("Impor selesai", "Import finished"),
    "impor.rejected_download": ("Unduh baris yang ditolak (CSV)", "Download the rejected rows (CSV)"),
    "impor.wait_file": ("Pilih tabel dan unggah berkas untuk memulai.", "Choose a table and upload a file to start."),
    "impor.footnote": (
        "Setiap impor dicatat (waktu, pengguna, berkas, SHA-256, jumlah baris) dan tampil di halaman Kualitas "
        "Data. Impor berlangsung dalam satu transaksi: pengguna lain melihat data lama sampai impor selesai.",
        "Every import is logged (time, user, file, SHA-256, row counts) and shown on the Data quality page. "
        "An import is one transaction: other users see the old data until it has finished.",
    ),
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
