"""Command line: `python -m dashboard COMMAND`.

Commands: init (empty store), demo (demo store), query (run a named query).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.store import db_path


def _progress_bar(fraction: float, message: str) -> None:
    width = 30
    filled = int(round(min(max(fraction, 0.0), 1.0) * width))
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {fraction * 100:5.1f} % {message[:50]:<50}")
    sys.stderr.flush()
    if fraction >= 1.0:
        sys.stderr.write("\n")


def cmd_init(args: argparse.Namespace) -> int:
    from dashboard.store import init_store
    from dashboard.workcalendar import OfficeHours

    hours = OfficeHours.parse(args.office_hours, args.weekdays)
    init_store(args.db, hours)
    print(f"Basis data siap: {args.db}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from dashboard.demo import build_demo

    counts = build_demo(args.db, seed=args.seed, logs=args.logs, progress=_progress_bar)
    size = Path(args.db).stat().st_size / 1e6
    print(f"Data demo siap: {args.db} ({size:.1f} MB, {counts.get('seconds', 0):.1f} s)")
    for table, n in counts.items():
        if table != "seconds":
            print(f"  {table:<18} {n:>12,}".replace(",", "."))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from dashboard import queries
    from dashboard.store import open_reader, reader_cursor

    params = dict(item.split("=", 1) for item in args.param)
    con = open_reader(args.db)
    frame = queries.run(reader_cursor(con), args.name, **params)
    print(frame.to_string(index=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description="Dasbor Kinerja Gajahmungkur")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", type=Path, default=db_path(), help="store file (default: $KINERJA_DB)")
        return p

    init = with_db(sub.add_parser("init", help="create an empty store with schema, rules and calendar"))
    init.add_argument("--office-hours", default="08:00-16:00", help="office hours, e.g. 07:30-16:00")
    init.add_argument("--weekdays", default="1-5", help="ISO weekdays worked, e.g. 1-5 or 1,2,3,4,5,6")
    init.set_defaults(func=cmd_init)

    demo = with_db(sub.add_parser("demo", help="build the demo store"))
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--logs", type=int, default=None, help="number of service logs (default ~150.000)")
    demo.set_defaults(func=cmd_demo)

    query = with_db(sub.add_parser("query", help="run a named query from queries/ and print it"))
    query.add_argument("name")
    query.add_argument("param", nargs="*", help="name=value")
    query.set_defaults(func=cmd_query)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
