"""Impor Data: choose a table, upload a file, read the validation result, then confirm.

Validation and import run through the app's own connection (``data.transaction``): an
import is one transaction, other sessions keep reading the old data until it commits and
see the new data on their next interaction.
"""

import hashlib
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.access import auth, signin
from dashboard.core import data, fmt, ui
from dashboard.core.i18n import current_lang, t
from dashboard.core.store import CONTRACT_TABLES
from dashboard.datamgmt import contract, importer, mapping, templates

lang = current_lang()
ui.header("impor.title", "impor.lead")
if auth.role() not in ("admin", "hr"):
    st.error(t("impor.denied"))
    st.stop()

table = st.selectbox(
    t("impor.table"),
    list(CONTRACT_TABLES),
    format_func=lambda name: f"{name} — {contract.TABLES[name][lang == 'en']}",
    key="imp_table",
)
mappings = {name: mapping.load(name) for name in mapping.available()}
mapping_names = [""] + [name for name, m in mappings.items() if m.table == table]
mapping_name = st.selectbox(
    t("impor.mapping"),
    mapping_names,
    format_func=lambda name: mappings[name].name + f" ({name}.toml)" if name else t("impor.no_mapping", lang=lang),
    key="imp_mapping",
)
chosen = mappings.get(mapping_name) if mapping_name else None

with st.expander(t("impor.templates")):
    st.caption(t("impor.templates_lead"))
    left, right, _ = st.columns([1, 1, 3])
    ui.download(t("impor.template_xlsx"), lambda: templates.xlsx_bytes(table, lang), f"templat_{table}.xlsx",
                ui.XLSX, key="tpl_xlsx", where=left)  # fmt: skip
    ui.download(t("impor.template_csv"), lambda: templates.csv_bytes(table), f"templat_{table}.csv", ui.CSV,
                key="tpl_csv", where=right)  # fmt: skip

uploaded = st.file_uploader(t("impor.file"), type=["csv", "xlsx"], key="imp_file")
if uploaded is None:
    st.info(t("impor.wait_file"))
    ui.footnote(t("impor.footnote"))
    st.stop()

payload = uploaded.getvalue()
digest = hashlib.sha256(payload).hexdigest()


check_key = (digest, table, mapping_name, lang)
if st.session_state.get("imp_check_key") != check_key:
    bar = st.progress(0.0, text=t("impor.progress_read"))
    with (
        importer.upload_on_disk(uploaded.name, payload) as path,
        data.transaction() as cursor,
    ):  # validation writes only temp tables: nothing cached goes stale
        check = importer.validate(
            cursor, table, path, mapping=chosen, lang=lang, limit=500, progress=lambda f, m: bar.progress(f, text=m)
        )
    bar.empty()
    st.session_state["imp_check"] = check
    st.session_state["imp_check_key"] = check_key
    st.session_state.pop("imp_result", None)
check = st.session_state["imp_check"]

st.subheader(t("impor.check"))
a, b, c = st.columns(3)
a.metric(t("impor.rows"), fmt.number(check.rows))
b.metric(t("impor.errors"), fmt.number(check.error_count))
c.metric(t("impor.warnings"), fmt.number(check.warning_count))
if check.ok:
    st.success(t("impor.valid"))
else:
    st.warning(t("impor.invalid", n=fmt.number(check.error_count)))
if check.problems:
    total = check.error_count + check.warning_count
    if total > len(check.problems):
        st.caption(t("impor.showing", shown=fmt.number(len(check.problems)), total=fmt.number(total)))
    ui.table(
        pd.DataFrame(
            {
                t("impor.row"): [str(p.row) if p.row is not None else t("impor.file_level") for p in check.problems],
                t("impor.column"): [p.column or "–" for p in check.problems],
                t("impor.message"): [p.message for p in check.problems],
                t("impor.severity"): [t(importer.SEVERITY_KEYS[p.severity]) for p in check.problems],
            }
        ),
        "masalah_impor",
    )

skip_invalid = False
if not check.ok:
    skip_invalid = st.checkbox(t("impor.skip_invalid"), key="imp_skip")
can_import = check.rows > 0 and (check.ok or skip_invalid)
if st.button(t("impor.confirm"), type="primary", disabled=not can_import, key="imp_go"):
    bar = st.progress(0.0, text=t("impor.progress_read"))
    rejected = None
    try:
        with importer.upload_on_disk(uploaded.name, payload) as path, data.transaction() as cursor:
            result = importer.import_file(
                cursor,
                table,
                path,
                mapping=chosen,
                skip_invalid=skip_invalid,
                lang=lang,
                user=auth.current_user().username or None,
                progress=lambda f, m: bar.progress(min(f, 1.0), text=m),
            )
            if result.rejected_file is not None:  # kept in this session only; the folder goes now
                rejected = (result.rejected_file.name, result.rejected_file.read_bytes())
                result.rejected_file = Path(result.rejected_file.name)
    except importer.UnreadableFile as exc:
        result = exc.result
    bar.empty()
    signin.audit("import", table, result.audit_detail())
    st.session_state["imp_result"] = result
    st.session_state["imp_rejected"] = rejected
    st.session_state.pop("imp_check_key", None)  # the store changed: check again on the next run

result = st.session_state.get("imp_result")
if result is not None:
    st.subheader(t("impor.done"))
    lines = result.summary(lang)
    (st.success if result.ok else st.error)("  \n".join(lines[:1]))
    if len(lines) > 1:
        st.markdown("\n".join(f"- {line}" for line in lines[1:]))
    rejected = st.session_state.get("imp_rejected")
    if rejected is not None:
        name, content = rejected
        ui.download(t("impor.rejected_download"), lambda: content, name, ui.CSV, key="imp_rejected")

ui.footnote(t("impor.footnote"))
