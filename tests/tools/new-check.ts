/**
 * `npm run new:check <id> [--role client|therapist|both]`: scaffolds a check, its unit test and
 * its registration (CONTRIBUTING.md, "Add a check"), then says what is left to write.
 */
import path from 'node:path';
import { type Role, scaffoldCheck } from './scaffold-check.ts';

const args = process.argv.slice(2);
const roleAt = args.indexOf('--role');
const role = (roleAt === -1 ? 'client' : args[roleAt + 1]) as Role;
const id = args.find((arg, i) => !arg.startsWith('--') && (roleAt === -1 || i !== roleAt + 1));

if (!id || !['client', 'therapist', 'both'].includes(role)) {
  process.stderr.write('usage: npm run new:check <id> [-- --role client|therapist|both]\n');
  process.exit(2);
}
try {
  const done = scaffoldCheck(path.resolve(import.meta.dirname, '../..'), id, role);
  process.stdout.write(
    [
      `Created ${done.created.join(', ')}; registered it in ${done.edited.join(', ')}.`,
      'Left for you (the completeness test fails until they are done):',
      `  1. write the check in lib/checks/${id}.ts and make its unit test's second case real;`,
      `  2. write its dialog heading in public/_locales/*/messages.json (key finding_title_${id.replaceAll('-', '_')}, now "TODO: ...") in every language;`,
      `  3. describe it under "What it checks today" in README.md (- **\`${id}\`**: ...) and in docs/interfaces.md.`,
      '',
    ].join('\n'),
  );
} catch (error) {
  process.stderr.write(`new:check: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}
