import type { HostAdapter } from './adapter';
import { createGmailAdapter } from './gmail/adapter';

/** The adapter for the mail host this page is on, or null when we do not know the page. */
export function adapterFor(hostname: string, doc: Document): HostAdapter | null {
  if (hostname === 'mail.google.com') return createGmailAdapter(doc);
  return null;
}
