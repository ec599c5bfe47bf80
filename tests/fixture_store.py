"""A small hand-made store whose every figure can be computed by hand.

Working minutes of each log (office 08:00-16:00, Mon-Fri, Indonesian holidays):
    r01 Mon 3 Mar 2025 09:00 -> 09:45                       45   S1 (60)  on standard
    r02 Tue 4 Mar 15:30 -> Wed 5 Mar 08:30 (across a night)   60   S1       on standard (equal)
    r03 Fri 7 Mar 15:00 -> Mon 10 Mar 09:00 (weekend)         120  S1       over
    r04 Wed 28 May 15:00 -> Thu 29 May 10:00 (Kenaikan Isa Almasih, national holiday)
                                                              60   S2 (480) on standard
    r05 Fri 15 Aug 15:00 -> Tue 19 Aug 09:00 (Mon 18 Aug cuti bersama)
                                                              120  S2       on standard
    r06 Mon 3 Mar 06:30 -> 08:20 (received before opening)    20   S1       on standard
    r07 Sat 8 Mar 10:00 -> Mon 10 Mar 08:30 (received on a Saturday)
                                                              30   S3 (none) on_standard NULL
    r08 Mon 3 Mar 10:00, still open ('proses')                NULL
    r09 Tue 1 Jul 09:00 -> Tue 1 Jul 11:00, rework 1, due 10:00 (late)
                                                              120  S1       over, on_time false
    r10 Tue 1 Jul 09:00 -> 09:30, due 12:00                    30   S1       on standard, on_time true
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import duckdb

from dashboard.core.store import DERIVED_TABLES, init_store, open_reader, reader_cursor, refresh_facts

# Valid NIPs: birth date, TMT CPNS year-month, sex, sequence.
NIP_A = "198503122010011001"  # born 12 Mar 1985, TMT Jan 2010, male
NIP_B = "199001052015032002"  # born 5 Jan 1990, TMT Mar 2015, female
NIP_C = "197811302005011003"  # born 30 Nov 1978, TMT Jan 2005, male
NIP_D = "199207142019022004"  # born 14 Jul 1992, TMT Feb 2019, female

ROWS_SQL = f"""
-- parents first: a foreign key to a row inserted by the same statement is refused
insert into units values ('33.74.09', 'Kecamatan Uji', 'kecamatan', null);
insert into units values
    ('33.74.09.PEL', 'Seksi Pelayanan', 'seksi', '33.74.09'),
    ('33.74.09.1001', 'Kelurahan Satu', 'kelurahan', '33.74.09'),
    ('33.74.09.1002', 'Kelurahan Dua', 'kelurahan', '33.74.09');

insert into employees values
    ('{NIP_C}', 'Camat Uji, S.Sos.', '33.74.09', 'Camat', 'struktural', 'IV/a', '2020-01-01', null),
    ('{NIP_A}', 'Budi Santoso', '33.74.09.1001', 'Pengadministrasi Umum', 'pelaksana', 'II/c', '2020-01-01', null),
    ('{NIP_B}', 'Siti Aminah, S.H.', '33.74.09.1001', 'Lurah', 'struktural', 'III/d', '2021-02-01', null),
    ('{NIP_D}', 'Dewi Lestari', '33.74.09.1002', 'Pengolah Data', 'pelaksana', 'II/b', '2022-03-01', null);

insert into services values
    ('S1', 'Surat pengantar KTP-el', 'Administrasi Kependudukan', 60, 0),
    ('S2', 'Surat keterangan ahli waris', 'Pertanahan', 480, 0),
    ('S3', 'Legalisasi dokumen', 'Legalisasi', null, 0);

insert into service_logs values
    ('r01', 'S1', '33.74.09.1001', '{NIP_A}', 'loket', '2025-03-03 09:00', '2025-03-03 09:45', null, 'selesai', 0),
    ('r02', 'S1', '33.74.09.1001', '{NIP_A}', 'loket', '2025-03-04 15:30', '2025-03-05 08:30', null, 'selesai', 0),
    ('r03', 'S1', '33.74.09.1001', '{NIP_A}', 'online', '2025-03-07 15:00', '2025-03-10 09:00', null, 'selesai', 0),
    ('r04', 'S2', '33.74.09.1002', '{NIP_D}', 'loket', '2025-05-28 15:00', '2025-05-29 10:00', null, 'selesai', 0),
    ('r05', 'S2', '33.74.09.1002', '{NIP_D}', 'loket', '2025-08-15 15:00', '2025-08-19 09:00', null, 'selesai', 0),
    ('r06', 'S1', '33.74.09.1001', null, null, '2025-03-03 06:30', '2025-03-03 08:20', null, 'selesai', 0),
    ('r07', 'S3', '33.74.09.PEL', null, 'online', '2025-03-08 10:00', '2025-03-10 08:30', null, 'selesai', 0),
    ('r08', 'S1', '33.74.09.1002', '{NIP_D}', 'loket', '2025-03-03 10:00', null, null, 'proses', 0),
    ('r09', 'S1', '33.74.09.1002', '{NIP_D}', 'online', '2025-07-01 09:00', '2025-07-01 11:00',
        '2025-07-01 10:00', 'selesai', 1),
    ('r10', 'S1', '33.74.09.1001', '{NIP_A}', 'online', '2025-07-01 09:00', '2025-07-01 09:30',
        '2025-07-01 12:00', 'selesai', 0);

