/**
 * The header's navigation is a disclosure (<details>) that a narrow screen keeps folded; a
 * wide screen shows it open through CSS (`::details-content`, src/styles/global.css). A
 * browser without that selector (Firefox before 143, Safari before 18.4) gets the same from
 * here: the disclosure is opened while the screen is wide.
 */
/** Where the navigation stops folding: the width in global.css. */
const WIDE = '(min-width: 48rem)';

export function keepMenuOpenWhenWide(root: Document): void {
  if (typeof CSS === 'undefined' || CSS.supports('selector(::details-content)')) return;
  const menu = root.querySelector<HTMLDetailsElement>('details[data-site-menu]');
  const view = root.defaultView;
  if (!menu || !view) return;
  const wide = view.matchMedia(WIDE);
  const apply = () => {
    menu.open = wide.matches;
  };
  wide.addEventListener('change', apply);
  apply();
}
