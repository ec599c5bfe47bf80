"""Texts of the menu sections (dashboard/navigation.py)."""

TEXT: dict[str, tuple[str, str]] = {
    "nav.camat": ("Camat", "Camat"),
    "nav.services": ("Layanan", "Services"),
    "nav.hr": ("Kepegawaian", "Human resources"),
    "nav.public": ("Publik", "Public"),
    "nav.data": ("Data", "Data"),
    "nav.account": ("Akun", "Account"),
}
