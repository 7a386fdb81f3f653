/** Outlook on the web is served from all four (docs/hosts/outlook.md, "Hosts"). */
export const OUTLOOK_HOSTNAMES: readonly string[] = [
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
];

/** Match patterns of the mail hosts: the only pages the extension may touch. */
export const MAIL_HOSTS = ['https://mail.google.com/*', ...OUTLOOK_HOSTNAMES.map((host) => `https://${host}/*`)];
