"""Forum Publik: full-screen slides of what the evaluation policy changed for citizens.

Open to everyone (not in auth.PAGE_ROLES). No names, no NIP, no individual figures; every
figure from fewer than 10 requests or respondents is suppressed (dashboard.public). The
presenter steps with buttons or the arrow keys; the slide, the mode (?mode=presentasi) and
the choices live in the URL.
"""

from __future__ import annotations

import datetime as dt
import html

import streamlit as st

from dashboard.access import signin
from dashboard.core import charts, data, fmt, ui
from dashboard.core.i18n import current_lang, t
from dashboard.public import charts as charts_public
from dashboard.public import deck
from dashboard.public import logic as public
from dashboard.speed import logic as speed

lang = current_lang()
SLIDES = [str(i) for i in range(1, len(public.SLIDE_KEYS) + 1)]
AUTO = ["0", "15", "30", "60"]
WINDOWS = ["3", "6", "12"]

STYLE = """
<style>
.pub-title {font-size: clamp(1.55rem, 2.8vw, 3.2rem); font-weight: 700; color: #111418; line-height: 1.15;
  margin: 0 0 0.3rem 0;}
.stMarkdown p.pub-headline, .pub-headline {font-size: clamp(1.7rem, 3.5vw, 4rem) !important; font-weight: 700; color: #00558A; line-height: 1.2 !important;
  margin: 0.6rem 0 1.4rem 0;}
.pub-tile {background: #E8F0F7; border-radius: 0.6rem; padding: 1.1rem 0.8rem; text-align: center; margin-bottom: 0.6rem;}
.pub-tile-value {font-size: clamp(2rem, 4.2vw, 4.6rem); font-weight: 800; color: #111418; line-height: 1.1;}
.pub-tile-label {font-size: clamp(1rem, 1.5vw, 1.7rem); color: #2E3742;}
.stMarkdown p.pub-caption, .pub-caption {font-size: clamp(1.05rem, 1.35vw, 1.65rem) !important; color: #111418; line-height: 1.35 !important; margin: 0.3rem 0;}
.stMarkdown p.pub-empty, .pub-empty {font-size: clamp(1.2rem, 2vw, 2.2rem) !important; color: #111418;}
.pub-counter {font-size: clamp(1.1rem, 1.4vw, 1.6rem); font-weight: 700; color: #111418; padding: 0 0.8rem;}
.st-key-pub_narrow {display: none;}
@media (max-width: 640px) {.st-key-pub_wide {display: none;} .st-key-pub_narrow {display: block;}}
.st-key-pub_prev button, .st-key-pub_next button {min-height: 3rem; padding: 0.4rem 1.6rem;}
.st-key-pub_prev button p, .st-key-pub_next button p {font-size: clamp(1.05rem, 1.3vw, 1.5rem); font-weight: 600;}
</style>
"""

