import type { HostAdapter, Recipients } from '../hosts/adapter';
import type { SelfCheck } from './report';

/**
 * Builds the self-check of this page from the adapter's diagnosis. Only booleans, counts and the
 * adapter's fixed wording leave the page; `isListed` is asked per compose and only its answer kept.
 */
export function buildSelfCheck(
  adapter: HostAdapter,
  isListed: (recipients: Recipients) => boolean | null,
  page: { version: string; hostname: string; recipientsUnread: boolean },
): SelfCheck {
  const diagnosis = adapter.diagnose?.() ?? { composes: [], registry: {} };
  return {
    version: page.version,
    host: adapter.host,
    hostname: page.hostname,
    composes: diagnosis.composes.map((c) => {
      let listed: boolean | null = null;
      if (c.recipients) {
        try {
          listed = isListed(adapter.readRecipients(c.compose));
        } catch {
          listed = null;
        }
      }
      return {
        recipients: c.recipients,
        subject: c.subject,
        body: c.body,
        send: c.send,
        listed,
        problems: [...c.problems],
      };
    }),
    registry: { ...diagnosis.registry },
    recipientsUnread: page.recipientsUnread,
  };
}
