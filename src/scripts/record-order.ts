/**
 * Enhancement for a decision's table: switch between the decision's order (STT) and
 * alphabetical order by given name. Each row carries its alphabetical rank (data-rank),
 * worked out at build time with Vietnamese collation (src/lib/views/decision.ts), so the
 * script imports nothing and sorts numbers. Without JavaScript the switch stays hidden and
 * the table keeps the decision's order. The choice is kept in the address (?xep=ten), so a
 * shared link opens in the same order.
 */

type Order = 'stt' | 'ten';

export function enableRecordOrder(root: Document): void {
  const table = root.querySelector<HTMLTableElement>('table[data-record-table]');
  const control = root.querySelector<HTMLElement>('[data-order-switch]');
  const body = table?.tBodies[0];
  if (!table || !control || !body) return;
  const rows = [...body.rows];
  const byStt = rows.slice();
  let byName: HTMLTableRowElement[] | undefined;

  const apply = (order: Order) => {
    byName ??= rows.slice().sort((a, b) => Number(a.dataset.rank) - Number(b.dataset.rank));
    body.append(...(order === 'ten' ? byName : byStt));
    for (const button of control.querySelectorAll<HTMLButtonElement>('button[data-order]')) {
      button.setAttribute('aria-pressed', String(button.dataset.order === order));
    }
    const url = new URL(root.location.href);
    if (order === 'ten') url.searchParams.set('xep', 'ten');
    else url.searchParams.delete('xep');
    root.defaultView?.history.replaceState(null, '', url);
  };

  control.hidden = false;
  control.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-order]');
    if (button) apply(button.dataset.order === 'ten' ? 'ten' : 'stt');
  });
  if (new URL(root.location.href).searchParams.get('xep') === 'ten') {
    apply('ten');
    // The browser brought the record of the address (#stt-12) into view in the decision's
    // order: bring it into view where it now stands.
    const id = decodeURIComponent(root.location.hash.slice(1));
    const row = id ? root.getElementById(id) : null;
    if (row && body.contains(row)) row.scrollIntoView({ block: 'start' });
  }
}
