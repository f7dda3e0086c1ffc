/**
 * Enhancement for a decision's list: the record whose link is open (#stt-12), highlighted and
 * showing its citation by CSS alone (:target), also gets a button that copies its link — the
 * decision page's public address (the table's data-link) and the anchor. Without JavaScript
 * the citation is there as text and the link is the address bar's.
 */
export function enableRecordLink(root: Document): void {
  const table = root.querySelector<HTMLTableElement>('table[data-record-table]');
  const view = root.defaultView;
  if (!table || !view) return;
  const { link = '', copy = '', copied = '', copyFailed = '' } = table.dataset;
  const tools = root.createElement('span');
  tools.className = 'record-copy no-print';
  const button = root.createElement('button');
  button.type = 'button';
  button.textContent = copy;
  // Said once the button is used; in the page before that, so screen readers hear it.
  const status = root.createElement('span');
  status.setAttribute('role', 'status');
  tools.append(button, status);
  let anchor = '';

  const place = () => {
    anchor = decodeURIComponent(view.location.hash.slice(1));
    const row = anchor ? root.getElementById(anchor) : null;
    const reference = row && table.contains(row) ? row.querySelector('.record-ref') : null;
    status.textContent = '';
    if (reference) reference.append(tools);
    else tools.remove();
  };

  button.addEventListener('click', () => {
    const target = `${link}#${anchor}`;
    const done = () => (status.textContent = copied);
    const failed = () => (status.textContent = copyFailed.replace('{link}', target));
    if (!view.navigator.clipboard) return failed();
    view.navigator.clipboard.writeText(target).then(done, failed);
  });
  view.addEventListener('hashchange', place);
  place();
}
