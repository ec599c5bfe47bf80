"""The import contract: what each table and column of the store means, in ID and EN.

Types, keys and required-ness come from the schema itself (data/schema/, read back
through duckdb_columns), so this module holds only what the schema cannot say.
"""

from __future__ import annotations

# table -> (description id, description en)
TABLES: dict[str, tuple[str, str]] = {
    "units": (
        "Unit kerja: kecamatan, sekretariat, seksi, kelurahan",
        "Units: district, secretariat, sections, kelurahan",
    ),
    "employees": ("Pegawai (ASN) dan penempatannya", "Employees (ASN) and their posting"),
    "postings": (
        "Penempatan pegawai dari waktu ke waktu (mutasi): satu baris per penempatan",
        "Employee postings over time (transfers): one row per posting",
    ),
    "services": ("Katalog layanan dan standar pelayanannya", "Service catalogue and service standards"),
    "service_logs": ("Log permohonan layanan", "Service request log"),
    "skp_targets": ("Target dan realisasi SKP", "SKP targets and realisation"),
    "appraisals": ("Penilaian kinerja per semester", "Appraisals per half-year"),
    "survey_responses": ("Jawaban survei kepuasan masyarakat", "Citizen satisfaction survey answers"),
    "org_ratings": ("Predikat kinerja organisasi per semester", "Organisation rating per half-year"),
    "policy_events": ("Peristiwa kebijakan", "Policy events"),
}

_U = "Unsur {n} survei (1-4): {id}"
_UE = "Survey element {n} (1-4): {en}"
IKM_ELEMENTS: tuple[tuple[str, str], ...] = (
    ("persyaratan", "requirements"),
    ("sistem, mekanisme dan prosedur", "system, mechanism and procedure"),
    ("waktu penyelesaian", "completion time"),
    ("biaya/tarif", "cost/fee"),
    ("produk spesifikasi jenis pelayanan", "service product"),
    ("kompetensi pelaksana", "staff competence"),
    ("perilaku pelaksana", "staff behaviour"),
    ("sarana dan prasarana", "facilities"),
    ("penanganan pengaduan, saran dan masukan", "handling of complaints and suggestions"),
)

