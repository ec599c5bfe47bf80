"""Texts of the Kecepatan Layanan page (processing speed) and of dashboard.speed."""

TEXT: dict[str, tuple[str, str]] = {
    "speed.title": ("Kecepatan Layanan", "Service speed"),
    "speed.lead": (
        "Seberapa cepat dan tepat permohonan diselesaikan: sebaran waktu proses, kepatuhan pada standar "
        "pelayanan, tunggakan, perbaikan berkas, dan perubahan sebelum-sesudah kebijakan. Untuk camat dan lurah.",
        "How fast and how accurately requests are handled: processing-time distributions, the service standards, "
        "backlog, rework and the change before and after the policy. For the camat and the lurah.",
    ),
    # ---- filters
    "speed.grain": ("Rentang per", "Range by"),
    "speed.grain_month": ("Bulan", "Month"),
    "speed.grain_semester": ("Semester", "Half-year"),
    "speed.range": ("Periode (diterima)", "Period (received)"),
    "speed.services": ("Layanan", "Services"),
    "speed.all_services": ("Semua layanan", "All services"),
    "speed.channel": ("Kanal", "Channel"),
    "speed.all_channels": ("Semua kanal", "All channels"),
    "speed.channel_loket": ("Loket", "Counter"),
    "speed.channel_online": ("Online", "Online"),
    "speed.channel_jemput_bola": ("Jemput bola", "Outreach"),
    "speed.measure": ("Waktu proses", "Processing time"),
    "speed.measure_working": ("Waktu kerja", "Working time"),
    "speed.measure_elapsed": ("Waktu kalender", "Elapsed time"),
    "speed.measure_help": (
        "Waktu kerja menghitung hanya jam kantor pada hari kerja; waktu kalender menghitung semua jam sejak "
        "permohonan diterima sampai selesai (yang dirasakan warga).",
        "Working time counts only office hours on working days; elapsed time counts every hour from receipt "
        "to completion (what a citizen feels).",
    ),
    "speed.unit_scope": ("Unit kerja: {unit}", "Unit: {unit}"),
    "speed.no_logs": ("Belum ada permohonan layanan di basis data.", "The store has no service requests yet."),
    # ---- headline
    "speed.headline": ("Ringkasan", "Summary"),
    "speed.received": ("Permohonan diterima", "Requests received"),
    "speed.completed": ("Selesai", "Completed"),
    "speed.p90": ("Persentil ke-90", "90th percentile"),
    "speed.on_standard": ("Sesuai standar", "Within the standard"),
    "speed.rework": ("Perbaikan berkas", "Rework"),
    "speed.backlog": ("Tunggakan (masih diproses)", "Backlog (still open)"),
    "speed.vs_previous": (
        "Perubahan dibanding {period} sebelumnya ({start} – {end}).",
        "Change against the {period} before ({start} – {end}).",
    ),
    "speed.period_words": ("periode sepanjang", "period of the same length"),
    "speed.delta_points": ("{x} poin", "{x} pts"),
    # ---- distributions
    "speed.dist_title": ("Sebaran waktu proses per layanan", "Processing time per service"),
    "speed.dist_chart": (
        "Berapa lama permohonan tiap layanan diproses? (kotak: kuartil, garis: p10–p90, ◆ standar)",
        "How long does each service take? (box: quartiles, whiskers: p10–p90, ◆ standard)",
    ),
    "speed.axis_hours_working": ("Waktu proses (jam kerja, skala log)", "Processing time (working hours, log scale)"),
    "speed.axis_hours_elapsed": ("Waktu proses (jam, skala log)", "Processing time (hours, log scale)"),
    "speed.standard": ("Standar", "Standard"),
    "speed.standard_marker": ("Standar pelayanan", "Service standard"),
    "speed.dist_alt": (
        "Median terlama: {service} ({median}). Tabel di bawah memuat p10, kuartil, median, p90 dan n tiap layanan.",
        "Longest median: {service} ({median}). The table below lists p10, quartiles, median, p90 and n per service.",
    ),
    "speed.ecdf_chart": (
        "Berapa persen permohonan selesai dalam waktu tertentu?",
        "What share of requests is finished within a given time?",
    ),
    "speed.axis_share_done": ("Selesai (%)", "Finished (%)"),
    "speed.mark_1h": ("1 jam", "1 hour"),
    "speed.mark_1d_working": ("1 hari kerja", "1 working day"),
    "speed.mark_3d_working": ("3 hari kerja", "3 working days"),
    "speed.mark_1d": ("1 hari", "1 day"),
    "speed.mark_3d": ("3 hari", "3 days"),
    "speed.ecdf_alt": (
        "Bagian permohonan yang selesai dalam 1 jam, 1 hari dan 3 hari ada di tabel sebaran.",
        "The shares finished within 1 hour, 1 day and 3 days are in the distribution table.",
    ),
    "speed.col_service": ("Layanan", "Service"),
    "speed.col_unit": ("Unit kerja", "Unit"),
    "speed.col_n": ("n", "n"),
    "speed.col_standard": ("Standar (jam kerja)", "Standard (working time)"),
    "speed.col_p10": ("p10", "p10"),
    "speed.col_p25": ("Kuartil bawah", "Lower quartile"),
    "speed.col_median": ("Median", "Median"),
    "speed.col_p75": ("Kuartil atas", "Upper quartile"),
    "speed.col_p90": ("p90", "p90"),
    "speed.col_median_in": ("Median ({unit})", "Median ({unit})"),
    "speed.col_p90_in": ("p90 ({unit})", "p90 ({unit})"),
    "speed.median_of": ("Median ({measure})", "Median ({measure})"),
    "speed.col_mean": ("Rata-rata", "Mean"),
    "speed.col_1h": ("≤ 1 jam (%)", "≤ 1 hour (%)"),
    "speed.col_1d": ("≤ 1 hari (%)", "≤ 1 day (%)"),
    "speed.col_3d": ("≤ 3 hari (%)", "≤ 3 days (%)"),
    "speed.col_on_standard": ("Sesuai standar (%)", "Within the standard (%)"),
    "speed.unit_minutes_working": ("menit kerja", "working minutes"),
    "speed.unit_minutes_elapsed": ("menit", "minutes"),
    # ---- trends
    "speed.trend_title": ("Tren bulanan", "Monthly trend"),
    "speed.trend_service": ("Layanan untuk tren", "Service for the trend"),
    "speed.trend_chart": (
        "Apakah {service} makin cepat? Median dan p90 per bulan",
        "Is {service} getting faster? Monthly median and p90",
    ),
    "speed.axis_month": ("Bulan diterima", "Month received"),
    "speed.axis_time_working": ("Waktu proses (jam kerja)", "Processing time (working hours)"),
    "speed.axis_time_elapsed": ("Waktu proses (jam)", "Processing time (hours)"),
    "speed.share_chart": (
        "Berapa persen permohonan selesai sesuai standar tiap bulan?",
        "What share of requests met the standard each month?",
    ),
    "speed.axis_on_standard": ("Sesuai standar (%)", "Within the standard (%)"),
    "speed.all_selected": ("Semua layanan terpilih", "All selected services"),
    "speed.trend_alt": (
        "{service}: median {first} pada {first_month}, {last} pada {last_month}.",
        "{service}: median {first} in {first_month}, {last} in {last_month}.",
    ),
    "speed.share_alt": (
        "Sesuai standar (semua layanan terpilih): {first} pada {first_month}, {last} pada {last_month}.",
        "Within the standard (all selected services): {first} in {first_month}, {last} in {last_month}.",
    ),
    "speed.col_month": ("Bulan", "Month"),
    # ---- weekday x hour
    "speed.when_title": ("Kapan permohonan datang", "When work arrives"),
    "speed.arrivals_chart": (
        "Kapan loket paling ramai? Rata-rata permohonan per hari kerja, menurut hari dan jam",
        "When is the office busiest? Mean requests per working day, by weekday and hour",
    ),
    "speed.time_chart": (
        "Apakah permohonan pada jam sibuk lebih lama selesai? Median waktu proses menurut hari dan jam diterima",
        "Do requests received at busy times take longer? Median processing time by weekday and hour received",
    ),
    "speed.axis_hour": ("Jam diterima", "Hour received"),
    "speed.arrivals_per_day": ("permohonan per hari", "requests per day"),
    "speed.when_alt": (
        "Paling ramai: {day} pukul {hour}.00 dengan rata-rata {n} permohonan per hari. Hanya jam kantor pada hari kerja.",
        "Busiest: {day} at {hour}:00 with {n} requests per day on average. Office hours on working days only.",
    ),
    "speed.col_weekday": ("Hari", "Weekday"),
    "speed.col_hour": ("Jam", "Hour"),
    "speed.col_arrivals": ("Permohonan", "Requests"),
    "speed.col_per_day": ("Rata-rata per hari", "Mean per day"),
    # ---- backlog
    "speed.backlog_title": ("Umur tunggakan", "Backlog ageing"),
    "speed.backlog_lead": (
        "Permohonan yang masih diproses per {as_of}, menurut umurnya (waktu kerja) dibanding standar layanannya. "
        "Filter periode tidak berlaku di sini: tunggakan adalah yang terbuka hari ini.",
        "Requests still open as of {as_of}, by their age (working time) against their service standard. "
        "The period filter does not apply here: backlog is what is open today.",
    ),
    "speed.no_backlog": ("Tidak ada permohonan yang masih diproses.", "No request is open."),
    "speed.backlog_chart": (
        "Unit mana yang menumpuk tunggakan, dan seberapa lewat standar?",
        "Which units hold a backlog, and how far past the standard?",
    ),
    "speed.axis_open": ("Permohonan terbuka", "Open requests"),
    "speed.bucket_within": ("Masih dalam standar", "Within the standard"),
    "speed.bucket_upto_2x": ("Lewat standar, ≤ 2×", "Past the standard, ≤ 2×"),
    "speed.bucket_upto_5x": ("2× – 5× standar", "2× – 5× the standard"),
    "speed.bucket_over_5x": ("> 5× standar", "> 5× the standard"),
    "speed.bucket_no_standard": ("Tanpa standar", "No standard"),
    "speed.backlog_alt": (
        "{n} permohonan terbuka; {late} sudah lewat standar. Terbanyak: {unit} ({unit_n}).",
        "{n} open requests; {late} past their standard. Most: {unit} ({unit_n}).",
    ),
    "speed.oldest": ("Permohonan terbuka tertua", "Oldest open requests"),
    "speed.col_request": ("No. permohonan", "Request"),
    "speed.col_channel": ("Kanal", "Channel"),
    "speed.col_received": ("Diterima", "Received"),
    "speed.col_age_working": ("Umur (waktu kerja)", "Age (working time)"),
    "speed.col_age_elapsed": ("Umur (kalender)", "Age (elapsed)"),
    "speed.col_times_standard": ("× standar", "× standard"),
    "speed.col_handler": ("Petugas", "Handler"),
    "speed.col_bucket": ("Umur", "Age"),
    "speed.names_hidden": (
        "Nama petugas hanya tampil untuk peran yang berwenang.",
        "Handler names are shown only to roles allowed to see them.",
    ),
    # ---- accuracy
    "speed.rework_title": ("Ketepatan: perbaikan berkas", "Accuracy: rework"),
    "speed.rework_dim": ("Menurut", "By"),
    "speed.rework_by_service": ("Layanan", "Service"),
    "speed.rework_by_unit": ("Unit kerja", "Unit"),
    "speed.rework_chart": (
        "Berapa persen permohonan harus diperbaiki dulu? Per bulan",
        "What share of requests had to be corrected first? By month",
    ),
    "speed.rework_share": ("Perbaikan berkas (%)", "Rework (%)"),
    "speed.rework_alt": (
        "Perbaikan berkas tertinggi selama periode: {name} ({share}, n = {n}).",
        "Highest rework over the period: {name} ({share}, n = {n}).",
    ),
    "speed.col_rework_n": ("Diperbaiki", "Reworked"),
    "speed.col_rework_share": ("Perbaikan berkas (%)", "Rework (%)"),
    # ---- before / after
    "speed.ba_title": ("Sebelum dan sesudah kebijakan", "Before and after the policy"),
    "speed.ba_event": ("Peristiwa kebijakan", "Policy event"),
    "speed.ba_window": ("Jendela (bulan di tiap sisi)", "Window (months on each side)"),
    "speed.ba_lead": (
        "Median {measure} tiap layanan sebelum ({before_period}) dan sesudah ({after_period}) kebijakan {date}; "
        "{months} bulan dihitung dari tanggal kebijakan itu sendiri. Layanan yang sama di kedua sisi, dengan n dan selang "
        "kepercayaan 95 % (bootstrap per hari kerja, {resamples} kali, benih tetap: permohonan satu hari dilayani "
        "petugas dan antrean yang sama, jadi tidak saling lepas). Layanan dengan kurang dari {min_n} permohonan di "
        "salah satu sisi tidak dibandingkan.",
        "Median {measure} per service before ({before_period}) and after ({after_period}) the policy of {date}; "
        "{months} months counted from the event date itself. The same services on both sides, with n and a 95 % confidence interval "
        "(bootstrap by working day, {resamples} resamples, fixed seed: requests of one day share officers and queue, "
        "so they are not independent). Services with fewer than {min_n} requests on either side are not compared.",
    ),
    # windows: what a before/after comparison can and cannot say
    "speed.not_causal": (
        "Ini perubahan sebelum/sesudah, bukan bukti sebab: hal lain yang berubah pada waktu yang sama bisa ikut "
        "berperan.",
        "This is a before/after change, not proof of cause: other things that changed at the same time may play a "
        "part.",
    ),
    "speed.window_running": (
        "Periode sesudah belum selesai: data baru sampai {data_end}, periode berakhir {window_end}. Median dan p90 "
        "sisi sesudah belum final: permohonan yang lama biasanya selesai paling akhir, jadi angka ini cenderung "
        "terlalu baik.",
        "The after period has not ended: the data run to {data_end}, the period ends on {window_end}. The median "
        "and p90 of the after side are not final: long requests tend to finish last, so these figures are likely "
        "too good.",
    ),
    "speed.period_running": (
        "Periode ini belum selesai: data baru sampai {data_end}. Median dan p90 belum final: permohonan yang lama "
        "biasanya selesai paling akhir, jadi angka ini cenderung terlalu baik.",
        "This period has not ended: the data run to {data_end}. The median and p90 are not final: long requests "
        "tend to finish last, so these figures are likely too good.",
    ),
    "speed.window_open": (
        "{n} permohonan dalam periode ini masih terbuka dan belum masuk median atau p90; {missed} di antaranya "
        "sudah melewati standar dan dihitung tidak sesuai standar.",
        "{n} requests of these periods are still open and not in the median or p90; {missed} of them are already "
        "past their standard and count as not within it.",
    ),
    "speed.window_other_events": (
        "Perhatian: kebijakan lain juga terjadi di dalam periode perbandingan: {events}. Perubahan ini tidak bisa "
        "dipisahkan di antara kebijakan-kebijakan itu.",
        "Note: another policy also falls inside the compared periods: {events}. The change cannot be split between "
        "these policies.",
    ),
    "speed.no_events": ("Belum ada peristiwa kebijakan di basis data.", "The store has no policy event yet."),
    "speed.dumbbell_chart": (
        "Layanan mana yang makin cepat sejak {event}? Median sebelum (○) dan sesudah (●)",
        "Which services got faster since {event}? Median before (○) and after (●)",
    ),
    "speed.before": ("Sebelum", "Before"),
    "speed.after": ("Sesudah", "After"),
    "speed.overall_sentence": (
        "Keseluruhan, median dengan campuran layanan tetap (tiap permohonan dibobot agar setiap layanan berbobot "
        "sama seperti sebelum kebijakan, {services} layanan) {verb} dari {before} menjadi {after} ({change}, "
        "{interval}), n = {nb} / {na}. Perubahan campuran layanan tidak ikut dihitung sebagai perubahan kecepatan.",
        "Overall, the median with a fixed service mix (each request reweighted so that every service weighs what it "
        "did before the policy, {services} services) {verb} from {before} to {after} ({change}, {interval}), "
        "n = {nb} / {na}. A change in the mix of services is not counted as a change in speed.",
    ),
    "speed.overall_none": (
        "Belum ada layanan dengan cukup permohonan di kedua sisi untuk angka keseluruhan.",
        "No service has enough requests on both sides for an overall figure.",
    ),
    "speed.sentence": (
        "{service}: median {verb} dari {before} menjadi {after} ({change}, {interval}), n = {nb} / {na}",
        "{service}: median {verb} from {before} to {after} ({change}, {interval}), n = {nb} / {na}",
    ),
    "speed.sentence_too_few": (
        "{service}: terlalu sedikit permohonan untuk dibandingkan (n = {nb} / {na})",
        "{service}: too few requests to compare (n = {nb} / {na})",
    ),
    "speed.verb_down": ("turun", "fell"),
    "speed.verb_up": ("naik", "rose"),
    "speed.verb_same": ("tetap", "stayed"),
    "speed.ci": ("95 % CI {low} s.d. {high}", "95 % CI {low} to {high}"),
    "speed.ci_none": ("tanpa selang kepercayaan", "no confidence interval"),
    "speed.measure_words_working": ("waktu kerja", "working time"),
    "speed.measure_words_elapsed": ("waktu kalender", "elapsed time"),
    "speed.col_median_before": ("Median sebelum", "Median before"),
    "speed.col_median_after": ("Median sesudah", "Median after"),
    "speed.col_n_before": ("n sebelum", "n before"),
    "speed.col_n_after": ("n sesudah", "n after"),
    "speed.col_change": ("Perubahan (%)", "Change (%)"),
    "speed.col_ci_low": ("CI 95 % bawah (%)", "95 % CI low (%)"),
    "speed.col_ci_high": ("CI 95 % atas (%)", "95 % CI high (%)"),
    "speed.col_std_before": ("Sesuai standar sebelum (%)", "Within standard before (%)"),
    "speed.col_std_after": ("Sesuai standar sesudah (%)", "Within standard after (%)"),
    "speed.ba_alt": ("Kalimat per layanan:", "One sentence per service:"),
    # ---- footnote
    "speed.footnote": (
        "Periode {start} – {end} menurut tanggal permohonan diterima. Waktu proses hanya dari permohonan berstatus "
        "selesai; permohonan yang masih diproses dihitung sebagai tunggakan, yang ditolak dan batal tidak dihitung. "
        "Waktu kerja: jam kantor pada hari kerja, tanpa libur nasional dan cuti bersama. Sesuai standar selalu "
        "diukur dengan waktu kerja; permohonan yang masih diproses tetapi sudah melewati standar dihitung tidak "
        "sesuai standar.",
        "Period {start} – {end} by date of receipt. Processing times only from completed requests; open requests "
        "count as backlog, rejected and cancelled ones are left out. Working time: office hours on working days, "
        "without national holidays and cuti bersama. Within the standard is always measured in working time; open "
        "requests already past their standard count as not within it.",
    ),
}
