"""Column mappings (TOML) for files from outside systems, e.g. the 311 logs of Boston, NYC, LA.

A mapping says which source column feeds which store column, which date formats the
source uses, how units and services are named (and whether unknown ones are created),
how a request's deadline (``due_at``) is derived and how status values translate.
Example (data/mappings/boston311.toml)::

    name = "Boston 311"
    table = "service_logs"
    timestamp_formats = ["%Y-%m-%d %H:%M:%S"]

    [columns]              # store column = source column
    request_id = "case_enquiry_id"
    unit_id = "department"

    [constants]            # store column = one fixed value for every row
    channel = "online"

    [units]                # unit_id = prefix + source value; created when create = true
    prefix = "BOS-"
    create = true
    kind = "seksi"

    [services]
    prefix = "BOS-"
    create = true
    category = "Boston 311"

    [due_at]               # either a source column or a fixed number of hours after received_at
    column = "target_dt"

    [status]               # source value -> store status; otherwise "from_completed" or "keep"
    map = { Closed = "selesai", Open = "proses" }
    otherwise = "keep"

``load`` refuses a mapping with unknown keys, tables or store columns, so a typo in a
mapping fails loudly before any row is read.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from dashboard import DATA_DIR
from dashboard.core.store import CONTRACT_TABLES

MAPPING_DIR = DATA_DIR / "mappings"

STATUSES = ("selesai", "proses", "ditolak", "batal")
UNIT_KINDS = ("kecamatan", "sekretariat", "seksi", "kelurahan")
_TOP_KEYS = {
    "name",
    "description",
    "table",
    "delimiter",
    "timestamp_formats",
    "date_formats",
    "columns",
    "constants",
    "units",
    "services",
    "due_at",
    "status",
}


class MappingError(ValueError):
    """The mapping file is not usable; the message says why."""


@dataclass(frozen=True)
class Mapping:
    name: str
    table: str
    columns: dict[str, str]  # store column -> source column
    constants: dict[str, str] = field(default_factory=dict)  # store column -> fixed value
    description: str = ""
    delimiter: str | None = None
    timestamp_formats: tuple[str, ...] = ()
    date_formats: tuple[str, ...] = ()
    unit_prefix: str = ""
    create_units: bool = False
    unit_kind: str = "seksi"
    unit_parent: str | None = None
    service_prefix: str = ""
    create_services: bool = False
    service_category: str = "Lainnya"
    due_column: str | None = None
    due_hours: float | None = None
    status_map: dict[str, str] = field(default_factory=dict)
    status_otherwise: str = "keep"  # 'keep' (validated as is) or 'from_completed'

    def source_columns(self) -> list[str]:
        """Every source column the mapping reads."""
        cols = list(self.columns.values())
        if self.due_column:
            cols.append(self.due_column)
        return list(dict.fromkeys(cols))


def _check_keys(section: dict, allowed: set[str], where: str) -> None:
    unknown = sorted(set(section) - allowed)
    if unknown:
        raise MappingError(f"{where}: kunci tidak dikenal {unknown}")


def parse(text: str, name: str = "mapping", store_columns: dict[str, list[str]] | None = None) -> Mapping:
    """A Mapping from TOML text. ``store_columns`` (table -> columns) enables column checks."""
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise MappingError(f"{name}: TOML tidak sah: {exc}") from exc
    _check_keys(raw, _TOP_KEYS, name)
    table = raw.get("table")
    if table not in CONTRACT_TABLES:
        raise MappingError(f"{name}: tabel {table!r} bukan tabel kontrak ({', '.join(CONTRACT_TABLES)})")
    columns = {str(k): str(v) for k, v in raw.get("columns", {}).items()}
    constants = {str(k): str(v) for k, v in raw.get("constants", {}).items()}
    if store_columns is not None:
        known = set(store_columns[table])
        bad = sorted((set(columns) | set(constants)) - known)
        if bad:
            raise MappingError(f"{name}: kolom {bad} tidak ada di tabel {table}")
    units = raw.get("units", {})
    _check_keys(units, {"prefix", "create", "kind", "parent"}, f"{name} [units]")
    services = raw.get("services", {})
    _check_keys(services, {"prefix", "create", "category"}, f"{name} [services]")
    due = raw.get("due_at", {})
    _check_keys(due, {"column", "hours_after_received"}, f"{name} [due_at]")
    if "column" in due and "hours_after_received" in due:
        raise MappingError(f"{name} [due_at]: pilih column atau hours_after_received, bukan keduanya")
    status = raw.get("status", {})
    _check_keys(status, {"map", "otherwise"}, f"{name} [status]")
    status_map = {str(k): str(v) for k, v in status.get("map", {}).items()}
    bad_status = sorted(set(status_map.values()) - set(STATUSES))
    if bad_status:
        raise MappingError(f"{name} [status]: status {bad_status} tidak dikenal ({', '.join(STATUSES)})")
    otherwise = status.get("otherwise", "keep")
    if otherwise not in ("keep", "from_completed"):
        raise MappingError(f"{name} [status]: otherwise harus 'keep' atau 'from_completed'")
    kind = units.get("kind", "seksi")
    if kind not in UNIT_KINDS:
        raise MappingError(f"{name} [units]: jenis unit {kind!r} tidak dikenal")
    if (units.get("create") or services.get("create")) and table != "service_logs":
        raise MappingError(f"{name}: membuat unit/layanan baru hanya untuk tabel service_logs")
    return Mapping(
        name=str(raw.get("name", name)),
        table=table,
        columns=columns,
        constants=constants,
        description=str(raw.get("description", "")),
        delimiter=raw.get("delimiter"),
        timestamp_formats=tuple(raw.get("timestamp_formats", ())),
        date_formats=tuple(raw.get("date_formats", ())),
        unit_prefix=str(units.get("prefix", "")),
        create_units=bool(units.get("create", False)),
        unit_kind=kind,
        unit_parent=units.get("parent"),
        service_prefix=str(services.get("prefix", "")),
        create_services=bool(services.get("create", False)),
        service_category=str(services.get("category", "Lainnya")),
        due_column=due.get("column"),
        due_hours=float(due["hours_after_received"]) if "hours_after_received" in due else None,
        status_map=status_map,
        status_otherwise=otherwise,
    )


def load(path: Path | str, store_columns: dict[str, list[str]] | None = None) -> Mapping:
    """The mapping in a TOML file; a bare name like 'boston311' means data/mappings/boston311.toml."""
    path = Path(path)
    if not path.suffix and not path.exists():
        path = MAPPING_DIR / f"{path.name}.toml"
    if not path.is_file():
        raise MappingError(f"berkas pemetaan tidak ditemukan: {path}")
    return parse(path.read_text(encoding="utf-8"), path.stem, store_columns)


def available() -> list[str]:
    """Names of the mappings shipped in data/mappings/."""
    return sorted(p.stem for p in MAPPING_DIR.glob("*.toml"))
