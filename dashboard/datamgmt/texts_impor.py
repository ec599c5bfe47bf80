"""Texts of the import: the importer's validation messages and summaries (CLI and page), and the Impor Data page."""

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
}