-- capaian worked example (docs/DESIGN.md): (100 + 90 + 76 + 76) / 4 = 85.50 for one indicator
insert into skp_targets values
    ('t1', '{NIP_A}', '2025-S1', 'Pelayanan surat pengantar', 'kuantitas', 1, 'laporan', 1, null, null, null),
    ('t2', '{NIP_A}', '2025-S1', 'Pelayanan surat pengantar', 'kualitas', 100, '%', 90, null, null, null),
    ('t3', '{NIP_A}', '2025-S1', 'Pelayanan surat pengantar', 'waktu', 12, 'bulan', 12, null, null, null),
    ('t4', '{NIP_A}', '2025-S1', 'Pelayanan surat pengantar', 'biaya', 170395000, 'rupiah', 170395000,
        null, null, null),
    ('t5', '{NIP_B}', '2025-S1', 'Laporan kelurahan', 'waktu', 5, 'hari', 4, null, null, null),
    ('t6', '{NIP_B}', '2025-S1', 'Surat selesai', 'kuantitas', 200, 'dokumen', null, null, 'layanan_selesai', null);

insert into appraisals values
    ('{NIP_A}', '2025-S1', 'sesuai', 'sesuai', '{NIP_B}', 'Baik.', 'Pertahankan.', '2025-07-10', 'Baik'),
    ('{NIP_B}', '2025-S1', 'di_atas', 'di_atas', '{NIP_C}', 'Sangat baik.', 'Bimbing staf.', '2025-07-12', 'Baik'),
    ('{NIP_D}', '2025-S1', 'di_bawah', 'sesuai', '{NIP_B}', 'Perlu perbaikan.', 'Pelatihan SIAK.', '2025-07-11', null);

insert into survey_responses values
    ('q1', '33.74.09.1001', 'S1', '2025-03-10', 4, 4, 4, 4, 4, 4, 4, 4, 4),
    ('q2', '33.74.09.1001', 'S1', '2025-03-11', 3, 3, 3, 3, 3, 3, 3, 3, 3),
    ('q3', '33.74.09.1002', 'S2', '2025-04-01', 2, 3, 2, 4, 3, 3, 3, 2, 3);

insert into org_ratings values ('33.74.09', '2025-S1', 'baik');

insert into policy_events values ('2025-03-05', 'Mulai evaluasi', 'Kebijakan evaluasi kinerja dimulai.');
"""


def build_fixture_store(path: Path | str) -> Path:
    """Create the hand-made store at path (schema, calendar, rows above).

    Built once per test process and copied for every later call: a build takes about a third of a second (the
    schema, the calendar, the derived tables), a copy milliseconds, and the suite asks for a hundred."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(_built(), path)  # closed after a checkpoint: the file is the whole store
    return path


@functools.cache
def _built() -> Path:
    """The hand-made store, built in a folder of this process's own (removed at exit)."""
    folder = Path(tempfile.mkdtemp(prefix="fixture-store-"))
    atexit.register(shutil.rmtree, folder, True)
    path = folder / "fixture.duckdb"
    init_store(path)
    con = duckdb.connect(str(path))
    try:
        con.execute(ROWS_SQL)
        refresh_facts(con)
        con.execute("checkpoint")
    finally:
        con.close()
    return path


def derived_out_of_step(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The derived tables whose rows differ from their defining view (as multisets); [] when in step."""
    return [
        table
        for table, live in DERIVED_TABLES.items()
        if con.execute(
            f"select count(*) from ((from {table} except all from {live}) union all (from {live} except all from {table}))"
        ).fetchone()[0]
    ]


@contextlib.contextmanager
def fixture_cursor(path: Path | str, extra_sql: str = "") -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write cursor on the hand-made store built at ``path``, with ``extra_sql``'s rows added
    (and the derived tables brought in step), closed afterwards."""
    build_fixture_store(path)
    if extra_sql:
        con = duckdb.connect(str(path))
        try:
            con.execute(extra_sql)
            refresh_facts(con)
        finally:
            con.close()
    reader = open_reader(path, read_only=False)
    cur = reader_cursor(reader)
    try:
        yield cur
    finally:
        cur.close()
        reader.close()
