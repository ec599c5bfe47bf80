"""Texts of the employee's pages: Kinerja Saya (the employee's own record, tanggapan, penilaian diri),
the per-unit comparison of self and supervisor ratings, and bulk pegawai accounts."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- navigation
    "self.nav": ("Saya", "Me"),
    # ---- Kinerja Saya
    "self.title": ("Kinerja Saya", "My performance"),
    "self.lead": (
        "Rekam kinerja Anda sendiri: target dan capaian SKP, bukti dari permohonan yang Anda tangani, riwayat "
        "penilaian dengan umpan balik, dan layanan Anda terhadap standar. Anda dapat menanggapi setiap penilaian "
        "dan menilai diri sendiri sebelum evaluasi semester.",
        "Your own performance record: SKP targets and achievement, evidence from the requests you handled, your "
        "appraisal history with feedback, and your services against the standard. You can respond to each "
        "appraisal and assess yourself before the half-year evaluation.",
    ),
    "self.hello": ("Halo, **{name}**", "Hello, **{name}**"),
    "self.guide_link": (
        "Bagaimana kinerja Anda dihitung? Baca Panduan Evaluasi",
        "How is your performance computed? Read the evaluation guide",
    ),
    "self.no_nip": (
        "Akun ini tidak terhubung dengan NIP pegawai. Hubungi admin untuk menghubungkannya.",
        "This account is not linked to an employee's NIP. Ask the admin to link it.",
    ),
    "self.unknown": (
        "NIP akun Anda belum ada di data kepegawaian. Hubungi Subbagian Umum dan Kepegawaian.",
        "Your account's NIP is not in the staff data yet. Contact HR.",
    ),
    "self.footnote": (
        "Data ini hanya untuk Anda, atasan Anda dan Subbagian Umum dan Kepegawaian (data pribadi, UU 27/2022). "
        "Realisasi yang dihitung dari log layanan memakai permohonan yang Anda selesaikan; semester berjalan "
        "dihitung sampai hari ini.",
        "This data is for you, your supervisor and HR only (personal data, UU 27/2022). Realisations computed "
        "from the service logs use the requests you completed; the running half-year is counted up to today.",
    ),
    # running semester
    "self.running_header": ("Semester berjalan: {period}", "Running half-year: {period}"),
    "self.running_lead": (
        "Kemajuan sampai {today}, dihitung dari permohonan yang Anda selesaikan; semester berakhir {end}.",
        "Progress up to {today}, computed from the requests you completed; the half-year ends on {end}.",
    ),
    "self.running_no_targets": (
        "Belum ada target SKP untuk {period}. Susun target bersama atasan Anda.",
        "No SKP targets for {period} yet. Set them with your supervisor.",
    ),
    "self.running_others": (
        "{n} target lain ({indicators} indikator) tidak terhubung dengan log layanan; realisasinya diisi saat "
        "evaluasi akhir semester.",
        "{n} other targets ({indicators} indicators) are not linked to the service logs; their realisation is "
        "entered at the half-year evaluation.",
    ),
    "self.months_left": ("{n} bulan tersisa", "{n} months left"),
    "self.month_left": ("{n} bulan tersisa", "{n} month left"),
    "self.days_left": ("{n} hari tersisa", "{n} days left"),
    "self.time_over": ("semester sudah berakhir", "the half-year has ended"),
    "self.progress_count": (
        "Anda telah menyelesaikan **{done}** dari target **{target}** layanan ({pct}) dengan {left}.",
        "You have completed **{done}** of a target of **{target}** services ({pct}) with {left}.",
    ),
    "self.progress_count_layanan_sesuai_standar": (
        "Anda telah menyelesaikan **{done}** permohonan sesuai standar dari target **{target}** ({pct}) dengan {left}.",
        "You have completed **{done}** requests within the standard of a target of **{target}** ({pct}) with {left}.",
    ),
    "self.progress_share_ok": (
        "{what}: sejauh ini **{value}**, sudah memenuhi target {target}.",
        "{what}: so far **{value}**, meeting the target of {target}.",
    ),
    "self.progress_share_below": (
        "{what}: sejauh ini **{value}**, di bawah target {target}.",
        "{what}: so far **{value}**, below the target of {target}.",
    ),
    "self.progress_time_ok": (
        "Median waktu proses Anda sejauh ini **{value} jam kerja**, dalam target {target} jam kerja.",
        "Your median processing time so far is **{value} working hours**, within the target of {target}.",
    ),
    "self.progress_time_over": (
        "Median waktu proses Anda sejauh ini **{value} jam kerja**, melebihi target {target} jam kerja.",
        "Your median processing time so far is **{value} working hours**, over the target of {target}.",
    ),
    "self.progress_none": (
        "{indicator}: belum ada permohonan selesai yang dihitung.",
        "{indicator}: no completed request counted yet.",
    ),
    "self.metric_persen_sesuai_standar": (
        "Permohonan selesai sesuai standar pelayanan",
        "Requests completed within the service standard",
    ),
    "self.metric_persen_tanpa_perbaikan": (
        "Permohonan selesai tanpa perbaikan berkas",
        "Requests completed without rework",
    ),
    "self.metric_layanan_selesai": ("Permohonan selesai", "Requests completed"),
    "self.metric_layanan_sesuai_standar": (
        "Permohonan selesai sesuai standar pelayanan",
        "Requests completed within the service standard",
    ),
    "self.metric_median_jam_kerja": ("Median waktu proses", "Median processing time"),
    "self.skp_lead": (
        "Capaian tiap aspek dihitung dengan rumus Perka BKN 1/2013; lihat Panduan Evaluasi untuk contohnya.",
        "Each aspect's achievement follows Perka BKN 1/2013; the evaluation guide shows worked examples.",
    ),
    "self.evidence_lead": (
        "Realisasi ini dihitung dari permohonan yang Anda tangani. Buka untuk melihat permohonannya satu per satu.",
        "These realisations are computed from the requests you handled. Open one to see the requests.",
    ),
    # self-assessment
    "self.assess_header": ("Penilaian diri", "Self-assessment"),
    "self.assess_lead": (
        "Sebelum evaluasi semester, nilailah hasil kerja dan perilaku kerja Anda sendiri. Atasan Anda melihat "
        "penilaian ini di samping penilaiannya; penilaian atasan tetap yang menentukan predikat.",
        "Before the half-year evaluation, rate your own work results and behaviour. Your supervisor sees this "
        "beside their rating; the supervisor's rating still decides the predikat.",
    ),
    "self.assess_none": (
        "Anda belum mengisi penilaian diri {period}. Dapat diisi dan diubah sampai {until}.",
        "You have not assessed {period} yet. You can fill it in and change it until {until}.",
    ),
    "self.assess_saved": (
        "Penilaian diri {period} tersimpan ({date}). Dapat diubah sampai {until}.",
        "Self-assessment for {period} saved ({date}). It can be changed until {until}.",
    ),
    "self.assess_closed": (
        "Masa penilaian diri sudah ditutup untuk semester ini.",
        "Self-assessment is closed for this half-year.",
    ),
    "self.rate_results": ("Hasil kerja", "Work results"),
    "self.rate_behaviour": ("Perilaku kerja (keseluruhan)", "Work behaviour (overall)"),
    "self.berakhlak_header": ("Nilai-nilai BerAKHLAK", "BerAKHLAK values"),
    "self.berakhlak_lead": (
        "Perilaku kerja dinilai menurut tujuh nilai dasar ASN BerAKHLAK.",
        "Work behaviour is judged on the seven BerAKHLAK core values of the civil service.",
    ),
    "self.value_berorientasi_pelayanan": ("Berorientasi Pelayanan", "Berorientasi Pelayanan (service)"),
    "self.value_akuntabel": ("Akuntabel", "Akuntabel (accountable)"),
    "self.value_kompeten": ("Kompeten", "Kompeten (competent)"),
    "self.value_harmonis": ("Harmonis", "Harmonis (harmonious)"),
    "self.value_loyal": ("Loyal", "Loyal (loyal)"),
    "self.value_adaptif": ("Adaptif", "Adaptif (adaptive)"),
    "self.value_kolaboratif": ("Kolaboratif", "Kolaboratif (collaborative)"),
    "self.note": ("Catatan untuk atasan (boleh kosong)", "Note for your supervisor (optional)"),
    "self.note_short": ("Catatan pegawai", "Employee's note"),
    "self.assess_submit": ("Simpan penilaian diri", "Save self-assessment"),
    "self.assess_thanks": ("Penilaian diri {period} tersimpan.", "Self-assessment for {period} saved."),
    "self.locked_now": (
        "Masa pengisian sudah ditutup; perubahan tidak disimpan.",
        "The period for changes has closed; nothing was saved.",
    ),
    "self.self_line": (
        "**Penilaian diri:** hasil kerja {results}, perilaku kerja {behaviour} (predikat {predikat}).",
        "**Self-assessment:** work results {results}, work behaviour {behaviour} (predikat {predikat}).",
    ),
    "self.self_differs": (
        ":orange-badge[:material/compare_arrows: berbeda dari penilaian atasan]",
        ":orange-badge[:material/compare_arrows: differs from the supervisor's rating]",
    ),
    "self.self_differs_self": (
        ":orange-badge[:material/compare_arrows: berbeda dari penilaian atasan; bicarakan saat umpan balik]",
        ":orange-badge[:material/compare_arrows: differs from your supervisor's rating; discuss it at feedback]",
    ),
    "self.from_employee": ("Dari pegawai", "From the employee"),
    "self.not_appraised_yet": ("belum dinilai atasan", "not yet appraised"),
    # responses
    "self.appraisals_lead": (
        "Penilaian atasan Anda per semester, dengan umpan balik dan rekomendasinya. Di bawah setiap penilaian "
        "Anda dapat menyatakan setuju atau keberatan (dengan alasan) dan menulis rencana untuk rekomendasinya.",
        "Your supervisor's appraisal per half-year, with feedback and recommendation. Under each one you can "
        "agree or object (with reasons) and write your plan for the recommendation.",
    ),
    "self.response_header": ("Tanggapan Anda", "Your response"),
    "self.response_lead": (
        "Dapat diisi dan diubah sampai {until}. Atasan dan Subbagian Umum dan Kepegawaian melihat tanggapan ini.",
        "Can be written and changed until {until}. Your supervisor and HR see this response.",
    ),
    "self.response_label": ("Tanggapan pegawai", "Employee's response"),
    "self.response_agree": ("Setuju dengan penilaian", "Agree with the appraisal"),
    "self.response_object": ("Keberatan", "Objection"),
    "self.reasons": ("Alasan keberatan", "Reasons for the objection"),
    "self.reasons_input": (
        "Alasan (wajib bila keberatan)",
        "Reasons (required for an objection)",
    ),
    "self.reasons_needed": (
        "Tuliskan alasan keberatan Anda.",
        "Please write the reasons for your objection.",
    ),
    "self.plan": ("Rencana tindak lanjut rekomendasi", "Plan for the recommendation"),
    "self.plan_input": ("Rencana Anda untuk rekomendasi ini", "Your plan for this recommendation"),
    "self.plan_input_general": ("Rencana Anda untuk semester berikutnya", "Your plan for the next half-year"),
    "self.response_submit": ("Kirim tanggapan", "Send response"),
    "self.response_thanks": ("Tanggapan untuk {period} tersimpan.", "Response for {period} saved."),
    "self.response_when": ("Ditulis/diubah terakhir {date}.", "Last written {date}."),
    "self.response_closed": (
        "Masa tanggapan untuk penilaian ini berakhir {date}.",
        "The response period for this appraisal ended on {date}.",
    ),
    # per unit: self vs supervisor
    "self.gaps_title": (
        "Penilaian diri dan penilaian atasan per unit",
        "Self-assessment and supervisor's rating per unit",
    ),
    "self.gaps_lead": (
        "Semua semester yang dinilai sendiri oleh pegawai dan dinilai atasan, menurut unit penempatan pegawai "
        "sekarang: berapa kali keduanya berbeda, dan berapa keberatan yang tercatat.",
        "Every half-year both self-assessed and appraised, by the employee's current unit: how often the two "
        "differ, and how many objections were recorded.",
    ),
    "self.gaps_none": (
        "Belum ada penilaian diri yang dapat dibandingkan dengan penilaian atasan, dan belum ada keberatan.",
        "No self-assessment to compare with a supervisor's rating yet, and no objection.",
    ),
    "self.gaps_pairs": ("Pasangan penilaian", "Pairs"),
    "self.gaps_results": ("Berbeda: hasil kerja", "Differ: results"),
    "self.gaps_behaviour": ("Berbeda: perilaku", "Differ: behaviour"),
    "self.gaps_any_pct": ("Berbeda (%)", "Differ (%)"),
    "self.gaps_higher": ("Diri lebih tinggi", "Self rated higher"),
    "self.gaps_objections": ("Keberatan", "Objections"),
    # bulk accounts
    "self.bulk_header": ("Akun pegawai sekaligus", "Employee accounts in bulk"),
    "self.bulk_lead": (
        "Buat akun berperan pegawai untuk setiap pegawai aktif yang belum punya akun. Nama pengguna = NIP; "
        "kata sandi sekali pakai acak. Berkas CSV berisi kata sandi hanya ditawarkan sekali: unduh, bagikan "
        "secara pribadi, lalu hapus.",
        "Create a pegawai account for every active employee without one. User name = NIP; a random one-time "
        "password. The CSV with the passwords is offered once only: download it, hand the passwords out "
        "privately, then delete it.",
    ),
    "self.bulk_unit": ("Unit (kosong = semua unit)", "Unit (empty = all units)"),
    "self.bulk_missing": ("{n} pegawai aktif belum punya akun.", "{n} active employees have no account."),
    "self.bulk_button": ("Buat akun pegawai", "Create employee accounts"),
    "self.bulk_done": ("{n} akun pegawai dibuat.", "{n} employee accounts created."),
    "self.bulk_download": ("Unduh daftar akun dan kata sandi (CSV)", "Download accounts and passwords (CSV)"),
    "self.bulk_none": ("Semua pegawai aktif sudah punya akun.", "Every active employee has an account."),
    "self.csv_username": ("nama_pengguna", "username"),
    "self.csv_name": ("nama", "name"),
    "self.csv_unit": ("unit", "unit"),
    "self.csv_password": ("kata_sandi_sekali_pakai", "one_time_password"),
}
