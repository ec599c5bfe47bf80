"""HR's peer comparison of an officer allows for the services handled (expected share from the peers' per-service shares).

Crafted rows on the hand-made store, unit 33.74.09.P, pelaksana, standard 60 min ('on' 30 min, 'over' 90):
  2025-S2 (Wed 10 Sep 2025): officer P1 only the hard service SH, 20 requests, 8 on (40 %);
    peers P2 to P6 (five: peer figures need at least five) each 40 SE (36 on) + 10 SH (4 on): 80 % each,
    40 % on SH.
  2026-S1 (Wed 14 Jan 2026): P1 20 SH, 2 on (10 %); the peers 10 SH, 4 on each (40 %).
P1 is rated 'di atas' on work results in both semesters.
"""

from __future__ import annotations

import math

import pytest

from dashboard.core import queries
from dashboard.pegawai import hr
from tests.fixture_store import NIP_B, fixture_cursor

P1, P2, P3, P4 = "198801012012011005", "198902022013021006", "199003032014031007", "199104042015041008"
P5, P6 = "199205052016051009", "199306062017062010"


def _logs(prefix: str, service: str, nip: str, day: str, count: int, on: int) -> str:
    return f"""
insert into service_logs
select '{prefix}' || i, '{service}', '33.74.09.P', '{nip}', 'loket', timestamp '{day} 09:00',
       timestamp '{day} 09:00' + (case when i <= {on} then 30 else 90 end) * interval 1 minute,
       null, 'selesai', 0
from range(1, {count + 1}) t(i);"""


EXTRA_SQL = (
    "insert into units values ('33.74.09.P', 'Kelurahan Peer', 'kelurahan', '33.74.09');\n"
    + "insert into employees values "
    + ", ".join(
        f"('{nip}', 'Pegawai {i}', '33.74.09.P', 'Pengadministrasi Umum', 'pelaksana', 'II/c', '2020-01-01', null)"
        for i, nip in enumerate((P1, P2, P3, P4, P5, P6), start=1)
    )
    + ";\ninsert into services values ('SE', 'Layanan mudah', 'Uji', 60, 0), ('SH', 'Layanan sulit', 'Uji', 60, 0);"
    + _logs("p1a", "SH", P1, "2025-09-10", 20, 8)
    + _logs("p1b", "SH", P1, "2026-01-14", 20, 2)
    + "".join(
        _logs(f"p{j}e", "SE", nip, "2025-09-10", 40, 36)
        + _logs(f"p{j}h", "SH", nip, "2025-09-10", 10, 4)
        + _logs(f"p{j}k", "SH", nip, "2026-01-14", 10, 4)
        for j, nip in ((2, P2), (3, P3), (4, P4), (5, P5), (6, P6))
    )
    + f"""
insert into appraisals values
    ('{P1}', '2025-S2', 'di_atas', 'sesuai', '{NIP_B}', null, null, '2026-01-10', null),
    ('{P1}', '2026-S1', 'di_atas', 'sesuai', '{NIP_B}', null, null, '2026-07-10', null);
"""
)


@pytest.fixture(scope="module")
def cursor(tmp_path_factory):
    with fixture_cursor(tmp_path_factory.mktemp("peers") / "peers.duckdb", EXTRA_SQL) as cur:
        yield cur


def record(cursor) -> hr.Record:
    return hr.load_record(lambda name, **params: queries.run(cursor, name, nip=P1, **params), P1)


def wilson(k: float, n: float, z: float = 1.959963984540054) -> tuple[float, float]:
    y = k / n
    centre = (y + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * math.sqrt(y * (1 - y) / n + z * z / (4 * n * n))
    return centre - half, centre + half


def test_expected_share_comes_from_the_peers_shares_of_the_same_services(cursor):
    services = record(cursor).services.set_index("period")
    s2 = services.loc["2025-S2"]
    assert s2["peer_n"] == 5 and s2["peer_on_standard_pct"] == pytest.approx(80.0)  # crude peer median
    assert (s2["compared_n"], s2["compared_pct"]) == (20, pytest.approx(40.0))
    assert s2["peer_expected_pct"] == pytest.approx(40.0)  # the peers' SH: 20 of 50
    low, high = wilson(8, 20)
    assert s2["compared_diff_low_pct"] == pytest.approx((low - 0.4) * 100)
    assert s2["compared_diff_high_pct"] == pytest.approx((high - 0.4) * 100)


def test_no_hint_for_an_officer_who_only_handles_hard_services(cursor):
    """40 % on SH, as the peers do on SH: no 'di atas but low share' hint (the crude 40 % vs 80 % would give one)."""
    hints = hr.consistency_hints(record(cursor), "id")
    assert [period for period, _ in hints if "sesuai standar" in _] == ["2026-S1"]


def test_hint_when_the_officer_is_below_the_peers_on_the_same_services(cursor):
    """2026-S1: 10 % of 20 on SH against the peers' 40 %, and the interval's upper end below 0 points."""
    s1 = record(cursor).services.set_index("period").loc["2026-S1"]
    assert s1["peer_expected_pct"] == pytest.approx(40.0)
    assert s1["compared_diff_high_pct"] == pytest.approx((wilson(2, 20)[1] - 0.4) * 100)
    assert s1["compared_diff_high_pct"] < 0
    hints = dict(hr.consistency_hints(record(cursor), "id"))
    assert "10,0 % dari 20" in hints["2026-S1"] and "40,0 %" in hints["2026-S1"]


def test_chart_and_download_show_the_expected_share_from_the_peers(cursor):
    from dashboard.pegawai import charts as charts_hr
    from dashboard.pegawai import report

    services = record(cursor).services
    fig = charts_hr.on_standard_vs_peers(services, "id")
    peer = [trace for trace in fig.data if trace.name == "Harapan dari sejawat (layanan yang sama)"][0]
    assert list(peer.y) == [pytest.approx(40.0), pytest.approx(40.0)]  # not the crude peer median of 80 %
    table = report.services_table(record(cursor), "id")
    assert table["Harapan dari sejawat untuk layanan yang sama (%)"].tolist() == [40.0, 40.0]
    assert table["Layanan yang sama dengan sejawat: sesuai standar (%)"].tolist() == [40.0, 10.0]
