/**
 * Disclosures (<details>) that a narrow screen keeps folded and a wide one shows open: the
 * header's navigation, the search page's filters. A wide screen shows them through CSS
 * (`::details-content`, src/styles/global.css); a browser without that selector (Firefox
 * before 143, Safari before 18.4) gets the same from here, each disclosure opened while the
 * screen is wide. They are marked `data-open-when-wide`.
 */
/** Where they stop folding: the width in the CSS. */
const WIDE = '(min-width: 48rem)';

export function keepOpenWhenWide(root: Document): void {
  if (typeof CSS === 'undefined' || CSS.supports('selector(::details-content)')) return;
  const view = root.defaultView;
  const folds = root.querySelectorAll<HTMLDetailsElement>('details[data-open-when-wide]');
  if (!view || folds.length === 0) return;
  const wide = view.matchMedia(WIDE);
  const apply = () => {
    for (const fold of folds) if (wide.matches) fold.open = true;
  };
  wide.addEventListener('change', apply);
  apply();
}
