"""Texts of sign-in, sign-out, password change, refusals and role names."""

TEXT: dict[str, tuple[str, str]] = {
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
    "auth.wait": (
        "Terlalu banyak percobaan gagal. Coba lagi setelah pukul {until}.",
        "Too many failed attempts. Try again after {until}.",
    ),
    "auth.otp_expired": (
        "Kata sandi sekali pakai ini sudah kedaluwarsa. Mintalah kata sandi baru kepada admin.",
        "This one-time password has expired. Ask the admin for a new one.",
    ),
    "auth.no_store": (
        "Data belum tersedia ({path} tidak ditemukan). Admin: buat data dengan `python -m dashboard init` "
        "lalu impor, atau jalankan demo dengan KINERJA_DEMO=1.",
        "No data yet ({path} not found). Admin: create a store with `python -m dashboard init` and import, "
        "or run the demo with KINERJA_DEMO=1.",
    ),
    "auth.demo_store_refused": (
        "Data ini adalah data demo dan hanya disajikan dalam mode demo (KINERJA_DEMO=1).",
        "This store holds demo data and is served only in demo mode (KINERJA_DEMO=1).",
    ),
    "auth.pw_short": ("Kata sandi minimal 10 karakter.", "The password needs at least 10 characters."),
    "auth.pw_repetitive": (
        "Kata sandi terlalu berulang; gunakan sedikitnya 5 karakter yang berbeda.",
        "The password is too repetitive; use at least 5 different characters.",
    ),
    "auth.pw_common": (
        "Kata sandi ini terlalu umum; pilih yang lain.",
        "This password is too common; choose another.",
    ),
    "auth.pw_username": (
        "Kata sandi tidak boleh memuat nama pengguna.",
        "The password may not contain the user name.",
    ),
    "auth.pw_same": (
        "Kata sandi baru harus berbeda dari yang lama.",
        "The new password must differ from the current one.",
    ),
    "auth.pw_mismatch": ("Kedua kata sandi baru tidak sama.", "The two new passwords differ."),
    "auth.pw_wrong_current": ("Kata sandi saat ini salah.", "The current password is wrong."),
    "auth.pw_title": ("Ganti Kata Sandi", "Change password"),
    "auth.pw_lead": (
        "Kata sandi minimal 10 karakter, tidak umum dan tidak memuat nama pengguna. Setelah diganti, sesi Anda "
        "di peramban lain berakhir.",
        "At least 10 characters, not a common password and not containing the user name. After the change, "
        "your sessions in other browsers end.",
    ),
    "auth.pw_must": (
        "Anda masuk dengan kata sandi sekali pakai. Gantilah sekarang untuk membuka halaman lain.",
        "You signed in with a one-time password. Change it now to open the other pages.",
    ),
    "auth.pw_current": ("Kata sandi saat ini", "Current password"),
    "auth.pw_new": ("Kata sandi baru", "New password"),
    "auth.pw_repeat": ("Ulangi kata sandi baru", "Repeat the new password"),
    "auth.pw_submit": ("Simpan kata sandi", "Save password"),
    "auth.pw_done": ("Kata sandi diganti.", "Password changed."),
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
}
