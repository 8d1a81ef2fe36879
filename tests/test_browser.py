"""The show page and the graph page in a real headless Chromium (system chromium + chromedriver).

Skipped, with the reason shown in the summary, where no browser or driver is
installed; ``.ci/run`` installs Debian's ``chromium`` and ``chromium-driver``.
Selenium drives the system chromedriver by path, so nothing is downloaded.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from attribution.graph import build_graph
from attribution.render import article_page, graph_page, graph_view

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

_BROWSERS = ("chromium", "chromium-browser", "google-chrome")
_FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
          "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
          "--disable-dev-shm-usage", "--window-size=1280,1000")


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    binary = next((found for name in _BROWSERS if (found := shutil.which(name))), None)
    driver_path = shutil.which("chromedriver")
    if binary is None or driver_path is None:
        pytest.skip("no Chromium and chromedriver on this machine: apt-get install chromium chromium-driver "
                    "(.ci/run does)")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in _FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=driver_path))
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _load(browser, path: Path) -> list[dict]:
    """Open ``path``; return the console messages of level SEVERE (JavaScript errors, failed loads)."""
    browser.get_log("browser")  # drop what earlier pages left
    browser.get(path.resolve().as_uri())
    errors = [entry for entry in browser.get_log("browser") if entry.get("level") == "SEVERE"]
    fetched = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert fetched == [], f"the page fetched {fetched}"
    return errors


def test_show_page_loads_and_shows_the_speakers(browser, spec_article, spec_text, tmp_path):
    page = tmp_path / "show.html"
    page.write_text(article_page(spec_article, spec_text), encoding="utf-8")
    assert _load(browser, page) == []
    speakers = {el.text for el in browser.find_elements(By.CSS_SELECTOR, ".card .speaker") if el.is_displayed()}
    assert {"Kevin Bergner", "Mostafa Mohammad Najjar", "Hoshiyar Zebari", "U.S. military", "Iran"} <= speakers
    roles = browser.find_element(By.CSS_SELECTOR, "#card-s6").text
    assert "military spokesman" in roles and "U.S. military" in roles
    statement = browser.find_element(By.CSS_SELECTOR, '.st[data-st~="s6"]')
    ActionChains(browser).move_to_element(statement).perform()
    assert "hot" in browser.find_element(By.CSS_SELECTOR, "#card-s6").get_attribute("class")
    assert len(browser.find_elements(By.CSS_SELECTOR, "table.claims tbody tr")) == len(spec_article.claims)


def test_script_in_an_article_stays_text(browser, pipeline, tmp_path):
    text = ('Officials found <script>window.pwned = 1</script> and <img src=x onerror="window.pwned = 2"> '
            'in the files.\n\n"We deny everything," Minister Jane Miller said.')
    page = tmp_path / "hostile.html"
    page.write_text(article_page(pipeline.analyze(text, id="hostile"), text), encoding="utf-8")
    assert _load(browser, page) == []
    assert browser.execute_script("return window.pwned === undefined")
    assert "<script>window.pwned = 1</script>" in browser.find_element(By.CSS_SELECTOR, ".para").text


def test_graph_page_loads_and_shows_the_speakers(browser, spec_article, tmp_path):
    page = tmp_path / "graph.html"
    view = graph_view(build_graph([spec_article]))
    page.write_text(graph_page(view, title="Actor graph: qods-force"), encoding="utf-8")
    assert _load(browser, page) == []
    labels = {el.text for el in browser.find_elements(By.CSS_SELECTOR, "#nodes text")}
    assert {"Kevin Bergner", "Mostafa Mohammad Najjar", "U.S. military", "Iran", "United States"} <= labels
    assert len(browser.find_elements(By.CSS_SELECTOR, "#nodes circle")) == len(view.nodes)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#edges path")) == len(view.edges)
    box = browser.find_element(By.CSS_SELECTOR, "#graph circle").rect
    assert box["width"] > 10 and box["height"] > 10  # drawn at a visible size
    bergner = next(el for el in browser.find_elements(By.CSS_SELECTOR, "#actors li")
                   if el.text.startswith("Kevin Bergner"))
    bergner.click()
    assert browser.find_element(By.CSS_SELECTOR, "#panel h2").text == "Kevin Bergner"
    assert "Hezbollah" in browser.find_element(By.CSS_SELECTOR, "#actors").text
