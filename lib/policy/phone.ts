import { z } from 'zod/mini';
import { said } from './said';

/**
 * A phone number as people write it (docs/interfaces.md, "Contact policy file"): digits with an
 * optional leading `+`, spaces, dashes, dots and parentheses, 3 to 32 characters. It is shown and
 * linked (`tel:`), never dialled by the extension.
 */
const PHONE = /^\+?[0-9 ().-]{3,32}$/;

export function isPhone(text: string): boolean {
  return text.length <= 33 && PHONE.test(text) && /[0-9]/.test(text);
}

/** `tel:` link for a phone number as written ("+1 555 0142" -> "tel:+15550142"): the digits, and a leading `+`. */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^0-9]/g, '');
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${digits}`;
}

export const PHONE_PROBLEM = said(
  'expected a phone number: digits, with an optional +, spaces, dashes, dots or parentheses',
  'policy_problem_phone',
);

export const phoneSchema = z
  .string()
  .check(
    z.maxLength(40),
    z.trim(),
    z.refine(isPhone, PHONE_PROBLEM.message),
    z.describe('A phone number: digits with an optional leading +, spaces, dashes, dots and parentheses (3 to 32).'),
  );
