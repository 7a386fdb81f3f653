/**
 * Every Gmail selector, in one place. The facts and their public sources, with dates, are in
 * docs/hosts/gmail.md (InboxSDK, gmail.js, a compose DOM captured in 2020). Within each list,
 * language-independent hooks come first; obfuscated class names follow as fallbacks, since Gmail
 * renames them (InboxSDK #941, #1306). Localised aria-label text is never used: it breaks in other
 * UI languages (FlowCrypt #5428).
 */
export const GMAIL = {
  /** The compose root: mole, full screen, pop-out and inline reply all share `div.M9`. */
  composeRoot: ['div.M9', '[data-compose-id]'],
  /** Hidden inputs that identify a draft across re-renders (gmail.js, InboxSDK read them). */
  composeId: 'input[name="composeid"]',
  draftId: 'input[name="draft"]',
  /**
   * The compose's window: the docked mole `div.nH.Hd[role=dialog]` holds the title bar (minimise,
   * full screen, close) above `div.aaZ > div.M9`; a full-screen compose sits in a `[role=dialog]`
   * too (docs/hosts/gmail.md, "Compose mole"). An inline reply has none: the root is the window.
   */
  composeWindow: '[role="dialog"]',
  /** Inside a compose: what shows we are in one even when `.M9` is renamed. */
  composeMarker: 'input[name="subjectbox"], input[name="composeid"]',

  /**
   * Send: a child of `div.dC` (beside the schedule chevron `div.hG`), then the Closure classes
   * (`T-I J-J5-Ji aoO v7 T-I-atl L3`, captures 2023-12 and probes 2026-05). InboxSDK's older
   * `.IZ .Up div > div[role=button]` also matches other extensions' buttons, inserted after
   * `div.dC` (InboxSDK add-button), so it is not used. With both class names renamed, the adapter
   * takes the button right before the schedule chevron (see `scheduleArrow`).
   */
  sendButton: [
    '.IZ .Up div.dC > div[role="button"]:not(.Uo):not([aria-haspopup="true"])',
    'div.T-I.aoO[role="button"]:not(.Uo):not([aria-haspopup="true"])',
  ],
  /** Buttons other extensions add beside Send (InboxSDK `inboxsdk__button`): never Send. */
  foreignButton: '.inboxsdk__button',
  /** Send & Archive, replies only (InboxSDK). */
  sendArchiveButton: ['.IZ .Up div > div[role="button"].Uo:not([aria-haspopup="true"])'],
  /** The arrow that opens "Schedule send" (capture: `div.T-I.J-J5-Ji.hG`). */
  scheduleArrow: ['.IZ .Up div > div[role="button"][aria-haspopup="true"]', 'div.hG[role="button"]'],
  /**
   * The menu item. It lives inside each compose (probe 2026-05; InboxSDK #1225 saw it at body
   * level, which the adapter still takes when no compose holds one). Choosing it only opens the
   * "Schedule send" dialog, so it is not a send: it tells which compose that dialog belongs to.
   */
  scheduleItem: '[selector="scheduledSend"]',
  /**
   * In the "Schedule send" dialog (a `[role=dialog]` that holds no compose), the rows that schedule
   * at once: presets `[role=menuitem].Az`; "Pick date & time" is `.Az.AM` and only opens the picker
   * (OutboxIQ probes, 2026-05). With `.Az` renamed, any other menu item of that dialog counts.
   */
  schedulePreset: [
    '[role="dialog"] [role="menuitem"].Az:not(.AM)',
    '[role="dialog"] [role="menuitem"]:not(.AM):not([selector])',
  ],
  /** "Pick date & time": opens the picker in the same dialog, schedules nothing. */
  schedulePick: '[role="dialog"] [role="menuitem"].AM',
  /**
   * The picker's own "Schedule send" button (probe 2026-05: `button.mUIrbf-I.mUIrbf-I-ql-Uw.eV8l8d`,
   * Cancel `.Rb6pkf`, after exactly two inputs, date and time). With the class renamed, the
   * dialog's last button counts while it shows those two inputs.
   */
  schedulePickerSend: ['[role="dialog"] button.eV8l8d', '[role="dialog"] button:last-of-type'],

  /** Recipient rows by field name: PeopleKit `div[name=to]`, classic `textarea[name=to]`. */
  field: (name: RecipientField) => `[name="${name}"]`,
  /** PeopleKit chips carry the address in `data-hovercard-id` (InboxSDK page-parser.ts). */
  peoplekitChip: '[data-hovercard-id]',
  /** Classic chips: `div.vR` with a hidden input holding `Name <address>`. */
  classicChipInput: (name: RecipientField) => `input[type="hidden"][name="${name}"]`,
  /** The input still holding typed text (gmail.js #719: Gmail sends to it too). */
  pendingInput: (name: RecipientField) =>
    `[name="${name}"] input[role="combobox"], textarea[name="${name}"], [name="${name}"] input[peoplekit-id]`,

  subject: 'input[name="subjectbox"]',
  hiddenSubject: 'input[name="subject"]',
  from: 'input[name="from"]',
  /** `[g_editable]` excludes the hidden `textarea.Ak` that shares the body's aria-label. */
  body: ['[g_editable="true"][contenteditable="true"]', 'div[contenteditable="true"][role="textbox"]'],
  /** Left out of the text the checks read. */
  bodyExcluded: '.gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"], .gmail_drive_chip',

  /** Red padlock: some recipient's server does not take TLS (capture: `span.bcV.Sz`). */
  noTlsIndicator: 'span.bcV.Sz',
  /**
   * End-to-end encryption (client-side encryption or S/MIME). No public source gives a DOM hook;
   * the hidden `msg_encrypt` input of the 2020 capture ("0" there) is the best guess. Unverified.
   */
  encryptedFlag: 'input[name="msg_encrypt"]',
} as const;

export type RecipientField = 'to' | 'cc' | 'bcc';
