"""Texts of the admin page Pengguna & Jejak Audit (users, audit trail)."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- admin page
    "users.title": ("Pengguna & Jejak Audit", "Users & audit trail"),
    "users.lead": (
        "Untuk admin: akun pengguna dan perannya, serta jejak audit siapa masuk, membuka rekam individu, "
        "mengunduh, dan mengimpor apa.",
        "For the admin: user accounts and their roles, and the audit trail of who signed in, opened individual "
        "records, downloaded and imported what.",
    ),
    "users.accounts": ("Akun", "Accounts"),
    "users.add": ("Tambah akun", "Add an account"),
    "users.role": ("Peran", "Role"),
    "users.unit": ("Unit (untuk kepala unit)", "Unit (for unit heads)"),
    "users.nip": ("NIP (untuk pegawai)", "NIP (for employees)"),
    "users.display_name": ("Nama tampilan", "Display name"),
    "users.password_new": (
        "Kata sandi sekali pakai (min. 10 karakter; diganti saat pertama masuk)",
        "One-time password (min. 10 characters; changed at the first sign-in)",
    ),
    "users.created": ("Akun {username} dibuat.", "Account {username} created."),
    "users.failed": ("Akun tidak dapat dibuat: {reason}", "The account could not be created: {reason}"),
    "users.disable": ("Nonaktifkan akun", "Disable account"),
    "users.enable": ("Aktifkan akun", "Enable account"),
    "users.pick": ("Pilih akun", "Choose an account"),
    "users.changed": ("Akun {username} diperbarui.", "Account {username} updated."),
    "users.reset": ("Atur ulang kata sandi", "Reset password"),
    "users.col_username": ("Nama pengguna", "User name"),
    "users.col_name": ("Nama", "Name"),
    "users.col_role": ("Peran", "Role"),
    "users.col_unit": ("Unit", "Unit"),
    "users.col_active": ("Aktif", "Active"),
    "users.col_created": ("Dibuat", "Created"),
    "users.audit": ("Jejak audit", "Audit trail"),
    "users.audit_filter_user": ("Pengguna", "User"),
    "users.audit_filter_action": ("Tindakan", "Action"),
    "users.all": ("Semua", "All"),
    "users.col_time": ("Waktu", "Time"),
    "users.col_action": ("Tindakan", "Action"),
    "users.col_target": ("Sasaran", "Target"),
    "users.col_detail": ("Rincian", "Detail"),
    "users.footnote": (
        "Kata sandi disimpan sebagai hash argon2id, tidak pernah dalam teks asli. Jejak audit hanya ditambah, "
        "tidak pernah diubah.",
        "Passwords are stored as argon2id hashes, never in clear text. The audit trail is only appended to, "
        "never changed.",
    ),
}