PRESENTING_STYLE = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="collapsedControl"],
[data-testid="stSidebarCollapseButton"], [data-testid="stExpandSidebarButton"], [data-testid="stSidebarNav"],
header[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],
[data-testid="stStatusWidget"] {display: none !important;}
[data-testid="stMainBlockContainer"] {padding: 1.2rem 2.2rem 0.6rem 2.2rem; max-width: 100%;}
[data-testid="stMain"] {margin-left: 0 !important;}
</style>
"""

# Arrow keys click the next/previous buttons. Streamlit has no key events: a tiny
# iframe puts one listener into the page itself (once per browser tab), so it keeps working
# after reruns; on other pages it finds no button and does nothing.
KEYS_SCRIPT = """
<script>
const doc = window.parent.document;
if (!doc.getElementById('pub-keys')) {
  const s = doc.createElement('script');
  s.id = 'pub-keys';
  s.textContent = `document.addEventListener('keydown', (e) => {
    const el = e.target || {};
    if (['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || el.isContentEditable) return;
    const key = {ArrowRight: 'pub_next', PageDown: 'pub_next', ArrowLeft: 'pub_prev', PageUp: 'pub_prev'}[e.key];
    if (!key) return;
    const button = document.querySelector('.st-key-' + key + ' button');
    if (button && !button.disabled) { e.preventDefault(); button.click(); }
  });`;
  doc.head.appendChild(s);
}
</script>
"""


def go_to(step: int, wrap: bool = False) -> None:
    index = SLIDES.index(st.session_state["slide"]) + step
    index = index % len(SLIDES) if wrap else min(max(index, 0), len(SLIDES) - 1)
    st.session_state["slide"] = SLIDES[index]


def set_mode(mode: str) -> None:
    st.session_state["mode"] = mode


@st.cache_data(show_spinner=False, max_entries=32)
def build(version, event_iso: str, label: str, measure: str, window: int, today: dt.date, lang: str):
    settings = public.Settings(dt.date.fromisoformat(event_iso), label, measure, window, today)
    return public.build_slides(data.query, settings, lang)


DECKS_KEPT = 8  # decks kept built (build_deck's cache holds as many)


@st.cache_data(show_spinner=False, max_entries=DECKS_KEPT)
def build_deck(version, event_iso, label, measure, window, today, lang, demo: bool):
    slides = build(version, event_iso, label, measure, window, today, lang)
    return deck.build(slides, lang, demo=demo)


@st.cache_resource(show_spinner=False)
def _deck_builds() -> dict:
    """Process-wide: one deck is built at a time, visitors may start only so many builds, and
    which decks are built already (those cost nothing to hand out)."""
    import collections
    import threading

    from dashboard.core import limits

    return {
        "lock": threading.Lock(),
        "budget": limits.Budget(per_session=6, per_process=20, window=600.0),
        "built": collections.OrderedDict(),
    }


def deck_ready(args: tuple) -> bool:
    """Build the downloadable deck for ``args``, unless it is not built yet and this session or
    everyone has used up the deck builds of the last ten minutes (each takes a core for seconds)."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    builds, key = _deck_builds(), (*args, data.is_demo())
    with builds["lock"]:
        if key not in builds["built"]:
            ctx = get_script_run_ctx()
            if not builds["budget"].allow(ctx.session_id if ctx else ""):
                return False
            with st.spinner(t("public.preparing")):
                build_deck(*key)
        builds["built"][key] = True
        builds["built"].move_to_end(key)
        while len(builds["built"]) > DECKS_KEPT:
            builds["built"].popitem(last=False)
    return True


def e(value: object) -> str:
    """Text for the slides' HTML: escaped, on one line (a blank line would end the HTML block and let
    the rest be read as Markdown)."""
    return html.escape(" ".join(str(value).split()))


def show(slide: public.Slide, number: int) -> None:
    st.markdown(f'<h1 class="pub-title">{e(slide.title)}</h1>', unsafe_allow_html=True)
    if slide.headline:
        st.markdown(f'<p class="pub-headline">{e(slide.headline)}</p>', unsafe_allow_html=True)
    if slide.tiles:
        for column, (label, value) in zip(st.columns(len(slide.tiles)), slide.tiles, strict=True):
            column.markdown(
                f'<div class="pub-tile"><div class="pub-tile-value">{e(value)}</div>'
                f'<div class="pub-tile-label">{e(label)}</div></div>',
                unsafe_allow_html=True,
            )
    if slide.empty:
        st.markdown(f'<p class="pub-empty">{e(slide.empty)}</p>', unsafe_allow_html=True)
    if slide.figures:
        wide = st.container(key="pub_wide") if slide.narrow else st.container()
        for i, (column, fig) in enumerate(zip(wide.columns(len(slide.figures)), slide.figures, strict=True)):
            column.plotly_chart(fig, width="stretch", config=charts.PLOTLY_CONFIG, key=f"pub_chart_{number}_{i}")
    if slide.narrow:  # on a phone the chart's labels would crush its plot: the same figures as lines
        st.container(key="pub_narrow").markdown("\n".join(f"- {fmt.plain(line)}" for line in slide.narrow))
    for caption in slide.captions:
        st.markdown(f'<p class="pub-caption">{e(caption)}</p>', unsafe_allow_html=True)


def navigation(presenting: bool) -> None:
    index = SLIDES.index(st.session_state["slide"])
    bar = st.container(horizontal=True, vertical_alignment="center", gap="small")
    bar.button(
        t("public.prev"), key="pub_prev", icon=":material/arrow_back:", on_click=go_to, args=(-1,), disabled=index == 0
    )
    bar.markdown(
        f'<span class="pub-counter">{t("public.slide_of", i=index + 1, n=len(SLIDES))}</span>', unsafe_allow_html=True
    )
    bar.button(
        t("public.next"),
        key="pub_next",
        icon=":material/arrow_forward:",
        on_click=go_to,
        args=(1,),
        disabled=index == len(SLIDES) - 1,
        type="primary",
    )
    if presenting:
        bar.button(t("public.exit"), key="pub_exit", icon=":material/close_fullscreen:", on_click=set_mode, args=("",))
    st.iframe(KEYS_SCRIPT, height=1)


# ---------------------------------------------------------------- state from the URL

