/**
 * Every Outlook on the web selector, in one place. The facts and their public sources, with dates,
 * are in docs/hosts/outlook.md (bmail `content_outlook.ts`, Briskine `outlook.js` history
 * 2022→2026, evicypher history). OWA's hashed class names changed at least five times since 2021
 * (docs/hosts/outlook.md, "Class names"), so nothing here relies on one: ids, `data-testid`,
 * `data-app-section`, ARIA roles and structure only. Localised text is never matched except as a
 * hint for telling Cc from Bcc (see `bccLabels`).
 */
export const OUTLOOK = {
  /**
   * The compose root. `docking_InitVisiblePart_<n>` holds one draft in the reading pane or in a
   * popped-out window (bmail, Briskine); the `data-app-section` forms are the wider fallbacks.
   */
  composeRoot: ['[id^="docking_InitVisiblePart_"]', '[data-app-section="Form_Content"]', '[data-app-section="MailReadCompose"]'],

  /** The primary Send button: its container's test id is stable since 2024 (bmail). */
  sendButton: [
    '[data-testid="ComposeSendButton"] button:not([aria-haspopup])',
    'button[id$="__primaryActionButton"]',
  ],

  /**
   * Recipient wells: contenteditable, never multi-line (that is the body). Briskine 2026-03 →
   * now: `[contenteditable=true]:not([aria-multiline=true])`.
   */
  well: '[contenteditable="true"]:not([aria-multiline="true"])',
  /** Chips are non-editable children of a well (Briskine 2025-06 →). */
  chip: ':scope > [contenteditable="false"], :scope > [draggable="true"]',
  /** Where a chip shows its text (Briskine 2026, bmail 2024-25). */
  chipText: '[class*="textContainer-"], [class*="individualText-"]',

  /** Subject: a one-line text input outside the wells (Briskine 2024-10 →: the last such input). */
  subject: 'input[type="text"][autocomplete="off"]',

  /** Body: `[id^=editorParent_] > [role=textbox]`, the multi-line contenteditable (bmail, Briskine). */
  body: [
    '[id^="editorParent_"] > [contenteditable="true"][aria-multiline="true"]',
    '[contenteditable="true"][aria-multiline="true"]',
  ],
  /**
   * Where the user's own text ends in a reply or forward: OWA inserts `#appendonsend`, an `<hr>`
   * and the `#divRplyFwdMsg` header before the quoted original (docs/hosts/outlook.md, "Subject and
   * body"). Everything from the first marker on is left out, as is the signature block. The `<hr>`
   * is not a marker: a user may draw one in their own text.
   */
  quoteStart: '#appendonsend, #divRplyFwdMsg',
  bodyExcluded: '#Signature, #signature, [id^="Signature_"]',

  /**
   * Encrypt / Do Not Forward applied. HYPOTHETICAL: no public source shows OWA's protection UI in
   * the DOM (docs/hosts/outlook.md, "Encryption"); this info-bar hook is modelled on the docs'
   * description and must be verified against a tenant with Purview Message Encryption before it is
   * trusted.
   */
  protectionBar: '[data-testid="ProtectionInfoBar"]',

  /**
   * Bcc wells are told apart by their accessible name where it is one of these (UI languages
   * vary); otherwise wells are To, Cc, Bcc in document order (docs/hosts/outlook.md, "Recipients").
   */
  bccLabels: ['bcc', 'cci', 'cco', 'bkp', 'ukryta kopia', 'blindkopie', 'skjult kopi', 'dold kopia'],
} as const;
