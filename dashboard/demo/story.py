"""The demo store's story: units, services, staffing plan, policy dates, periods and texts.

Plain constants (and the ``Post`` record) that the generators in ``dashboard.demo`` draw
from; ``dashboard.demo.build`` describes the stories they tell.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np

# ---------------------------------------------------------------- public constants

KECAMATAN = "33.74.09"
SEKRETARIAT = "33.74.09.SEK"
SEKSI_PEMERINTAHAN = "33.74.09.PEM"
SEKSI_PELAYANAN = "33.74.09.PEL"
SEKSI_KESOS = "33.74.09.KES"
SEKSI_TRANTIB = "33.74.09.TRA"
SEKSI_PEMBERDAYAAN = "33.74.09.PMB"

#: The camat of Kecamatan Gajahmungkur (born 15 Apr 1976, TMT CPNS Dec 2000, male).
CAMAT_NIP = "197604152000121001"
#: Kelurahan Bendan Ngisor: the one unit that does not get faster after the policy.
LAGGING_UNIT = "33.74.09.1003"

POLICY_DATE = dt.date(2024, 7, 1)
ONLINE_DATE = dt.date(2025, 1, 2)
FIRST_DAY = dt.date(2023, 1, 1)
LAST_DAY = dt.date(2026, 11, 27)
#: "Today" of the demo data: the day after the last day with service logs.
AS_OF = dt.date(2026, 11, 28)
DEFAULT_LOGS = 150_000

PERIODS = tuple(f"{year}-S{half}" for year in range(2023, 2027) for half in (1, 2))
#: Semesters with appraisals and SKP realisations; the last one (2026-S2) is still running.
APPRAISED_PERIODS = PERIODS[:-1]
RUNNING_PERIOD = PERIODS[-1]

# ---------------------------------------------------------------- units and services

# (code suffix, name, population used as the demand weight, number of front-line staff)
KELURAHAN = (
    ("1001", "Karangrejo", 6400, 4),
    ("1002", "Bendan Dhuwur", 5300, 4),
    ("1003", "Bendan Ngisor", 4600, 4),
    ("1004", "Sampangan", 8000, 5),
    ("1005", "Gajahmungkur", 8600, 5),
    ("1006", "Lempongsari", 7400, 5),
    ("1007", "Petompon", 6800, 4),
    ("1008", "Bendungan", 3300, 3),
)
KELURAHAN_IDS = tuple(f"{KECAMATAN}.{code}" for code, _, _, _ in KELURAHAN)

UNITS = (
    (KECAMATAN, "Kecamatan Gajahmungkur", "kecamatan", None),
    (SEKRETARIAT, "Sekretariat Kecamatan", "sekretariat", KECAMATAN),
    (SEKSI_PEMERINTAHAN, "Seksi Pemerintahan", "seksi", KECAMATAN),
    (SEKSI_PELAYANAN, "Seksi Pelayanan", "seksi", KECAMATAN),
    (SEKSI_KESOS, "Seksi Kesejahteraan Sosial", "seksi", KECAMATAN),
    (SEKSI_TRANTIB, "Seksi Ketenteraman dan Ketertiban Umum", "seksi", KECAMATAN),
    (SEKSI_PEMBERDAYAAN, "Seksi Pemberdayaan Masyarakat", "seksi", KECAMATAN),
) + tuple((f"{KECAMATAN}.{code}", f"Kelurahan {name}", "kelurahan", KECAMATAN) for code, name, _, _ in KELURAHAN)
UNIT_NAMES = {unit_id: name for unit_id, name, _, _ in UNITS}

# (service_id, name, category, standard in working minutes); fees are all 0: Indonesian
# administrative letters are free of charge.
SERVICES = (
    ("L01", "Surat Pengantar KTP-el", "Administrasi Kependudukan", 30),
    ("L02", "Surat Pengantar Kartu Keluarga", "Administrasi Kependudukan", 30),
    ("L03", "Rekomendasi Akta Kelahiran", "Administrasi Kependudukan", 60),
    ("L04", "Surat Keterangan Pindah", "Administrasi Kependudukan", 60),
    ("L05", "Surat Keterangan Tidak Mampu (SKTM)", "Kesejahteraan Sosial", 60),
    ("L06", "Legalisasi Dokumen", "Legalisasi", 120),
    ("L07", "Surat Keterangan Ahli Waris", "Pertanahan", 1440),
    ("L08", "Surat Keterangan Domisili Usaha", "Perizinan", 60),
    ("L09", "Rekomendasi Izin Keramaian", "Perizinan", 480),
    ("L10", "Dispensasi Nikah", "Administrasi Kependudukan", 240),
    ("L11", "Surat Keterangan Belum Menikah", "Administrasi Kependudukan", 30),
    ("L12", "Surat Keterangan Kematian", "Administrasi Kependudukan", 45),
    ("L13", "Surat Keterangan Riwayat Tanah", "Pertanahan", 1440),
    ("L14", "Surat Pengantar SKCK", "Administrasi Kependudukan", 30),
)
SERVICE_IDS = tuple(s[0] for s in SERVICES)
SERVICE_NAMES = {s[0]: s[1] for s in SERVICES}
STANDARD_MINUTES = np.array([s[3] for s in SERVICES], dtype=np.float64)

# Demand mix (relative shares) of each serving unit. Letters for residents are issued by
# the kelurahan; legalisation, dispensasi nikah, ahli waris, land and crowd permits need
# the kecamatan.
KELURAHAN_MIX = {"L01": 20, "L02": 17, "L03": 8, "L04": 8, "L05": 10, "L08": 7, "L11": 6, "L12": 5, "L14": 12}
OFFICE_MIX = {
    SEKSI_PELAYANAN: {"L06": 60, "L10": 25, "L05": 15},
    SEKSI_PEMERINTAHAN: {"L07": 55, "L13": 45},
    SEKSI_TRANTIB: {"L09": 1},
}
SERVICE_UNITS = (SEKSI_PELAYANAN, SEKSI_PEMERINTAHAN, SEKSI_TRANTIB) + KELURAHAN_IDS
# Relative request volume: kelurahan by population (per 1,000), the seksi by experience.
UNIT_DEMAND = {SEKSI_PELAYANAN: 7.5, SEKSI_PEMERINTAHAN: 3.5, SEKSI_TRANTIB: 1.2} | {
    f"{KECAMATAN}.{code}": pop / 1000 for code, _, pop, _ in KELURAHAN
}

# The story per serving unit: (median working time as a share of the standard before the
# policy, reduction of that median once the policy has fully taken hold, days the
# reduction takes to reach 63 % of its full size). Negative reduction: slower.
STORY = {
    SEKSI_PELAYANAN: (0.72, 0.55, 60),
    SEKSI_PEMERINTAHAN: (0.85, 0.35, 120),
    SEKSI_TRANTIB: (0.80, 0.35, 150),
    "33.74.09.1001": (0.76, 0.45, 90),
    "33.74.09.1002": (0.72, 0.40, 100),
    LAGGING_UNIT: (0.76, -0.15, 90),
    "33.74.09.1004": (0.80, 0.60, 60),
    "33.74.09.1005": (0.76, 0.50, 75),
    "33.74.09.1006": (0.68, 0.30, 150),
    "33.74.09.1007": (0.76, 0.38, 120),
    "33.74.09.1008": (0.72, 0.42, 90),
}
# Share of requests served at the citizen's home (jemput bola): kelurahan visit the
# elderly and sick; the kecamatan seksi rarely.
JEMPUT_BOLA = {SEKSI_PELAYANAN: 0.02, SEKSI_PEMERINTAHAN: 0.0, SEKSI_TRANTIB: 0.0} | dict.fromkeys(KELURAHAN_IDS, 0.04)

POLICY_EVENTS = (
    (
        POLICY_DATE,
        "Mulai evaluasi kinerja berbasis standar pelayanan",
        "Camat menetapkan evaluasi kinerja ASN setiap semester berbasis standar pelayanan: setiap pegawai "
        "menyusun target yang terukur, waktu proses setiap permohonan dipantau terhadap standar pelayanan, "
        "dan hasilnya dibahas dalam rapat staf bulanan disertai umpan balik dan rekomendasi.",
    ),
    (
        ONLINE_DATE,
        "Layanan online melalui aplikasi",
        "Permohonan surat pengantar dan surat keterangan dapat diajukan secara daring melalui aplikasi "
        "layanan kecamatan; berkas diverifikasi petugas dan tenggat penyelesaian setiap permohonan dicatat.",
    ),
)

# ---------------------------------------------------------------- staffing plan

GRADES = (
    "I/a",
    "I/b",
    "I/c",
    "I/d",
    "II/a",
    "II/b",
    "II/c",
    "II/d",
    "III/a",
    "III/b",
    "III/c",
    "III/d",
    "IV/a",
    "IV/b",
)


@dataclass(frozen=True)
class Post:
    """One post in a unit: position, kind, grade range, SKP role, share of the unit's requests handled."""

    position: str
    kind: str
    grades: tuple[str, str]
    role: str
    handles: float = 0.0


