"""Texts of the Tentang Data page (about the data)."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- Tentang Data
    "about.title": ("Tentang Data", "About the data"),
    "about.lead": (
        "Apa isi basis data kinerja: jumlah baris dan rentang tanggal tiap tabel, kamus data untuk impor, "
        "standar pelayanan, dan peristiwa kebijakan. Untuk semua pengguna.",
        "What the performance store holds: row counts and date ranges per table, the data dictionary for "
        "imports, the service standards and the policy events. For every user.",
    ),
    "about.tables": ("Isi basis data", "What the store holds"),
    "about.table": ("Tabel", "Table"),
    "about.summary": (
        "Basis data berisi {logs} permohonan layanan yang diterima {first} s.d. {last}, dan {employees} pegawai.",
        "The store holds {logs} service requests received {first} to {last}, and {employees} employees.",
    ),
    "about.rows": ("Jumlah baris", "Rows"),
    "about.first": ("Data pertama", "First record"),
    "about.last": ("Data terakhir", "Last record"),
    "about.what": ("Isi", "Contents"),
    "about.dictionary": ("Kamus data (kontrak impor)", "Data dictionary (import contract)"),
    "about.dictionary_lead": (
        "Nama tabel dan kolom berikut adalah kontrak untuk impor dan untuk siapa pun yang membaca basis data.",
        "These table and column names are the contract for imports and for anyone querying the store.",
    ),
    "about.column": ("Kolom", "Column"),
    "about.type": ("Tipe", "Type"),
    "about.required": ("Wajib", "Required"),
    "about.meaning": ("Arti", "Meaning"),
    "about.yes": ("ya", "yes"),
    "about.no": ("tidak", "no"),
    "about.standards": ("Standar pelayanan", "Service standards"),
    "about.service": ("Layanan", "Service"),
    "about.category": ("Kategori", "Category"),
    "about.standard": ("Standar (waktu kerja)", "Standard (working time)"),
    "about.fee": ("Biaya", "Fee"),
    "about.free": ("gratis", "free"),
    "about.no_standard": ("belum ditetapkan", "not set"),
    "about.events": ("Peristiwa kebijakan", "Policy events"),
    "about.event_date": ("Tanggal", "Date"),
    "about.calendar": ("Kalender kerja", "Working calendar"),
    "about.calendar_text": (
        "Waktu kerja dihitung hanya pada jam kantor {hours} ({days}), tanpa akhir pekan, libur nasional, "
        "dan cuti bersama (sumber: paket holidays). Tahun {year}: {working} hari kerja, {public} libur "
        "nasional dan {joint} hari cuti bersama pada hari kerja.",
        "Working time counts only office hours {hours} ({days}), skipping weekends, national holidays "
        "and cuti bersama (source: the holidays package). Year {year}: {working} working days, {public} "
        "national holidays and {joint} cuti bersama days on weekdays.",
    ),
    "about.holidays_of_year": ("Hari libur tahun {year}", "Holidays in {year}"),
    "about.holiday": ("Hari libur", "Holiday"),
    "about.holiday_kind": ("Jenis", "Kind"),
    "about.kind_public": ("Libur nasional", "National holiday"),
    "about.kind_cuti_bersama": ("Cuti bersama", "Cuti bersama"),
    "about.rules": ("Aturan perhitungan", "How figures are computed"),
    "about.rules_text": (
        "- **Capaian SKP**: Perka BKN 1/2013 (kuantitas, kualitas, waktu, biaya; makro `capaian_aspek`).\n"
        "- **Predikat kinerja**: matriks PermenPANRB 6/2022 (makro `predikat_kinerja`).\n"
        "- **Kurva distribusi**: SE MenPANRB 03/2023 (tabel `kurva_bounds`).\n"
        "- **IKM**: PermenPANRB 14/2017, bobot tepat 1/9 (makro `nilai_ikm`, `mutu_ikm`).\n"
        "- **Waktu proses**: waktu kerja menurut kalender kerja di atas; median dan persentil ke-90.",
        "- **SKP achievement**: Perka BKN 1/2013 (quantity, quality, time, cost; macro `capaian_aspek`).\n"
        "- **Performance rating**: PermenPANRB 6/2022 matrix (macro `predikat_kinerja`).\n"
        "- **Distribution curve**: SE MenPANRB 03/2023 (table `kurva_bounds`).\n"
        "- **IKM**: PermenPANRB 14/2017, exact weight 1/9 (macros `nilai_ikm`, `mutu_ikm`).\n"
        "- **Processing time**: working time on the calendar above; medians and 90th percentiles.",
    ),
    "about.footnote": (
        "Data per {date}. Tabel kalender dan aturan dibuat otomatis saat basis data disiapkan.",
        "Data as of {date}. The calendar and rule tables are created when the store is initialised.",
    ),
}
