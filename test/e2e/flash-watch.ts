// The hall screen's big panel flashes for a few seconds of wall time when a call's turn begins. On a
// busy machine a check of `data-flash` may come after the flash already ended, so the specs watch for
// it instead: an observer in the page, installed before the page loads, notes every panel that starts
// flashing (its number), in order, and the spec waits for that record.
import type { Page } from '@playwright/test';

type Watched = Window & { __flashes?: string[] };

/** Call before `page.goto`: from then on every flash of the big panel is recorded. */
export async function watchFlashes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const flashes: string[] = [];
    (window as Watched).__flashes = flashes;
    const note = (node: Node) => {
      if (!(node instanceof Element)) return;
      const panels = node.matches('[data-testid="latest-call"]') ? [node] : [...node.querySelectorAll('[data-testid="latest-call"]')];
      for (const panel of panels) if (panel.getAttribute('data-flash') === 'true') flashes.push(panel.getAttribute('data-number') ?? '');
    };
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'attributes' && record.attributeName === 'data-flash') note(record.target);
        record.addedNodes.forEach(note);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-flash'] });
  });
}

/** The numbers whose panel started flashing so far, in order. */
export const flashesOf = (page: Page): Promise<string[]> => page.evaluate(() => (window as Watched).__flashes ?? []);
