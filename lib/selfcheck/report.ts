import { z } from 'zod/mini';

/**
 * The popup's self-check of one mail tab: what the extension found on the page, never what is in
 * it. It carries no message text, subjects, addresses or names; the diagnostic report a user may
 * copy is made from it alone.
 */
export const SELF_CHECK_REQUEST = 'between-sessions/self-check';

// Built on first use (the popup's), not when the mail page loads this module.
const composeCheck = z.lazy(() =>
  z.object({
    recipients: z.boolean(),
    subject: z.boolean(),
    body: z.boolean(),
    send: z.boolean(),
    /** A listed therapist (or client) is on it: shown in the popup, never put in the report. */
    listed: z.nullable(z.boolean()),
    /** Fixed wording from the adapter for each part not found. */
    problems: z.array(z.string()),
  }),
);

export const selfCheckSchema = z.lazy(() =>
  z.object({
    version: z.string(),
    host: z.enum(['gmail', 'outlook']),
    hostname: z.string(),
    composes: z.array(composeCheck),
    registry: z.record(z.string(), z.number()),
    /** A message whose recipients could not be read went out unchecked on this page. */
    recipientsUnread: z.boolean(),
  }),
);

export type SelfCheck = z.infer<typeof selfCheckSchema>;
export type ComposeCheck = z.infer<typeof composeCheck>;

const yes = (found: boolean) => (found ? 'found' : 'NOT FOUND');

/** Does the check show anything broken (a part not found, recipients left unread)? */
export function hasProblems(check: SelfCheck): boolean {
  return check.recipientsUnread || check.composes.some((c) => c.problems.length > 0);
}

/**
 * The text "Copy diagnostic report" puts on the clipboard: version, host, what was found in each
 * compose and how many elements each registry entry matched. Whether anyone listed is on a
 * compose is left out, as is everything the page shows.
 */
export function formatReport(check: SelfCheck): string {
  const lines = [
    'Between Sessions self-check',
    `Extension version: ${check.version}`,
    `Host: ${check.host} (${check.hostname})`,
    `Open composes: ${check.composes.length}`,
  ];
  check.composes.forEach((c, i) => {
    lines.push(
      `Compose ${i + 1}: recipients ${yes(c.recipients)}, subject field ${yes(c.subject)}, body ${yes(c.body)}, Send ${yes(c.send)}`,
    );
    for (const problem of c.problems) lines.push(`  - ${problem}`);
  });
  if (check.recipientsUnread)
    lines.push('A message went out unchecked on this page: its recipients could not be read.');
  lines.push('Selector matches:');
  for (const [name, count] of Object.entries(check.registry)) lines.push(`  ${name}: ${count}`);
  return lines.join('\n');
}