_OPERATOR = Post("Operator Layanan Operasional", "pelaksana", ("II/a", "II/d"), "frontline", 1.0)
_ADMIN_FRONT = Post("Pengadministrasi Umum", "pelaksana", ("II/a", "II/d"), "frontline", 0.9)
_DATA_FRONT = Post("Pengolah Data", "pelaksana", ("II/c", "III/b"), "frontline", 0.9)
_PRAKOM_KEL = Post("Pranata Komputer Terampil", "fungsional", ("II/c", "III/b"), "frontline", 0.6)
_ADMIN = Post("Pengadministrasi Umum", "pelaksana", ("II/a", "II/d"), "admin")

OFFICE_POSTS: dict[str, tuple[Post, ...]] = {
    KECAMATAN: (Post("Camat", "struktural", ("IV/a", "IV/b"), "camat"),),
    SEKRETARIAT: (
        Post("Sekretaris Camat", "struktural", ("III/d", "IV/a"), "sekcam"),
        Post("Kepala Subbagian Umum dan Kepegawaian", "struktural", ("III/c", "III/d"), "kasubbag"),
        Post("Kepala Subbagian Perencanaan dan Keuangan", "struktural", ("III/c", "III/d"), "kasubbag"),
        Post("Analis Kebijakan Ahli Muda", "fungsional", ("III/c", "III/d"), "analis"),
        Post("Pranata Komputer Ahli Pertama", "fungsional", ("III/a", "III/b"), "prakom"),
        Post("Pengelola Keuangan", "pelaksana", ("II/c", "III/b"), "admin"),
        _ADMIN,
        _ADMIN,
    ),
    SEKSI_PEMERINTAHAN: (
        Post("Kepala Seksi Pemerintahan", "struktural", ("III/c", "III/d"), "kasi_pem", 0.1),
        _DATA_FRONT,
        _ADMIN_FRONT,
    ),
    SEKSI_PELAYANAN: (
        Post("Kepala Seksi Pelayanan", "struktural", ("III/c", "III/d"), "kasi_pel", 0.1),
        _OPERATOR,
        _OPERATOR,
        _OPERATOR,
        _DATA_FRONT,
        Post("Pranata Komputer Ahli Pertama", "fungsional", ("III/a", "III/b"), "frontline", 0.4),
        Post("Pengadministrasi Umum", "pelaksana", ("II/a", "II/d"), "frontline", 0.8),
    ),
    SEKSI_KESOS: (
        Post("Kepala Seksi Kesejahteraan Sosial", "struktural", ("III/c", "III/d"), "kasi_kes"),
        Post("Penyuluh Sosial Ahli Pertama", "fungsional", ("III/a", "III/b"), "penyuluh"),
        _ADMIN,
    ),
    SEKSI_TRANTIB: (
        Post("Kepala Seksi Ketenteraman dan Ketertiban Umum", "struktural", ("III/c", "III/d"), "kasi_tra", 0.1),
        Post("Polisi Pamong Praja Terampil", "fungsional", ("II/c", "III/a"), "frontline", 0.5),
        Post("Polisi Pamong Praja Terampil", "fungsional", ("II/c", "III/a"), "frontline", 0.5),
        Post("Pengadministrasi Umum", "pelaksana", ("II/a", "II/d"), "frontline", 1.0),
    ),
    SEKSI_PEMBERDAYAAN: (
        Post("Kepala Seksi Pemberdayaan Masyarakat", "struktural", ("III/c", "III/d"), "kasi_pmb"),
        Post("Pengolah Data", "pelaksana", ("II/c", "III/b"), "admin"),
        _ADMIN,
    ),
}
KELURAHAN_HEADS = (
    Post("Lurah", "struktural", ("III/c", "III/d"), "lurah"),
    Post("Sekretaris Kelurahan", "struktural", ("III/b", "III/c"), "seklur", 0.05),
    Post("Kepala Seksi Pemerintahan", "struktural", ("III/a", "III/c"), "kasi_pem", 0.15),
    Post("Kepala Seksi Pelayanan", "struktural", ("III/a", "III/c"), "kasi_pel", 0.2),
)
KELURAHAN_STAFF = (_OPERATOR, _ADMIN_FRONT, _DATA_FRONT, _OPERATOR, _PRAKOM_KEL)
HEAD_ROLES = {"camat", "sekcam", "lurah"} | {f"kasi_{k}" for k in ("pem", "pel", "kes", "tra", "pmb")}

