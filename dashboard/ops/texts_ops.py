"""Texts of the operations features (Operasional page, inbox reports, e-mail digests): (Bahasa Indonesia, English)."""

TEXT = {
    # page
    "ops.nav_title": ("Operasional", "Operations"),
    "ops.lead": (
        "Impor otomatis dari folder, cadangan basis data, dan ringkasan e-mail: jadwalnya, hasil terakhirnya, "
        "dan tombol untuk menjalankannya sekarang.",
        "Automated imports from a folder, store backups and e-mail digests: their schedule, last results, "
        "and buttons to run them now.",
    ),
    "ops.jobs": ("Tugas terjadwal", "Scheduled jobs"),
    "ops.col_job": ("Tugas", "Job"),
    "ops.col_schedule": ("Jadwal", "Schedule"),
    "ops.col_next": ("Berikutnya", "Next run"),
    "ops.col_last": ("Terakhir", "Last run"),
    "ops.col_result": ("Hasil", "Result"),
    "ops.col_trigger": ("Dijalankan oleh", "Started by"),
    "ops.col_summary": ("Keterangan", "Details"),
    "ops.job_inbox": ("Impor dari kotak masuk", "Inbox import"),
    "ops.job_backup": ("Cadangan basis data", "Store backup"),
    "ops.job_digest_daily": ("Ringkasan harian (lurah, kepala seksi, pegawai)", "Daily digest (unit heads, employees)"),
    "ops.job_digest_weekly": ("Ringkasan mingguan (camat)", "Weekly digest (camat)"),
    "ops.job_smtp_test": ("Surel uji", "Test mail"),
    "ops.trigger_jadwal": ("jadwal", "schedule"),
    "ops.trigger_admin": ("admin", "admin"),
    "ops.trigger_cli": ("baris perintah", "command line"),
    "ops.ok": ("berhasil", "succeeded"),
    "ops.failed": ("gagal", "failed"),
    "ops.never": ("belum pernah", "never"),
    "ops.last_run": ("Terakhir {when}: {result}. {summary}", "Last run {when}: {result}. {summary}"),
    "ops.scheduler_off": (
        "Penjadwal tidak berjalan di proses ini (KINERJA_SCHEDULER=0): tugas hanya berjalan lewat tombol atau baris "
        "perintah.",
        "The scheduler is not running in this process (KINERJA_SCHEDULER=0): jobs run only from the buttons or the "
        "command line.",
    ),
    "ops.every_minute": ("setiap menit", "every minute"),
    "ops.every_seconds": ("setiap {n} detik", "every {n} seconds"),
    "ops.daily_at": ("setiap hari pukul {time}", "daily at {time}"),
    "ops.weekly_at": ("setiap {day} pukul {time}", "every {day} at {time}"),
    # backups
    "ops.backups": ("Cadangan", "Backups"),
    "ops.backup_now": ("Cadangkan sekarang", "Back up now"),
    "ops.backup_done": (
        "Cadangan dibuat dan terverifikasi: {name} ({size} MB).",
        "Backup written and verified: {name} ({size} MB).",
    ),
    "ops.backup_fail": ("Cadangan gagal: {reason}", "Backup failed: {reason}"),
    "ops.last_backup": ("Cadangan terakhir", "Last backup"),
    "ops.backup_size": ("Ukuran", "Size"),
    "ops.backup_verified": ("Terverifikasi", "Verified"),
    "ops.backup_folder": (
        "Folder cadangan: `{path}`; disimpan {keep} cadangan terbaru.",
        "Backup folder: `{path}`; the newest {keep} are kept.",
    ),
    "ops.col_file": ("Berkas", "File"),
    "ops.col_rows": ("Baris", "Rows"),
    "ops.col_time": ("Waktu", "Time"),
    "ops.col_message": ("Pesan", "Message"),
    "ops.yes": ("ya", "yes"),
    "ops.no": ("tidak", "no"),
    "ops.backup_none": (
        "Belum ada cadangan basis data. Buat sekarang di halaman Operasional.",
        "There is no backup of the store yet. Make one on the Operations page.",
    ),
    "ops.backup_failed": (
        "Cadangan terakhir gagal atau tidak terverifikasi. Periksa halaman Operasional.",
        "The last backup failed or did not verify. Check the Operations page.",
    ),
    "ops.backup_missing": (
        "Berkas cadangan terakhir tidak ditemukan lagi. Buat cadangan baru di halaman Operasional.",
        "The last backup file is gone. Make a new backup on the Operations page.",
    ),
    "ops.backup_old": (
        "Cadangan terakhir lebih tua dari satu hari: cadangan malam tidak berjalan. Periksa halaman Operasional.",
        "The last backup is more than a day old: the nightly backup did not run. Check the Operations page.",
    ),
    "ops.restore_title": ("Memulihkan dari cadangan", "Restoring from a backup"),
    "ops.restore_steps": (
        "1. Hentikan dasbor (`systemctl stop dasbor-kinerja` atau Ctrl+C).  \n"
        "2. `python -m dashboard restore {example} --db {db}`: cadangan diperiksa dulu, basis data lama disimpan "
        "sebagai `…sebelum-pulih-<waktu>`.  \n"
        "3. Jalankan dasbor lagi.",
        "1. Stop the dashboard (`systemctl stop dasbor-kinerja` or Ctrl+C).  \n"
        "2. `python -m dashboard restore {example} --db {db}`: the backup is checked first, the old store is kept "
        "as `…sebelum-pulih-<time>`.  \n"
        "3. Start the dashboard again.",
    ),
    # inbox
    "ops.inbox": ("Kotak masuk impor", "Import inbox"),
    "ops.inbox_lead": (
        "Letakkan berkas bernama tabelnya (mis. `service_logs-2026-11-28.csv`) di `{path}`. Berkas yang berhasil "
        "pindah ke `done/`, yang ditolak ke `refused/` dengan laporan per baris dan kolom. Pemetaan: sub-folder "
        "bernama pemetaan (mis. `{path}/boston311/`) atau berkas pendamping `<berkas>.mapping`.",
        "Drop a file named after its table (e.g. `service_logs-2026-11-28.csv`) in `{path}`. Imported files move "
        "to `done/`, refused ones to `refused/` with a report by row and column. Mappings: a sub-folder named "
        "after the mapping (e.g. `{path}/boston311/`) or a sidecar file `<file>.mapping`.",
    ),
    "ops.inbox_now": ("Periksa kotak masuk sekarang", "Check the inbox now"),
    "ops.inbox_user": ("Impor otomatis (kotak masuk)", "Automated import (inbox)"),
    "ops.inbox_empty": ("Tidak ada berkas baru.", "No new files."),
    "ops.inbox_summary": (
        "{ok} berkas diimpor, {refused} ditolak, {again} sudah pernah diimpor",
        "{ok} files imported, {refused} refused, {again} imported before",
    ),
    "ops.report_title": ("Laporan impor otomatis: {file}", "Automated import report: {file}"),
    "ops.report_counts": (
        "{rows} baris dibaca, {errors} masalah; tidak ada yang diimpor.",
        "{rows} rows read, {errors} problems; nothing was imported.",
    ),
    "ops.no_table": (
        "Nama berkas tidak diawali nama tabel ({tables}) dan tidak ada pemetaan.",
        "The file name does not start with a table name ({tables}) and no mapping is named.",
    ),
    "ops.already": (
        "Berkas yang sama persis sudah diimpor pada {when} ({file}); tidak diimpor lagi.",
        "The very same file was imported on {when} ({file}); not imported again.",
    ),
    # mail
    "ops.mail": ("E-mail ringkasan", "E-mail digests"),
    "ops.smtp_host": ("Server SMTP", "SMTP server"),
    "ops.smtp_port": ("Port", "Port"),
    "ops.smtp_starttls": ("STARTTLS", "STARTTLS"),
    "ops.smtp_user": ("Nama pengguna SMTP", "SMTP user name"),
    "ops.smtp_password": ("Kata sandi SMTP (kosongkan: tidak diubah)", "SMTP password (empty: unchanged)"),
    "ops.smtp_sender": ("Alamat pengirim", "Sender address"),
    "ops.smtp_save": ("Simpan pengaturan SMTP", "Save SMTP settings"),
    "ops.smtp_saved": ("Pengaturan SMTP disimpan.", "SMTP settings saved."),
    "ops.smtp_none": (
        "SMTP belum diatur: ringkasan ditulis sebagai berkas .eml di `{path}`.",
        "No SMTP server configured: digests are written as .eml files to `{path}`.",
    ),
    "ops.smtp_current": ("Terkirim lewat {host}:{port}.", "Sent through {host}:{port}."),
    "ops.test_to": ("Kirim uji ke", "Send a test to"),
    "ops.test_send": ("Kirim uji", "Send test"),
    "ops.send_daily": ("Kirim ringkasan harian sekarang", "Send the daily digest now"),
    "ops.send_weekly": ("Kirim ringkasan mingguan sekarang", "Send the weekly digest now"),
    "ops.mail_result": (
        "{sent} terkirim, {outbox} ke folder keluar, {failed} gagal.",
        "{sent} sent, {outbox} to the outbox, {failed} failed.",
    ),
    "ops.recent_mail": ("E-mail terakhir", "Recent e-mails"),
    "ops.col_recipient": ("Penerima", "Recipient"),
    "ops.col_subject": ("Perihal", "Subject"),
    "ops.col_delivered": ("Pengiriman", "Delivery"),
    "ops.col_kind": ("Jenis", "Kind"),
    "ops.footnote": (
        "Tugas berjalan di dalam proses dasbor (satu penjadwal per proses). Saat dasbor berhenti, jalankan lewat "
        "baris perintah: `python -m dashboard backup|restore|digest|smtp`.",
        "Jobs run inside the dashboard process (one scheduler per process). While the dashboard is stopped, run "
        "them from the command line: `python -m dashboard backup|restore|digest|smtp`.",
    ),
    # e-mail texts
    "ops.mail_footer": (
        "-- \nDasbor Kinerja Gajahmungkur. E-mail ini dikirim otomatis; rinciannya ada di dasbor.",
        "-- \nDasbor Kinerja Gajahmungkur. This e-mail was sent automatically; the details are in the dashboard.",
    ),
    "ops.mail_greeting": ("Yth. {name},", "Dear {name},"),
    "ops.mail_daily_subject": ("Ringkasan harian {unit}, {day}", "Daily digest {unit}, {day}"),
    "ops.mail_daily_intro": (
        "Berikut permohonan {unit} yang masih terbuka dan mendekati atau melewati standar pelayanan, serta tindak "
        "lanjut rapat yang jatuh tempo (per {day}).",
        "Here are the open requests of {unit} near or past their service standard, and the meeting follow-ups "
        "falling due (as of {day}).",
    ),
    "ops.mail_past": ("Melewati standar pelayanan ({n}):", "Past the service standard ({n}):"),
    "ops.mail_near": ("Mendekati standar pelayanan ({n}):", "Near the service standard ({n}):"),
    "ops.mail_request_line": (
        "- {request} · {service} · masuk {received} · sudah {age} (standar {standard})",
        "- {request} · {service} · received {received} · open {age} (standard {standard})",
    ),
    "ops.mail_followups": ("Tindak lanjut rapat yang jatuh tempo ({n}):", "Meeting follow-ups falling due ({n}):"),
    "ops.mail_followup_line": ("- {action} · tenggat {due}{late}", "- {action} · due {due}{late}"),
    "ops.mail_overdue": ("TERLAMBAT", "OVERDUE"),
    "ops.mail_reminder_subject": (
        "Pengingat: tanggapan atas penilaian {semester} ditutup {day}",
        "Reminder: responses to the {semester} appraisal close on {day}",
    ),
    "ops.mail_reminder": (
        "Penilaian kinerja Anda untuk {semester} belum Anda tanggapi. Tanggapan masih dapat diisi di halaman "
        "Kinerja Saya sampai {day}.",
        "You have not responded to your performance appraisal for {semester} yet. You can still respond on the "
        "My Performance page until {day}.",
    ),
    "ops.mail_weekly_subject": (
        "Ringkasan mingguan kinerja, {semester} (per {day})",
        "Weekly performance digest, {semester} (as of {day})",
    ),
    "ops.mail_weekly_intro": (
        "Terlampir Laporan Kinerja Unit {semester} (seluruh unit kerja). Yang perlu perhatian minggu ini:",
        "Attached is the unit performance report for {semester} (all units). What needs attention this week:",
    ),
    "ops.mail_attention": ("Perlu perhatian:", "Needs attention:"),
    "ops.mail_attention_none": ("Tidak ada yang perlu perhatian khusus.", "Nothing needs special attention."),
    "ops.mail_test_subject": ("Surel uji Dasbor Kinerja Gajahmungkur", "Test mail from Dasbor Kinerja Gajahmungkur"),
    "ops.mail_test_body": (
        "Pengaturan SMTP berfungsi: ringkasan e-mail akan terkirim lewat server ini.",
        "The SMTP settings work: e-mail digests will be sent through this server.",
    ),
    "ops.delivered_smtp": ("terkirim (SMTP)", "sent (SMTP)"),
    "ops.delivered_outbox": ("folder keluar (.eml)", "outbox (.eml)"),
    "ops.delivered_gagal": ("gagal", "failed"),
    "ops.contact_title": ("Alamat e-mail akun", "Accounts' e-mail addresses"),
    "ops.contact_email": ("Alamat e-mail", "E-mail address"),
    "ops.contact_opt_in": (
        "Pegawai: kirim pengingat sebelum batas tanggapan penilaian",
        "Employee: send a reminder before an appraisal's response window closes",
    ),
    "ops.contact_save": ("Simpan alamat", "Save address"),
    "ops.schedule_title": ("Jadwal", "Schedule"),
    "ops.schedule_backup": ("Cadangan malam, pukul", "Nightly backup, at"),
    "ops.schedule_keep": ("Jumlah cadangan disimpan", "Backups kept"),
    "ops.schedule_daily": ("Ringkasan harian, pukul", "Daily digest, at"),
    "ops.schedule_weekly_day": ("Ringkasan mingguan, hari", "Weekly digest, day"),
    "ops.schedule_weekly_time": ("Ringkasan mingguan, pukul", "Weekly digest, at"),
    "ops.schedule_save": ("Simpan jadwal", "Save schedule"),
    "ops.schedule_saved": ("Jadwal disimpan.", "Schedule saved."),
}