presenting = ui.url_state("mode", "", ["", "presentasi"]) == "presentasi"
ui.url_state("slide", SLIDES[0], SLIDES)
st.markdown(STYLE, unsafe_allow_html=True)
if presenting:
    st.markdown(PRESENTING_STYLE, unsafe_allow_html=True)
else:
    ui.header("public.title", "public.lead")

events_frame = data.query("policy_events")
if data.query("speed_months").empty:
    st.info(t("public.no_data"))
elif events_frame.empty:
    st.info(t("public.no_events"))
else:
    event_options = [d.isoformat() for d in events_frame["event_date"]]
    labels = dict(zip(event_options, events_frame["label"], strict=True))
    if not presenting:
        with st.container(border=True):
            st.markdown(f"**{t('public.settings')}**")
            row = st.columns([3, 1.4, 1, 1.4])
            row[0].selectbox(
                t("public.event"),
                event_options,
                key=ui.keep("peristiwa", event_options[0], event_options),
                format_func=lambda d: f"{fmt.date(dt.date.fromisoformat(d), lang)} — {labels[d]}",
                on_change=ui.copy_to("peristiwa"),
            )
            row[1].segmented_control(
                t("public.measure"),
                list(speed.MEASURES),
                key=ui.keep("ukuran", "working", list(speed.MEASURES)),
                format_func=lambda m: t(charts_public.MEASURE_KEYS[m]["name"]),
                on_change=ui.copy_to("ukuran"),
            )
            row[2].selectbox(
                t("public.window"), WINDOWS, key=ui.keep("jendela", "6", WINDOWS), on_change=ui.copy_to("jendela")
            )
            row[3].selectbox(
                t("public.auto"),
                AUTO,
                key=ui.keep("auto", "0", AUTO),
                format_func=lambda s: t("public.auto_off") if s == "0" else t("public.auto_every", s=s),
                on_change=ui.copy_to("auto"),
            )
            st.button(
                t("public.start"),
                key="pub_start",
                type="primary",
                icon=":material/co_present:",
                on_click=set_mode,
                args=("presentasi",),
            )
            st.caption(t("public.keys_hint"))
    event_iso = ui.url_state("peristiwa", event_options[0], event_options)
    measure = ui.url_state("ukuran", "working", list(speed.MEASURES)) or "working"
    window = int(ui.url_state("jendela", "6", WINDOWS))
    auto = int(ui.url_state("auto", "0", AUTO))
    ui.write_url("mode", "slide", "peristiwa", "ukuran", "jendela", "auto")

    args = (
        data.version(),
        event_iso,
        labels[event_iso],
        measure,
        window,
        ui.today(),
        lang,
    )
    slides = build(*args)
    number = SLIDES.index(st.session_state["slide"])
    show(slides[number], number + 1)
    navigation(presenting)

    if auto:

        @st.fragment(run_every=auto)
        def lobby_ticker() -> None:
            """Advance (and wrap) every ``auto`` seconds; the first run comes with the page itself."""
            st.session_state["pub_ticks"] = st.session_state.get("pub_ticks", 0) + 1
            if st.session_state["pub_ticks"] > 1:
                go_to(1, wrap=True)
                st.session_state[signin.AUTO_RUN] = True  # not the user's doing: keeps no sign-in alive
                st.rerun()

        st.session_state["pub_ticks"] = 0
        lobby_ticker()

    if not presenting:
        st.subheader(t("public.downloads"))
        if st.button(t("public.prepare"), key="pub_prepare", icon=":material/picture_as_pdf:"):
            st.session_state["pub_deck"] = args
        if st.session_state.get("pub_deck") == args:
            if not deck_ready(args):
                st.warning(t("public.deck_busy"))
                st.session_state.pop("pub_deck")
                st.stop()
            pdf, pngs = build_deck(*args, data.is_demo())
            row = st.columns(3)
            ui.download(t("public.download_pdf"), lambda: pdf, "forum-publik.pdf", ui.PDF, key="pub_pdf",
                        detail="public slides", where=row[0])  # fmt: skip
            ui.download(t("public.download_png"), lambda: pngs[number], f"forum-publik-slide-{number + 1}.png",
                        "image/png", key="pub_png", detail="public slide", where=row[1])  # fmt: skip
            ui.download(t("public.download_zip"), lambda: deck.png_zip(pngs), "forum-publik-slide.zip",
                        "application/zip", key="pub_zip", detail="public slides", where=row[2])  # fmt: skip

if not presenting:
    ui.footnote(t("public.suppressed_note", n=public.MIN_N))