# Turnover: (unit, post index in the unit, last day, first day of the successor or None).
TURNOVER = (
    (SEKSI_PELAYANAN, 2, dt.date(2023, 9, 29), dt.date(2023, 11, 1)),
    (SEKSI_KESOS, 2, dt.date(2023, 12, 29), dt.date(2024, 2, 1)),
    ("33.74.09.1001", 5, dt.date(2024, 3, 28), dt.date(2024, 5, 2)),
    ("33.74.09.1004", 4, dt.date(2024, 8, 30), dt.date(2024, 10, 1)),
    ("33.74.09.1005", 8, dt.date(2024, 12, 31), dt.date(2025, 2, 3)),
    ("33.74.09.1006", 6, dt.date(2025, 1, 31), dt.date(2025, 3, 3)),
    (SEKRETARIAT, 7, dt.date(2025, 6, 30), dt.date(2025, 8, 1)),
    (LAGGING_UNIT, 7, dt.date(2025, 10, 31), None),  # not replaced: the backlog of 2026
    ("33.74.09.1007", 4, dt.date(2025, 12, 31), dt.date(2026, 2, 2)),
    (SEKSI_PEMBERDAYAAN, 1, dt.date(2026, 6, 30), dt.date(2026, 8, 3)),
)
# Transfers (mutasi): (unit, post index in the unit, first day in the new unit, new unit). The
# person's last day in the old unit is their TURNOVER row; they are not replaced there.
TRANSFERS = ((LAGGING_UNIT, 7, dt.date(2025, 11, 3), SEKSI_PELAYANAN),)
# New posts filled during the period: (unit, post, first day).
EXTRA_POSTS = (
    ("33.74.09.1008", _ADMIN_FRONT, dt.date(2024, 7, 1)),
    (SEKSI_PELAYANAN, _OPERATOR, ONLINE_DATE),
    ("33.74.09.1002", _PRAKOM_KEL, ONLINE_DATE),
)

