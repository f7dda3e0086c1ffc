/** A decision as the content folder writes it: its facts first, then one line per record. */

/** A decision as JSON, its facts first and then one line per record (as the content folder writes them). */
export function formatDecisionJson(decision: Record<string, unknown> & { records: readonly object[] }): string {
  const { records, ...head } = decision;
  const headLines = JSON.stringify(head, null, 2).split('\n');
  headLines.pop();
  const line = (r: object) => {
    let out = '    { ';
    let first = true;
    for (const k in r) {
      out += `${first ? '' : ', '}"${k}": ${JSON.stringify((r as Record<string, unknown>)[k])}`;
      first = false;
    }
    return `${out} }`;
  };
  return `${headLines.join('\n')},\n  "records": [\n${records.map(line).join(',\n')}\n  ]\n}\n`;
}
