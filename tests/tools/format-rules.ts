import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatRules } from '../../lib/analysis/rules/format.ts';

// `npm run rules:format`: rewrites lib/analysis/rules/*.json in their one reviewable layout.
const dir = new URL('../../lib/analysis/rules/', import.meta.url).pathname;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const path = join(dir, file);
  writeFileSync(path, `${formatRules(JSON.parse(readFileSync(path, 'utf8')))}\n`);
}
