"""Texts of the Panduan Evaluasi page (how evaluation works, with its calculators)."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- Panduan Evaluasi
    "guide.title": ("Panduan Evaluasi", "How evaluation works"),
    "guide.lead": (
        "Untuk setiap ASN: bagaimana capaian SKP, predikat kinerja, kurva distribusi, waktu proses dan IKM "
        "dihitung. Semua contoh dan kalkulator dihitung langsung oleh aturan yang sama dengan yang dipakai dasbor.",
        "For every civil servant: how SKP achievement, the performance rating, the distribution curve, "
        "processing time and the IKM are computed. Every example and calculator is computed by the same rules "
        "the dashboard uses.",
    ),
    "guide.calculator": ("Kalkulator", "Calculator"),
    "guide.capaian_header": ("1. Capaian SKP per aspek", "1. SKP achievement per aspect"),
    "guide.capaian_text": (
        "Setiap indikator SKP punya target per aspek (Perka BKN 1/2013):\n"
        "- **kuantitas** dan **kualitas**: capaian = realisasi ÷ target × 100.\n"
        "- **waktu** dan **biaya** (makin kecil makin baik): hitung dulu efisiensi = 100 − realisasi ÷ target × "
        "100. Bila efisiensi ≤ 24 %: capaian = (1,76 × target − realisasi) ÷ target × 100. Bila efisiensi > 24 %: "
        "capaian = 76 − ((1,76 × target − realisasi) ÷ target × 100 − 100).\n"
        "- Efisiensi dibulatkan ke dua desimal sebelum dipilih rumusnya, sehingga efisiensi tepat 24 % selalu "
        "memakai rumus pertama (hitungan komputer tanpa pembulatan kadang menghasilkan 24,000000000000014 %).\n"
        "- Realisasi 0 atau kosong: capaian 0.\n"
        "- **Batas bawah 0**: capaian tidak pernah di bawah 0. Tanpa batas ini, realisasi waktu yang sangat "
        "terlambat (lebih dari 1,76 kali target) bernilai negatif, lebih rendah daripada tidak dikerjakan sama "
        "sekali. Dengan batas ini keduanya bernilai 0.\n\n"
        "Capaian indikator = rata-rata aspeknya; nilai SKP = rata-rata indikator. Selama belum ada satu pun "
        'realisasi dalam semester, nilai SKP dan kategorinya dikosongkan ("belum dinilai"), bukan Buruk.',
        "Each SKP indicator has a target per aspect (Perka BKN 1/2013):\n"
        "- **quantity** and **quality**: achievement = realisation ÷ target × 100.\n"
        "- **time** and **cost** (smaller is better): first efficiency = 100 − realisation ÷ target × 100. "
        "If efficiency ≤ 24 %: achievement = (1.76 × target − realisation) ÷ target × 100. If efficiency > 24 %: "
        "achievement = 76 − ((1.76 × target − realisation) ÷ target × 100 − 100).\n"
        "- The efficiency is rounded to two decimals before the formula is chosen, so an efficiency of exactly "
        "24 % always takes the first formula (unrounded computer arithmetic sometimes gives 24.000000000000014 %).\n"
        "- A realisation of 0 or none: achievement 0.\n"
        "- **Floor at 0**: achievement never goes below 0. Without it a very late time realisation (more than "
        "1.76 times the target) would score below not doing the work at all. With it both score 0.\n\n"
        "Indicator achievement = the mean of its aspects; SKP score = the mean of the indicators. Until a "
        'half-year has its first realisation, its SKP score and band stay empty ("not yet evaluated"), not Buruk.',
    ),
    "guide.example_indicator": (
        "Contoh: satu indikator dengan empat aspek",
        "Example: one indicator with four aspects",
    ),
    "guide.example_indicator_result": (
        "Capaian indikator = ({parts}) ÷ {n} = **{score}**, kategori **{kategori}**.",
        "Indicator achievement = ({parts}) ÷ {n} = **{score}**, band **{kategori}**.",
    ),
    "guide.example_waktu": (
        "Contoh aspek waktu: target 5 hari, selesai dalam 4 hari: efisiensi {eff}, tidak lebih dari 24 %, maka "
        "capaian = (1,76 × 5 − 4) ÷ 5 × 100 = **{capaian}**. Bila selesai dalam 2 hari: efisiensi {eff2}, lebih "
        "dari 24 %, maka capaian = **{capaian2}** (rumus kedua mencegah nilai melonjak karena target terlalu longgar).",
        "Time example: target 5 days, done in 4: efficiency {eff}, not above 24 %, so achievement = "
        "(1.76 × 5 − 4) ÷ 5 × 100 = **{capaian}**. Done in 2 days: efficiency {eff2}, above 24 %, so achievement "
        "= **{capaian2}** (the second formula keeps a loose target from inflating the score).",
    ),
    "guide.capaian_bands": (
        "Kategori nilai SKP: ≥ 91 Sangat Baik, ≥ 76 Baik, ≥ 61 Cukup, ≥ 51 Kurang, di bawahnya Buruk, pada nilai "
        "dua desimal yang ditampilkan: nilai yang tertulis 91,00 selalu Sangat Baik.",
        "SKP bands: ≥ 91 Sangat Baik, ≥ 76 Baik, ≥ 61 Cukup, ≥ 51 Kurang, below that Buruk, on the two-decimal "
        "score as shown: a score shown as 91.00 is always Sangat Baik.",
    ),
    "guide.efisiensi": ("Efisiensi", "Efficiency"),
    "guide.formula": ("Rumus", "Formula"),
    "guide.formula_ratio": ("realisasi ÷ target × 100", "realisation ÷ target × 100"),
    "guide.formula_le24": ("efisiensi ≤ 24 %", "efficiency ≤ 24 %"),
    "guide.formula_gt24": ("efisiensi > 24 %", "efficiency > 24 %"),
    "guide.calc_capaian": ("ketik target dan realisasi, lihat capaiannya", "type a target and a realisation"),
    "guide.calc_capaian_result": ("Capaian aspek", "Aspect achievement"),
    "guide.calc_branch_le24": (
        "Efisiensi {eff}: tidak lebih dari 24 %, rumus (1,76 × target − realisasi) ÷ target × 100.",
        "Efficiency {eff}: not above 24 %, formula (1.76 × target − realisation) ÷ target × 100.",
    ),
    "guide.calc_branch_gt24": (
        "Efisiensi {eff}: lebih dari 24 %, rumus 76 − ((1,76 × target − realisasi) ÷ target × 100 − 100).",
        "Efficiency {eff}: above 24 %, formula 76 − ((1.76 × target − realisation) ÷ target × 100 − 100).",
    ),
    "guide.calc_zero": ("Realisasi 0: capaian 0.", "Realisation 0: achievement 0."),
    "guide.calc_floor": (
        "Hasil rumus di bawah 0, maka capaian dibatasi 0 (sama dengan tidak ada realisasi).",
        "The formula gives less than 0, so the achievement is floored at 0 (the same as no realisation).",
    ),
    "guide.time_kpi_header": (
        "Indikator waktu proses dari log layanan",
        "Processing-time indicators from the service logs",
    ),
    "guide.time_kpi_text": (
        "Rumus kedua Perka BKN 1/2013 (efisiensi > 24 %) dibuat untuk alokasi waktu yang direncanakan terlalu "
        "longgar, misalnya target 12 bulan untuk pekerjaan 6 bulan. Untuk **median waktu proses permohonan** "
        "yang dihitung dari log layanan, rumus itu justru menghukum pegawai yang melayani lebih cepat: median "
        "50 % lebih cepat dari target hanya bernilai 50. Karena itu dasbor memakai **aturan waktu proses** untuk "
        "target yang terhubung ke metrik median waktu proses:\n"
        "- tepat sesuai target: capaian **76**, sama dengan Perka;\n"
        "- lebih cepat: 76 + efisiensi, paling tinggi **100** (tercapai pada 24 % lebih cepat) dan tidak pernah "
        "turun lagi; lebih cepat **tidak pernah** bernilai di bawah 76;\n"
        "- lebih lambat: 76 − persentase keterlambatan, paling rendah **0**.\n\n"
        "Aspek waktu yang diketik sendiri (misalnya batas waktu laporan) tetap memakai rumus Perka apa adanya.",
        "Perka BKN 1/2013's second formula (efficiency > 24 %) is meant for time allowances planned too loosely, "
        "such as 12 months for six months' work. For a **median processing time** computed from the service "
        "logs it punishes staff who serve faster: a median 50 % faster than the target scores only 50. So the "
        "dashboard applies a **processing-time rule** to targets linked to the median processing-time metric:\n"
        "- exactly on target: achievement **76**, as in the Perka;\n"
        "- faster: 76 + the efficiency, at most **100** (reached at 24 % faster) and never falling again; "
        "faster **never** scores below 76;\n"
        "- slower: 76 − the percentage late, at least **0**.\n\n"
        "A time aspect typed by hand (a report deadline, say) keeps the Perka formula as written.",
    ),
    "guide.calc_time_kpi": (
        "ketik target dan median waktu proses (jam kerja)",
        "type the target and the median processing time (working hours)",
    ),
    "guide.time_kpi_target": ("Target (jam)", "Target (hours)"),
    "guide.time_kpi_median": ("Median waktu proses (jam)", "Median processing time (hours)"),
    "guide.time_kpi_result": ("Capaian (aturan waktu proses)", "Achievement (processing-time rule)"),
    "guide.time_kpi_perka": ("Rumus Perka apa adanya", "The Perka formula as written"),
    "guide.logs_text": (
        "**Realisasi dari log layanan.** Jumlah dan persentase permohonan dihitung dari permohonan yang "
        "ditangani pegawai dan **selesai** dalam semester target (bukan yang diterima dalam semester itu). "
        "Metrik yang tersedia: jumlah permohonan selesai, jumlah permohonan selesai sesuai standar, persentase "
        "sesuai standar, persentase tanpa perbaikan berkas, dan median waktu proses. Target tanpa layanan "
        "tertentu berarti **layanan lainnya**: layanan yang sudah punya target sendiri untuk metrik yang sama "
        "tidak dihitung lagi, sehingga satu permohonan tidak terhitung dua kali. Dua target untuk layanan dan "
        "metrik yang sama ditandai di Rekam Pegawai.\n\n"
        "Untuk **persentase sesuai standar**, permohonan yang melewati standar dihitung tidak sesuai standar pada "
        "semester ia melewati standar, juga bila masih diproses (sudah pasti terlambat) atau baru selesai pada "
        "semester berikutnya; yang masih diproses dan belum melewati standar belum dihitung. Jadi angka semester "
        "yang sudah dinilai tidak berubah kemudian, dan permohonan terlambat yang dibiarkan terbuka tetap "
        "terhitung.",
        "**Realisations from the service logs.** Counts and shares are computed from the requests the employee "
        "handled that were **completed** in the target's half-year (not received in it). Metrics: requests "
        "completed, requests completed within the standard, share within the standard, share without rework, "
        "and the median processing time. A target without a particular service means **the other services**: "
        "services with their own target for the same metric are not counted again, so no request counts twice. "
        "Two targets for the same service and metric are flagged on the employee record.\n\n"
        "For the **share within the standard**, a request past its standard counts as not within it in the "
        "half-year it went past the standard, also when it is still open (certainly late) or completed in a "
        "later half-year; one still open and not yet past the standard is not counted yet. So an evaluated "
        "half-year does not change afterwards, and a late request left open still counts.",
    ),
    "guide.predikat_header": ("2. Predikat kinerja", "2. Performance rating (predikat)"),
    "guide.predikat_text": (
        "Atasan menilai dua hal: **hasil kerja** (capaian SKP dan bukti dukungnya) dan **perilaku kerja** (tujuh "
        "nilai BerAKHLAK), masing-masing di atas, sesuai atau di bawah ekspektasi. Predikat mengikuti matriks "
        "PermenPANRB 6/2022:",
        "The supervisor rates two things: **work results** (SKP achievement and its evidence) and **work "
        "behaviour** (the seven BerAKHLAK values), each above, meeting or below expectations. The predikat "
        "follows the PermenPANRB 6/2022 matrix:",
    ),
    "guide.results_row": ("Hasil kerja \\ perilaku kerja", "Work results \\ work behaviour"),
    "guide.behaviour_col": ("Perilaku {rating}", "Behaviour {rating}"),
    "guide.predikat_note": (
        "Perilaku di bawah ekspektasi tidak pernah menghasilkan Baik, betapapun tinggi hasil kerjanya.",
        "Behaviour below expectations never gives Baik, however high the work results.",
    ),
    "guide.calc_predikat": ("pilih dua penilaian, lihat predikatnya", "pick two ratings, see the predikat"),
    "guide.kurva_header": ("3. Kurva distribusi", "3. Distribution curve"),
    "guide.kurva_text": (
        "Predikat pegawai dalam satu organisasi dibatasi oleh predikat organisasinya sendiri (SE MenPANRB "
        "03/2023): organisasi yang kinerjanya baik boleh punya lebih banyak pegawai Sangat Baik, dan sebaliknya. "
        "Kurva setiap predikat organisasi menempatkan **sebagian besar** pegawai (lebih dari separuh) pada "
        "predikat yang sepadan dengan predikat organisasinya; dasbor memberi peringatan bila mayoritas itu tidak "
        "ada, juga bila semua batas lain terpenuhi. Pegawai kelurahan yang diberi predikat organisasi sendiri "
        "diukur dengan kurva kelurahannya, bukan kurva kecamatan. Batas yang berlaku:",
        "Employee ratings inside an organisation are bounded by the organisation's own rating (SE MenPANRB "
        "03/2023): a well-performing organisation may have more Sangat Baik employees, and the reverse. Each "
        "organisation rating's curve puts **most** employees (more than half) at the matching employee rating; "
        "the dashboard warns when that majority is missing, even when every other bound is met. Staff of a "
        "kelurahan rated on its own are measured by their kelurahan's curve, not the kecamatan's. The bounds:",
    ),
    "guide.org_predikat": ("Predikat organisasi", "Organisation rating"),
    "guide.org_bounds": ("- **Predikat organisasi {org}**: {bounds}.", "- **Organisation rating {org}**: {bounds}."),
    "guide.org_istimewa": ("Istimewa", "Istimewa (outstanding)"),
    "guide.org_baik": ("Baik", "Baik (good)"),
    "guide.org_butuh_perbaikan": ("Butuh Perbaikan", "Butuh Perbaikan (needs improvement)"),
    "guide.org_kurang": ("Kurang", "Kurang (poor)"),
    "guide.org_sangat_kurang": ("Sangat Kurang", "Sangat Kurang (very poor)"),
    "guide.bound_max": ("paling banyak {pct} {names}", "at most {pct} {names}"),
    "guide.bound_min": ("paling sedikit {pct} {names}", "at least {pct} {names}"),
    "guide.bound_none": ("tidak ada {names}", "no {names}"),
    "guide.bound_some": ("harus ada {names}", "some {names} required"),
    "guide.bound_majority": (
        "sebagian besar (lebih dari 50 %) {names}",
        "most (more than 50 %) {names}",
    ),
    "guide.calc_kurva": (
        "pilih predikat organisasi dan ketik jumlah pegawai per predikat",
        "pick the organisation rating and type the number of employees per rating",
    ),
    "guide.kurva_line": (
        "{rule}: {pct} ({n} dari {total} pegawai).",
        "{rule}: {pct} ({n} of {total} employees).",
    ),
    "guide.kurva_broken": ("Batas ini tidak terpenuhi.", "This rule is not met."),
    "guide.kurva_empty": ("Ketik jumlah pegawai.", "Type the numbers of employees."),
    "guide.time_header": ("4. Waktu proses dan standar pelayanan", "4. Processing time and the service standard"),
    "guide.time_text": (
        "Waktu proses diukur dua cara. **Waktu berlalu**: dari permohonan diterima sampai selesai, seperti yang "
        "dirasakan warga. **Waktu kerja**: hanya jam kantor ({hours}, {weekdays}), tanpa akhir pekan, libur "
        "nasional dan cuti bersama. Sebuah permohonan **sesuai standar** bila waktu kerjanya tidak melebihi "
        "standar pelayanan layanan itu (dalam menit kerja).",
        "Processing time is measured two ways. **Elapsed**: from receipt to completion, as a citizen feels it. "
        "**Working time**: office hours only ({hours}, {weekdays}), skipping weekends, national holidays and "
        "cuti bersama. A request is **within the standard** when its working time is at most the service's "
        "standard (in working minutes).",
    ),
    "guide.calendar_year": (
        "Kalender kerja {year}: **{working}** hari kerja; **{public}** libur nasional dan **{cuti}** hari cuti "
        "bersama jatuh pada hari kerja.",
        "Working calendar {year}: **{working}** working days; **{public}** national holidays and **{cuti}** days "
        "of cuti bersama fall on weekdays.",
    ),
    "guide.holidays_list": ("Libur dan cuti bersama {year} ({n} hari)", "Holidays and cuti bersama {year} ({n} days)"),
    "guide.day": ("Tanggal", "Date"),
    "guide.holiday": ("Keterangan", "Holiday"),
    "guide.holiday_kind": ("Jenis", "Kind"),
    "guide.kind_public": ("libur nasional", "national holiday"),
    "guide.kind_cuti_bersama": ("cuti bersama", "cuti bersama"),
    "guide.calc_time": (
        "ketik kapan permohonan diterima dan selesai",
        "type when a request was received and completed",
    ),
    "guide.received_day": ("Diterima", "Received"),
    "guide.received_time": ("Jam", "Time"),
    "guide.completed_day": ("Selesai", "Completed"),
    "guide.completed_time": ("Jam", "Time"),
    "guide.standard_minutes": ("Standar (menit kerja)", "Standard (working minutes)"),
    "guide.elapsed": ("Waktu berlalu", "Elapsed"),
    "guide.working": ("Waktu kerja", "Working time"),
    "guide.within_standard": ("Sesuai standar {standard}?", "Within the standard of {standard}?"),
    "guide.time_explained": (
        "Di antara kedua tanggal ada {closed} hari kantor tutup (akhir pekan dan libur), termasuk {holidays} "
        "libur atau cuti bersama pada hari kerja: semua itu tidak dihitung.",
        "Between the two dates the office was closed {closed} days (weekends and holidays), {holidays} of them "
        "holidays or cuti bersama on weekdays: none of them count.",
    ),
    "guide.time_order": ("Waktu selesai harus sesudah waktu diterima.", "Completion must come after receipt."),
    "guide.time_outside": (
        "Tanggal di luar kalender kerja yang tersimpan.",
        "A date outside the stored working calendar.",
    ),
    # ---- Panduan Evaluasi: open requests, running periods, before/after, small numbers in public
    "guide.open_header": (
        "6. Permohonan yang belum selesai, periode yang masih berjalan, sebelum/sesudah",
        "6. Requests not yet done, periods still running, before/after",
    ),
    "guide.open_text": (
        "**Sesuai standar.** Persentase “sesuai standar” tidak hanya menghitung permohonan yang sudah selesai. "
        "Permohonan yang masih diproses tetapi waktu kerjanya sudah melewati standar pelayanan sudah pasti "
        "terlambat, jadi dihitung **tidak sesuai standar**. Permohonan yang masih diproses dan belum melewati "
        "standar belum bisa dinilai, jadi belum dihitung. Tanpa aturan ini, unit yang menumpuk permohonan lama "
        "justru terlihat lebih baik.\n\n"
        "**Median dan p90** (waktu yang dilewati separuh dan 90 % permohonan) hanya bisa dihitung dari permohonan "
        "yang sudah selesai. Bila periode yang dilihat belum berakhir, atau masih ada permohonan yang terbuka, "
        "permohonan yang lama biasanya selesai paling akhir: angkanya cenderung terlalu baik dan bisa berubah. "
        "Dasbor selalu menuliskan hal ini di samping angkanya (“periode sesudah belum selesai”, “n permohonan "
        "masih terbuka”).\n\n"
        "**Sebelum dan sesudah kebijakan.** “6 bulan sebelum” dihitung dari tanggal kebijakan itu sendiri: untuk "
        "kebijakan 5 Maret 2025, sebelum = 5 Sep 2024 – 4 Mar 2025, sesudah = 5 Mar 2025 – 4 Sep 2025. Tanggal "
        "yang dipakai selalu ditulis. Bila ada kebijakan lain di dalam periode itu, dasbor mengingatkannya. "
        "Perubahan sebelum/sesudah bukan bukti sebab: hal lain yang berubah pada waktu yang sama bisa ikut "
        "berperan.\n\n"
        "**Selang kepercayaan 95 %.** Permohonan satu hari dilayani petugas dan antrean yang sama, jadi tidak "
        "saling lepas. Selang dihitung dengan mengambil ulang **hari kerja** utuh (bootstrap per hari), bukan "
        "permohonan satu per satu, sehingga tidak tampak lebih pasti dari yang sebenarnya.\n\n"
        "**Angka keseluruhan.** Median semua layanan dihitung dengan campuran layanan tetap: tiap permohonan "
        "dibobot agar setiap layanan berbobot sama seperti jumlah permohonannya sebelum kebijakan. Dua layanan "
        "lambat yang jarang diminta tidak menguasai angka keseluruhan, dan perpindahan permohonan antarlayanan "
        "tidak terbaca sebagai perubahan kecepatan.",
        "**Within the standard.** The “within the standard” share does not count completed requests only. A "
        "request still in process whose working time is already past the service standard is certainly late, so "
        "it counts as **not within the standard**. A request still in process and not yet past the standard "
        "cannot be judged yet, so it is not counted yet. Without this rule a unit piling up old requests would "
        "look better.\n\n"
        "**Median and p90** (the time half and 90 % of requests were done within) can only be computed from "
        "completed requests. When the period has not ended, or requests are still open, the long ones tend to "
        "finish last: the figures are likely too good and may change. The dashboard always says so beside the "
        "figure (“the after period has not ended”, “n requests still open”).\n\n"
        "**Before and after a policy.** “6 months before” is counted from the policy date itself: for a policy "
        "of 5 March 2025, before = 5 Sep 2024 – 4 Mar 2025, after = 5 Mar 2025 – 4 Sep 2025. The dates used are "
        "always written. When another policy falls inside the period, the dashboard says so. A before/after change "
        "is not proof of cause: other things that changed at the same time may play a part.\n\n"
        "**95 % confidence interval.** Requests of one day share the officers and the queue, so they are not "
        "independent. The interval resamples whole **working days** (a block bootstrap), not single requests, so "
        "it does not look more certain than it is.\n\n"
        "**Overall figures.** The median of all services uses a fixed service mix: each request is reweighted so "
        "that every service weighs what its requests did before the policy. Two slow, rarely requested services "
        "do not dominate the overall figure, and a shift of requests between services does not read as a change "
        "of speed.",
    ),
    "guide.calc_open": (
        "ketik kapan permohonan diterima: sudah terlambat atau belum?",
        "type when a request was received: already late or not yet?",
    ),
    "guide.as_of_day": ("Dilihat pada", "Seen on"),
    "guide.open_so_far": ("Waktu kerja sejauh ini", "Working time so far"),
    "guide.open_outcome": ("Dihitung sebagai", "Counts as"),
    "guide.open_miss": ("Tidak sesuai standar", "Not within the standard"),
    "guide.open_unknown": ("Belum dihitung", "Not counted yet"),
    "guide.open_miss_why": (
        "Sudah melewati standar, jadi pasti terlambat: dihitung tidak sesuai standar walau belum selesai.",
        "Already past the standard, so certainly late: counted as not within the standard although not done.",
    ),
    "guide.open_unknown_why": (
        "Masih dalam standar: belum bisa dinilai, jadi belum masuk persentase sesuai standar.",
        "Still within the standard: it cannot be judged yet, so it is not in the share yet.",
    ),
    "guide.open_as_of_note": (
        "Dasbor memakai waktu terakhir yang tercatat di data ({data_end}) sebagai “sekarang”.",
        "The dashboard takes the last time recorded in the data ({data_end}) as “now”.",
    ),
    "guide.suppress_header": (
        "7. Angka untuk publik: angka kecil disembunyikan",
        "7. Figures for the public: small numbers hidden",
    ),
    "guide.suppress_text": (
        "Di Forum Publik, angka dari kurang dari **{n} permohonan atau {n} responden** tidak ditampilkan "
        "(“data terlalu sedikit”), agar tidak ada warga atau petugas yang bisa dikenali dari angka kecil. "
        "Menyembunyikan satu batang saja tidak cukup bila jumlah totalnya ditampilkan: total dikurangi batang "
        "yang tampak akan membuka angka yang disembunyikan. Karena itu angka yang kecil **digabung menjadi "
        "“lainnya”**; bila gabungannya masih kurang dari {n}, angka terkecil berikutnya ikut digabung. Semua "
        "batang tetap berjumlah sama dengan totalnya, tetapi tidak ada angka kecil yang bisa dihitung kembali.",
        "On the public forum, figures from fewer than **{n} requests or {n} respondents** are not shown (“too "
        "little data”), so that no citizen or officer can be recognised from a small number. Hiding one bar is "
        "not enough when the total is shown: the total minus the bars shown gives the hidden number back. So the "
        "small numbers are **merged into “others”**; when the merged row is still below {n}, the next smallest "
        "joins it. The bars still add up to the total, but no small number can be worked back.",
    ),
    "guide.suppress_example": (
        "Contoh: 12, 9 dan 3 permohonan (total 24) tampil sebagai {shown}.",
        "Example: 12, 9 and 3 requests (total 24) are shown as {shown}.",
    ),
    "guide.calc_suppress": (
        "ketik jumlah permohonan per layanan, dipisah koma",
        "type the requests per service, separated by commas",
    ),
    "guide.suppress_counts": ("Jumlah per layanan", "Requests per service"),
    "guide.suppress_cell": ("Layanan {i}", "Service {i}"),
    "guide.suppress_shown": ("Yang tampil: {shown}; total {total}.", "Shown: {shown}; total {total}."),
    "guide.suppress_all": (
        "Totalnya di bawah {n}: tidak ada angka yang ditampilkan.",
        "The total is below {n}: nothing is shown.",
    ),
    "guide.suppress_bad": ("Ketik bilangan bulat, dipisah koma.", "Type whole numbers separated by commas."),
    "guide.ikm_header": ("5. Indeks Kepuasan Masyarakat (IKM)", "5. Citizen satisfaction index (IKM)"),
    "guide.ikm_text": (
        "Warga menjawab sembilan unsur (PermenPANRB 14/2017) dengan nilai 1–4: persyaratan; sistem, mekanisme "
        "dan prosedur; waktu penyelesaian; biaya/tarif; produk layanan; kompetensi pelaksana; perilaku "
        "pelaksana; sarana dan prasarana; penanganan pengaduan. Nilai rata-rata per unsur (NRR) dikalikan "
        "bobot 1/9 yang tepat, dijumlah, lalu dikali 25: IKM = 25 × Σ (NRR × 1/9).",
        "Citizens answer nine elements (PermenPANRB 14/2017) with 1–4: requirements; system, mechanism and "
        "procedure; completion time; fee; service product; staff competence; staff conduct; facilities; "
        "complaint handling. Each element's mean (NRR) is weighted by exactly 1/9, summed and multiplied by "
        "25: IKM = 25 × Σ (NRR × 1/9).",
    ),
    "guide.ikm_example": (
        "Contoh: semua warga menjawab 4 untuk semua unsur: IKM = **{ikm}**, mutu **{mutu}**. Dengan bobot yang "
        "dibulatkan 0,111 hasilnya hanya {rounded}; karena itu dasbor memakai bobot 1/9 yang tepat.",
        "Example: every citizen answers 4 on every element: IKM = **{ikm}**, grade **{mutu}**. With the rounded "
        "weight 0.111 it would be only {rounded}; so the dashboard uses the exact weight 1/9.",
    ),
    "guide.ikm_grades": (
        "Mutu pelayanan: 88,31–100,00 A (Sangat Baik); 76,61–88,30 B (Baik); 65,00–76,60 C (Kurang Baik); "
        "25,00–64,99 D (Tidak Baik).",
        "Service grade: 88.31–100.00 A (very good); 76.61–88.30 B (good); 65.00–76.60 C (fair); 25.00–64.99 D (poor).",
    ),
    "guide.calc_ikm": ("ketik nilai rata-rata (1–4) tiap unsur", "type each element's mean (1–4)"),
    "guide.ikm_sample_text": (
        "**Jumlah responden minimum.** PermenPANRB 14/2017 menentukan sampel minimum dari jumlah penerima "
        "layanan dalam periode survei (populasi) dengan tabel Krejcie-Morgan: misalnya populasi 100 perlu 80 "
        "responden, 1.000 perlu 278, 10.000 perlu 370. Dasbor memakai jumlah permohonan yang diterima unit "
        "dalam semester sebagai populasi. Bila responden kurang dari sampel minimum, IKM tetap ditampilkan "
        "tetapi mutunya ditandai **indikatif**: belum cukup kuat untuk dijadikan dasar keputusan.",
        "**Minimum number of respondents.** PermenPANRB 14/2017 sets the minimum sample from the number of "
        "service users in the survey period (the population) with the Krejcie-Morgan table: a population of "
        "100 needs 80 respondents, 1,000 needs 278, 10,000 needs 370. The dashboard takes the requests a unit "
        "received in the half-year as the population. With fewer respondents than the minimum the IKM is still "
        "shown, but its grade is marked **indicative**: not yet strong enough to base a decision on.",
    ),
    "guide.calc_ikm_sample": (
        "ketik populasi dan jumlah responden",
        "type the population and the number of respondents",
    ),
    "guide.population": ("Populasi (permohonan)", "Population (requests)"),
    "guide.respondents": ("Responden", "Respondents"),
    "guide.min_sample": ("Sampel minimum", "Minimum sample"),
    "guide.sample_ok": ("Cukup: mutu dapat dipakai.", "Enough: the grade can be used."),
    "guide.sample_indicative": ("Kurang: mutu hanya indikatif.", "Too few: the grade is indicative only."),
    "guide.ikm": ("IKM", "IKM"),
    "guide.mutu": ("Mutu pelayanan", "Service grade"),
    "guide.mutu_A": ("A (Sangat Baik)", "A (very good)"),
    "guide.mutu_B": ("B (Baik)", "B (good)"),
    "guide.mutu_C": ("C (Kurang Baik)", "C (fair)"),
    "guide.mutu_D": ("D (Tidak Baik)", "D (poor)"),
    "guide.u1": ("Persyaratan", "Requirements"),
    "guide.u2": ("Sistem, mekanisme dan prosedur", "System, mechanism and procedure"),
    "guide.u3": ("Waktu penyelesaian", "Completion time"),
    "guide.u4": ("Biaya/tarif", "Fee"),
    "guide.u5": ("Produk spesifikasi jenis pelayanan", "Service product"),
    "guide.u6": ("Kompetensi pelaksana", "Staff competence"),
    "guide.u7": ("Perilaku pelaksana", "Staff conduct"),
    "guide.u8": ("Sarana dan prasarana", "Facilities"),
    "guide.u9": ("Penanganan pengaduan, saran dan masukan", "Complaint handling"),
    # ---- 6. fair unit comparison (funnel plot)
    "guide.funnel_header": (
        "8. Membandingkan unit secara adil (plot corong)",
        "8. Comparing units fairly (funnel plot)",
    ),
    "guide.funnel_text": (
        "Setiap unit menangani layanan yang berbeda: ada yang cepat selesai, ada yang sulit. Bila bagian "
        "permohonan yang sesuai standar dibandingkan mentah-mentah, unit yang kebetulan mendapat layanan sulit "
        "tampak buruk dan unit dengan layanan mudah tampak unggul. Karena itu setiap unit dibandingkan dengan "
        "**harapannya sendiri**.\n\n"
        "1. **Harapan.** Untuk setiap layanan dihitung bagian sesuai standar di seluruh kecamatan. Harapan sebuah "
        "unit = bagian-bagian itu, ditimbang dengan jumlah permohonan unit per layanan.\n"
        "2. **Hanya yang dapat dibandingkan.** Layanan yang pada semester itu hanya ditangani satu unit tidak "
        "dibandingkan, karena harapannya pasti sama dengan hasil unit itu sendiri. Unit yang semua layanannya "
        "seperti itu ditandai «tidak dapat dibandingkan», bukan diberi selisih 0.\n"
        "3. **Titik pada plot.** Bagian kecamatan × (teramati ÷ harapan). Unit yang bekerja persis seperti "
        "kecamatan pada setiap layanannya berada tepat di garis kecamatan, apa pun campuran layanannya.\n"
        "4. **Batas corong.** Unit dengan sedikit permohonan wajar lebih naik-turun. Batas 95 % dan 99,8 % "
        "dihitung dari distribusi binomial eksak menurut jumlah permohonan (bukan pendekatan normal). Titik di "
        "luar batas 99,8 % hampir pasti bukan kebetulan.\n"
        "5. **Perbedaan wajar antarunit (overdispersi).** Dengan ribuan permohonan batas binomial menjadi sangat "
        "sempit, sehingga hampir semua unit tampak «di luar batas». Karena itu dihitung skor z setiap unit "
        "(jaraknya dari garis dalam satuan simpangan baku), {winsor} skor paling ekstrem di tiap ujung dipangkas "
        "(winsorisasi), lalu φ = rata-rata kuadratnya. Bila ada paling sedikit {min_units} unit dan φ lebih "
        "besar daripada yang dapat dijelaskan kebetulan (uji khi-kuadrat pada taraf 5 %), jarak batas dari garis kecamatan dilebarkan √φ kali (metode Spiegelhalter, 2005). Nilai φ yang "
        "dipakai tertulis di bawah plot.\n"
        "6. **Peringkat.** Selisih dari harapan (poin persen) ditampilkan dengan rentang 95 %-nya. Peringkat = "
        "1 + jumlah unit yang rentangnya seluruhnya di atas rentang unit ini, jadi unit yang rentangnya "
        "bertumpuk berbagi peringkat. Unit dengan kurang dari {min} permohonan yang dapat dibandingkan tidak "
        "diperingkat.\n"
        "7. **Lebih lambat dari semester lalu.** Setiap permohonan semester ini dibandingkan dengan median "
        "semester lalu untuk layanan yang sama di unit yang sama (layanan dengan paling sedikit {min} "
        "permohonan semester lalu). Tanpa perubahan, kira-kira separuhnya lebih lama. Unit masuk daftar "
        "perhatian bila bagian itu di atas 50 % bahkan pada batas bawah rentang 95 %-nya dan median per layanan "
        "rata-rata paling sedikit {ratio} kali semester lalu.\n"
        "8. **Pegawai dan sejawatnya.** Di Rekam Kinerja Pegawai, bagian sesuai standar seorang pegawai "
        "dibandingkan dengan bagian sejawatnya untuk layanan yang sama, ditimbang dengan jumlah permohonan "
        "pegawai itu per layanan; catatan untuk rapat evaluasi hanya muncul bila selisihnya paling sedikit "
        "{gap} poin dan rentang 95 %-nya tidak mencakup 0.",
        "Every unit handles different services: some are quick, some are hard. Compared crudely, the share of "
        "requests within the standard makes a unit that happens to get hard services look poor and one with easy "
        "services look excellent. So every unit is compared with **its own expectation**.\n\n"
        "1. **Expectation.** For each service the kecamatan's share within the standard is computed. A unit's "
        "expected share = those shares, weighted by the unit's requests per service.\n"
        "2. **Only what can be compared.** A service handled by one unit only in the semester is not compared: "
        "its expectation would be that unit's own result. A unit with only such services is marked «cannot be "
        "compared» instead of being given a difference of 0.\n"
        "3. **The point on the plot.** Kecamatan share × (observed ÷ expected). A unit that does exactly as the "
        "kecamatan does on each of its services sits on the kecamatan line, whatever its service mix.\n"
        "4. **Funnel limits.** Units with few requests naturally vary more. The 95 % and 99.8 % limits come from "
        "the exact binomial distribution at the number of requests (not the normal approximation). A point "
        "outside the 99.8 % limit is almost certainly not chance.\n"
        "5. **Natural differences between units (overdispersion).** With thousands of requests the binomial "
        "limits become very narrow and almost every unit looks «outside». So each unit's z-score (its distance "
        "from the line in standard deviations) is computed, the {winsor} most extreme in each tail are pulled in "
        "(winsorised), and φ = the mean of their squares. When there are at least {min_units} units and φ is "
        "larger than chance explains (a chi-square test at the 5 % level), the limits' distance from the kecamatan line is widened √φ times (Spiegelhalter's method, "
        "2005). The φ used is written under the plot.\n"
        "6. **Rank.** The difference from the expectation (percentage points) is shown with its 95 % range. "
        "Rank = 1 + the number of units whose range lies wholly above this unit's, so units whose ranges overlap "
        "share a rank. Units with fewer than {min} comparable requests are not ranked.\n"
        "7. **Slower than last semester.** Each request of this semester is compared with last semester's median "
        "for the same service in the same unit (services with at least {min} requests last semester). Without "
        "change, about half take longer. A unit is listed when that share is above 50 % even at the lower end "
        "of its 95 % range and the per-service medians are on average at least {ratio} times last semester's.\n"
        "8. **An employee and their peers.** On an employee's record, their share within the standard is "
        "compared with their peers' share for the same services, weighted by the employee's requests per "
        "service; a note for the evaluation meeting appears only when the difference is at least {gap} points and "
        "its 95 % range excludes 0.",
    ),
    "guide.funnel_example": (
        "Contoh: layanan mudah {easy} sesuai standar di kecamatan, layanan sulit {hard}; kecamatan seluruhnya "
        "{p}. Unit A hanya menangani layanan mudah: 100 permohonan, 90 sesuai standar. Dibandingkan mentah "
        "(90 % terhadap {p}) unit A tampak «{crude}». Dibandingkan dengan harapannya ({easy}), titiknya {adjusted} "
        "— «{flag}», selisih {diff} poin.",
        "Example: the easy service is {easy} within the standard across the kecamatan, the hard one {hard}; the "
        "whole kecamatan {p}. Unit A only handles the easy service: 100 requests, 90 within the standard. Compared "
        "crudely (90 % against {p}) unit A looks «{crude}». Against its own expectation ({easy}) its point is "
        "{adjusted} — «{flag}», a difference of {diff} points.",
    ),
    "guide.calc_funnel": (
        "ketik angka sebuah unit, lihat letaknya pada plot corong",
        "type a unit's figures, see where it falls on the funnel plot",
    ),
    "guide.funnel_n": ("Permohonan yang dapat dibandingkan", "Comparable requests"),
    "guide.funnel_k": ("Di antaranya sesuai standar", "Of which within the standard"),
    "guide.funnel_expected": ("Harapan campuran layanan (%)", "Expected for the service mix (%)"),
    "guide.funnel_target": ("Bagian kecamatan (%)", "Kecamatan share (%)"),
    "guide.funnel_phi": ("Overdispersi φ", "Overdispersion φ"),
    "guide.funnel_point": ("Titik pada plot", "Point on the plot"),
    "guide.funnel_result": (
        "Batas 95 %: {low95} – {high95}; batas 99,8 %: {low998} – {high998}. Selisih dari harapan dengan "
        "rentang 95 %-nya: {range} poin.",
        "95 % limits: {low95} – {high95}; 99.8 % limits: {low998} – {high998}. Difference from the expectation "
        "with its 95 % range: {range} points.",
    ),
    "guide.funnel_flag": ("Corong", "Funnel"),
    "guide.funnel_diff": ("Selisih dari harapan (poin)", "Difference from expected (points)"),
    "guide.funnel_k_too_many": (
        "Jumlah yang sesuai standar tidak boleh melebihi jumlah permohonan.",
        "The number within the standard cannot exceed the number of requests.",
    ),
    "guide.footnote": (
        "Sumber aturan: Perka BKN 1/2013 (capaian SKP), PermenPANRB 6/2022 (predikat), SE MenPANRB 03/2023 "
        "(kurva distribusi), PermenPANRB 14/2017 (IKM). Setiap angka di halaman ini dihitung oleh makro aturan "
        "di basis data, yang sama dengan yang dipakai semua halaman.",
        "Rule sources: Perka BKN 1/2013 (SKP achievement), PermenPANRB 6/2022 (predikat), SE MenPANRB 03/2023 "
        "(distribution curve), PermenPANRB 14/2017 (IKM). Every number on this page is computed by the store's "
        "rule macros, the same every page uses.",
    ),
    "guide.day_text": (
        "**Satu hari kerja** adalah jam kantor satu hari biasa di basis data ini: **{day}** ({minutes} menit "
        "kerja). Bila hari Jumat lebih pendek, yang dihitung tetap menit kerja sebenarnya, tetapi ukuran "
        '"1 hari kerja" tetap memakai hari biasa. Sebutan "1 hari kerja" dan "3 hari kerja" pada angka '
        "dan tanda pada grafik kecepatan memakai panjang ini.",
        "**One working day** is the office hours of an ordinary day in this store: **{day}** ({minutes} working "
        'minutes). When Friday is shorter, the actual working minutes are still counted, but "1 working day" '
        'keeps the ordinary day\'s length. "1 working day" and "3 working days" in figures and the marks on the '
        "speed charts use this length.",
    ),
    "guide.outside_text": (
        "**Di luar jam kantor, jam berhenti.** Permohonan yang diterima dan selesai seluruhnya di luar jam kantor "
        "(misalnya diterima pukul 17.00 dan selesai pukul 19.00, atau diterima dan selesai pada hari Minggu) "
        "bernilai **0 menit kerja**, sehingga selalu memenuhi standar. Halaman Kualitas Data menghitung berapa "
        "banyak permohonan seperti itu, agar tidak ada unit yang tampak cepat hanya karena melayani di luar jam. "
        "Kalender kerja mencakup {first} s.d. {last}: permohonan di luar rentang itu tidak mendapat waktu kerja "
        "dan tidak masuk angka kecepatan. Cuti bersama diambil dari pustaka hari libur yang dipakai dasbor, yang baru mengenal cuti "
        "bersama suatu tahun setelah SKB terbit; Kualitas Data memberi peringatan bila data sudah mencapai tahun "
        "yang cuti bersamanya belum dikenal.",
        "**Outside office hours the clock stops.** A request received and completed entirely outside office hours "
        "(say received at 17:00 and completed at 19:00, or received and completed on a Sunday) takes **0 working "
        "minutes** and so always meets the standard. Kualitas Data counts such requests, so that no unit looks "
        "fast only because it serves outside hours. The working-day calendar covers {first} to {last}: requests "
        "outside it get no working time and count in no speed figure. Cuti bersama come from the `holidays` "
        "package, which knows a year's cuti bersama only after the joint decree; Kualitas Data warns when the data "
        "reaches a year whose cuti bersama are not known yet.",
    ),
    "guide.postings_header": (
        "Mutasi: angka mengikuti unit saat itu",
        "Transfers: figures follow the unit of the time",
    ),
    "guide.postings_text": (
        "Pegawai bisa pindah unit (mutasi). Setiap penempatan dicatat dengan tanggal mulai dan tanggal akhir. "
        "Penilaian kinerja, nilai SKP dan kelompok pembanding seorang pegawai pada satu semester dihitung untuk "
        "**unit tempat ia bertugas pada akhir semester itu** (pindah di tengah semester: unit barunya; berhenti: "
        "unit terakhirnya). Permohonan layanan tetap dihitung untuk unit yang melayaninya. Jadi bila seorang "
        "operator pindah dari sebuah kelurahan ke Seksi Pelayanan pada November 2025, penilaiannya sampai "
        "Semester I 2025 tetap milik kelurahan itu, dan kurva distribusi kelurahan itu tidak berubah karena "
        "kepindahannya. Pegawai tanpa catatan penempatan dianggap bertugas di unitnya sejak TMT CPNS (dari NIP). "
        "Di basis data ini tercatat **{moved}** pegawai yang pernah pindah unit.",
        "Employees can move between units (transfers). Each posting is recorded with a start and an end date. "
        "An employee's appraisal, SKP score and peer group in a semester count for **the unit they were posted "
        "to at the end of that semester** (moved within the semester: the new unit; left: the last one). Service "
        "requests keep counting for the unit that served them. So when an operator moves from a kelurahan to "
        "Seksi Pelayanan in November 2025, their appraisals up to 2025 H1 stay with that kelurahan, and its "
        "distribution curve does not change because of the move. Employees without a recorded posting count in "
        "their unit from their TMT CPNS (from the NIP). This store records **{moved}** employees who moved.",
    ),
}
