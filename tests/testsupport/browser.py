"""The real browser for end-to-end tests: Debian's chromium driven by Playwright,
and axe-core (from npm) for accessibility checks."""
from __future__ import annotations

import shutil

from bot.config import PROJECT_ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = PROJECT_ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def accessibility_violations(page) -> list[str]:
    """axe-core's WCAG 2.1 A/AA rules on the page as it is, open shadow roots
    included (pages forbid inline scripts, so the browser context that injects axe
    must bypass their CSP)."""
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async (rules) => {
        const r = await axe.run(document, {runOnly: rules});
        return r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
    }""", WCAG_21_AA)