# ---------------------------------------------------------------- org ratings

ORG_RATING_EXCEPTIONS = {
    (KECAMATAN, "2025-S2"): "istimewa",
    ("33.74.09.1004", "2025-S2"): "istimewa",
    (LAGGING_UNIT, "2025-S2"): "butuh_perbaikan",
    (LAGGING_UNIT, "2026-S1"): "butuh_perbaikan",
}
#: The one (unit, period) whose appraisals break the kurva distribusi on purpose.
KURVA_BREAK = (LAGGING_UNIT, "2025-S2")

# ---------------------------------------------------------------- texts

FEEDBACK = {
    "atas": (
        "Kecepatan dan ketelitian layanan sangat baik; permohonan hampir selalu selesai sebelum batas standar.",
        "Menjadi rujukan rekan kerja dalam penggunaan aplikasi layanan dan SIAK.",
        "Inisiatif merapikan alur berkas di loket mempercepat layanan unit.",
        "Target SKP terlampaui dengan bukti dukung lengkap dan rapi.",
        "Sikap melayani warga sangat baik; tidak ada pengaduan selama semester ini.",
    ),
    "sesuai": (
        "Target SKP tercapai; layanan umumnya selesai sesuai standar pelayanan.",
        "Kinerja stabil dan sesuai ekspektasi; koordinasi dengan rekan kerja baik.",
        "Pelayanan di loket ramah dan tertib; pencatatan register sudah lengkap.",
        "Hasil kerja sesuai rencana; sebagian bukti dukung masih terlambat diunggah.",
        "Perilaku kerja sesuai nilai BerAKHLAK; perlu lebih aktif menyampaikan usulan perbaikan.",
        "Permohonan daring ditangani dengan baik; beberapa berkas masih perlu perbaikan.",
    ),
    "bawah": (
        "Banyak permohonan melewati standar pelayanan dan menumpuk di akhir bulan.",
        "Berkas sering dikembalikan untuk perbaikan karena kelengkapan tidak diperiksa di awal.",
        "Realisasi target SKP di bawah rencana dan bukti dukung tidak lengkap.",
        "Kedisiplinan jam layanan perlu diperbaiki; loket beberapa kali tutup lebih awal.",
        "Tindak lanjut pengaduan warga lambat dan tidak terdokumentasi.",
    ),
}
RECOMMENDATION = {
    "atas": (
        "Pertahankan kecepatan layanan KTP-el; dokumentasikan bukti dukung lebih rapi.",
        "Bagikan praktik baik kepada rekan kerja melalui pembinaan internal.",
        "Diusulkan mengikuti pelatihan kepemimpinan pengawas.",
        "Libatkan dalam penyusunan revisi standar pelayanan.",
        "Pertimbangkan sebagai mentor bagi pegawai baru.",
    ),
    "sesuai": (
        "Ikuti pelatihan SIAK; kurangi perbaikan berkas dengan memeriksa kelengkapan di loket.",
        "Unggah bukti dukung SKP setiap bulan, jangan menunggu akhir semester.",
        "Tingkatkan pemanfaatan aplikasi layanan daring untuk mempercepat verifikasi.",
        "Ikuti bimbingan teknis pelayanan prima.",
        "Susun catatan harian layanan agar capaian mudah diverifikasi.",
        "Perkuat koordinasi dengan kelurahan untuk permohonan yang membutuhkan rekomendasi.",
    ),
    "bawah": (
        "Susun rencana perbaikan bersama atasan dengan pemantauan mingguan.",
        "Wajib mengikuti bimbingan teknis standar pelayanan dan penggunaan aplikasi.",
        "Gunakan daftar periksa kelengkapan berkas sebelum permohonan diterima.",
        "Selesaikan tunggakan permohonan lama sebelum menerima permohonan baru.",
        "Pembinaan disiplin oleh atasan langsung; evaluasi ulang pada akhir triwulan.",
    ),
}
EVIDENCE = (
    "Rekap register layanan",
    "Laporan bulanan",
    "Dokumen laporan semester",
    "Notulen dan daftar hadir",
    "Laporan realisasi anggaran",
    "Foto kegiatan",
    "Tangkapan layar aplikasi",
    "Arsip surat dan disposisi",
)