# (table, column) -> (meaning id, meaning en)
COLUMNS: dict[tuple[str, str], tuple[str, str]] = {
    ("units", "unit_id"): (
        "Kode unit (kelurahan: kode Kemendagri, mis. 33.74.09.1001)",
        "Unit code (kelurahan: Kemendagri code)",
    ),
    ("units", "name"): ("Nama unit", "Unit name"),
    ("units", "kind"): (
        "Jenis: kecamatan, sekretariat, seksi, kelurahan",
        "Kind: kecamatan, sekretariat, seksi, kelurahan",
    ),
    ("units", "parent_id"): ("Kode unit induk (kosong untuk kecamatan)", "Parent unit code (empty for the district)"),
    ("employees", "nip"): (
        "NIP 18 digit: tanggal lahir (8), TMT CPNS tahun-bulan (6), jenis kelamin 1/2 (1), nomor urut (3)",
        "18-digit NIP: birth date (8), start of service year-month (6), sex 1/2 (1), sequence (3)",
    ),
    ("employees", "name"): ("Nama lengkap dengan gelar", "Full name with titles"),
    ("employees", "unit_id"): (
        "Kode unit penempatan (mutasi berikutnya diimpor lewat tabel postings)",
        "Unit of posting (later transfers are imported through the postings table)",
    ),
    ("employees", "position"): ("Jabatan", "Position"),
    ("employees", "position_kind"): ("Jenis jabatan: struktural, fungsional, pelaksana", "Position kind"),
    ("employees", "grade"): ("Golongan/ruang, mis. III/a", "Grade, e.g. III/a"),
    ("employees", "start_date"): ("Mulai bertugas di unit", "Start at the unit"),
    ("employees", "end_date"): ("Akhir bertugas (kosong bila masih aktif)", "End at the unit (empty while active)"),
    ("postings", "nip"): ("NIP pegawai", "Employee NIP"),
    ("postings", "unit_id"): ("Kode unit penempatan", "Unit of the posting"),
    ("postings", "valid_from"): (
        "Mulai bertugas di unit ini (TMT mutasi); penempatan sebelumnya ditutup sehari sebelumnya",
        "Start at this unit (date of transfer); the posting before it ends the day before",
    ),
    ("postings", "valid_to"): (
        "Hari terakhir di unit ini (kosong bila masih bertugas di sana)",
        "Last day at this unit (empty while still there)",
    ),
    ("services", "service_id"): ("Kode layanan", "Service code"),
    ("services", "name"): ("Nama layanan", "Service name"),
    ("services", "category"): ("Kategori layanan", "Service category"),
    ("services", "standard_minutes"): (
        "Standar waktu pelayanan dalam menit kerja (1 hari kerja = jam kantor sehari, mis. 480 untuk 08.00-16.00)",
        "Service standard in working minutes (1 working day = the office hours of a day, e.g. 480 for 08:00-16:00)",
    ),
    ("services", "fee"): ("Biaya/tarif (Rp)", "Fee (IDR)"),
    ("service_logs", "request_id"): ("Nomor permohonan", "Request number"),
    ("service_logs", "service_id"): ("Kode layanan", "Service code"),
    ("service_logs", "unit_id"): ("Unit yang melayani", "Unit serving the request"),
    ("service_logs", "handled_by"): ("NIP petugas (boleh kosong)", "Handler's NIP (may be empty)"),
    ("service_logs", "channel"): (
        "Kanal: loket, online, jemput_bola (boleh kosong)",
        "Channel: loket, online, jemput_bola",
    ),
    ("service_logs", "received_at"): ("Waktu permohonan diterima", "Received at"),
    ("service_logs", "completed_at"): ("Waktu selesai (kosong bila masih diproses)", "Completed at (empty while open)"),
    ("service_logs", "due_at"): (
        "Tenggat permohonan ini, bila sistem sumber menetapkannya",
        "This request's own deadline, if set",
    ),
    ("service_logs", "status"): ("Status: selesai, proses, ditolak, batal", "Status: selesai, proses, ditolak, batal"),
    ("service_logs", "rework_count"): (
        "Berapa kali berkas dikembalikan untuk perbaikan",
        "Times returned for correction",
    ),
    ("skp_targets", "target_id"): ("Kode target", "Target code"),
    ("skp_targets", "nip"): ("NIP pegawai", "Employee NIP"),
    ("skp_targets", "period"): ("Semester, mis. 2025-S1", "Half-year, e.g. 2025-S1"),
    ("skp_targets", "indicator"): ("Indikator kinerja", "Performance indicator"),
    ("skp_targets", "aspect"): ("Aspek: kuantitas, kualitas, waktu, biaya", "Aspect: quantity, quality, time, cost"),
    ("skp_targets", "target_value"): ("Nilai target (> 0)", "Target value (> 0)"),
    ("skp_targets", "measure_unit"): ("Satuan, mis. dokumen, %, bulan", "Unit of measure"),
    ("skp_targets", "realization_value"): (
        "Realisasi (kosong sampai dievaluasi)",
        "Realisation (empty until evaluated)",
    ),
    ("skp_targets", "evidence"): ("Bukti dukung", "Evidence"),
    ("skp_targets", "source_metric"): (
        "Metrik yang dihitung dari log layanan (lihat daftar metrik)",
        "Metric computed from the service logs (see the metric list)",
    ),
    ("skp_targets", "source_service_id"): (
        "Batasi metrik pada satu layanan (opsional)",
        "Restrict the metric to one service",
    ),
    ("appraisals", "nip"): ("NIP pegawai yang dinilai", "Appraised employee's NIP"),
    ("appraisals", "period"): ("Semester", "Half-year"),
    ("appraisals", "rating_results"): ("Hasil kerja: di_atas, sesuai, di_bawah ekspektasi", "Work results rating"),
    ("appraisals", "rating_behaviour"): (
        "Perilaku kerja (BerAKHLAK): di_atas, sesuai, di_bawah",
        "Work behaviour rating",
    ),
    ("appraisals", "appraiser_nip"): ("NIP pejabat penilai", "Appraiser's NIP"),
    ("appraisals", "feedback"): ("Umpan balik", "Feedback"),
    ("appraisals", "recommendation"): ("Rekomendasi", "Recommendation"),
    ("appraisals", "appraised_on"): ("Tanggal penilaian", "Date of appraisal"),
    ("appraisals", "predikat_recorded"): (
        "Predikat yang tercatat di sistem sumber (dibandingkan dengan matriks)",
        "Rating recorded by the source system (checked against the matrix)",
    ),
    ("survey_responses", "response_id"): ("Nomor responden", "Response number"),
    ("survey_responses", "unit_id"): ("Unit yang dinilai", "Unit rated"),
    ("survey_responses", "service_id"): ("Layanan yang diterima (opsional)", "Service received (optional)"),
    ("survey_responses", "responded_on"): ("Tanggal pengisian", "Date answered"),
    **{
        ("survey_responses", f"u{i}"): (_U.format(n=i, id=e_id), _UE.format(n=i, en=e_en))
        for i, (e_id, e_en) in enumerate(IKM_ELEMENTS, start=1)
    },
    ("org_ratings", "unit_id"): ("Unit", "Unit"),
    ("org_ratings", "period"): ("Semester", "Half-year"),
    ("org_ratings", "predikat"): (
        "Predikat organisasi: istimewa, baik, butuh_perbaikan, kurang, sangat_kurang",
        "Organisation rating",
    ),
    ("policy_events", "event_date"): ("Tanggal peristiwa", "Event date"),
    ("policy_events", "label"): ("Nama peristiwa", "Event label"),
    ("policy_events", "description"): ("Keterangan", "Description"),
}
