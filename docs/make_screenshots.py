"""Make the pictures in docs/ from the spec article, with headless Chromium.

Run from the repository root, with the test dependencies installed and Debian's
chromium and chromium-driver on the machine:

    .venv/bin/python docs/make_screenshots.py

Writes docs/show-page.png (top of the `attribution show --html` page),
docs/graph-page.png (the interactive `attribution graph --output graph.html`
page, with Kevin Bergner clicked) and docs/graph.png (`attribution graph
--output graph.png` as it is).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.common.by import By

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SPEC = ROOT / "data" / "samples" / "qods-force.txt"
FLAGS = ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
         "--hide-scrollbars", "--force-device-scale-factor=1")


def attribution(*args: str) -> None:
    subprocess.run([str(Path(sys.executable).parent / "attribution"), *args], check=True, cwd=ROOT)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        attribution("analyze", str(SPEC.relative_to(ROOT)), "--out", str(work / "results"), "--quiet")
        attribution("show", str(SPEC.relative_to(ROOT)), "--html", str(work / "show.html"), "--quiet")
        attribution("graph", str(work / "results"), "--output", str(work / "graph.html"), "--quiet",
                    "--title", "Actor graph: qods-force")
        attribution("graph", str(work / "results"), "--output", str(DOCS / "graph.png"), "--quiet",
                    "--title", "Actor graph: qods-force")
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={work / 'profile'}")
        service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver")
        driver = webdriver.Chrome(options=options, service=service)
        try:
            driver.set_window_rect(width=1280, height=1300)
            driver.get((work / "show.html").as_uri())
            driver.save_screenshot(str(DOCS / "show-page.png"))
            driver.set_window_rect(width=1280, height=760)
            driver.get((work / "graph.html").as_uri())
            next(el for el in driver.find_elements(By.CSS_SELECTOR, "#actors li")
                 if el.text.startswith("Kevin Bergner")).click()
            driver.save_screenshot(str(DOCS / "graph-page.png"))
        finally:
            driver.quit()
    for name in ("show-page.png", "graph-page.png", "graph.png"):
        print(DOCS / name)


if __name__ == "__main__":
    main()