# SKP indicator templates per role: (indicator, ((aspect, measure unit, kind, parameter), ...)).
# Kinds: count/pct/score/months/days/hours/rp are typed values; unit_std and ikm are typed
# from the unit's own figures; m_* are linked to the person's service logs.
_M6 = ("waktu", "bulan", "months", 6)
FRONTLINE_TEMPLATES = (
    (
        "Jumlah permohonan layanan yang diselesaikan",
        (("kuantitas", "permohonan", "m_selesai", None), ("kualitas", "%", "m_norework", 90), _M6),
    ),
    (
        "Persentase permohonan selesai sesuai standar pelayanan",
        (("kualitas", "%", "m_std", None), ("waktu", "jam", "m_median", None)),
    ),
    ("Jumlah permohonan {service} yang diselesaikan", (("kuantitas", "permohonan", "m_selesai_svc", None), _M6)),
    (
        "Berkas permohonan layanan terarsip dan terdigitalisasi",
        (("kuantitas", "berkas", "count", (200, 600)), ("kualitas", "%", "pct", 95), _M6),
    ),
    (
        "Rekap register layanan bulanan tersusun",
        (("kuantitas", "laporan", "count", 6), ("kualitas", "nilai", "score", 90), ("waktu", "hari", "days", 5)),
    ),
    (
        "Pengaduan masyarakat terkait layanan ditindaklanjuti",
        (("kuantitas", "pengaduan", "count", (10, 30)), ("waktu", "hari", "days", 3)),
    ),
)
ROLE_TEMPLATES: dict[str, tuple] = {
    "camat": (
        ("Indeks Kepuasan Masyarakat atas pelayanan {unit}", (("kualitas", "nilai", "ikm", None), _M6)),
        (
            "Persentase permohonan layanan di wilayah kecamatan selesai sesuai standar pelayanan",
            (("kualitas", "%", "unit_std", None), _M6),
        ),
        (
            "Laporan Penyelenggaraan Pemerintahan Kecamatan tersusun tepat waktu",
            (("kuantitas", "dokumen", "count", 1), ("kualitas", "nilai", "score", 90), _M6),
        ),
        (
            "Realisasi anggaran belanja kecamatan sesuai rencana",
            (("kuantitas", "%", "pct", 95), ("biaya", "Rp", "rp", (1_500, 2_500))),
        ),
        (
            "Rapat koordinasi pimpinan kecamatan terlaksana",
            (("kuantitas", "kegiatan", "count", 6), ("kualitas", "nilai", "score", 85)),
        ),
    ),
    "sekcam": (
        (
            "Dokumen perencanaan dan laporan kinerja kecamatan tersusun tepat waktu",
            (("kuantitas", "dokumen", "count", 3), ("kualitas", "nilai", "score", 90), _M6),
        ),
        (
            "Realisasi anggaran sekretariat kecamatan",
            (("kuantitas", "%", "pct", 95), ("biaya", "Rp", "rp", (300, 600))),
        ),
        (
            "Layanan administrasi kepegawaian terselesaikan",
            (("kuantitas", "dokumen", "count", (40, 80)), ("waktu", "hari", "days", 5)),
        ),
        (
            "Hasil evaluasi kinerja pegawai kecamatan tersusun",
            (("kuantitas", "laporan", "count", 2), ("kualitas", "nilai", "score", 90), ("waktu", "hari", "days", 14)),
        ),
    ),
    "kasubbag": (
        (
            "Usulan kenaikan pangkat dan gaji berkala pegawai terproses",
            (("kuantitas", "dokumen", "count", (10, 30)), ("kualitas", "%", "pct", 100), ("waktu", "hari", "days", 7)),
        ),
        (
            "Data kepegawaian pada aplikasi SIASN termutakhirkan",
            (("kuantitas", "data", "count", 100), ("kualitas", "%", "pct", 98), _M6),
        ),
        (
            "Laporan realisasi anggaran bulanan tersusun",
            (("kuantitas", "laporan", "count", 6), ("kualitas", "nilai", "score", 90), ("waktu", "hari", "days", 10)),
        ),
        (
            "Barang milik daerah tercatat dan terinventarisasi",
            (("kuantitas", "dokumen", "count", 2), ("kualitas", "%", "pct", 95), ("biaya", "Rp", "rp", (20, 60))),
        ),
    ),
    "lurah": (
        ("Indeks Kepuasan Masyarakat atas pelayanan {unit}", (("kualitas", "nilai", "ikm", None), _M6)),
        (
            "Persentase permohonan layanan {unit} selesai sesuai standar pelayanan",
            (("kualitas", "%", "unit_std", None), _M6),
        ),
        (
            "Laporan kinerja kelurahan tersusun tepat waktu",
            (("kuantitas", "laporan", "count", 2), ("kualitas", "nilai", "score", 90), _M6),
        ),
        (
            "Musyawarah perencanaan pembangunan kelurahan terlaksana",
            (
                ("kuantitas", "kegiatan", "count", 1),
                ("kualitas", "nilai", "score", 85),
                ("biaya", "Rp", "rp", (15, 30)),
            ),
        ),
        (
            "Realisasi anggaran kelurahan sesuai rencana",
            (("kuantitas", "%", "pct", 95), ("biaya", "Rp", "rp", (200, 450))),
        ),
    ),
    "seklur": (
        (
            "Surat masuk dan keluar kelurahan teragenda dan terarsip",
            (("kuantitas", "dokumen", "count", (300, 700)), ("kualitas", "%", "pct", 98), _M6),
        ),
        (
            "Laporan keuangan kelurahan tersusun tepat waktu",
            (("kuantitas", "laporan", "count", 6), ("kualitas", "nilai", "score", 90), ("waktu", "hari", "days", 10)),
        ),
        (
            "Data kepegawaian dan presensi kelurahan terekap",
            (("kuantitas", "laporan", "count", 6), ("waktu", "hari", "days", 5)),
        ),
        (
            "Barang milik daerah kelurahan terinventarisasi",
            (("kuantitas", "dokumen", "count", 1), ("kualitas", "%", "pct", 95), ("biaya", "Rp", "rp", (5, 15))),
        ),
    ),
    "kasi_pem": (
        (
            "Data kependudukan dan pertanahan wilayah termutakhirkan",
            (("kuantitas", "data", "count", (100, 400)), ("kualitas", "%", "pct", 95), _M6),
        ),
        (
            "Register surat keterangan ahli waris dan riwayat tanah tertib",
            (("kuantitas", "dokumen", "count", (30, 120)), ("kualitas", "%", "pct", 98), ("waktu", "hari", "days", 3)),
        ),
        (
            "Fasilitasi kegiatan RT/RW terlaksana",
            (
                ("kuantitas", "kegiatan", "count", (6, 12)),
                ("kualitas", "nilai", "score", 85),
                ("biaya", "Rp", "rp", (5, 15)),
            ),
        ),
        ("Laporan penyelenggaraan pemerintahan tersusun", (("kuantitas", "laporan", "count", 2), _M6)),
    ),
    "kasi_pel": (
        (
            "Persentase permohonan layanan {unit} selesai sesuai standar pelayanan",
            (("kualitas", "%", "unit_std", None), _M6),
        ),
        ("Indeks Kepuasan Masyarakat atas pelayanan {unit}", (("kualitas", "nilai", "ikm", None), _M6)),
        (
            "Standar pelayanan ditinjau dan dipublikasikan",
            (("kuantitas", "dokumen", "count", 2), ("kualitas", "nilai", "score", 90), ("waktu", "hari", "days", 14)),
        ),
        (
            "Pengaduan layanan ditindaklanjuti",
            (
                ("kuantitas", "pengaduan", "count", (10, 40)),
                ("kualitas", "%", "pct", 100),
                ("waktu", "hari", "days", 5),
            ),
        ),
    ),
    "kasi_kes": (
        (
            "Data penerima bantuan sosial terverifikasi",
            (("kuantitas", "data", "count", (150, 400)), ("kualitas", "%", "pct", 95), _M6),
        ),
        (
            "Rekomendasi SKTM terverifikasi",
            (("kuantitas", "dokumen", "count", (50, 150)), ("waktu", "hari", "days", 3)),
        ),
        (
            "Penyaluran bantuan sosial terfasilitasi",
            (
                ("kuantitas", "kegiatan", "count", (2, 4)),
                ("kualitas", "nilai", "score", 90),
                ("biaya", "Rp", "rp", (10, 40)),
            ),
        ),
    ),
    "kasi_tra": (
        (
            "Rekomendasi izin keramaian diterbitkan",
            (("kuantitas", "dokumen", "count", (20, 60)), ("waktu", "hari", "days", 3)),
        ),
        (
            "Patroli ketenteraman dan ketertiban wilayah terlaksana",
            (
                ("kuantitas", "kegiatan", "count", 24),
                ("kualitas", "nilai", "score", 85),
                ("biaya", "Rp", "rp", (10, 25)),
            ),
        ),
        (
            "Laporan kondisi keamanan wilayah tersusun",
            (("kuantitas", "laporan", "count", 6), ("waktu", "hari", "days", 5)),
        ),
    ),
    "kasi_pmb": (
        (
            "Kegiatan pemberdayaan masyarakat terfasilitasi",
            (
                ("kuantitas", "kegiatan", "count", (4, 8)),
                ("kualitas", "nilai", "score", 85),
                ("biaya", "Rp", "rp", (20, 60)),
            ),
        ),
        (
            "Data lembaga kemasyarakatan (LPMK, PKK, RT/RW) termutakhirkan",
            (("kuantitas", "data", "count", (50, 150)), ("kualitas", "%", "pct", 95), _M6),
        ),
        ("Laporan pemberdayaan masyarakat tersusun", (("kuantitas", "laporan", "count", 2), _M6)),
    ),
    "analis": (
        (
            "Kajian kebijakan pelayanan publik kecamatan tersusun",
            (("kuantitas", "dokumen", "count", 2), ("kualitas", "nilai", "score", 88), _M6),
        ),
        (
            "Rekomendasi perbaikan standar pelayanan disampaikan",
            (
                ("kuantitas", "dokumen", "count", (2, 4)),
                ("kualitas", "nilai", "score", 85),
                ("waktu", "hari", "days", 14),
            ),
        ),
        (
            "Analisis data kinerja layanan semester tersusun",
            (("kuantitas", "laporan", "count", 2), ("waktu", "hari", "days", 10)),
        ),
    ),
    "prakom": (
        (
            "Aplikasi layanan dan jaringan kantor berfungsi tanpa gangguan",
            (("kualitas", "%", "pct", 98), ("waktu", "jam", "hours", 4)),
        ),
        (
            "Data layanan dan kepegawaian tercadangkan",
            (("kuantitas", "dokumen", "count", 26), ("kualitas", "%", "pct", 100)),
        ),
        (
            "Situs web dan media sosial kecamatan termutakhirkan",
            (("kuantitas", "konten", "count", (60, 120)), ("waktu", "hari", "days", 2)),
        ),
    ),
    "penyuluh": (
        (
            "Penyuluhan sosial kepada masyarakat terlaksana",
            (("kuantitas", "kegiatan", "count", (6, 12)), ("kualitas", "nilai", "score", 85), _M6),
        ),
        (
            "Data penyandang masalah kesejahteraan sosial termutakhirkan",
            (("kuantitas", "data", "count", (80, 200)), _M6),
        ),
        ("Laporan pendampingan sosial tersusun", (("kuantitas", "laporan", "count", 6), ("waktu", "hari", "days", 5))),
    ),
    "admin": (
        (
            "Surat masuk dan keluar teragenda",
            (("kuantitas", "dokumen", "count", (300, 800)), ("kualitas", "%", "pct", 98), _M6),
        ),
        (
            "Berkas administrasi tersusun dan terarsip",
            (("kuantitas", "berkas", "count", (200, 500)), ("kualitas", "%", "pct", 95)),
        ),
        ("Data kegiatan seksi terekap", (("kuantitas", "laporan", "count", 6), ("waktu", "hari", "days", 5))),
        (
            "Laporan bulanan tersusun tepat waktu",
            (("kuantitas", "laporan", "count", 6), ("kualitas", "nilai", "score", 88), ("waktu", "hari", "days", 7)),
        ),
    ),
}
