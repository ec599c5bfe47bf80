"""Texts of sign-in, sign-out, refusals and the admin pages (users, audit trail)."""

TEXT = {
    "auth.sign_in": ("Masuk", "Sign in"),
    "auth.sign_in_lead": (
        "Masuk untuk membuka halaman camat, kepegawaian, dan administrasi. Halaman publik terbuka tanpa masuk.",
        "Sign in to open the camat, HR and administration pages. Public pages are open without signing in.",
    ),
    "auth.username": ("Nama pengguna", "User name"),
    "auth.password": ("Kata sandi", "Password"),
    "auth.submit": ("Masuk", "Sign in"),
    "auth.sign_out": ("Keluar", "Sign out"),
    "auth.signed_in_as": ("Masuk sebagai **{name}** ({role})", "Signed in as **{name}** ({role})"),
    "auth.invalid": ("Nama pengguna atau kata sandi salah.", "Wrong user name or password."),
    "auth.locked": (
        "Terlalu banyak percobaan gagal. Akun ini dikunci sementara; coba lagi setelah pukul {until}.",
        "Too many failed attempts. This account is locked for a while; try again after {until}.",
    ),
    "auth.denied": (
        "Anda tidak berhak membuka data ini. Percobaan ini dicatat.",
        "You may not open this data. The attempt has been recorded.",
    ),
    "auth.idle": (
        "Sesi Anda berakhir karena tidak ada aktivitas. Silakan masuk kembali.",
        "Your session ended after a period of inactivity. Please sign in again.",
    ),
    "auth.demo_accounts": (
        "Akun demo: camat, hr, lurah (Bendan Ngisor), admin, pegawai — kata sandi tercantum di README.",
        "Demo accounts: camat, hr, lurah (Bendan Ngisor), admin, pegawai — passwords are in the README.",
    ),
    "auth.role_public": ("publik", "public"),
    "auth.role_pegawai": ("pegawai", "employee"),
    "auth.role_lurah": ("kepala unit", "unit head"),
    "auth.role_camat": ("camat", "camat"),
    "auth.role_hr": ("kepegawaian", "HR"),
    "auth.role_admin": ("admin", "admin"),
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
    "users.password_new": ("Kata sandi awal (min. 8 karakter)", "Initial password (min. 8 characters)"),
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
