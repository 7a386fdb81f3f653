/**
 * Every Outlook on the web selector, in one place. Sources: bmail `content_outlook.ts`, Briskine
 * `outlook.js` history 2022→2026, evicypher history, and live probes published in 2026 (an
 * outlook.live.com probe "verified live 2026-10-07"; anvisio-data `manifests/outlook/`, 2026-06);
 * docs/real-markup.md lists which fact each entry rests on, docs/hosts/outlook.md the facts. OWA's
 * hashed class names changed at least five times since 2021 (docs/hosts/outlook.md, "Class names"), so nothing here relies on one:
 * ids, `data-testid`, `data-app-section`, ARIA roles and structure only. Localised text is never
 * matched except as a hint for telling Cc from Bcc (see `bccLabels`).
 */
export const OUTLOOK = {
  /**
   * The compose root. `docking_InitVisiblePart_<n>` holds one draft in the reading pane or in a
   * popped-out window (bmail, Briskine); the `data-app-section` forms are the wider fallbacks.
   */
  composeRoot: [
    '[id^="docking_InitVisiblePart_"]',
    '[data-app-section="Form_Content"]',
    '[data-app-section="MailReadCompose"]',
  ],

  /**
   * The primary Send button, only inside the compose's send container (test id stable since 2024,
   * bmail). Fluent UI v9 gives every split button a `__primaryActionButton` id (probe 2026-10), so
   * that id is never matched page-wide: Attach or New mail would count as Send.
   */
  sendButton: [
    '[data-testid="ComposeSendButton"] button:not([aria-haspopup])',
    '[data-testid="ComposeSendButton"] button[id$="__primaryActionButton"]',
  ],

  /** "More send options", the chevron half of the Send split button: it opens Schedule send. */
  moreSendOptions: '[data-testid="ComposeSendButton"] button[aria-haspopup]',
  /**
   * The Schedule send picker's own Send, in Fluent's layer host (the path "More send options" →
   * "Schedule send" → the picker's Send is documented, docs/real-markup.md). HYPOTHETICAL markup:
   * no capture shows the picker, so this is Fluent v9's dialog-actions pattern, primary first.
   */
  schedulePickerSend: '#fluent-default-layer-host [role="dialog"] .fui-DialogActions > button:first-child',

  /**
   * Recipient rows: `[role=group]` whose id ends in `_TO`, `_CC`, `_BCC` (`MSG_<random>_TO`,
   * probe 2026-10); the suffixes do not depend on the UI language. Preferred over document order.
   */
  row: { to: '[role="group"][id$="_TO"]', cc: '[role="group"][id$="_CC"]', bcc: '[role="group"][id$="_BCC"]' },

  /**
   * Recipient wells: contenteditable, never multi-line (that is the body). Briskine 2026-03 →
   * now: `[contenteditable=true]:not([aria-multiline=true])`.
   */
  well: '[contenteditable="true"]:not([aria-multiline="true"])',
  /**
   * A chip: any non-editable recipient entity inside a well, at any depth (wrappers come and go
   * between OWA versions, probe 2026-10); the outermost one counts. `_EType_RECIPIENT_ENTITY` is
   * the resolved chip, whose `aria-label` is the address even when it shows a name.
   */
  chip: '[contenteditable="false"], [draggable="true"], [id*="_EType_RECIPIENT_ENTITY"]',
  /** Where a chip shows its text (Briskine 2026, bmail 2024-25). */
  chipText: '[class*="textContainer-"], [class*="individualText-"]',

  /**
   * A reading-pane reply starts with its recipients collapsed behind "Expand header and show
   * message history": no wells, and the header reads `To: Name <address>` in spans (bmail reads
   * those; an OWA investigation note, date unknown). Read as leaf elements outside the editor.
   */
  collapsedRecipient: 'span',
  /**
   * Where `focusin` expands a collapsed header (Briskine `makeFieldsEditable`: a synthetic click
   * does not). Only tried when the collapsed header itself cannot be read.
   */
  collapsedHeader: '[aria-expanded="false"]',
  /** Controls that are never the header (the send split button's menu also has aria-expanded). */
  toolbar: '[role="toolbar"]',

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
   * The signed-in account's address, in Microsoft's account manager flyout (MeControl). UNVERIFIED
   * for Outlook on the web: public code reads it there (an Outlook reply assistant, repository not
   * resolved; Selenium tests of Office 365 pages), no capture or live probe of OWA shows it. It is
   * rendered only once the account button was opened. Read only inside the flyout, as one address.
   */
  ownAddress: '#mectrl_main_body #mectrl_currentAccount_secondary',

  /**
   * Bcc wells are told apart by their accessible name where it is one of these (UI languages
   * vary); otherwise wells are To, Cc, Bcc in document order (docs/hosts/outlook.md, "Recipients").
   */
  bccLabels: ['bcc', 'cci', 'cco', 'bkp', 'ukryta kopia', 'blindkopie', 'skjult kopi', 'dold kopia'],
} as const;
