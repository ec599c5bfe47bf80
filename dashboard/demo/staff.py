"""The demo store's staff: people with valid NIPs, names, grades and careers (turnover,
transfers, new posts), and the employees and postings frames written from them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
from faker import Faker

from dashboard.demo.story import (
    CAMAT_NIP,
    EXTRA_POSTS,
    GRADES,
    HEAD_ROLES,
    KECAMATAN,
    KELURAHAN,
    KELURAHAN_HEADS,
    KELURAHAN_IDS,
    KELURAHAN_STAFF,
    LAGGING_UNIT,
    LAST_DAY,
    OFFICE_POSTS,
    TRANSFERS,
    TURNOVER,
    Post,
)
from dashboard.demo.workdays import period_bounds

# ---------------------------------------------------------------- employees


@dataclass
class Employee:
    nip: str
    name: str
    unit_id: str
    post: Post
    grade: str
    start: dt.date
    end: dt.date | None
    speed: float  # multiplies this person's processing times
    diligence: float  # shifts this person's typed SKP realisations
    moved_to: tuple[str, dt.date] | None = None  # transferred (mutasi): new unit, first day there

    @property
    def role(self) -> str:
        return self.post.role


_BACHELOR = ("S.Sos.", "S.IP.", "S.STP.", "S.H.", "S.E.", "S.AP.", "S.Kom.", "S.T.")
_MASTER = ("M.Si.", "M.M.", "M.AP.", "M.H.")


def _titles(rng: np.random.Generator, post: Post, born: int) -> str:
    """Academic titles that fit a post: e.g. ', S.Sos., M.Si.' (prefix titles as 'Drs. |')."""
    role, position = post.role, post.position
    if role == "camat":
        return ", S.STP., M.Si."
    if role in HEAD_ROLES or role in ("kasubbag", "seklur"):
        master_p = {"sekcam": 0.6, "lurah": 0.5, "camat": 1.0}.get(role, 0.3 if role != "seklur" else 0.15)
        if born < 1972 and rng.random() < 0.3:
            return "Drs. |" + (", M.Si." if rng.random() < master_p else "")
        bachelor = str(rng.choice(_BACHELOR, p=[0.24, 0.16, 0.14, 0.14, 0.12, 0.12, 0.04, 0.04]))
        return f", {bachelor}" + (f", {rng.choice(_MASTER)}" if rng.random() < master_p else "")
    if role == "analis":
        return str(rng.choice([", S.AP., M.AP.", ", S.Sos., M.Si.", ", S.IP."]))
    if position.startswith("Pranata Komputer Ahli"):
        return ", S.Kom."
    if position.startswith("Pranata Komputer"):
        return str(rng.choice([", A.Md.Kom.", ", A.Md.", ", S.Kom."]))
    if role == "penyuluh":
        return ", S.Sos."
    if position == "Pengelola Keuangan":
        return str(rng.choice([", S.E.", ", A.Md.Ak."]))
    draw = rng.random()
    if draw < 0.45:
        return ""
    if draw < 0.7:
        return ", A.Md."
    return f", {rng.choice(['S.E.', 'S.Sos.', 'S.AP.', 'S.Kom.', 'S.H.'])}"


# Batak and Maluku family names in Faker's id_ID lists: mostly redrawn, since an office in
# Semarang is staffed mainly by Javanese, but not always.
_RARE_IN_SEMARANG = frozenset(
    {
        "Damanik",
        "Dongoran",
        "Dabukke",
        "Hutagalung",
        "Hutapea",
        "Hutasoit",
        "Latupono",
        "Mangunsong",
        "Manullang",
        "Marpaung",
        "Marbun",
        "Nainggolan",
        "Nababan",
        "Napitupulu",
        "Siregar",
        "Sihombing",
        "Samosir",
        "Saragih",
        "Sihotang",
        "Simanjuntak",
        "Sinaga",
        "Simbolon",
        "Sitompul",
        "Sitorus",
        "Sirait",
        "Situmorang",
        "Tampubolon",
        "Tamba",
        "Tarihoran",
        "Namaga",
    }
)


def _full_name(fake: Faker, rng: np.random.Generator, sex: int, post: Post, born: int) -> str:
    """A Faker id_ID name with titles fitting the post."""
    first_name, last_name = (
        (fake.first_name_male, fake.last_name_male) if sex == 1 else (fake.first_name_female, fake.last_name_female)
    )
    family = last_name()
    while family in _RARE_IN_SEMARANG and rng.random() < 0.85:
        family = last_name()
    base = f"{first_name()} {family}"
    titles = _titles(rng, post, born)
    if titles.startswith("Drs. |"):
        prefix = "Drs. " if sex == 1 else "Dra. "
        return prefix + base + titles[len("Drs. |") :]
    return base + titles


def _bare_name(name: str) -> str:
    """The name without academic titles, for telling people apart."""
    name = name.split(",")[0]
    return name.removeprefix("Drs. ").removeprefix("Dra. ")


def _grade_for(rng: np.random.Generator, post: Post, years_of_service: float) -> str:
    lo, hi = GRADES.index(post.grades[0]), GRADES.index(post.grades[1])
    pos = lo + (hi - lo) * min(1.0, years_of_service / 22) + rng.normal(0, 0.5)
    return GRADES[int(np.clip(round(pos), lo, hi))]


def _random_day(rng: np.random.Generator, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=int(rng.integers(0, (last - first).days + 1)))


class _Staffing:
    """Draws people with valid, unique NIPs and names."""

    def __init__(self, rng: np.random.Generator, fake: Faker):
        self.rng, self.fake = rng, fake
        self.nips: set[str] = {CAMAT_NIP}
        self.names: set[str] = set()

    def person(self, unit_id: str, post: Post, start: dt.date | None, new_cpns: bool = False) -> Employee:
        """One employee in post from start (None: a date before 2023 fitting the career)."""
        rng = self.rng
        sex = 1 if rng.random() < 0.5 else 2
        if new_cpns:
            age = rng.uniform(23, 30)
        elif post.role in HEAD_ROLES or post.role == "kasubbag":
            age = rng.uniform(38, 53)
        elif post.kind == "fungsional":
            age = rng.uniform(26, 48)
        else:
            age = rng.uniform(23, 53)
        ref = start or dt.date(2023, 1, 1)
        born = ref - dt.timedelta(days=int(age * 365.25))
        if new_cpns:
            tmt = dt.date(int(rng.choice([2023, 2024])), int(rng.choice([1, 3, 4, 6])), 1)
            start = start or tmt
            start = max(start, tmt)
        else:
            age_at_tmt = rng.uniform(20 if post.kind == "pelaksana" else 23, 30)
            tmt_day = born + dt.timedelta(days=int(age_at_tmt * 365.25))
            tmt_day = min(tmt_day, dt.date(2021, 12, 1))
            tmt = dt.date(tmt_day.year, int(rng.choice([1, 2, 3, 4, 12])), 1)
            if start is None:
                earliest = max(
                    dt.date(tmt.year + (3 if post.role in HEAD_ROLES else 1), tmt.month, 1), dt.date(2012, 1, 2)
                )
                latest = dt.date(2022, 12, 30)
                if post.role in HEAD_ROLES:
                    earliest = max(earliest, dt.date(2019, 1, 2))
                start = _random_day(rng, min(earliest, latest), latest)
        while True:
            seq = int(rng.integers(1, 10)) if rng.random() < 0.9 else int(rng.integers(10, 40))
            nip = f"{born:%Y%m%d}{tmt:%Y%m}{sex}{seq:03d}"
            if nip not in self.nips:
                break
        self.nips.add(nip)
        while True:
            name = _full_name(self.fake, rng, sex, post, born.year)
            if _bare_name(name) not in self.names:
                break
        self.names.add(_bare_name(name))
        years = (start - tmt).days / 365.25
        return Employee(
            nip=nip,
            name=name,
            unit_id=unit_id,
            post=post,
            grade=_grade_for(rng, post, years),
            start=start,
            end=None,
            speed=float(rng.lognormal(0, 0.15)),
            diligence=float(rng.normal(0, 0.04)),
        )


def _build_employees(rng: np.random.Generator, fake: Faker) -> list[Employee]:
    """The staffing of the kecamatan office and the eight kelurahan, with turnover."""
    staffing = _Staffing(rng, fake)
    posts: dict[str, list[Post]] = {unit: list(p) for unit, p in OFFICE_POSTS.items()}
    for (_, _, _, n_staff), unit_id in zip(KELURAHAN, KELURAHAN_IDS, strict=True):
        posts[unit_id] = list(KELURAHAN_HEADS) + list(KELURAHAN_STAFF[:n_staff])
    people: list[Employee] = []
    holders: dict[tuple[str, int], Employee] = {}
    for unit_id, unit_posts in posts.items():
        for i, post in enumerate(unit_posts):
            if unit_id == KECAMATAN and post.role == "camat":
                camat = Employee(
                    nip=CAMAT_NIP,
                    name=_full_name(fake, rng, 1, post, 1976),
                    unit_id=KECAMATAN,
                    post=post,
                    grade="IV/b",
                    start=dt.date(2022, 3, 14),
                    end=None,
                    speed=1.0,
                    diligence=0.02,
                )
                staffing.names.add(_bare_name(camat.name))
                person = camat
            else:
                person = staffing.person(unit_id, post, None)
            holders[(unit_id, i)] = person
            people.append(person)
    for unit_id, index, last_day, successor_start in TURNOVER:
        leaver = holders[(unit_id, index)]
        leaver.end = last_day
        if successor_start is not None:
            new_cpns = bool(rng.random() < 0.5)
            people.append(staffing.person(unit_id, leaver.post, successor_start, new_cpns=new_cpns))
    for unit_id, index, first_day, new_unit in TRANSFERS:
        holders[(unit_id, index)].moved_to = (new_unit, first_day)
    for unit_id, post, first_day in EXTRA_POSTS:
        people.append(staffing.person(unit_id, post, first_day, new_cpns=True))
    for person in people:
        if person.unit_id == LAGGING_UNIT:
            person.diligence -= 0.04
    return people


def _evaluated(person: Employee, period: str) -> bool:
    """Whether person gets SKP targets (and, for closed semesters, an appraisal) in period:
    in post by the end of the semester's first quarter and still in post at its end."""
    first, last = period_bounds(period)
    last = min(last, LAST_DAY)
    return person.start <= first + dt.timedelta(days=91) and (person.end is None or person.end >= last)


def _employee_frame(people: list[Employee]) -> pd.DataFrame:
    """employees: a transferred person in their current unit, still in service."""
    return pd.DataFrame(
        {
            "nip": [p.nip for p in people],
            "name": [p.name for p in people],
            "unit_id": [p.moved_to[0] if p.moved_to else p.unit_id for p in people],
            "position": [p.post.position for p in people],
            "position_kind": [p.post.kind for p in people],
            "grade": [p.grade for p in people],
            "start_date": pd.to_datetime([p.start for p in people]),
            "end_date": pd.to_datetime([None if p.moved_to else p.end for p in people]),
        }
    )


def _postings_frame(people: list[Employee]) -> pd.DataFrame:
    """postings of the transferred people (everyone else reads as one implied posting)."""
    rows = []
    for p in people:
        if p.moved_to:
            rows.append((p.nip, p.unit_id, p.start, p.end))
            rows.append((p.nip, p.moved_to[0], p.moved_to[1], None))
    frame = pd.DataFrame(rows, columns=["nip", "unit_id", "valid_from", "valid_to"])
    frame["valid_from"] = pd.to_datetime(frame["valid_from"])
    frame["valid_to"] = pd.to_datetime(frame["valid_to"])
    return frame
