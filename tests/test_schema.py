"""Each CHECK, key and foreign key of the schema rejects a bad row (and accepts a good one)."""

import duckdb
import pytest

from tests.fixture_store import NIP_A, NIP_B, build_fixture_store


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_fixture_store(tmp_path_factory.mktemp("schema") / "fixture.duckdb")


@pytest.fixture
def con(store):
    connection = duckdb.connect(str(store))
    connection.execute("begin")
    yield connection
    connection.execute("rollback")
    connection.close()


GOOD_LOG = "('x1', 'S1', '33.74.09.1001', null, 'loket', '2025-03-03 09:00', '2025-03-03 10:00', null, 'selesai', 0)"

BAD_ROWS = {
    "unit kind": "insert into units values ('U9', 'X', 'desa', '33.74.09')",
    "unit parent unknown": "insert into units values ('U9', 'X', 'seksi', 'NOPE')",
    "nip not 18 digits": "insert into employees values ('12345', 'X', '33.74.09', 'P', 'pelaksana', null, null, null)",
    "nip with letters": "insert into employees values "
    "('19850312201001100A', 'X', '33.74.09', 'P', 'pelaksana', null, null, null)",
    "nip birth date impossible": "insert into employees values "
    "('198513322010011001', 'X', '33.74.09', 'P', 'pelaksana', null, null, null)",
    "nip TMT month 13": "insert into employees values "
    "('198503122010131001', 'X', '33.74.09', 'P', 'pelaksana', null, null, null)",
    "nip sex digit 3": "insert into employees values "
    "('198503122010013001', 'X', '33.74.09', 'P', 'pelaksana', null, null, null)",
    "position kind": "insert into employees values "
    "('198503122010011009', 'X', '33.74.09', 'P', 'honorer', null, null, null)",
    "grade format": "insert into employees values "
    "('198503122010011009', 'X', '33.74.09', 'P', 'pelaksana', 'V/a', null, null)",
    "employee ends before start": "insert into employees values "
    "('198503122010011009', 'X', '33.74.09', 'P', 'pelaksana', null, '2024-01-01', '2023-01-01')",
    "employee unit unknown": "insert into employees values "
    "('198503122010011009', 'X', 'NOPE', 'P', 'pelaksana', null, null, null)",
    "standard not positive": "insert into services values ('S9', 'X', 'K', 0, 0)",
    "negative fee": "insert into services values ('S9', 'X', 'K', 10, -1)",
    "duplicate request_id": "insert into service_logs values "
    "('r01', 'S1', '33.74.09.1001', null, 'loket', '2025-03-03 09:00', null, null, 'proses', 0)",
    "log service unknown": "insert into service_logs values "
    "('x1', 'S9', '33.74.09.1001', null, null, '2025-03-03 09:00', null, null, 'proses', 0)",
    "log handler unknown": "insert into service_logs values "
    "('x1', 'S1', '33.74.09.1001', '199901012020011001', null, '2025-03-03 09:00', null, null, 'proses', 0)",
    "channel": "insert into service_logs values "
    "('x1', 'S1', '33.74.09.1001', null, 'pos', '2025-03-03 09:00', null, null, 'proses', 0)",
    "status": "insert into service_logs values "
    "('x1', 'S1', '33.74.09.1001', null, null, '2025-03-03 09:00', null, null, 'open', 0)",
    "negative rework": "insert into service_logs values "
    "('x1', 'S1', '33.74.09.1001', null, null, '2025-03-03 09:00', null, null, 'proses', -1)",
    "completed before received": "insert into service_logs values "
    "('x1', 'S1', '33.74.09.1001', null, null, '2025-03-03 09:00', '2025-03-03 08:00', null, 'selesai', 0)",
    "selesai without completion": "insert into service_logs values "
    "('x1', 'S1', '33.74.09.1001', null, null, '2025-03-03 09:00', null, null, 'selesai', 0)",
    "proses with completion": "insert into service_logs values "
    "('x1', 'S1', '33.74.09.1001', null, null, '2025-03-03 09:00', '2025-03-03 10:00', null, 'proses', 0)",
    "period format": f"insert into skp_targets values ('t9', '{NIP_A}', '2025-1', 'I', 'kuantitas', 1, 'x', 1, "
    "null, null, null)",
    "period S3": f"insert into skp_targets values ('t9', '{NIP_A}', '2025-S3', 'I', 'kuantitas', 1, 'x', 1, "
    "null, null, null)",
    "aspect": f"insert into skp_targets values ('t9', '{NIP_A}', '2025-S1', 'I', 'mutu', 1, 'x', 1, null, null, null)",
    "target not positive": f"insert into skp_targets values ('t9', '{NIP_A}', '2025-S1', 'I', 'kuantitas', 0, "
    "'x', 1, null, null, null)",
    "negative realisation": f"insert into skp_targets values ('t9', '{NIP_A}', '2025-S1', 'I', 'kuantitas', 1, "
    "'x', -1, null, null, null)",
    "unknown source metric": f"insert into skp_targets values ('t9', '{NIP_A}', '2025-S1', 'I', 'kuantitas', 1, "
    "'x', 1, null, 'nope', null)",
    "rating results": f"insert into appraisals values ('{NIP_A}', '2024-S2', 'baik', 'sesuai', null, null, null, "
    "null, null)",
    "rating behaviour": f"insert into appraisals values ('{NIP_A}', '2024-S2', 'sesuai', 'bagus', null, null, null, "
    "null, null)",
    "recorded predikat": f"insert into appraisals values ('{NIP_A}', '2024-S2', 'sesuai', 'sesuai', null, null, "
    "null, null, 'Hebat')",
    "duplicate appraisal": f"insert into appraisals values ('{NIP_B}', '2025-S1', 'sesuai', 'sesuai', null, null, "
    "null, null, null)",
    "survey answer 5": "insert into survey_responses values "
    "('q9', '33.74.09.1001', null, '2025-03-10', 5, 4, 4, 4, 4, 4, 4, 4, 4)",
    "survey answer 0": "insert into survey_responses values "
    "('q9', '33.74.09.1001', null, '2025-03-10', 4, 4, 4, 4, 4, 4, 4, 4, 0)",
    "org predikat": "insert into org_ratings values ('33.74.09', '2025-S2', 'bagus')",
    "duplicate policy event": "insert into policy_events values ('2025-03-05', 'X', null)",
}


@pytest.mark.parametrize("sql", BAD_ROWS.values(), ids=BAD_ROWS.keys())
def test_constraint_rejects_bad_row(con, sql):
    with pytest.raises(duckdb.ConstraintException):
        con.execute(sql)


def test_good_row_is_accepted(con):
    """The control: a valid row passes, so the rejections above are about the broken value."""
    con.execute(f"insert into service_logs values {GOOD_LOG}")
    con.execute(
        "insert into employees values ('198503122010011009', 'X', '33.74.09', 'P', 'pelaksana', 'III/a', null, null)"
    )
    assert con.execute("select count(*) from service_logs where request_id = 'x1'").fetchone()[0] == 1
