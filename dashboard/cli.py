"""Command line: `python -m dashboard COMMAND`.

Commands: init (empty store), demo (demo store), query (run a named query), users (accounts),
import, templates, bench, and the operations commands backup, restore, digest, smtp.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from dashboard import DATA_DIR
from dashboard.core.store import CONTRACT_TABLES, db_path


def _progress_bar(fraction: float, message: str) -> None:
    width = 30
    filled = int(round(min(max(fraction, 0.0), 1.0) * width))
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {fraction * 100:5.1f} % {message[:50]:<50}")
    sys.stderr.flush()
    if fraction >= 1.0:
        sys.stderr.write("\n")


def cmd_init(args: argparse.Namespace) -> int:
    import duckdb

    from dashboard.core.store import init_store, stored_hours
    from dashboard.core.workcalendar import DEFAULT_HOURS, OfficeHours

    hours = None  # without flags an existing store keeps its office hours and working times
    if args.office_hours or args.weekdays:
        current = DEFAULT_HOURS
        if Path(args.db).exists():
            con = duckdb.connect(str(args.db), read_only=True)
            try:
                current = stored_hours(con) or DEFAULT_HOURS
            except duckdb.CatalogException:  # a file without a settings table yet
                pass
            finally:
                con.close()
        office, weekdays = current.as_text()
        hours = OfficeHours.parse(args.office_hours or office, args.weekdays or weekdays)
    init_store(args.db, hours)
    print(f"Basis data siap: {args.db}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from dashboard.demo.build import build_demo

    counts = build_demo(args.db, seed=args.seed, logs=args.logs, progress=_progress_bar)
    size = Path(args.db).stat().st_size / 1e6
    print(f"Data demo siap: {args.db} ({size:.1f} MB, {counts.get('seconds', 0):.1f} s)")
    for table, n in counts.items():
        if table != "seconds":
            print(f"  {table:<18} {n:>12,}".replace(",", "."))
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    from dashboard.core import queries
    from dashboard.core.store import open_reader, reader_cursor

    params = dict(item.split("=", 1) for item in args.param)
    con = open_reader(args.db)
    frame = queries.run(reader_cursor(con), args.name, **params)
    print(frame.to_string(index=False))
    return 0


def cmd_lineage(args: argparse.Namespace) -> int:
    import duckdb

    from dashboard.core import lineage, queries
    from dashboard.core.store import apply_schema

    if args.name not in queries.names():
        print(f"Tidak ada kueri {args.name!r} di queries/.", file=sys.stderr)
        return 1
    con = duckdb.connect(":memory:")  # the schema alone: lineage needs no data
    apply_schema(con)
    print(lineage.describe(lineage.read_catalog(con), args.name))
    return 0


def _read_password(from_stdin: bool) -> str:
    """A password from standard input (one line) or typed without echo, never from argv."""
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    import getpass

    first = getpass.getpass("Kata sandi: ")
    if first != getpass.getpass("Ulangi kata sandi: "):
        raise ValueError("kata sandi tidak sama")
    return first


def cmd_users(args: argparse.Namespace) -> int:
    import duckdb

    from dashboard.access import auth
    from dashboard.core.store import apply_schema

    try:
        con = duckdb.connect(str(args.db))
    except duckdb.IOException:
        print(f"Basis data {args.db} sedang dipakai (dasbor berjalan?). Hentikan dasbor, lalu ulangi.", file=sys.stderr)
        return 1
    apply_schema(con)  # a store made by an earlier release is upgraded first
    admin = auth.User("cli", "admin")
    try:
        return _users(con, admin, args)
    finally:
        from dashboard.access import audit_trail

        audit_trail.seal(con)
        con.close()


def _users(con, admin, args: argparse.Namespace) -> int:
    import duckdb

    from dashboard.access import auth
    from dashboard.core import queries

    try:
        if args.action == "list":
            frame = queries.run(con, "users_list")
            print(frame[["username", "role", "unit_id", "nip", "active"]].to_string(index=False))
            return 0
        if args.action == "bulk-pegawai":
            return _bulk_pegawai(con, admin, args)
        if not args.username:
            print("Sebutkan nama pengguna.", file=sys.stderr)
            return 2
        if args.action == "add":
            if not args.role:
                print("Sebutkan peran dengan --role.", file=sys.stderr)
                return 2
            auth.add_user(
                con, args.username, _read_password(args.password_stdin), args.role, args.unit, args.nip, args.name
            )
            auth.audit(con, admin, "user_add", args.username, args.role)
            print(
                f"Akun {args.username} ({args.role}) dibuat. Kata sandinya sekali pakai: diganti saat pertama masuk, "
                f"berlaku {os.environ.get('KINERJA_OTP_DAYS', auth.ONE_TIME_DAYS)} hari."
            )
            return 0
        if args.action in ("disable", "enable"):
            changed = auth.set_active(con, args.username, args.action == "enable")
            auth.audit(con, admin, f"user_{args.action}", args.username)
        else:  # reset-password
            changed = auth.reset_password(con, args.username, _read_password(args.password_stdin))
            auth.audit(con, admin, "user_reset_password", args.username)
        print(f"Akun {args.username} diperbarui." if changed else f"Akun {args.username} tidak ada.")
        return 0 if changed else 1
    except auth.WeakPassword as weak:
        from dashboard.core.i18n import t

        print(f"Gagal: {t(weak.key, lang='id')}", file=sys.stderr)
        return 1
    except (ValueError, duckdb.ConstraintException) as error:
        print(f"Gagal: {str(error).splitlines()[0]}", file=sys.stderr)
        return 1


def _bulk_pegawai(con, admin, args: argparse.Namespace) -> int:
    """A pegawai account with a one-time password for every active employee without one.

    The passwords go to the --out CSV only (mode 0600), never to the terminal or the log.
    """
    import datetime as dt

    from dashboard.core import queries
    from dashboard.pegawai import selfservice

    if not args.out:
        print("Sebutkan berkas CSV keluaran dengan --out.", file=sys.stderr)
        return 2
    settings = dict(queries.run(con, "store_settings").itertuples(index=False, name=None))
    as_of = settings.get("demo_as_of") if settings.get("is_demo") == "true" else None
    today = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    con.execute("begin transaction")
    try:
        accounts = selfservice.create_pegawai_accounts(con, admin, today, args.unit)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    if accounts.empty:
        print("Semua pegawai aktif sudah punya akun.")
        return 0
    selfservice.write_accounts_csv(accounts, args.out, lang="id")
    print(f"{len(accounts)} akun pegawai dibuat; nama pengguna dan kata sandi sekali pakai ada di {args.out}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    """Import one CSV/XLSX file into one table, in one transaction (all or nothing)."""
    import getpass

    import duckdb

    from dashboard.core.i18n import t
    from dashboard.core.store import apply_schema, open_reader, reader_cursor
    from dashboard.datamgmt import importer, mapping

    lang = args.lang
    if not Path(args.db).exists():
        print(t("impor.no_store", lang=lang, db=args.db), file=sys.stderr)
        return 1
    try:
        con = open_reader(args.db, read_only=False)
    except duckdb.IOException:
        print(t("impor.locked", lang=lang, db=args.db), file=sys.stderr)
        return 1
    cur = reader_cursor(con)
    apply_schema(cur)  # a store made by an earlier release is upgraded first
    try:
        chosen = None
        if args.mapping:
            try:
                chosen = mapping.load(args.mapping, importer.store_columns(cur))
            except mapping.MappingError as exc:
                print(str(exc), file=sys.stderr)
                return 1

        def progress(fraction: float, message: str) -> None:
            print(f"[impor] {fraction * 100:5.1f} % {message}", file=sys.stderr, flush=True)

        cur.execute("begin transaction")
        try:
            result = importer.import_file(
                cur,
                args.table,
                args.file,
                mapping=chosen,
                skip_invalid=args.skip_invalid,
                lang=lang,
                user=getpass.getuser(),
                progress=progress,
            )
            cur.execute("commit")
        except importer.UnreadableFile as exc:
            cur.execute("rollback")
            result = exc.result
        except BaseException:
            cur.execute("rollback")
            raise
        from dashboard.access import audit_trail, auth

        cur.execute("begin transaction")
        auth.audit(cur, auth.User(getpass.getuser() or "cli", "admin"), "import", args.table, result.audit_detail())
        audit_trail.seal_pending(cur)
        cur.execute("commit")
        cur.execute("checkpoint")
        for line in result.summary(lang):
            print(line)
        return 0 if result.ok else 1
    finally:
        cur.close()
        con.close()


def _ops_store(db: Path):
    """The store for an operations command, or None (printed why) when the dashboard holds it."""
    import duckdb

    from dashboard.ops import gateway

    if not Path(db).exists():
        print(f"Basis data {db} tidak ada.", file=sys.stderr)
        return None
    try:
        return gateway.FileStore(db)
    except duckdb.IOException:
        print(
            f"Basis data {db} sedang dipakai dasbor: gunakan halaman Operasional, atau hentikan dasbor lalu ulangi.",
            file=sys.stderr,
        )
        return None


def cmd_backup(args: argparse.Namespace) -> int:
    """Back up the store into a folder; prints the backup's path."""
    from dashboard.ops import jobs

    store = _ops_store(args.db)
    if store is None:
        return 1
    with store:
        result = jobs.backup_job(store, "cli", folder=args.to, keep=args.keep)
    if not result.ok:
        print(f"Cadangan gagal: {result.summary}", file=sys.stderr)
        return 1
    print(result.detail.path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Put a backup in place of the store (the dashboard stopped)."""
    from dashboard.ops import backup

    try:
        done = backup.restore(args.backup, args.db)
    except backup.BackupError as exc:
        print(f"Pemulihan gagal: {exc}", file=sys.stderr)
        return 1
    print(f"Dipulihkan dari {done.backup} ke {done.store} ({sum(done.counts.values()):,} baris).".replace(",", "."))
    if done.set_aside:
        print(f"Basis data sebelumnya disimpan sebagai {done.set_aside}")
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    """Send the daily or weekly e-mail digests (to the outbox folder when no SMTP server is set)."""
    from dashboard.ops import digest

    store = _ops_store(args.db)
    if store is None:
        return 1
    with store:
        result = digest.digest_job(store, f"digest_{args.kind}", "cli", outbox=args.outbox)
    print(result.summary)
    return 0 if result.ok else 1


def cmd_smtp(args: argparse.Namespace) -> int:
    """Configure the SMTP server; the password only from standard input, kept outside the store."""
    from dashboard.core import queries
    from dashboard.ops import digest, mail

    store = _ops_store(args.db)
    if store is None:
        return 1
    with store:
        with store.transaction() as cursor:
            for key, value in (
                ("ops.smtp_host", args.host),
                ("ops.smtp_port", str(args.port)),
                ("ops.smtp_starttls", "true" if args.starttls else "false"),
                ("ops.smtp_user", args.user or ""),
                ("ops.smtp_sender", args.sender or mail.DEFAULT_SENDER),
            ):
                queries.run(cursor, "setting_set", key=key, value=value)
        if args.password_stdin:
            mail.save_password(store.path, sys.stdin.readline().rstrip("\n"))
        print(f"SMTP diatur: {args.host}:{args.port}" + (" (STARTTLS)" if args.starttls else ""))
        if args.test:
            result = digest.send_test_mail(store, args.test, "cli")
            print(result.summary)
            return 0 if result.ok else 1
    return 0


def cmd_audit_check(args: argparse.Namespace) -> int:
    """Walk the audit trail's hash chain; exit 1 and name every break."""
    from dashboard.access import audit_trail
    from dashboard.core.store import open_reader, reader_cursor

    con = open_reader(args.db)
    try:
        breaks, sealed, unsealed = audit_trail.verify(reader_cursor(con))
    finally:
        con.close()
    for line in breaks:
        print(f"PUTUS: {line}")
    print(
        f"Jejak audit: {sealed} entri tersegel, {len(breaks)} kerusakan"
        + (f", {unsealed} entri belum tersegel (disegel saat dasbor dibuka berikutnya)" if unsealed else "")
    )
    return 1 if breaks else 0


def cmd_templates(args: argparse.Namespace) -> int:
    """Write the import templates (XLSX and CSV per table) into a folder."""
    from dashboard.core.i18n import t
    from dashboard.datamgmt import templates

    written = templates.write_all(args.out, args.db)
    print(t("impor.templates_written", lang="id", path=args.out))
    for path in written:
        print(f"  {path.name}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from bench import run as bench

    if args.worker:
        return bench.worker_main(args.worker, args.store, args.repeat, args.plan)
    if args.no_pandas and not args.browser:
        raise SystemExit("--no-pandas goes with --browser")
    if args.browser:
        from bench import browser

        store = args.store or bench.bench_store(args.logs)
        return browser.run(store, args.logs, args.repeat, args.port, args.markdown, pandas=not args.no_pandas)
    return bench.run(args.logs, args.repeat, args.markdown)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m dashboard", description="Dasbor Kinerja Gajahmungkur")
    sub = parser.add_subparsers(dest="command", required=True)

    def with_db(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
        p.add_argument("--db", type=Path, default=db_path(), help="store file (default: $KINERJA_DB)")
        return p

    init = with_db(sub.add_parser("init", help="create an empty store with schema, rules and calendar"))
    init.add_argument(
        "--office-hours",
        help="office hours, e.g. 07:30-16:00, or with a shorter Friday 07:30-16:00;5=07:30-11:30 "
        "(new store: 08:00-16:00; an existing store keeps its hours without this flag)",
    )
    init.add_argument("--weekdays", help="ISO weekdays worked, e.g. 1-5 or 1,2,3,4,5,6 (new store: 1-5)")
    init.set_defaults(func=cmd_init)

    demo = with_db(sub.add_parser("demo", help="build the demo store"))
    demo.add_argument("--seed", type=int, default=7)
    demo.add_argument("--logs", type=int, default=None, help="number of service logs (default ~150.000)")
    demo.set_defaults(func=cmd_demo)

    query = with_db(sub.add_parser("query", help="run a named query from queries/ and print it"))
    query.add_argument("name")
    query.add_argument("param", nargs="*", help="name=value")
    query.set_defaults(func=cmd_query)

    lineage = sub.add_parser(
        "lineage", help="print what a query reads (views, macros, tables) and the pages that ask it"
    )
    lineage.add_argument("name")
    lineage.set_defaults(func=cmd_lineage)

    users = with_db(
        sub.add_parser("users", help="manage accounts: add, list, disable, enable, reset-password, bulk-pegawai")
    )
    users.add_argument("action", choices=["add", "list", "disable", "enable", "reset-password", "bulk-pegawai"])
    users.add_argument("username", nargs="?", help="user name (not for list)")
    users.add_argument("--role", choices=["pegawai", "lurah", "camat", "hr", "admin"], help="role, for add")
    users.add_argument("--unit", help="unit_id a lurah (unit head) is limited to; bulk-pegawai: only this unit")
    users.add_argument("--nip", help="NIP of a pegawai account")
    users.add_argument("--name", help="display name")
    users.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    users.add_argument("--out", type=Path, help="bulk-pegawai: CSV to write the new accounts and passwords to")
    users.set_defaults(func=cmd_users)

    bench = sub.add_parser("bench", help="time every page's queries against the pandas way (prints a table)")
    bench.add_argument("--logs", type=int, default=1_000_000, help="service logs in the benchmark store")
    bench.add_argument("--repeat", type=int, default=5, help="runs per page and view")
    bench.add_argument("--markdown", type=Path, help="also write the table to this Markdown file")
    bench.add_argument("--worker", choices=["replay", "served", "ours", "pandas"], help=argparse.SUPPRESS)
    bench.add_argument(
        "--browser", action="store_true", help="time every page in Chromium as the camat clicks through it instead"
    )
    bench.add_argument("--port", type=int, default=8680, help="first port to try for the dashboard (--browser)")
    bench.add_argument(
        "--no-pandas",
        action="store_true",
        help="--browser without the pandas page (at 10M logs it would hold the whole log twice in memory)",
    )
    bench.add_argument("--store", type=Path, help="store to use (default: data/bench-<logs>.duckdb)")
    bench.add_argument("--plan", type=Path, help=argparse.SUPPRESS)
    bench.set_defaults(func=cmd_bench)

    imp = with_db(sub.add_parser("import", help="import a CSV/XLSX file into a table (all or nothing)"))
    imp.add_argument("table", choices=CONTRACT_TABLES)
    imp.add_argument("file", type=Path)
    imp.add_argument("--mapping", help="column mapping: a TOML file or a name in data/mappings/ (e.g. boston311)")
    imp.add_argument("--skip-invalid", action="store_true", help="import the valid rows, write rejected ones to a file")
    imp.add_argument("--lang", choices=("id", "en"), default="id")
    imp.set_defaults(func=cmd_import)

    bk = with_db(sub.add_parser("backup", help="back up the store (verified, named by date); prints its path"))
    bk.add_argument(
        "--to", type=Path, default=None, help="folder (default: $KINERJA_BACKUPS or backups/ beside the store)"
    )
    bk.add_argument("--keep", type=int, default=None, help="backups kept (default: the store's setting, 14)")
    bk.set_defaults(func=cmd_backup)

    rs = with_db(sub.add_parser("restore", help="put a backup in place of the store (stop the dashboard first)"))
    rs.add_argument("backup", type=Path)
    rs.set_defaults(func=cmd_restore)

    dg = with_db(sub.add_parser("digest", help="send the daily or weekly e-mail digests"))
    dg.add_argument("kind", choices=["daily", "weekly"])
    dg.add_argument("--outbox", type=Path, default=None, help="folder for .eml files when no SMTP server is set")
    dg.set_defaults(func=cmd_digest)

    smtp = with_db(sub.add_parser("smtp", help="configure the SMTP server for the e-mail digests"))
    smtp.add_argument("--host", required=True)
    smtp.add_argument("--port", type=int, default=587)
    smtp.add_argument("--starttls", action="store_true", help="upgrade the connection with STARTTLS")
    smtp.add_argument("--user", default="", help="SMTP user name")
    smtp.add_argument("--password-stdin", action="store_true", help="read the SMTP password from standard input")
    smtp.add_argument("--sender", default=None, help="From address")
    smtp.add_argument("--test", metavar="ADDRESS", help="then send a test mail to this address")
    smtp.set_defaults(func=cmd_smtp)

    check = with_db(sub.add_parser("audit-check", help="verify the audit trail's hash chain (exit 1 on a break)"))
    check.set_defaults(func=cmd_audit_check)

    tpl = with_db(sub.add_parser("templates", help="write import templates (XLSX + CSV per table)"))
    tpl.add_argument("--out", type=Path, default=DATA_DIR / "templates")
    tpl.set_defaults(func=cmd_templates)
    return parser


def main(argv: list[str] | None = None) -> int:
    import os

    from dashboard.core.store import PRIVATE_UMASK

    os.umask(PRIVATE_UMASK)  # stores, logs, account lists and rejected rows: readable by this user only
    args = build_parser().parse_args(argv)
    return args.func(args)
