/**
 * A decision page as a reader uses it: a long one opens with a contents list whose links reach its
 * headings, a short one has none; on paper its links to sentences give way to paragraph numbers
 * the printout shows in its margin; and the decisions index says how to sort only where and as its
 * buttons can be seen.
 */
import { describe, expect, test } from 'vitest';
import { closePage, newPage, VIEWPORTS, useBrowserAndSite } from '../helpers/browser.ts';
import { contentFiles } from '../helpers/site.ts';

const site = useBrowserAndSite();
const decisions = contentFiles();
const fullText = decisions.filter((d) => d.data.evidence === 'full-text');
const registerOnly = decisions.filter((d) => d.data.evidence !== 'full-text');

describe('the contents list of a decision page', () => {
  test.each(fullText.map((d) => d.id))('%s: a long page has a labelled contents list whose every link reaches a heading', async (id) => {
    // Motion reduced, so the jump is instant rather than a smooth scroll of unknown length.
    const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop, reducedMotion: 'reduce' });
    try {
      await page.goto(new URL(`decisions/${id}/`, site.server.url).href);
      const nav = page.getByRole('navigation', { name: 'Contents' });
      expect(await nav.count()).toBe(1);
      const hrefs = await nav.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
      const bodyHeadings = await page.locator('.prose :is(h2, h3)[id]').count();
      expect(hrefs.length).toBeGreaterThanOrEqual(5 + Math.min(bodyHeadings, 1));
      for (const href of hrefs) {
        expect(href).toMatch(/^#./);
        const target = page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`);
        expect(await target.count(), href).toBe(1);
        expect(await target.evaluate((el) => /^H[1-6]$/.test(el.tagName)), href).toBe(true);
      }
      // Following a link brings its heading into view.
      const links = nav.locator('.contents__body a');
      const middle = links.nth(Math.floor((await links.count()) / 2));
      const heading = (await middle.getAttribute('href')) ?? '';
      await middle.click();
      expect(new URL(page.url()).hash).toBe(heading);
      const target = page.locator(`[id="${decodeURIComponent(heading.slice(1))}"]`);
      await expect.poll(() => target.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeGreaterThanOrEqual(0);
      await expect.poll(() => target.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(VIEWPORTS.desktop.height - 40);
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    } finally {
      await closePage(page);
    }
  });

  test.each(registerOnly.map((d) => d.id))('%s: a short page has none', async (id) => {
    const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop });
    try {
      await page.goto(new URL(`decisions/${id}/`, site.server.url).href);
      expect(await page.locator('nav.contents').count()).toBe(0);
    } finally {
      await closePage(page);
    }
  });
});

describe('a decision on paper', () => {
  test.each(fullText.filter((d) => d.data.amounts.length > 0).map((d) => d.id))(
    '%s: each sum names the paragraph of its sentence, which the margin numbers, instead of a link',
    async (id) => {
      const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop });
      try {
        await page.goto(new URL(`decisions/${id}/`, site.server.url).href);
        await page.emulateMedia({ media: 'print' });
        const rows = page.locator('table.sums tbody tr');
        expect(await rows.count()).toBeGreaterThan(0);
        for (const [index, row] of (await rows.all()).entries()) {
          expect(await row.getByRole('link', { name: /Read the sentence/ }).isVisible()).toBe(false);
          const printed = (await row.locator('.print-only').textContent()) ?? '';
          expect(await row.locator('.print-only').isVisible()).toBe(true);
          const heading = /the heading “(.+)”/.exec(printed)?.[1];
          if (heading !== undefined) {
            // A sentence that stands in a heading is found by the heading's words.
            expect(await page.locator(`.prose :is(h2, h3, h4, h5, h6):has(#sum-${index + 1})`).textContent()).toContain(heading);
            continue;
          }
          const number = Number(/paragraph (\d+)/.exec(printed)?.[1]);
          expect(number, printed).toBeGreaterThan(0);
          // The paragraph the print stylesheet numbers that way holds the sentence's anchor.
          const numbered = await page.evaluate(
            ({ anchor, n }) => {
              const blocks = [...document.querySelectorAll('.prose :is(p, li:not(:has(> p)), tr)')];
              const block = blocks[n - 1];
              const drawn = block && getComputedStyle(block instanceof HTMLTableRowElement ? block.cells[0]! : block, '::before').content;
              return { holds: Boolean(block?.querySelector(`#${anchor}`)) || Boolean(block?.closest(`:has(> #${anchor})`)), drawn };
            },
            { anchor: `sum-${index + 1}`, n: number },
          );
          expect(numbered.holds, `sum-${index + 1} in paragraph ${number}`).toBe(true);
          expect(numbered.drawn).toContain('counter(paragraph)');
        }
        // On screen the links are there and the paragraph numbers are not.
        await page.emulateMedia({ media: 'screen' });
        expect(await rows.first().getByRole('link', { name: /Read the sentence/ }).isVisible()).toBe(true);
        expect(await rows.first().locator('.print-only').isVisible()).toBe(false);
        expect(await page.locator('.prose p').first().evaluate((p) => getComputedStyle(p, '::before').content)).toBe('none');
      } finally {
        await closePage(page);
      }
    },
  );

  test('the printout says what the margin numbers are, and leaves out the contents list', async () => {
    const page = await newPage(site.browser, { viewport: VIEWPORTS.desktop });
    try {
      await page.goto(new URL(`decisions/${fullText[0]!.id}/`, site.server.url).href);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.published-text .print-only').textContent()).toMatch(/numbers in the margin count the paragraphs/);
      expect(await page.locator('nav.contents').isVisible()).toBe(false);
    } finally {
      await closePage(page);
    }
  });
});

describe('the decisions index says how to sort as its screen shows it', () => {
  test.each([
    ['a phone', { width: 360, height: 740 }, 'Choose a heading above the list'],
    ['a desktop', VIEWPORTS.desktop, 'Choose a column heading'],
  ])('on %s the instructions name the buttons in sight', async (_, viewport, words) => {
    const page = await newPage(site.browser, { viewport });
    try {
      await page.goto(new URL('decisions/', site.server.url).href);
      const hint = page.locator('[data-sort-hint]');
      // The sort script marks the instructions ready once its buttons exist (a busy machine may take a while).
      await page.locator('.sort-hint--ready').waitFor();
      expect(await hint.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
      expect(await hint.innerText()).toContain(words);
      const buttons = page.getByRole('button', { name: /^(Date|Reference|Title|Headline amount|Programmes)$/ });
      expect(await buttons.count()).toBe(5);
      for (const button of await buttons.all()) {
        expect(await button.isVisible()).toBe(true);
        const box = await button.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      }
      // A phone's headings stand above the list, which is where the words send the reader.
      const hintBox = (await hint.boundingBox())!;
      const firstRow = (await page.locator('.decision-table tbody tr').first().boundingBox())!;
      const headings = (await page.locator('.decision-table thead').boundingBox())!;
      expect(headings.y).toBeGreaterThan(hintBox.y);
      expect(headings.y + headings.height).toBeLessThanOrEqual(firstRow.y + 1);
    } finally {
      await closePage(page);
    }
  });

  test('without JavaScript there are no buttons and no words about them', async () => {
    const page = await newPage(site.browser, { viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
    try {
      await page.goto(new URL('decisions/', site.server.url).href);
      expect(await page.getByRole('button').count()).toBe(0);
      expect(await page.locator('[data-sort-hint]').evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
      expect(await page.locator('main').innerText()).not.toMatch(/choose a (column )?heading/i);
    } finally {
      await closePage(page);
    }
  });
});
