"""The HTML and JSON reports of real runs: golden files of the seed, and the pages as a real headless Chromium sees them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factlint.pipeline.core import run
from tests import golden

SEED_PAGE = golden.SEED_PAGE
HOSTILE = ['<script>window.pwned=1</script>', '<img src=x onerror="window.pwned=1">', "</textarea>"]
HOSTILE_TEXT = (
    "<script>window.pwned=1</script>\n\n"
    "BRUSSELS, October 18. NATO cut the Russian mission from 20 to 10 people and revoked the accreditation of "
    'eight diplomats. Two more open vacancies were eliminated. <img src=x onerror="window.pwned=1"> '
    "Sergey Lavrov said </textarea><textarea> nothing on Monday.\n"
)


@pytest.fixture(scope="session")
def hostile_out(tmp_path_factory, nlp) -> Path:
    """Articles built to break out of the page: as a .txt (title from the first line) and as JSONL metadata."""
    src = tmp_path_factory.mktemp("hostile-in")
    (src / "hostile.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    record = {"id": "hostile-jsonl", "title": HOSTILE[0] + HOSTILE[1], "url": "javascript:window.pwned=1",
              "published": "2021-10-18", "text": HOSTILE_TEXT}
    (src / "hostile.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("hostile-report")
    run([str(src)], output=out)
    return out


# --- golden files --------------------------------------------------------------------------------

def test_goldens_match_a_fresh_run_on_the_seed(seed_out):
    problems = golden.compare(seed_out)
    assert not problems, "\n\n".join(problems)


def test_golden_normaliser_blanks_only_volatile_parts(seed_out):
    report = json.loads((seed_out / "report.json").read_text(encoding="utf-8"))
    normal = json.loads(golden.normalise("report.json", (seed_out / "report.json").read_text(encoding="utf-8")))
    assert normal["run"] == {"generated_at": "<generated_at>", "duration_seconds": "<duration_seconds>"}
    assert {k: v for k, v in normal.items() if k != "run"} == {k: v for k, v in report.items() if k != "run"}
    index = golden.normalise("index.html", (seed_out / "index.html").read_text(encoding="utf-8"))
    assert report["run"]["generated_at"] not in index and '<span class="volatile">(volatile)</span>' in index


def test_golden_failure_says_how_to_regenerate(seed_out, tmp_path, monkeypatch):
    monkeypatch.setattr(golden, "GOLDEN_DIR", tmp_path)
    golden.update(seed_out)
    page = tmp_path / SEED_PAGE
    page.write_text(page.read_text(encoding="utf-8").replace("20 - 8 - 2 = 10", "20 - 8 - 2 = 11"), encoding="utf-8")
    (tmp_path / "index.html").unlink()
    problems = golden.compare(seed_out)
    assert len(problems) == 2
    assert all("make golden" in p and "python -m tests.golden --update" in p for p in problems)
    assert any("20 - 8 - 2 = 11" in p for p in problems)


# --- in a real browser ---------------------------------------------------------------------------

@pytest.fixture(scope="session")
def browser():
    if not Path(golden.CHROMIUM).exists():
        pytest.skip(f"{golden.CHROMIUM} is missing: install Debian's chromium package (.ci/browser.sh does) to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=golden.CHROMIUM, args=golden.CHROMIUM_ARGS)
        yield b
        b.close()


class Page:
    """A fresh browser page that records console errors and uncaught exceptions."""

    def __init__(self, browser, **options):
        self.context = browser.new_context(**options)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))

    def open(self, path: Path):
        self.page.goto(path.as_uri())
        return self.page


@pytest.fixture
def tab(browser):
    pages: list[Page] = []

    def make(**options) -> Page:
        options.setdefault("viewport", {"width": 1200, "height": 900})
        pages.append(Page(browser, **options))
        return pages[-1]

    yield make
    for p in pages:
        p.context.close()


def _report(out: Path) -> dict:
    return json.loads((out / "report.json").read_text(encoding="utf-8"))


@pytest.mark.slow
def test_pages_load_without_console_errors(seed_out, hostile_out, tab):
    t = tab()
    pages = [seed_out / "index.html", seed_out / SEED_PAGE, hostile_out / "index.html",
             *sorted((hostile_out / "documents").glob("*.html"))]
    for path in pages:
        page = t.open(path)
        assert page.locator("h1").count() == 1, path
    assert t.errors == []


@pytest.mark.slow
def test_selecting_the_seed_finding_highlights_its_three_spans(seed_out, tab):
    t = tab()
    page = t.open(seed_out / SEED_PAGE)
    finding = page.locator(".pick", has_text="20 - 8 - 2 = 10")
    assert finding.is_visible()
    finding.click()
    active = page.locator("#text .active").all_text_contents()
    assert len(active) == 3
    for expected in ("from 20 to 10", "eight diplomats", "Two more"):
        assert any(expected in a for a in active), (expected, active)
    assert finding.get_attribute("aria-pressed") == "true"
    assert "3 passage(s) highlighted" in page.locator("#status").text_content()
    # and back: activating a highlighted span brings its finding into focus
    page.locator(".pick", has_text="20 - 8 - 2 = 10").click()  # deselect
    assert page.locator("#text .active").count() == 0
    card = page.locator(".finding", has=finding).get_attribute("id")
    fid = card.removeprefix("finding-")
    claim = page.locator(f'#text mark[data-f~="{fid}"] .c').first
    for _ in range(page.locator(".finding").count()):  # a span in several findings cycles through them
        claim.focus()
        page.keyboard.press("Enter")
        if page.evaluate("document.activeElement.closest('.finding').id") == card:
            break
    else:
        pytest.fail(f"Enter on a span of {fid} never opened {fid}")
    assert page.locator("#text .active").count() == 3
    assert t.errors == []


@pytest.mark.slow
def test_keyboard_reaches_a_claim_and_shows_its_value(seed_out, tab):
    t = tab()
    page = t.open(seed_out / SEED_PAGE)
    claims = {c["id"]: c for c in _report(seed_out)["documents"][0]["claims"]}
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('c')"):
            break
    else:
        pytest.fail("ten Tabs did not reach a claim")
    first = page.evaluate("document.activeElement.getAttribute('data-c')").split()[0]
    tip = page.locator("#tip")
    assert tip.is_visible()
    assert str(claims[first]["value"]) in tip.text_content()
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    page.locator("#text .c", has_text="Sergey Lavrov").first.hover()  # the mouse shows the same
    assert tip.is_visible() and "Russian Foreign Minister" in tip.text_content()
    # a date shows its ISO value, a quantity its number and unit
    for text, value in (("October 6", "2021-10-06"), ("eight diplomats", "8 diplomats")):
        page.locator("#text .c", has_text=text).first.focus()
        assert value in tip.text_content()
    assert t.errors == []


@pytest.mark.slow
def test_hostile_articles_render_as_text_and_run_nothing(hostile_out, tab):
    t = tab()
    report = _report(hostile_out)
    assert len(report["documents"]) == 2
    page = t.open(hostile_out / "index.html")
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert HOSTILE[0] in page.locator("#docs").text_content()
    for doc in report["documents"]:
        page = t.open(hostile_out / "documents" / f"{doc['id']}.html")
        text = page.locator("#text").text_content()
        for piece in HOSTILE:
            assert piece in text, piece
        assert text == doc["text"]
        assert page.evaluate("typeof window.pwned") == "undefined"
        assert page.locator("img, textarea").count() == 0
        assert page.locator("script").count() == 1
        assert page.locator("a[href^='javascript:']").count() == 0
        page.locator("#text .c").first.focus()  # tooltips are filled with textContent, never as markup
        assert page.evaluate("typeof window.pwned") == "undefined"
    assert t.errors == []


@pytest.mark.slow
def test_index_sorts_and_filters_without_a_server(hostile_out, seed_out, tab):
    t = tab()
    page = t.open(hostile_out / "index.html")
    rows = page.locator("#docs tbody tr")
    assert rows.count() == 2
    titles = lambda: [r.locator("td").nth(1).locator("a").first.text_content() for r in rows.all()]  # noqa: E731
    page.get_by_role("button", name="Title").click()
    ascending = titles()
    assert ascending == sorted(ascending, key=str.lower)
    assert page.locator("th[aria-sort=ascending]").count() == 1
    page.get_by_role("button", name="Title").press("Enter")  # keyboard works the same
    assert titles() == ascending[::-1]
    page.fill("#q", "jsonl")
    assert page.locator("#docs tbody tr:visible").count() == 1
    assert page.locator("#shown").text_content() == "Showing 1 of 2 documents"
    page.fill("#q", "")
    seed_index = t.open(seed_out / "index.html")
    status = _report(seed_out)["documents"][0]["status"]
    seed_index.locator(f".filters input[value={status}]").uncheck()
    assert seed_index.locator("#docs tbody tr:visible").count() == 0
    seed_index.locator(f".filters input[value={status}]").check()
    seed_index.locator("#docs a", has_text=_report(seed_out)["documents"][0]["title"]).click()
    assert seed_index.url.endswith(SEED_PAGE)
    assert t.errors == []


@pytest.mark.slow
@pytest.mark.parametrize("page_path", ["index.html", SEED_PAGE])
def test_phone_width_dark_scheme_and_print(seed_out, tab, page_path):
    t = tab(viewport={"width": 360, "height": 740}, color_scheme="dark", is_mobile=True)
    page = t.open(seed_out / page_path)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(13, 17, 23)"
    page.emulate_media(media="print", color_scheme="light")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    if page_path == SEED_PAGE:
        assert page.evaluate("getComputedStyle(document.querySelector('.layout')).display") == "block"
        assert page.locator(".pick", has_text="20 - 8 - 2 = 10").is_visible()
    assert t.errors == []
