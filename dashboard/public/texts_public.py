"""Texts of the Forum Publik slides: plain Bahasa Indonesia for a citizens' meeting."""

TEXT = {
    "public.title": ("Forum Publik", "Public forum"),
    "public.lead": (
        "Tayangan untuk forum warga, musrenbang atau layar di lobi: apa yang berubah bagi warga sejak kebijakan "
        "evaluasi kinerja. Tanpa nama, tanpa NIP, tanpa angka perorangan.",
        "Slides for a citizens' meeting, a musrenbang or a lobby screen: what changed for citizens since the "
        "performance-evaluation policy. No names, no NIP, no individual figures.",
    ),
    "public.start": ("Mulai presentasi", "Start presentation"),
    "public.exit": ("Keluar", "Exit"),
    "public.prev": ("Sebelumnya", "Previous"),
    "public.next": ("Berikutnya", "Next"),
    "public.slide_of": ("{i} / {n}", "{i} / {n}"),
    "public.settings": ("Pengaturan tayangan", "Presentation settings"),
    "public.event": ("Kebijakan yang dibandingkan", "Policy compared"),
    "public.measure": ("Waktu yang dibandingkan", "Time compared"),
    "public.measure_working": ("Waktu kerja", "Working time"),
    "public.measure_elapsed": ("Waktu kalender", "Elapsed time"),
    "public.window": ("Bulan sebelum dan sesudah", "Months before and after"),
    "public.auto": ("Ganti slide otomatis (layar lobi)", "Advance automatically (lobby screen)"),
    "public.auto_off": ("Mati", "Off"),
    "public.auto_every": ("tiap {s} detik", "every {s} s"),
    "public.keys_hint": (
        "Tombol panah kiri/kanan pada papan ketik juga berpindah slide.",
        "The left/right arrow keys also change slides.",
    ),
    "public.downloads": ("Bawa pulang", "Take-away"),
    "public.prepare": ("Siapkan PDF dan gambar", "Prepare PDF and images"),
    "public.preparing": ("Menyiapkan slide…", "Preparing the slides…"),
    "public.deck_busy": (
        "Unduhan slide sedang banyak diminta. Coba lagi dalam beberapa menit.",
        "The slide downloads are much in demand just now. Please try again in a few minutes.",
    ),
    "public.download_pdf": ("Unduh PDF (16:9)", "Download PDF (16:9)"),
    "public.download_png": ("Unduh gambar slide ini (PNG)", "Download this slide (PNG)"),
    "public.download_zip": ("Unduh semua gambar (ZIP)", "Download all images (ZIP)"),
    "public.no_data": (
        "Belum ada data layanan untuk ditayangkan.",
        "There is no service data to show yet.",
    ),
    "public.no_events": (
        "Belum ada kebijakan yang tercatat, sehingga tidak ada perbandingan sebelum dan sesudah.",
        "No policy event is recorded, so there is no before/after comparison.",
    ),
    "public.suppressed": ("data terlalu sedikit", "too little data"),
    "public.suppressed_note": (
        "Angka dari kurang dari {n} permohonan atau {n} responden tidak ditampilkan (“data terlalu sedikit”).",
        "Figures from fewer than {n} requests or {n} respondents are not shown (“too little data”).",
    ),
    "public.footer": (
        "Kecamatan Gajahmungkur · Forum Publik",
        "Kecamatan Gajahmungkur · Public forum",
    ),
    "public.demo": ("Data demo", "Demo data"),
    "public.period": ("{start} – {end}", "{start} – {end}"),
    "public.running": (
        "Data baru sampai {data_end}: bulan-bulan sampai {end} belum lengkap, jadi angka terakhirnya belum final "
        "(permohonan yang masih diproses belum masuk).",
        "The data run to {data_end}: the months up to {end} are not complete, so their last figures are not final "
        "(requests still in process are not in them yet).",
    ),
    # ---------------------------------------------------------------- slide 1: headline
    "public.s1_title": ("Apa yang berubah bagi warga?", "What changed for citizens?"),
    "public.headline": (
        "Peningkatan terbesar: pengurusan {service} umumnya selesai dalam {after} ({after_period}), dari {before} "
        "({before_period}).",
        "The largest gain: {service} was usually done in {after} ({after_period}), down from {before} "
        "({before_period}).",
    ),
    "public.working_hint": ("(jam kerja)", "(working hours)"),
    "public.headline_none": (
        "Belum ada layanan yang terbukti lebih cepat sejak kebijakan.",
        "No service has been shown to be faster since the policy yet.",
    ),
    "public.headline_detail": (
        "Penurunan terbesar di antara {k} layanan yang terbukti lebih cepat (dari {m}). Median {measure}: separuh "
        "permohonan selesai lebih cepat dari angka ini. {n_before} permohonan sebelum ({before_period}) dan "
        "{n_after} sesudah ({after_period}) kebijakan “{event}”.",
        "The largest fall among the {k} services shown to be faster (of {m}). Median {measure}: half of the "
        "requests were done faster than this. {n_before} requests before ({before_period}) and {n_after} after "
        "({after_period}) the policy “{event}”.",
    ),
    "public.tile_overall": (
        "Median waktu proses, campuran layanan tetap",
        "Median processing time, fixed service mix",
    ),
    "public.tile_on_standard": ("Selesai sesuai standar", "Done within the standard"),
    "public.tile_faster": ("Layanan lebih cepat", "Services faster"),
    "public.tile_faster_value": ("{k} dari {m}", "{k} of {m}"),
    "public.s1_caption": (
        "Angka keseluruhan: campuran layanan tetap (tiap permohonan dibobot menurut jumlah permohonan layanannya "
        "sebelum kebijakan). Sesuai standar: permohonan terbuka yang sudah melewati standar dihitung tidak sesuai.",
        "Overall figures: a fixed service mix (each request weighted by its service's requests before the policy). "
        "Within the standard: open requests already past their standard count as misses.",
    ),
    # ---------------------------------------------------------------- slide 2: before/after
    "public.s2_title": ("Sebelum dan sesudah: berapa lama permohonan diproses?", "Before and after: how long?"),
    "public.s2_caption": (
        "Median semua layanan dengan campuran layanan tetap: {verb} {change}, dari {before} menjadi {after} "
        "({measure}). {k} dari {m} layanan lebih cepat secara meyakinkan (selang kepercayaan 95 % di bawah nol, "
        "bootstrap per hari kerja). Sebelum: {before_period}, n = {n_before}; sesudah: {after_period}, "
        "n = {n_after}.",
        "Median of all services with a fixed service mix: {verb} {change}, from {before} to {after} ({measure}). "
        "{k} of {m} services are convincingly faster (95 % confidence interval below zero, bootstrap by working "
        "day). Before: {before_period}, n = {n_before}; after: {after_period}, n = {n_after}.",
    ),
    "public.s2_hidden": (
        "{n} layanan tidak ditampilkan: data terlalu sedikit ({names}).",
        "{n} services not shown: too little data ({names}).",
    ),
    "public.verb_down": ("turun", "fell by"),
    "public.verb_up": ("naik", "rose by"),
    "public.axis_time_working": (
        "Median waktu proses (jam kerja, skala log)",
        "Median processing time (working hours, log)",
    ),
    "public.axis_time_elapsed": ("Median waktu proses (jam, skala log)", "Median processing time (hours, log)"),
    "public.narrow_line": (
        "{service}: {before} → {after} ({change}), n {nb} → {na}",
        "{service}: {before} → {after} ({change}), n {nb} → {na}",
    ),
    "public.n_label": ("n {nb} → {na}", "n {nb} → {na}"),
    # ---------------------------------------------------------------- slide 3: on-standard share
    "public.s3_title": (
        "Berapa persen permohonan selesai sesuai standar pelayanan, per bulan?",
        "What share of requests is done within the service standard, per month?",
    ),
    "public.s3_caption": (
        "Sebelum kebijakan ({before_period}): {before} permohonan selesai sesuai standar; {months_recent} bulan "
        "lengkap terakhir ({recent_period}): {after}. Campuran layanan tetap (jumlah permohonan sebelum "
        "kebijakan); permohonan terbuka yang sudah melewati standar dihitung tidak sesuai. {n} permohonan dari "
        "{first} sampai {last}.",
        "Before the policy ({before_period}): {before} of requests were done within the standard; the last "
        "{months_recent} complete months ({recent_period}): {after}. Fixed service mix (requests before the "
        "policy); open requests already past their standard count as misses. {n} requests from {first} to {last}.",
    ),
    "public.axis_month": ("Bulan permohonan diterima", "Month the request was received"),
    "public.axis_on_standard": ("Sesuai standar (%)", "Within the standard (%)"),
    "public.series_on_standard": ("Sesuai standar (campuran layanan tetap)", "Within the standard (fixed mix)"),
    # ---------------------------------------------------------------- slide 4: IKM
    "public.s4_title": ("Seberapa puas warga? Indeks Kepuasan Masyarakat (IKM)", "How satisfied are citizens? (IKM)"),
    "public.ikm_chart": ("IKM per semester dan mutu pelayanan", "IKM per half-year and service grade"),
    "public.elements_chart": ("Sembilan unsur, {period} (nilai 1–4)", "The nine elements, {period} (score 1–4)"),
    "public.axis_ikm": ("IKM (25–100)", "IKM (25–100)"),
    "public.axis_nrr": ("Nilai rata-rata unsur (1–4)", "Mean element score (1–4)"),
    "public.s4_caption": (
        "{period} (hingga {last}): IKM {ikm}, mutu {grade} ({grade_words}), dari {n} responden. {first_period}: "
        "IKM {first_ikm}. Unsur terendah: {low_element} ({low_nrr}); tertinggi: {high_element} ({high_nrr}).",
        "{period} (up to {last}): IKM {ikm}, grade {grade} ({grade_words}), from {n} respondents. {first_period}: "
        "IKM {first_ikm}. Lowest element: {low_element} ({low_nrr}); highest: {high_element} ({high_nrr}).",
    ),
    "public.s4_indicative": (
        "Angka ini indikatif: {n} responden, di bawah sampel minimum {min} responden (PermenPANRB 14/2017).",
        "This figure is indicative: {n} respondents, below the minimum sample of {min} (PermenPANRB 14/2017).",
    ),
    "public.s4_sample_met": (
        "{n} responden memenuhi sampel minimum {min} responden (PermenPANRB 14/2017).",
        "{n} respondents meet the minimum sample of {min} (PermenPANRB 14/2017).",
    ),
    "public.s4_none": ("Belum ada survei kepuasan dengan cukup responden.", "No survey has enough respondents yet."),
    "public.grade_A": ("Sangat Baik", "Very good"),
    "public.grade_B": ("Baik", "Good"),
    "public.grade_C": ("Kurang Baik", "Fair"),
    "public.grade_D": ("Tidak Baik", "Poor"),
    "public.respondents": ("{n} responden", "{n} respondents"),
    # ---------------------------------------------------------------- slide 5: requests served
    "public.s5_title": ("Berapa permohonan yang sudah dilayani?", "How many requests were served?"),
    "public.served_service_chart": ("Per layanan", "Per service"),
    "public.served_unit_chart": ("Per kelurahan", "Per kelurahan"),
    "public.axis_served": ("Permohonan selesai", "Requests completed"),
    "public.office": ("Kantor Kecamatan", "Kecamatan office"),
    "public.others_services": ("Layanan lainnya", "Other services"),
    "public.others_units": ("Lainnya", "Others"),
    "public.others_note": (
        "Layanan atau kelurahan dengan kurang dari {n} permohonan digabung ke “lainnya” (bersama yang terkecil "
        "berikutnya bila perlu), agar jumlah total tidak membuka angka yang kecil.",
        "Services or kelurahan with fewer than {n} requests are merged into “others” (with the next smallest when "
        "needed), so that the total does not give a small figure away.",
    ),
    "public.s5_caption": (
        "Sejak kebijakan, {period}: {total} permohonan selesai. Terbanyak: {service} ({service_n}); "
        "kelurahan dengan permohonan terbanyak: {unit} ({unit_n}).",
        "Since the policy, {period}: {total} requests completed. Most: {service} ({service_n}); "
        "the kelurahan with the most requests: {unit} ({unit_n}).",
    ),
    # ---------------------------------------------------------------- slide 6: next
    "public.s6_title": ("Berikutnya: target kami", "What comes next: our targets"),
    "public.series_now": ("Sesuai standar sekarang", "Within the standard now"),
    "public.series_target": ("Target", "Target"),
    "public.target_line": (
        "{service}: naikkan yang selesai sesuai standar ({standard}) dari {now} menjadi {target}.",
        "{service}: raise the share done within the standard ({standard}) from {now} to {target}.",
    ),
    "public.s6_caption": (
        "{period} ({months} bulan terakhir yang lengkap). Target: separuh jarak ke 100 %, dibulatkan ke atas "
        "ke kelipatan 5 %. Buka kembali halaman ini untuk melihat kemajuannya.",
        "{period} (the last {months} complete months). Target: half the distance to 100 %, rounded up to a "
        "multiple of 5 %. Open this page again to follow the progress.",
    ),
    "public.s6_none": (
        "Semua layanan memenuhi standar dalam {months} bulan terakhir.",
        "Every service met its standard in the last {months} months.",
    ),
    "public.qr": ("Pindai untuk membuka halaman ini:", "Scan to open this page:"),
}
