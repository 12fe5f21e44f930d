// The accessibility checks every screen goes through: axe-core (all rules, any impact) and, at
// 360 px, no sideways scrolling and 44 px touch targets. Used by accessibility.spec.mjs and by
// the specs whose screens or notices it does not reach.
import AxeBuilder from '@axe-core/playwright';

/** What is wrong with the page as it stands, each line prefixed with `what`; empty if nothing. */
export async function violations(page, what) {
  const result = await new AxeBuilder({ page }).analyze();
  const found = result.violations.map((v) => `${what}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  // On a phone: the page never scrolls sideways (a wide table scrolls in its own box), and
  // every control is at least 44 px high, or its label is (a checkbox's target).
  if (page.viewportSize().width <= 400) {
    const phone = await page.evaluate(() => {
      const out = [];
      if (document.documentElement.scrollWidth > window.innerWidth) out.push(`the page is ${document.documentElement.scrollWidth} px wide`);
      for (const el of document.querySelectorAll('button, input, select, textarea, summary, a[href]')) {
        const box = el.getBoundingClientRect();
        if (!box.width || !box.height) continue;
        const labels = [...(el.labels ?? [])].map((l) => l.getBoundingClientRect().height);
        const height = Math.max(box.height, ...labels);
        if (height < 43.5) out.push(`${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30) || el.id}” ${height.toFixed(1)} px`);
      }
      return out;
    });
    found.push(...phone.map((p) => `${what}: ${p}`));
  }
  return found;
}
