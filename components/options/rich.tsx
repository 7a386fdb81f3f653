import { Fragment, type ReactNode } from 'react';
import type { MessageKey } from '../../lib/i18n';
import { t } from '../../lib/i18n';

// Private-use characters mark where each part goes; no catalogue message contains them.
const mark = (i: number) => String.fromCharCode(0xe000 + i);
const MARKS = /([\uE000-\uE0FF])/;

/**
 * A catalogue sentence with elements in it ("<strong>name</strong>: accepted on <time>"): the
 * parts go in as placeholders, so a translation may put them in any order.
 */
export function rich(key: MessageKey, ...parts: ReactNode[]): ReactNode {
  const text = t(key, ...parts.map((_, i) => mark(i)));
  return text.split(MARKS).map((piece, i) => {
    const code = piece.length === 1 ? piece.charCodeAt(0) - 0xe000 : -1;
    return <Fragment key={i}>{code >= 0 && code < parts.length ? parts[code] : piece}</Fragment>;
  });
}
