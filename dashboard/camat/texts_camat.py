"""Texts of the camat's pages: overview, unit comparison, unit detail, follow-ups, unit report."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- page titles and leads
    "camat.overview_title": ("Ringkasan Kinerja", "Performance overview"),
    "camat.overview_lead": (
        "Untuk camat sebelum rapat staf: unit mana yang mencapai target semester, mana yang lambat atau "
        "menurun, dan apa yang perlu ditindaklanjuti. Dibandingkan dengan semester sebelumnya.",
        "For the camat before the staff meeting: which units reached their semester targets, which are slow "
        "or slipping, and what needs follow-up. Compared with the previous half-year.",
    ),
    "camat.compare_title": ("Perbandingan Unit", "Unit comparison"),
    "camat.compare_lead": (
        "Perbandingan yang adil antarunit: memperhitungkan jumlah permohonan (batas corong) dan jenis "
        "layanan yang ditangani (campuran layanan). Klik titik unit untuk membuka detailnya.",
        "A fair comparison of units: allowing for the number of requests (funnel limits) and the services "
        "each unit handles (service mix). Click a unit's point to open its detail.",
    ),
    "camat.detail_title": ("Detail Unit", "Unit detail"),
    "camat.detail_lead": (
        "Satu unit kerja: layanannya dibanding kecamatan, capaian SKP (agregat), layanan terlambat dan "
        "paling sering diperbaiki, tunggakan, dan tren antarsemester.",
        "One unit: its services against the kecamatan, SKP achievement (aggregated), slowest and most "
        "reworked services, backlog, and its trend over half-years.",
    ),
    "camat.followup_title": ("Tindak Lanjut Rapat", "Meeting follow-ups"),
    "camat.followup_lead": (
        "Catatan rapat staf per unit: masalah, tindakan yang disepakati, penanggung jawab, tenggat dan "
        "status. Daftar ini berlanjut dari rapat ke rapat; yang lewat tenggat tampil di Ringkasan Kinerja.",
        "Staff meeting notes per unit: issue, agreed action, person in charge, due date and status. The "
        "list carries from meeting to meeting; overdue actions show on the overview.",
    ),
    # ---- shared words
    "camat.whole_kecamatan": ("Seluruh kecamatan", "Whole kecamatan"),
    "camat.other_unit": ("Unit lain", "Other unit"),
    "camat.unit": ("Unit kerja", "Unit"),
    "camat.service": ("Layanan", "Service"),
    "camat.vs_prev": ("dibanding {prev}", "against {prev}"),
    "camat.no_prev": ("tidak ada data semester sebelumnya", "no data for the previous half-year"),
    "camat.not_evaluated": ("belum dinilai", "not yet evaluated"),
    "camat.scope_note": (
        "Anda melihat unit Anda sendiri saja; unit lain disamarkan pada perbandingan.",
        "You see your own unit only; other units are anonymised in comparisons.",
    ),
    "camat.names_hidden": (
        "Nama pegawai tidak ditampilkan untuk peran Anda.",
        "Employee names are not shown for your role.",
    ),
    # ---- headline cards
    "camat.headline": ("Angka utama {period}", "Headline figures {period}"),
    "camat.mean_skp": ("Rata-rata nilai SKP", "Mean SKP score"),
    "camat.mean_skp_help": (
        "Rata-rata nilai SKP ASN yang sudah dinilai ({n} orang); kategori: {kategori}.",
        "Mean SKP score of the ASN already evaluated ({n} people); band: {kategori}.",
    ),
    "camat.on_standard": ("Sesuai standar", "Within the standard"),
    "camat.on_standard_help": (
        "Bagian permohonan yang waktu kerjanya tidak melebihi standar pelayanan, dari {n} permohonan yang "
        "hasilnya sudah diketahui: yang selesai, dan {open} yang masih diproses tetapi sudah melewati standar "
        "(pasti terlambat, jadi dihitung tidak sesuai standar). Yang masih diproses dan belum melewati standar "
        "belum dihitung.",
        "Share of requests whose working time was within the service standard, of the {n} requests whose "
        "outcome is known: the completed ones, and {open} still open but already past the standard (certainly "
        "late, so counted as not within it). Open requests not yet past the standard are not counted yet.",
    ),
    "camat.median_time": ("Median waktu proses", "Median processing time"),
    "camat.p90_time": ("Persentil ke-90 waktu proses", "90th percentile processing time"),
    "camat.time_help": (
        "Waktu kerja (jam kantor pada hari kerja) dari diterima sampai selesai; n = {n} permohonan selesai.",
        "Working time (office hours on working days) from received to completed; n = {n} completed requests.",
    ),
    "camat.backlog": ("Tunggakan", "Backlog"),
    "camat.backlog_help": (
        "Permohonan yang masih terbuka pada akhir semester (atau pada data terakhir, {cutoff}).",
        "Requests still open at the end of the half-year (or at the last record, {cutoff}).",
    ),
    "camat.ikm": ("IKM", "IKM"),
    "camat.ikm_min_sample": (
        "Sampel minimum {min} responden (PermenPANRB 14/2017, tabel Krejcie-Morgan; populasi {population} permohonan).",
        "Minimum sample {min} respondents (PermenPANRB 14/2017, Krejcie-Morgan table; population {population} "
        "requests).",
    ),
    "camat.ikm_no_population": (
        "Tanpa data permohonan, sampel minimum tidak dapat dihitung.",
        "Without request data the minimum sample cannot be computed.",
    ),
    "camat.ikm_indicative": (
        "Responden kurang dari sampel minimum: mutu hanya indikatif.",
        "Fewer respondents than the minimum sample: the grade is indicative only.",
    ),
    "camat.ikm_indicative_label": ("IKM (indikatif)", "IKM (indicative)"),
    "camat.mutu_indicative": ("{mutu} (indikatif)", "{mutu} (indicative)"),
    "camat.ikm_help": (
        "Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) dari {n} responden; mutu {mutu}.",
        "Citizen satisfaction index (PermenPANRB 14/2017) from {n} respondents; grade {mutu}.",
    ),
    "camat.predikat_share": ("ASN per predikat", "ASN per rating"),
    "camat.predikat_share_help": (
        "Bagian ASN per predikat kinerja (PermenPANRB 6/2022) dari {n} yang dinilai.",
        "Share of ASN per performance rating (PermenPANRB 6/2022) of the {n} appraised.",
    ),
    "camat.backlog_line": (
        "Tunggakan per {cutoff}: {n} permohonan terbuka, {past} di antaranya melewati standar (semester lalu {prev}).",
        "Backlog on {cutoff}: {n} open requests, {past} of them past the standard (previous half-year {prev}).",
    ),
    "camat.not_evaluated_line": (
        "Nilai SKP dan predikat semester ini belum dinilai.",
        "SKP scores and ratings of this half-year are not yet evaluated.",
    ),
    "camat.pct_points": ("{n} poin %", "{n} % points"),
    # ---- overview sections
    "camat.attention": ("Perlu perhatian camat", "Needs the camat's attention"),
    "camat.attention_none": (
        "Tidak ada temuan yang menonjol untuk semester ini.",
        "Nothing stands out for this half-year.",
    ),
    "camat.achievement": ("Capaian semester per unit", "Half-year achievement per unit"),
    "camat.skp_chart_title": (
        "Rata-rata nilai SKP per unit, {period}: siapa di bawah batas Baik (76)?",
        "Mean SKP score per unit, {period}: who is below the Baik threshold (76)?",
    ),
    "camat.skp_axis": ("Rata-rata nilai SKP (poin)", "Mean SKP score (points)"),
    "camat.baik_threshold": ("Batas Baik 76", "Baik threshold 76"),
    "camat.skp_alt": (
        "{below} dari {n} unit berada di bawah batas Baik (76). Tertinggi: {top} ({top_score}); terendah: "
        "{low} ({low_score}).",
        "{below} of {n} units are below the Baik threshold (76). Highest: {top} ({top_score}); lowest: "
        "{low} ({low_score}).",
    ),
    "camat.kurva": ("Kurva distribusi predikat", "Distribution curve of ratings"),
    "camat.kurva_lead": (
        "Sebaran predikat ASN tiap organisasi dibanding batas yang dibolehkan oleh predikat organisasinya "
        "(SE MenPANRB 03/2023). Organisasi = unit yang diberi predikat bersama subunitnya yang tidak "
        "diberi predikat sendiri. Selain batas, sebagian besar (lebih dari 50 %) ASN semestinya berada pada "
        "predikat yang sepadan dengan predikat organisasinya. Baris seluruh kecamatan pada grafik hanya "
        "informasi dan tidak diperiksa: ASN kelurahan yang diberi predikat sendiri diukur dengan kurva kelurahannya.",
        "Each organisation's spread of ASN ratings against the bounds its own organisation rating allows "
        "(SE MenPANRB 03/2023). Organisation = a rated unit with its sub-units that are not rated themselves. "
        "Beyond the bounds, most (more than 50 %) of the ASN should hold the rating matching the organisation's. "
        "The whole-kecamatan bar of the chart is for information only and is not checked: ASN of a kelurahan "
        "rated on its own are measured by their kelurahan's curve.",
    ),
    "camat.kurva_chart_title": (
        "Sebaran predikat ASN per organisasi, {period}",
        "Spread of ASN ratings per organisation, {period}",
    ),
    "camat.share_axis": ("Bagian ASN (%)", "Share of ASN (%)"),
    "camat.kurva_alt": (
        "{broken} aturan kurva tidak terpenuhi pada {orgs} organisasi.",
        "{broken} curve rules not met in {orgs} organisations.",
    ),
    "camat.kurva_ok": ("Semua batas kurva distribusi terpenuhi.", "Every distribution-curve bound is met."),
    "camat.kurva_no_rating": (
        "Belum ada predikat organisasi untuk semester ini, sehingga kurva tidak dapat diperiksa.",
        "No organisation rating for this half-year yet, so the curve cannot be checked.",
    ),
    "camat.kurva_max": (
        "{set} {share} melebihi batas {limit} untuk organisasi berpredikat {org}",
        "{set} {share} exceeds the limit of {limit} for an organisation rated {org}",
    ),
    "camat.kurva_min": (
        "{set} {share} di bawah batas minimal {limit} untuk organisasi berpredikat {org}",
        "{set} {share} is below the minimum of {limit} for an organisation rated {org}",
    ),
    "camat.kurva_need": (
        "tidak ada ASN berpredikat {set}, padahal organisasi berpredikat {org} harus memilikinya",
        "no ASN rated {set}, although an organisation rated {org} must have some",
    ),
    "camat.kurva_allowed_max": ("paling banyak {limit}", "at most {limit}"),
    "camat.kurva_allowed_min": ("paling sedikit {limit}", "at least {limit}"),
    "camat.kurva_allowed_some": ("harus ada", "must be present"),
    "camat.kurva_majority": (
        "{set} hanya {share}, bukan sebagian besar (lebih dari 50 %) ASN, padahal kurva organisasi berpredikat "
        "{org} menempatkan sebagian besar ASN pada predikat itu",
        "{set} is only {share}, not most (more than 50 %) of the ASN, although the curve of an organisation "
        "rated {org} puts most of its ASN at that rating",
    ),
    "camat.kurva_allowed_majority": ("sebagian besar (lebih dari 50 %)", "most (more than 50 %)"),
    "camat.and_or": ("dan/atau", "and/or"),
    "camat.bound": ("Batas", "Bound"),
    "camat.actual": ("Nyata", "Actual"),
    "camat.allowed": ("Dibolehkan", "Allowed"),
    "camat.verdict": ("Hasil", "Verdict"),
    "camat.broken": ("tidak terpenuhi", "not met"),
    "camat.met": ("terpenuhi", "met"),
    "camat.org_predikat": ("Predikat organisasi", "Organisation rating"),
    "camat.appraised": ("ASN dinilai", "ASN appraised"),
    "camat.org_istimewa": ("Istimewa", "Istimewa"),
    "camat.org_baik": ("Baik", "Baik"),
    "camat.org_butuh_perbaikan": ("Butuh Perbaikan", "Butuh Perbaikan"),
    "camat.org_kurang": ("Kurang", "Kurang"),
    "camat.org_sangat_kurang": ("Sangat Kurang", "Sangat Kurang"),
    "camat.monthly": ("Sesuai standar per bulan", "Within the standard per month"),
    "camat.heatmap_title": (
        "Bagian permohonan sesuai standar per unit dan bulan (sampai {period})",
        "Share of requests within the standard per unit and month (up to {period})",
    ),
    "camat.month": ("Bulan penerimaan", "Month received"),
    "camat.heatmap_alt": (
        "Bulan terakhir ({month}): terendah {low} ({low_share}), tertinggi {top} ({top_share}). Garis putus-putus: "
        "peristiwa kebijakan.",
        "Latest month ({month}): lowest {low} ({low_share}), highest {top} ({top_share}). Dashed line: policy event.",
    ),
    "camat.hover_share_n": ("{share} dari {n} permohonan", "{share} of {n} requests"),
    "camat.pdf": ("Laporan Kinerja Unit (PDF)", "Unit performance report (PDF)"),
    "camat.pdf_download": ("Unduh PDF", "Download the PDF"),
    "camat.pdf_note": (
        "Laporan resmi untuk {scope}, {period}, dalam Bahasa Indonesia, dengan tanda tangan camat.",
        "Official report for {scope}, {period}, in Bahasa Indonesia, with the camat's signature block.",
    ),
    # ---- attention list sentences
    "camat.att_below": (
        "**{unit}**: sesuai standar {share} dari {n} permohonan yang dapat dibandingkan, padahal menurut campuran "
        "layanannya diharapkan {expected}; di bawah batas {limit} corong.",
        "**{unit}**: {share} of {n} comparable requests within the standard, where its service mix leads to "
        "expect {expected}; below the {limit} funnel limit.",
    ),
    "camat.att_above": (
        "**{unit}**: sesuai standar {share} dari {n} permohonan yang dapat dibandingkan, padahal menurut campuran "
        "layanannya diharapkan {expected}; di atas batas {limit} corong — praktik yang dapat ditiru.",
        "**{unit}**: {share} of {n} comparable requests within the standard, where its service mix leads to "
        "expect {expected}; above the {limit} funnel limit — a practice worth copying.",
    ),
    "camat.att_slower": (
        "**{unit}**: lebih lambat dari semester lalu untuk layanan yang sama — {share} dari {n} permohonan "
        "melewati median semester lalu untuk layanannya (tanpa perubahan: sekitar 50 %); median per layanan "
        "rata-rata {ratio} kali semester lalu.",
        "**{unit}**: slower than last semester for the same services — {share} of {n} requests took longer than "
        "last semester's median of their service (no change: about 50 %); per-service medians on average {ratio} "
        "times last semester's.",
    ),
    "camat.att_backlog": (
        "**{unit}**: tunggakan bertambah dari {prev} menjadi {cur} permohonan ({past} melewati standar).",
        "**{unit}**: backlog grew from {prev} to {cur} requests ({past} past the standard).",
    ),
    "camat.att_kurva": ("**{unit}**: kurva distribusi — {text}.", "**{unit}**: distribution curve — {text}."),
    "camat.att_generous": (
        "**{unit}**: {sbb} ASN berpredikat Sangat Baik/Baik, padahal sesuai standar hanya {share} "
        "(diharapkan {expected} menurut campuran layanannya).",
        "**{unit}**: {sbb} of ASN rated Sangat Baik/Baik, although only {share} met the standard "
        "({expected} expected for its service mix).",
    ),
    "camat.att_overdue": (
        "**{unit}**: tindak lanjut «{action}» lewat tenggat {due} (status {status}).",
        "**{unit}**: follow-up «{action}» is past its due date {due} (status {status}).",
    ),
    # ---- comparison page
    "camat.funnel": ("Plot corong", "Funnel plot"),
    "camat.funnel_title": (
        "Unit mana yang benar-benar berbeda? Sesuai standar setelah disesuaikan campuran layanan, {period}",
        "Which units really differ? Within the standard adjusted for service mix, {period}",
    ),
    "camat.compared_axis": (
        "Permohonan yang dapat dibandingkan (jumlah)",
        "Comparable requests (count)",
    ),
    "camat.share_standard_axis": ("Sesuai standar (%)", "Within the standard (%)"),
    "camat.adjusted_axis": (
        "Sesuai standar, disesuaikan campuran layanan (%)",
        "Within the standard, mix-adjusted (%)",
    ),
    "camat.overall_line": ("Kecamatan {p}", "Kecamatan {p}"),
    "camat.limit95": ("Batas 95 %", "95 % limit"),
    "camat.limit998": ("Batas 99,8 %", "99.8 % limit"),
    "camat.flag_above_998": ("di atas batas 99,8 %", "above the 99.8 % limit"),
    "camat.flag_above_95": ("di atas batas 95 %", "above the 95 % limit"),
    "camat.flag_below_998": ("di bawah batas 99,8 %", "below the 99.8 % limit"),
    "camat.flag_below_95": ("di bawah batas 95 %", "below the 95 % limit"),
    "camat.flag_within": ("dalam batas", "within the limits"),
    "camat.flag_too_few": ("< {min} permohonan, tidak diperingkat", "< {min} requests, not ranked"),
    "camat.flag_no_data": ("tidak ada permohonan", "no requests"),
    "camat.flag_not_comparable": ("tidak dapat dibandingkan", "cannot be compared"),
    "camat.diff_interval": ("{diff} ({low} s.d. {high})", "{diff} ({low} to {high})"),
    "camat.hover_adjusted": (
        "Sesuai standar {share} dari {n}; harapan {expected}; disesuaikan {adjusted}",
        "Within standard {share} of {n}; expected {expected}; adjusted {adjusted}",
    ),
    "camat.funnel_method": (
        "Metode: setiap unit dibandingkan dengan harapannya sendiri — bagian sesuai standar kecamatan untuk "
        "setiap layanan, ditimbang dengan jumlah permohonan unit per layanan (standardisasi tidak langsung). "
        "Titik = kecamatan {target} × teramati ÷ harapan, pada jumlah permohonan yang dapat dibandingkan. "
        "Batas binomial eksak (Spiegelhalter 2005) 95 % dan 99,8 %, dilebarkan dengan faktor overdispersi "
        "φ = {phi}. Taksiran φ = {estimate}: rata-rata kuadrat skor z {units} unit, diwinsorisasi {winsor} di "
        "tiap ujung; dipakai hanya bila ada paling sedikit {min_units} unit dan sebarannya lebih besar daripada "
        "yang dapat dijelaskan kebetulan (uji khi-kuadrat 5 %), tidak pernah di bawah 1. Layanan yang hanya "
        "ditangani satu unit "
        "tidak dibandingkan; unit dengan kurang dari {min} permohonan yang dapat dibandingkan tidak diperingkat.",
        "Method: each unit is compared with its own expectation — the kecamatan's within-standard share of "
        "each service, weighted by the unit's requests per service (indirect standardisation). Point = "
        "kecamatan {target} × observed ÷ expected, at the number of comparable requests. Exact binomial "
        "limits (Spiegelhalter 2005) at 95 % and 99.8 %, widened by the overdispersion factor φ = {phi}. Estimated "
        "φ = {estimate}: the mean squared z-score of {units} units, winsorised {winsor} in each tail; used only "
        "with at least {min_units} units whose spread is larger than chance explains (chi-square test at 5 %), "
        "never below 1. Services handled by one unit only are not compared; units with fewer "
        "than {min} comparable requests are not ranked.",
    ),
    "camat.funnel_alt": (
        "Bagian kecamatan untuk layanan yang dapat dibandingkan {p}. Di luar batas: {outside}.",
        "Kecamatan share for comparable services {p}. Outside the limits: {outside}.",
    ),
    "camat.none": ("tidak ada", "none"),
    "camat.funnel_chart_method": (
        "Disesuaikan campuran layanan · batas binomial eksak · overdispersi φ = {phi}",
        "Adjusted for service mix · exact binomial limits · overdispersion φ = {phi}",
    ),
    "camat.not_comparable_note": (
        "Tidak dapat dibandingkan (satu-satunya unit yang menangani layanannya): {units}.",
        "Cannot be compared (the only unit handling its services): {units}.",
    ),
    "camat.click_hint": (
        "Klik titik sebuah unit untuk membuka Detail Unit.",
        "Click a unit's point to open its detail.",
    ),
    "camat.league": ("Tabel peringkat unit", "Unit league table"),
    "camat.league_lead": (
        "Harapan = bagian kecamatan untuk setiap layanan yang ditangani unit, ditimbang dengan jumlah "
        "permohonan unit per layanan (hanya layanan yang juga ditangani unit lain). Selisih ditampilkan dengan "
        "rentang 95 %-nya; peringkat = 1 + jumlah unit yang rentangnya seluruhnya di atas rentang unit ini, "
        "jadi unit yang rentangnya bertumpuk berbagi peringkat.",
        "Expected = the kecamatan share of each service the unit handled, weighted by the unit's requests per "
        "service (only services other units handle too). The difference is shown with its 95 % range; rank = "
        "1 + the number of units whose range lies wholly above this unit's, so units whose ranges overlap "
        "share a rank.",
    ),
    "camat.col_rank": ("Peringkat", "Rank"),
    "camat.col_requests": ("Permohonan selesai", "Completed requests"),
    "camat.col_requests_known": ("Permohonan (hasil diketahui)", "Requests (outcome known)"),
    "camat.col_actual": ("Sesuai standar (%)", "Within standard (%)"),
    "camat.col_expected": ("Harapan campuran layanan (%)", "Expected for service mix (%)"),
    "camat.col_diff": ("Selisih (poin %)", "Difference (% points)"),
    "camat.col_diff_range": ("Selisih dan rentang 95 % (poin %)", "Difference and 95 % range (% points)"),
    "camat.col_compared": ("Dapat dibandingkan", "Comparable"),
    "camat.col_median": ("Median (jam kerja)", "Median (working hours)"),
    "camat.col_p90": ("P90 (jam kerja)", "P90 (working hours)"),
    "camat.col_rework": ("Perbaikan berkas (%)", "Rework (%)"),
    "camat.col_ikm": ("IKM", "IKM"),
    "camat.col_mutu": ("Mutu", "Grade"),
    "camat.col_funnel": ("Corong", "Funnel"),
    "camat.col_backlog": ("Tunggakan", "Backlog"),
    "camat.col_skp": ("Rata-rata SKP", "Mean SKP"),
    "camat.col_sbb": ("Sangat Baik + Baik (%)", "Sangat Baik + Baik (%)"),
    "camat.calibration": ("Kalibrasi predikat", "Rating calibration"),
    "camat.calibration_title": (
        "Apakah predikat sejalan dengan pelayanan? Bagian ASN Sangat Baik/Baik dan sesuai standar, {period}",
        "Do ratings match service? Share of ASN rated Sangat Baik/Baik against within-standard share, {period}",
    ),
    "camat.sbb_axis": ("ASN Sangat Baik atau Baik (%)", "ASN rated Sangat Baik or Baik (%)"),
    "camat.calibration_alt": (
        "Unit di kanan bawah melayani cepat tetapi jarang diberi predikat tinggi; unit di kiri atas diberi "
        "predikat tinggi meskipun pelayanannya lambat. {n} unit.",
        "Units at the bottom right serve fast but are rarely rated high; units at the top left are rated high "
        "although they serve slowly. {n} units.",
    ),
    "camat.hover_appraised": ("{n} ASN dinilai", "{n} ASN appraised"),
    "camat.compare_footnote": (
        "Permohonan dihitung pada semester diterimanya; hanya yang layanannya punya standar pelayanan. "
        "Sesuai standar menghitung permohonan yang selesai dan yang masih diproses tetapi sudah melewati "
        "standar (dihitung tidak sesuai standar); yang masih diproses dan belum melewati standar belum "
        "dihitung. Waktu proses hanya dari permohonan yang selesai; yang ditolak dan batal tidak dihitung.",
        "Requests count in the half-year they were received; only those whose service has a standard. "
        "Within the standard counts the completed requests and those still open but already past the standard "
        "(counted as not within it); open requests not yet past the standard are not counted yet. Processing "
        "time is of completed requests only; rejected and cancelled ones are not counted.",
    ),
    # ---- detail page
    "camat.services_title": (
        "Layanan {unit} dibanding kecamatan: sesuai standar, {period}",
        "Services of {unit} against the kecamatan: within the standard, {period}",
    ),
    "camat.this_unit": ("Unit ini", "This unit"),
    "camat.kecamatan": ("Kecamatan", "Kecamatan"),
    "camat.services_alt": (
        "{worse} dari {n} layanan di bawah bagian kecamatan untuk layanan yang sama.",
        "{worse} of {n} services are below the kecamatan share for the same service.",
    ),
    "camat.services_table": ("Layanan unit ini", "This unit's services"),
    "camat.col_requests_all": ("Permohonan", "Requests"),
    "camat.col_kec_actual": ("Kecamatan sesuai standar (%)", "Kecamatan within standard (%)"),
    "camat.col_kec_median": ("Median kecamatan (jam kerja)", "Kecamatan median (working hours)"),
    "camat.col_standard": ("Standar", "Standard"),
    "camat.slowest": ("Layanan paling lambat (median terhadap standar)", "Slowest services (median against standard)"),
    "camat.most_rework": ("Layanan paling sering diperbaiki", "Most reworked services"),
    "camat.col_median_vs_std": ("Median / standar (%)", "Median / standard (%)"),
    "camat.skp_distribution": ("Capaian SKP unit (agregat)", "The unit's SKP achievement (aggregated)"),
    "camat.skp_dist_title": (
        "Jumlah ASN per kategori capaian SKP dan per predikat, {period}",
        "ASN per SKP achievement band and per rating, {period}",
    ),
    "camat.employees_axis": ("ASN (orang)", "ASN (people)"),
    "camat.measure_kategori": ("Kategori capaian SKP", "SKP achievement band"),
    "camat.measure_predikat": ("Predikat kinerja", "Performance rating"),
    "camat.skp_dist_alt": (
        "{n} ASN dinilai; {good} berkategori Baik atau Sangat Baik.",
        "{n} ASN evaluated; {good} in the Baik or Sangat Baik band.",
    ),
    "camat.backlog_section": ("Tunggakan terbuka", "Open backlog"),
    "camat.backlog_summary": (
        "{n} permohonan terbuka pada {cutoff}; {past} melewati standar.",
        "{n} requests open on {cutoff}; {past} past the standard.",
    ),
    "camat.col_request": ("Permohonan", "Request"),
    "camat.col_received": ("Diterima", "Received"),
    "camat.col_age": ("Umur (waktu kerja)", "Age (working time)"),
    "camat.col_past": ("Lewat standar", "Past standard"),
    "camat.col_handler": ("Petugas", "Handler"),
    "camat.yes": ("ya", "yes"),
    "camat.no": ("tidak", "no"),
    "camat.trend": ("Tren antarsemester", "Trend over half-years"),
    "camat.trend_title": (
        "Sesuai standar dan median waktu proses {unit} per semester",
        "Within the standard and median processing time of {unit} per half-year",
    ),
    "camat.median_axis": ("Median waktu proses (jam kerja)", "Median processing time (working hours)"),
    "camat.trend_alt": (
        "Sesuai standar dari {first} ({first_period}) menjadi {last} ({last_period}).",
        "Within the standard from {first} ({first_period}) to {last} ({last_period}).",
    ),
    "camat.col_semester": ("Semester", "Half-year"),
    "camat.open_detail": ("Buka detail unit", "Open the unit detail"),
    # ---- follow-ups
    "camat.fu_new": ("Catat tindak lanjut baru", "Record a new follow-up"),
    "camat.fu_meeting_date": ("Tanggal rapat", "Meeting date"),
    "camat.fu_issue": ("Masalah", "Issue"),
    "camat.fu_action": ("Tindakan yang disepakati", "Agreed action"),
    "camat.fu_pic": ("Penanggung jawab", "Person in charge"),
    "camat.fu_due": ("Tenggat", "Due date"),
    "camat.fu_status": ("Status", "Status"),
    "camat.fu_overdue": ("Lewat tenggat", "Overdue"),
    "camat.fu_save": ("Simpan", "Save"),
    "camat.fu_saved": ("Tindak lanjut tersimpan (nomor {id}).", "Follow-up saved (number {id})."),
    "camat.fu_missing": (
        "Isi masalah, tindakan dan penanggung jawab; tenggat tidak boleh sebelum tanggal rapat.",
        "Fill in the issue, action and person in charge; the due date cannot be before the meeting date.",
    ),
    "camat.fu_list": ("Daftar tindak lanjut", "Follow-up list"),
    "camat.fu_filter_status": ("Tampilkan status", "Show status"),
    "camat.fu_update": ("Ubah status", "Change the status"),
    "camat.fu_pick": ("Tindak lanjut", "Follow-up"),
    "camat.fu_new_status": ("Status baru", "New status"),
    "camat.fu_updated": ("Status diubah.", "Status changed."),
    "camat.fu_none": ("Belum ada tindak lanjut yang dicatat.", "No follow-up recorded yet."),
    "camat.fu_counts": (
        "{open} terbuka atau dalam proses, {overdue} lewat tenggat, {done} selesai.",
        "{open} open or in progress, {overdue} overdue, {done} done.",
    ),
    "camat.fu_no": ("No.", "No."),
    "camat.fu_read_only": (
        "Peran Anda dapat melihat dan mengubah status tindak lanjut unit Anda; mencatat yang baru dilakukan camat.",
        "Your role can view and change the status of your unit's follow-ups; the camat records new ones.",
    ),
    "camat.status_terbuka": ("terbuka", "open"),
    "camat.status_proses": ("dalam proses", "in progress"),
    "camat.status_selesai": ("selesai", "done"),
    "camat.status_batal": ("batal", "cancelled"),
    "camat.fu_footnote": (
        "Disimpan di basis data kinerja (tabel follow_ups); perubahan langsung terlihat oleh pengguna lain.",
        "Stored in the performance store (table follow_ups); changes are seen by other users at once.",
    ),
    "camat.footnote": (
        "Periode {period}; data sampai {cutoff}. Permohonan dihitung pada semester diterimanya. Nilai SKP hanya "
        "untuk ASN yang sudah memiliki realisasi.",
        "Period {period}; data up to {cutoff}. Requests count in the half-year they were received. SKP scores "
        "only for ASN with a recorded realisation.",
    ),
    # ---- employees' responses on the follow-up page
    "camat.resp_title": ("Tanggapan pegawai atas penilaian", "Employees' responses to their appraisals"),
    "camat.resp_lead": (
        "Yang ditulis pegawai di Kinerja Saya: setuju atau keberatan beserta alasannya, dan rencana atas "
        "rekomendasi. Keberatan lebih dulu; bahan untuk rapat berikutnya.",
        "What employees wrote on My performance: agreement or an objection with its reasons, and their plan for "
        "the recommendation. Objections first; input for the next meeting.",
    ),
    "camat.resp_name": ("Pegawai", "Employee"),
    "camat.resp_period": ("Semester", "Half-year"),
    "camat.resp_predikat": ("Predikat", "Rating"),
    "camat.resp_response": ("Tanggapan", "Response"),
    "camat.resp_setuju": ("Setuju", "Agrees"),
    "camat.resp_keberatan": ("Keberatan", "Objects"),
    "camat.resp_reasons": ("Alasan", "Reasons"),
    "camat.resp_plan": ("Rencana atas rekomendasi", "Plan for the recommendation"),
    "camat.resp_updated": ("Diperbarui", "Updated"),
    "camat.skp_from": (
        "Nilai SKP dan predikat dari {period}, semester terakhir yang sudah dinilai; {current} belum dinilai.",
        "SKP scores and ratings from {period}, the latest evaluated half-year; {current} is not evaluated yet.",
    ),
}
