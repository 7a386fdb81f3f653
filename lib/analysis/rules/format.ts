/**
 * The one layout of the rule files (lib/analysis/rules/*.json), so that a diff shows one change
 * per line and a reviewer never scrolls sideways: one key per line, lists of short strings packed
 * to 100 columns. `npm run rules:format` rewrites the files; a unit test fails when one drifts.
 */
const WIDTH = 100;

export function formatRules(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    if (value.every((v) => typeof v === 'string')) {
      const items = value.map((v) => JSON.stringify(v));
      const one = `[${items.join(', ')}]`;
      if (indent.length + one.length <= WIDTH) return one;
      const lines: string[] = [];
      let line = '';
      for (const item of items) {
        if (line && inner.length + line.length + item.length + 2 > WIDTH) {
          lines.push(line);
          line = '';
        }
        line += line ? ` ${item},` : `${item},`;
      }
      lines.push(line.replace(/,$/, ''));
      return `[\n${lines.map((l) => inner + l).join('\n')}\n${indent}]`;
    }
    return `[\n${value.map((v) => inner + formatRules(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (!entries.length) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${formatRules(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
