import { z } from 'zod/mini';
import { said } from './said';

/**
 * Addresses and address entries. An entry is a full address ("maya@calm.example") or a whole
 * domain ("@calm.example", that exact domain, not its subdomains). Matching ignores case.
 */

// Deliberately simple: one "@", no spaces, a dot in the domain. Browsers and Gmail accept more
// exotic forms, but a therapist's address never needs them.
const ADDRESS = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]+$/;
const DOMAIN = /^@(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function isAddress(text: string): boolean {
  return ADDRESS.test(text);
}

export function isAddressEntry(text: string): boolean {
  return isAddress(text) || DOMAIN.test(text);
}

export const ADDRESS_PROBLEM = said(
  'expected an email address (name@example.com) or a whole domain (@example.com)',
  'policy_problem_address',
);

export const addressEntrySchema = z
  .string()
  .check(z.trim(), z.toLowerCase(), z.refine(isAddressEntry, ADDRESS_PROBLEM.message));

export interface ParsedRecipient {
  /** Lower-case address, when the recipient shows one. */
  address?: string;
  /** Display name, when the recipient shows one. */
  name?: string;
}

/** Reads "Name <address>", a bare address, or a display name alone (Outlook often shows only names). */
export function parseRecipient(raw: string): ParsedRecipient {
  const text = raw.trim();
  const angled = /^(.*)<\s*([^<>\s]+)\s*>$/.exec(text);
  if (angled) {
    const name = stripQuotes(angled[1] ?? '');
    const address = (angled[2] ?? '').toLowerCase();
    return name ? { name, address } : { address };
  }
  if (isAddress(text)) return { address: text.toLowerCase() };
  const name = stripQuotes(text);
  return name ? { name } : {};
}

function stripQuotes(text: string): string {
  return text
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim();
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** Does this address match one entry (full address or "@domain")? */
export function matchesEntry(address: string, entry: string): boolean {
  const a = address.toLowerCase();
  const e = entry.trim().toLowerCase();
  return e.startsWith('@') ? domainOf(a) === e.slice(1) : a === e;
}

export function matchesAny(address: string, entries: readonly string[]): boolean {
  return entries.some((entry) => matchesEntry(address, entry));
}

/**
 * Do two display names name the same person? Case and spacing never matter. Beyond equality, a
 * name also matches without a leading title ("Dr. Maya Lee" is "Maya Lee"), without trailing
 * credentials ("Maya Lee, LCSW") and in directory order ("Lee, Maya"), because Outlook shows the
 * name from the address book while the policy has the name the therapist signs with. Derived forms
 * count only with two words or more, so "Lee, Sam" never matches a therapist called "Lee".
 */
export function sameName(a: string, b: string): boolean {
  const exactA = normName(a);
  if (exactA === '') return false;
  if (exactA === normName(b)) return true;
  const formsB = nameForms(b);
  return [...nameForms(a)].some((form) => formsB.has(form));
}

/**
 * Does this name (in any of the forms `sameName` accepts, two words or more) appear as whole
 * words in the text? Case and spacing never matter.
 */
export function mentionsName(text: string, name: string): boolean {
  const words = (s: string) => s.replace(/[^\p{L}\p{N}@.'-]+/gu, ' ').trim();
  const hay = ` ${words(normName(text))} `;
  const forms = [...nameForms(name)].map(words);
  // Directory order too: "Lee, Maya" in a header names "Maya Lee".
  for (const form of [...forms]) {
    const parts = form.split(' ');
    if (parts.length === 2) forms.push(`${parts[1]} ${parts[0]}`);
  }
  return forms.some((form) => hay.includes(` ${form} `));
}

const TITLE = /^(?:dr|prof|mr|mrs|ms|mx|miss|rev)\.?\s+/;

function normName(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

function nameForms(name: string): Set<string> {
  const base = normName(name);
  const forms = new Set<string>();
  const parts = base.split(',').map((p) => p.trim());
  const candidates = parts.length === 2 && parts[0] && parts[1] ? [parts[0], `${parts[1]} ${parts[0]}`] : [base];
  for (const form of candidates) {
    forms.add(form);
    forms.add(form.replace(TITLE, ''));
  }
  for (const form of forms) if (!form.includes(' ')) forms.delete(form);
  return forms;
}
