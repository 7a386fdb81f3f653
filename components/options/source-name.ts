import { t } from '../../lib/i18n';

/** Where an import came from when it was pasted, not a file (a file's name is never empty). */
export const PASTED = '';

/** A file's name as it is, or "The pasted text" / "the pasted text" in the page's language. */
export function sourceName(source: string, where: 'start' | 'inside'): string {
  if (source !== PASTED) return source;
  return where === 'start' ? t('options_pasted_text') : t('options_pasted_text_inside');
}
