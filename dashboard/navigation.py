"""The product's pages, importable without running the app (tests and the benchmark read it)."""

# The product's pages: (navigation section, script, title text key, icon, URL path).
# Page scripts live in their feature folders, never in a folder named pages/: with one, Streamlit falls
# back to its legacy multipage mode and serves each page's URL without app.py (and
# without its access checks). tests/test_access.py guards this. auth.PAGE_ROLES says who may
# open each one; app.py builds the menu from both.
PAGES = [
    ("self.nav", "pegawai/kinerja_saya.py", "self.title", ":material/person:", "kinerja-saya"),
    ("nav.camat", "camat/ringkasan_kinerja.py", "camat.overview_title", ":material/dashboard:", "ringkasan-kinerja"),
    ("nav.camat", "camat/perbandingan_unit.py", "camat.compare_title", ":material/balance:", "perbandingan-unit"),
    ("nav.camat", "camat/detail_unit.py", "camat.detail_title", ":material/apartment:", "detail-unit"),
    ("nav.camat", "camat/tindak_lanjut.py", "camat.followup_title", ":material/task_alt:", "tindak-lanjut"),
    ("nav.services", "speed/kecepatan_layanan.py", "speed.title", ":material/timer:", "kecepatan-layanan"),
    ("nav.hr", "pegawai/cari_pegawai.py", "hr.search_title", ":material/person_search:", "cari-pegawai"),
    ("nav.hr", "pegawai/rekam_pegawai.py", "hr.record_title", ":material/badge:", "rekam-pegawai"),
    ("nav.public", "public/forum_publik.py", "public.title", ":material/co_present:", "forum-publik"),
    ("nav.data", "datamgmt/tentang_data.py", "about.title", ":material/menu_book:", "tentang-data"),
    ("nav.data", "pegawai/panduan_evaluasi.py", "guide.title", ":material/school:", "panduan-evaluasi"),
    ("nav.data", "datamgmt/impor_data.py", "impor.title", ":material/upload_file:", "impor-data"),
    ("nav.data", "datamgmt/kualitas_data.py", "kual.title", ":material/fact_check:", "kualitas-data"),
    ("nav.account", "access/pengguna.py", "users.title", ":material/admin_panel_settings:", "pengguna"),
    ("nav.account", "access/ganti_sandi.py", "auth.pw_title", ":material/key:", "ganti-sandi"),
    ("nav.account", "ops/operasional.py", "ops.nav_title", ":material/settings_suggest:", "operasional"),
    ("nav.account", "access/masuk.py", "auth.sign_in", ":material/login:", "masuk"),
]

#: Pages whose first screen draws a chart (with data on the demo store): a new browser document opening one
#: starts loading the chart library at once (app.py, ui.chart_library); the browser tests expect a chart there.
CHART_PAGES = frozenset({"ringkasan-kinerja", "perbandingan-unit", "detail-unit", "kecepatan-layanan"})
#: Pages on which the chart library starts loading (ui.chart_library): those above, and the sign-in page, whose
#: next page, the role's home page, opens in the same browser document while the password is typed.
WARM_CHARTS = CHART_PAGES | {"masuk"}
