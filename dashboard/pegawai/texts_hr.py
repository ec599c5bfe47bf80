"""Texts of the HR pages: Cari Pegawai, Rekam Kinerja Pegawai and the Laporan Individu."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- Cari Pegawai
    "hr.search_title": ("Cari Pegawai", "Find an employee"),
    "hr.search_lead": (
        "Untuk Subbagian Umum dan Kepegawaian: cari pegawai menurut sebagian nama atau NIP, lalu klik barisnya "
        "untuk membuka rekam kinerjanya (SKP, penilaian, layanan yang ditangani).",
        "For HR: find an employee by part of the name or NIP, then click the row to open their performance "
        "record (SKP, appraisals, services handled).",
    ),
    "hr.search_box": ("Nama atau NIP", "Name or NIP"),
    "hr.search_placeholder": ("mis. budi atau 19850312", "e.g. budi or 19850312"),
    "hr.position_kind": ("Jenis jabatan", "Position kind"),
    "hr.grade": ("Golongan", "Grade"),
    "hr.all": ("Semua", "All"),
    "hr.search_none": (
        "Tidak ada pegawai yang nama atau NIP-nya memuat “{q}” pada pilihan ini. Periksa ejaan atau ketik "
        "bagian nama yang lebih pendek.",
        "No employee whose name or NIP contains “{q}” in this selection. Check the spelling or type a shorter "
        "part of the name.",
    ),
    "hr.search_none_filters": ("Tidak ada pegawai pada pilihan ini.", "No employee in this selection."),
    "hr.search_count": ("{n} pegawai ditemukan.", "{n} employees found."),
    "hr.search_click": ("Klik sebuah baris untuk membuka rekam kinerja pegawai.", "Click a row to open the record."),
    "hr.search_footnote": (
        "Nilai SKP terakhir: semester terakhir yang sudah berisi realisasi. Predikat: menurut matriks "
        "PermenPANRB 6/2022. Data pribadi: hanya untuk keperluan kepegawaian.",
        "Latest SKP score: the latest half-year with realisations entered. Rating: by the PermenPANRB 6/2022 "
        "matrix. Personal data: for HR purposes only.",
    ),
    "hr.name": ("Nama", "Name"),
    "hr.position": ("Jabatan", "Position"),
    "hr.latest_skp": ("Nilai SKP terakhir", "Latest SKP score"),
    "hr.latest_predikat": ("Predikat terakhir", "Latest rating"),
    "hr.evaluated_in": ("Semester nilai SKP", "Half-year of the score"),
    "hr.kategori": ("Kategori", "Band"),
    "hr.status": ("Status", "Status"),
    "hr.active": ("aktif", "active"),
    "hr.left_on": ("berhenti {date}", "left {date}"),
    "hr.not_evaluated": ("belum dinilai", "not evaluated yet"),
    "hr.kind_struktural": ("struktural", "structural"),
    "hr.kind_fungsional": ("fungsional", "functional"),
    "hr.kind_pelaksana": ("pelaksana", "administrative staff"),
    # ---- NIP
    "hr.nip_invalid": ("NIP tidak valid: {reason}", "Invalid NIP: {reason}"),
    "hr.nip_reason_length": ("harus 18 angka, tertulis {n} karakter.", "it must be 18 digits; {n} characters given."),
    "hr.nip_reason_birth": (
        "angka 1–8 ({value}) bukan tanggal lahir yang ada (TTTTBBHH).",
        "digits 1–8 ({value}) are not an existing birth date (YYYYMMDD).",
    ),
    "hr.nip_reason_tmt": (
        "angka 9–14 ({value}) bukan bulan TMT CPNS yang ada (TTTTBB).",
        "digits 9–14 ({value}) are not an existing TMT CPNS month (YYYYMM).",
    ),
    "hr.nip_reason_sex": (
        "angka ke-15 ({value}) harus 1 (laki-laki) atau 2 (perempuan).",
        "digit 15 ({value}) must be 1 (male) or 2 (female).",
    ),
    "hr.nip_reason_order": ("TMT CPNS tidak boleh sebelum tanggal lahir.", "TMT CPNS cannot precede the birth date."),
    "hr.nip_says": ("Lahir {birth} · TMT CPNS {tmt} · {sex}", "Born {birth} · TMT CPNS {tmt} · {sex}"),
    "hr.nip_check": ("Pemeriksaan NIP", "NIP check"),
    "hr.nip_source": (
        "Tanggal lahir, TMT CPNS dan jenis kelamin dibaca dari NIP.",
        "Birth date, TMT CPNS and sex are read from the NIP.",
    ),
    "hr.sex_1": ("laki-laki", "male"),
    "hr.sex_2": ("perempuan", "female"),
    "hr.sex": ("Jenis kelamin", "Sex"),
    "hr.birth_date": ("Tanggal lahir", "Birth date"),
    "hr.tmt_cpns": ("TMT CPNS", "TMT CPNS (start of service)"),
    "hr.service_length": ("Masa kerja", "Years of service"),
    "hr.years_months": ("{y} tahun {m} bulan", "{y} years {m} months"),
    "hr.posted_since": ("Bertugas di unit ini sejak {date}.", "Posted to this unit since {date}."),
    "hr.left_on_sentence": ("Berhenti bertugas {date}.", "Left on {date}."),
    # ---- record page
    "hr.record_title": ("Rekam Kinerja Pegawai", "Employee record"),
    "hr.record_lead": (
        "Rekam kinerja satu pegawai: SKP per semester dengan setiap target, riwayat penilaian, layanan yang "
        "ditangani dibanding sejawat, dan catatan untuk rapat penilaian.",
        "One employee's record: SKP per half-year with every target, appraisal history, services handled beside "
        "their peers, and notes for the evaluation meeting.",
    ),
    "hr.record_choose": (
        "Belum ada pegawai yang dipilih. Cari pegawai lalu klik barisnya.",
        "No employee chosen yet. Find an employee and click their row.",
    ),
    "hr.record_unknown": (
        "Pegawai dengan NIP {nip} tidak ada di basis data.",
        "No employee with NIP {nip} in the store.",
    ),
    "hr.back_to_search": ("Cari pegawai lain", "Find another employee"),
    "hr.latest_skp_metric": ("Nilai SKP {period} · {kategori}", "SKP score {period} · {kategori}"),
    "hr.delta_points": ("{points} poin", "{points} points"),
    "hr.latest_predikat_metric": ("Predikat {period}", "Rating {period}"),
    "hr.on_standard_metric": ("Sesuai standar {period}", "Within the standard {period}"),
    "hr.on_standard_help": (
        "Bagian dari {n} permohonan pegawai ini pada semester itu yang hasilnya sudah diketahui: yang selesai, "
        "dan yang masih ditanganinya tetapi sudah melewati standar (dihitung tidak sesuai standar).",
        "Share of the {n} requests of this employee in that half-year whose outcome is known: the completed ones, "
        "and those still with them but already past the standard (counted as not within it).",
    ),
    "hr.skp_header": ("Sasaran Kinerja Pegawai (SKP)", "Employee performance targets (SKP)"),
    "hr.skp_score": ("Nilai SKP", "SKP score"),
    "hr.no_targets": ("Belum ada target SKP untuk pegawai ini.", "No SKP targets for this employee yet."),
    "hr.no_score_yet": ("Belum ada semester yang sudah dinilai.", "No half-year has been evaluated yet."),
    "hr.score_sentence": (
        "Nilai SKP {period}: **{score}** ({kategori}).",
        "SKP score {period}: **{score}** ({kategori}).",
    ),
    "hr.score_up": ("Naik {points} poin dari {prev}.", "Up {points} points from {prev}."),
    "hr.score_down": ("Turun {points} poin dari {prev}.", "Down {points} points from {prev}."),
    "hr.score_same": ("Sama dengan {prev}.", "Same as {prev}."),
    "hr.semester": ("Semester", "Half-year"),
    "hr.targets_n": ("Target", "Targets"),
    "hr.indicators_n": ("Indikator", "Indicators"),
    "hr.predikat": ("Predikat", "Rating"),
    "hr.skp_semester_pick": ("Rincian SKP semester", "SKP details of the half-year"),
    "hr.skp_of": ("Rincian SKP {period}", "SKP details {period}"),
    "hr.skp_of_sentence": (
        "Nilai SKP **{score}** ({kategori}): rata-rata {n} indikator; capaian indikator = rata-rata capaian aspeknya.",
        "SKP score **{score}** ({kategori}): the mean of {n} indicators; an indicator's achievement is the mean "
        "of its aspects.",
    ),
    "hr.skp_not_evaluated": (
        "{period} belum dinilai: realisasi belum diisi, sehingga capaian masih 0. Realisasi dari log layanan "
        "(bila ada) sudah terlihat sebagai gambaran sementara.",
        "{period} is not evaluated yet: no realisation entered, so achievement is still 0. Realisations computed "
        "from the service logs (where linked) show the position so far.",
    ),
    "hr.indicator": ("Indikator", "Indicator"),
    "hr.aspect": ("Aspek", "Aspect"),
    "hr.aspect_kuantitas": ("kuantitas", "quantity"),
    "hr.aspect_kualitas": ("kualitas", "quality"),
    "hr.aspect_waktu": ("waktu", "time"),
    "hr.aspect_biaya": ("biaya", "cost"),
    "hr.target": ("Target", "Target"),
    "hr.realisation": ("Realisasi (isian)", "Realisation (entered)"),
    "hr.computed": ("Dihitung dari log layanan", "Computed from the service logs"),
    "hr.computed_source": ("Metrik log layanan", "Service-log metric"),
    "hr.no_requests": ("tidak ada permohonan", "no requests"),
    "hr.differs": ("berbeda dari isian", "differs from the entry"),
    "hr.measure_unit": ("Satuan", "Unit of measure"),
    "hr.capaian": ("Capaian", "Achievement"),
    "hr.indicator_capaian": ("Capaian indikator", "Indicator achievement"),
    "hr.evidence": ("Bukti", "Evidence"),
    "hr.from_logs_short": ("log layanan (lihat di bawah)", "service logs (see below)"),
    "hr.capaian_note": (
        "Capaian per aspek menurut Perka BKN 1/2013 (makro `capaian_aspek`): kuantitas dan kualitas = realisasi ÷ "
        "target × 100; waktu dan biaya menurut efisiensi, paling rendah 0. Target median waktu proses dari log "
        "memakai aturan waktu proses: lebih cepat dari target tidak pernah di bawah 76 (lihat Panduan Evaluasi). "
        "Realisasi kosong atau 0 bernilai 0. Nilai SKP memakai realisasi isian; nilai dari log layanan "
        "ditampilkan di sampingnya.",
        "Achievement per aspect by Perka BKN 1/2013 (macro `capaian_aspek`): quantity and quality = realisation ÷ "
        "target × 100; time and cost by efficiency, floored at 0. A median processing-time target from the logs "
        "follows the processing-time rule: faster than the target never scores below 76 (see the evaluation "
        "guide). A missing or zero realisation scores 0. The SKP score uses the entered realisation; the value "
        "computed from the service logs is shown beside it.",
    ),
    "hr.evidence_header": ("Bukti dari log layanan", "Evidence from the service logs"),
    "hr.evidence_lead": (
        "Permohonan yang menjadi dasar realisasi yang dihitung: ditangani pegawai ini dan selesai pada semester "
        "itu. Untuk persentase sesuai standar, permohonan yang melewati standar (juga yang masih diproses) "
        "terhitung pada semester ia melewati standar. Target tanpa layanan tertentu menghitung layanan lainnya "
        "(yang tidak punya target sendiri).",
        "The requests behind each computed realisation: handled by this employee and completed in that "
        "half-year. For the share within the standard, a request past its standard (also one still open) counts "
        "in the half-year it went past it. A target without a service counts the other services (those without a "
        "target of their own).",
    ),
    "hr.evidence_label": ("{metric}{service}: {n} permohonan", "{metric}{service}: {n} requests"),
    "hr.evidence_values": (
        "{indicator} ({aspect}): dihitung dari log layanan **{computed}** {unit}; isian realisasi **{typed}**.",
        "{indicator} ({aspect}): computed from the service logs **{computed}** {unit}; entered **{typed}**.",
    ),
    "hr.evidence_differs": (
        "Kedua nilai berbeda; mohon dicek bersama pegawai.",
        "The two values differ; please check them with the employee.",
    ),
    "hr.request_id": ("Nomor permohonan", "Request"),
    "hr.service": ("Layanan", "Service"),
    "hr.received": ("Diterima", "Received"),
    "hr.completed": ("Selesai", "Completed"),
    "hr.still_open": ("masih diproses", "still open"),
    "hr.working_time": ("Waktu proses (jam kerja)", "Processing time (working hours)"),
    "hr.on_standard": ("Sesuai standar", "Within the standard"),
    "hr.rework": ("Perbaikan berkas", "Rework"),
    "hr.yes": ("ya", "yes"),
    "hr.no": ("tidak", "no"),
    "hr.chart_trend_title": (
        "Bagaimana nilai SKP {name} berkembang per semester?",
        "How has {name}'s SKP score moved?",
    ),
    "hr.chart_trend_y": ("Nilai SKP (0–100)", "SKP score (0–100)"),
    "hr.chart_trend_hover": (
        "%{x}<br>Nilai SKP %{text} (%{customdata[0]})<br>%{customdata[1]} indikator",
        "%{x}<br>SKP score %{text} (%{customdata[0]})<br>%{customdata[1]} indicators",
    ),
    "hr.chart_baik_line": ("batas Baik (76)", "Baik threshold (76)"),
    "hr.chart_trend_alt": (
        "Nilai SKP per semester yang sudah dinilai: {values}. Garis titik-titik: batas bawah kategori Baik (76).",
        "SKP score per evaluated half-year: {values}. Dotted line: the lower bound of the Baik band (76).",
    ),
    # ---- appraisals
    "hr.appraisals_header": ("Riwayat penilaian", "Appraisal history"),
    "hr.appraisals_lead": (
        "Per semester: penilaian hasil kerja dan perilaku kerja (BerAKHLAK) oleh atasan, predikat menurut matriks "
        "PermenPANRB 6/2022, umpan balik dan rekomendasi.",
        "Per half-year: the supervisor's ratings of work results and work behaviour (BerAKHLAK), the rating by the "
        "PermenPANRB 6/2022 matrix, feedback and recommendation.",
    ),
    "hr.not_appraised": ("Belum ada penilaian.", "No appraisal yet."),
    "hr.predikat_line": ("Predikat: **{predikat}**", "Rating: **{predikat}**"),
    "hr.ratings_line": (
        "Hasil kerja: **{results}** · Perilaku kerja: **{behaviour}**",
        "Work results: **{results}** · Work behaviour: **{behaviour}**",
    ),
    "hr.appraised_by": ("Dinilai oleh {name} ({position}), {date}", "Appraised by {name} ({position}), {date}"),
    "hr.feedback": ("Umpan balik", "Feedback"),
    "hr.recommendation": ("Rekomendasi", "Recommendation"),
    "hr.predikat_disagrees": (
        "Predikat yang tercatat di sumber data (“{recorded}”) berbeda dengan predikat menurut matriks (“{matrix}”).",
        "The rating recorded in the source (“{recorded}”) differs from the rating by the matrix (“{matrix}”).",
    ),
    "hr.rating_di_atas": ("di atas ekspektasi", "above expectations"),
    "hr.rating_sesuai": ("sesuai ekspektasi", "meets expectations"),
    "hr.rating_di_bawah": ("di bawah ekspektasi", "below expectations"),
    "hr.results": ("Hasil kerja", "Work results"),
    "hr.behaviour": ("Perilaku kerja", "Work behaviour"),
    "hr.predikat_recorded": ("Predikat tercatat", "Recorded rating"),
    "hr.appraiser": ("Penilai", "Appraiser"),
    "hr.appraised_on": ("Tanggal penilaian", "Appraised on"),
    # ---- services
    "hr.services_header": ("Layanan yang ditangani", "Services handled"),
    "hr.services_lead": (
        "Permohonan yang diselesaikan pegawai ini per semester (menurut tanggal diterima), dibanding median "
        "sejawat: pegawai lain pada unit dan jenis jabatan yang sama. Waktu proses adalah waktu kerja. Sesuai "
        "standar juga menghitung permohonan yang masih ditangani pegawai itu tetapi sudah melewati standar, "
        "sebagai tidak sesuai standar.",
        "Requests this employee completed per half-year (by date received), beside the median of their peers: "
        "other employees of the same unit and position kind. Processing time is working time. Within the "
        "standard also counts the requests still with that employee but already past the standard, as not "
        "within it.",
    ),
    "hr.services_none": (
        "Pegawai ini tidak tercatat menangani permohonan layanan.",
        "This employee is not recorded as handling service requests.",
    ),
    "hr.measure": ("Ukuran", "Measure"),
    "hr.this_employee": ("Pegawai ini", "This employee"),
    "hr.svc_on_standard_mix": (
        "Sesuai standar, layanan yang juga ditangani sejawat (sejawat: harapan menurut campuran layanan)",
        "Within the standard, services the peers also handle (peers: expected for the service mix)",
    ),
    "hr.peer_median": ("Median sejawat", "Peer median"),
    "hr.peers_note": (
        "Sejawat: {n} pegawai lain pada unit dan jenis jabatan yang sama yang menangani permohonan pada semester itu.",
        "Peers: {n} other employees of the same unit and position kind who handled requests in that half-year.",
    ),
    "hr.peers_too_few": (
        "Tidak dibandingkan: hanya {n} sejawat pada unit dan jenis jabatan yang sama (minimal {min}).",
        "No comparison: only {n} peers in the same unit and position kind (at least {min} needed).",
    ),
    "hr.svc_volume": ("Permohonan selesai", "Requests completed"),
    "hr.svc_median": ("Median waktu proses", "Median processing time"),
    "hr.svc_p90": ("Persentil ke-90 waktu proses", "90th percentile processing time"),
    "hr.svc_median_h": ("Median waktu proses (jam kerja)", "Median processing time (working hours)"),
    "hr.svc_p90_h": ("Persentil ke-90 (jam kerja)", "90th percentile (working hours)"),
    "hr.svc_on_standard": ("Sesuai standar (%)", "Within the standard (%)"),
    "hr.svc_rework": ("Dengan perbaikan berkas (%)", "With rework (%)"),
    "hr.peer_n": ("Jumlah sejawat", "Peers"),
    "hr.peer_on_standard": ("Median sejawat: sesuai standar (%)", "Peer median: within the standard (%)"),
    "hr.peer_expected": ("Harapan dari sejawat (layanan yang sama)", "Expected from the peers (same services)"),
    "hr.compared_on_standard": (
        "Layanan yang sama dengan sejawat: sesuai standar (%)",
        "Services shared with the peers: within the standard (%)",
    ),
    "hr.peer_expected_pct": (
        "Harapan dari sejawat untuk layanan yang sama (%)",
        "Expected from the peers for the same services (%)",
    ),
    "hr.peer_median_h": ("Median sejawat: median waktu (jam kerja)", "Peer median: median time (working hours)"),
    "hr.chart_peers_title": (
        "Berapa bagian permohonannya yang selesai sesuai standar, dibanding sejawat?",
        "What share of their requests met the standard, beside their peers?",
    ),
    "hr.chart_peers_y": ("Sesuai standar (%)", "Within the standard (%)"),
    "hr.chart_peers_hover_own": (
        "%{x}<br>Pegawai ini: %{text}<br>n = %{customdata} permohonan",
        "%{x}<br>This employee: %{text}<br>n = %{customdata} requests",
    ),
    "hr.chart_peers_hover_peer": (
        "%{x}<br>Harapan dari sejawat untuk layanan yang sama: %{text}<br>%{customdata} sejawat",
        "%{x}<br>Expected from the peers for the same services: %{text}<br>%{customdata} peers",
    ),
    "hr.chart_peers_alt": (
        "Garis tebal: bagian permohonan pegawai ini yang selesai sesuai standar per semester; garis putus-putus: "
        "harapan dari sejawat — bagian sejawat untuk setiap layanan, ditimbang dengan jumlah permohonan pegawai "
        "ini per layanan (hanya bila ada minimal 5 sejawat). Angka pastinya ada di tabel di atas dan di XLSX.",
        "Solid line: the share of this employee's requests completed within the standard per half-year; dashed "
        "line: the share expected from the peers — their share for each service, weighted by this employee's "
        "requests per service (only with at least 5 peers). Exact figures are in the table above and the XLSX.",
    ),
    # ---- hints
    "hr.hints_header": ("Catatan untuk rapat penilaian", "Notes for the evaluation meeting"),
    "hr.hints_lead": (
        "Hal yang layak ditanyakan, bukan kesimpulan: penilaian yang tampak tidak sejalan dengan data layanan "
        "atau SKP, predikat tercatat yang berbeda dengan matriks, dan realisasi isian yang berbeda dari log.",
        "Points worth asking about, not conclusions: ratings that seem out of step with the service or SKP data, "
        "recorded ratings that differ from the matrix, and entered realisations that differ from the logs.",
    ),
    "hr.hints_none": ("Tidak ada catatan: data dan penilaian tampak sejalan.", "No notes: data and ratings agree."),
    "hr.hint": ("Catatan", "Note"),
    "hr.hint_rating_vs_standard": (
        "{period}: hasil kerja dinilai {rating}, sedangkan {share} dari {n} permohonan yang diselesaikan sesuai "
        "standar ({compare}). Mungkin perlu dibicarakan.",
        "{period}: work results were rated {rating}, while {share} of {n} requests met the standard "
        "({compare}). This may be worth discussing.",
    ),
    "hr.hint_vs_peers": (
        "untuk layanan yang juga ditangani sejawat: {share} dari {compared}, sedangkan bagian {n} sejawat pada "
        "layanan yang sama {peer}",
        "for services the peers also handle: {share} of {compared}, while {n} peers' share for the same services "
        "is {peer}",
    ),
    "hr.hint_vs_level": ("acuan {level}", "reference level {level}"),
    "hr.hint_rating_vs_skp": (
        "{period}: hasil kerja dinilai {rating}, sedangkan nilai SKP {score} ({kategori}).",
        "{period}: work results were rated {rating}, while the SKP score is {score} ({kategori}).",
    ),
    "hr.hint_predikat": (
        "{period}: predikat tercatat “{recorded}”, menurut matriks “{matrix}”.",
        "{period}: recorded rating “{recorded}”, by the matrix “{matrix}”.",
    ),
    "hr.hint_overlap": (
        "{period}: target {indicators} memakai metrik dan layanan yang sama, sehingga permohonan yang sama "
        "terhitung lebih dari sekali; gabungkan atau pilih layanan yang berbeda.",
        "{period}: targets {indicators} use the same metric and service, so the same requests count more than "
        "once; merge them or pick different services.",
    ),
    "hr.hint_typed_vs_logs": (
        "{period}: realisasi “{indicator}” ({aspect}) diisi {typed} {unit}, dari log layanan {computed} {unit}.",
        "{period}: realisation of “{indicator}” ({aspect}) entered as {typed} {unit}, from the service logs "
        "{computed} {unit}.",
    ),
    # ---- report
    "hr.report_header": ("Laporan Individu", "Individual report"),
    "hr.report_lead": (
        "Rekam ini sebagai dokumen resmi (PDF, dengan kop dan tanda tangan pegawai serta pejabat penilai) dan "
        "sebagai XLSX (beberapa lembar). Setiap unduhan dicatat.",
        "This record as an official document (PDF, with letterhead and signature blocks for the employee and the "
        "appraiser) and as XLSX (several sheets). Every download is logged.",
    ),
    "hr.report_pdf": ("Laporan Individu (PDF)", "Individual report (PDF)"),
    "hr.report_xlsx": ("Rekam lengkap (XLSX)", "Full record (XLSX)"),
    "hr.sheet_identity": ("Identitas", "Identity"),
    "hr.sheet_scores": ("Nilai SKP", "SKP scores"),
    "hr.sheet_targets": ("Target SKP", "SKP targets"),
    "hr.sheet_appraisals": ("Penilaian", "Appraisals"),
    "hr.sheet_services": ("Layanan", "Services"),
    "hr.sheet_hints": ("Catatan", "Notes"),
    "hr.field": ("Data", "Field"),
    "hr.value": ("Keterangan", "Value"),
    "hr.record_footnote": (
        "Data pribadi dan informasi yang dikecualikan (UU 14/2008 Pasal 17 huruf h; UU 27/2022): hanya untuk "
        "keperluan kepegawaian; setiap pembukaan rekam dan unduhan dicatat. Realisasi dari log layanan: lihat "
        "Tentang Data, metrik SKP dari log layanan.",
        "Personal data and exempt information (UU 14/2008 art. 17(h); UU 27/2022): for HR purposes only; every "
        "opening of a record and every download is logged. Realisations from the service logs: see About the "
        "data, SKP metrics from the service logs.",
    ),
    # ---- Tentang Data: the metrics computed from the logs
    "hr.metrics_header": ("Metrik SKP dari log layanan", "SKP metrics from the service logs"),
    "hr.metrics_lead": (
        "Target SKP dapat dihubungkan ke salah satu metrik berikut (kolom `skp_targets.source_metric`, boleh "
        "dibatasi ke satu layanan dengan `source_service_id`). Realisasinya dihitung dari permohonan yang "
        "ditangani pegawai itu (`handled_by`) dan selesai pada semester target (menurut tanggal selesai); "
        "target tanpa layanan menghitung layanan yang tidak punya target sendiri untuk metrik yang sama "
        "(kueri `skp_metric_realization`, makro `skp_target_requests`).",
        "An SKP target can be linked to one of these metrics (column `skp_targets.source_metric`, optionally "
        "limited to one service with `source_service_id`). Its realisation is computed from the requests that "
        "employee handled (`handled_by`) and completed in the target's half-year (by completion date); a target "
        "without a service counts the services with no target of their own for the same metric "
        "(query `skp_metric_realization`, macro `skp_target_requests`).",
    ),
    "hr.metric_id": ("Kode metrik", "Metric id"),
    "hr.metric_name": ("Nama", "Name"),
    "hr.metric_definition": ("Cara menghitung", "How it is computed"),
    "hr.metric_targets": ("Target yang memakai", "Targets using it"),
    "hr.metric_def_layanan_selesai": ("Jumlah permohonan tersebut.", "The number of those requests."),
    "hr.metric_def_layanan_sesuai_standar": (
        "Jumlah permohonan tersebut yang waktu prosesnya (jam kerja) tidak melebihi standar pelayanan.",
        "The number of those requests whose working processing time is at most the service standard.",
    ),
    "hr.metric_def_persen_sesuai_standar": (
        "Persentase yang waktu prosesnya (jam kerja) tidak melebihi standar pelayanan, dari permohonan yang "
        "layanannya memiliki standar. Permohonan yang masih diproses tetapi sudah melewati standar dihitung "
        "tidak sesuai standar; permohonan yang melewati standar terhitung pada semester ia melewatinya.",
        "Share whose working processing time is at most the service standard, of the requests whose service has "
        "a standard. A request still open but already past the standard counts as not within it; a request past "
        "its standard counts in the half-year it went past it.",
    ),
    "hr.metric_def_persen_tanpa_perbaikan": (
        "Persentase yang selesai tanpa perbaikan berkas (rework_count = 0).",
        "Share completed without rework (rework_count = 0).",
    ),
    "hr.metric_def_median_jam_kerja": (
        "Median waktu proses dalam jam kerja.",
        "Median processing time in working hours.",
    ),
}
