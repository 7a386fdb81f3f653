import type { HostAdapter } from './adapter';
import { createGmailAdapter } from './gmail/adapter';
import { OUTLOOK_HOSTNAMES } from './hosts';
import { createOutlookAdapter } from './outlook/adapter';

/** The adapter for the mail host this page is on, or null when we do not know the page. */
export function adapterFor(hostname: string, doc: Document): HostAdapter | null {
  if (hostname === 'mail.google.com') return createGmailAdapter(doc);
  if (OUTLOOK_HOSTNAMES.includes(hostname)) return createOutlookAdapter(doc);
  return null;
}
