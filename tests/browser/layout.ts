/**
 * Checks of a page's layout in the browser, for a phone (320 × 700) and a wide screen: the
 * header's height, a document no wider than the screen, lists that need no sideways scrolling,
 * and a record opened by its link (#stt-12) in view, highlighted, with its citation. Each
 * returns one line per problem, so a test can report every page's at once.
 */
import type { BrowserContext, Page } from 'playwright-core';

/** The header may take at most this share of a phone's screen. */
export const HEADER_SHARE = 0.25;

/**
 * Run `fn(arg)` on the page in a world of its own, as a browser extension would: it sees the
 * page's document and styles, and works with the page's JavaScript off (Playwright's
 * page.evaluate runs in the page's own world, which then runs nothing) and whatever the
 * page's Content Security Policy allows.
 */
export async function inIsolatedWorld<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'bang-vang-checks' })) as {
      executionContextId: number;
    };
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: R }; exceptionDetails?: { exception?: { description?: string }; text: string } };
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach();
  }
}

/**
 * Serve every page of `context` as a browser with JavaScript off would show it: without its
 * scripts, the content of its <noscript> shown. The checks that need the page's own world
 * (axe, which waits on timers that a page with JavaScript off never runs) can then see the
 * page a citizen without JavaScript sees.
 */
export async function servedWithoutScripts(context: BrowserContext): Promise<void> {
  await context.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '').replace(/<\/?noscript>/gi, '');
    await route.fulfill({ response, body: html });
  });
}

/**
 * The layout's problems on the page as it is: the header's height (on a narrow screen), the
 * document's width, and (on a narrow screen) any box that scrolls sideways because what it
 * holds is wider than it.
 */
export async function layoutProblems(page: Page, narrow: boolean): Promise<string[]> {
  return inIsolatedWorld(
    page,
    ({ narrow, share }) => {
      // An element as a short selector, to say what is wrong where.
      const name = (el: Element) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + Array.from(el.classList, (c) => `.${c}`).join('');
      const problems: string[] = [];
      const { innerWidth, innerHeight } = window;
      const header = document.querySelector('header.site-header');
      const height = header?.getBoundingClientRect().height ?? 0;
      if (!header) problems.push('no header.site-header');
      else if (narrow && height > innerHeight * share) {
        problems.push(`the header is ${Math.round(height)} px high, more than ${share * 100} % of ${innerHeight} px`);
      }
      const width = document.documentElement.scrollWidth;
      if (width > innerWidth + 1) {
        // The innermost elements sticking out say what is too wide.
        const sticksOut = (el: Element) => el.getBoundingClientRect().right > innerWidth + 1;
        const culprits = [...document.body.querySelectorAll('*')]
          .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
          .slice(0, 4)
          .map((el) => `${name(el)} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`);
        problems.push(`the document is ${width} px wide in a ${innerWidth} px screen: ${culprits.join(', ')}`);
      }
      if (narrow) {
        for (const el of document.body.querySelectorAll('*')) {
          const overflow = getComputedStyle(el).overflowX;
          if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth + 1) {
            problems.push(`${name(el)} needs scrolling sideways: ${el.scrollWidth} px of content in ${el.clientWidth} px`);
          }
        }
      }
      return problems;
    },
    { narrow, share: HEADER_SHARE },
  );
}

/** What a record opened by its link should show. */
export interface OpenedRecord {
  /** "stt-12". */
  anchor: string;
  /** Its citation, as the page gives it. */
  reference: string;
  /** The label of the copy button, which only JavaScript adds. */
  copyLabel: string;
  javaScript: boolean;
}

/**
 * The problems of the record the page's address opens (#stt-12): it must be the target, in
 * view and not covered by anything, highlighted (another background than the record after
 * it), with its citation shown as text and, with JavaScript, the button that copies its link.
 */
export async function openedRecordProblems(page: Page, record: OpenedRecord): Promise<string[]> {
  return inIsolatedWorld(page, (r: OpenedRecord) => {
    const problems: string[] = [];
    const row = document.getElementById(r.anchor);
    if (!row) return [`no #${r.anchor}`];
    if (!row.matches(':target')) problems.push(`#${r.anchor} is not the page's target (${location.hash})`);
    const box = row.getBoundingClientRect();
    if (box.top < 0 || box.top > window.innerHeight - 40) problems.push(`#${r.anchor} is out of view: its top at ${Math.round(box.top)} px of ${window.innerHeight}`);
    // Nothing (a sticky header, a menu) lies over the record's name.
    const cell = row.querySelector('th') ?? row;
    const at = cell.getBoundingClientRect();
    const over = document.elementFromPoint(at.left + Math.min(10, at.width / 2), at.top + Math.min(8, at.height / 2));
    if (!over || !row.contains(over)) problems.push(`#${r.anchor}'s name is covered by ${over ? over.outerHTML.slice(0, 80) : 'nothing visible'}`);
    const background = getComputedStyle(row).backgroundColor;
    const next = row.nextElementSibling ?? row.previousElementSibling;
    const plain = next ? getComputedStyle(next).backgroundColor : 'rgba(0, 0, 0, 0)';
    if (background === plain || background === 'rgba(0, 0, 0, 0)') problems.push(`#${r.anchor} is not highlighted (background ${background}, the next record's ${plain})`);
    const reference = row.querySelector<HTMLElement>('.record-ref');
    const shown = reference && reference.getClientRects().length > 0 ? reference.innerText : '';
    const button = reference?.querySelector('button');
    const text = button ? shown.slice(0, shown.indexOf(button.innerText)).trim() : shown.trim();
    if (text !== r.reference) problems.push(`#${r.anchor} shows the citation "${text}", expected "${r.reference}"`);
    const copy = [...row.querySelectorAll('button')].filter((b) => b.getClientRects().length > 0 && b.innerText.trim() === r.copyLabel);
    if (r.javaScript && copy.length !== 1) problems.push(`#${r.anchor} has ${copy.length} "${r.copyLabel}" buttons in view, expected 1`);
    if (!r.javaScript && copy.length !== 0) problems.push(`#${r.anchor} has a "${r.copyLabel}" button without JavaScript`);
    // The other records keep their citations out of sight.
    const others = [...document.querySelectorAll<HTMLElement>('.record-ref')].filter((el) => !row.contains(el) && el.getClientRects().length > 0);
    if (others.length) problems.push(`${others.length} other records show their citation`);
    return problems;
  }, record);
}
