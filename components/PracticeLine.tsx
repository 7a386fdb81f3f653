import type { Finding } from '../lib/checks/finding';
import { t } from '../lib/i18n';
import { partsOr } from './finding-words';

type Line = NonNullable<NonNullable<Finding['crisis']>['practiceLine']>;

/** The therapist's own urgent line (`emergency.practicePhone`), after the national crisis lines. */
export function PracticeLine({ line }: { line: Line }) {
  return (
    <p className="practice-line" data-testid="practice-line">
      <strong>{partsOr(line.labelParts, line.label)}</strong> <a href={line.href}>{t('dialog_call', line.number)}</a>
    </p>
  );
}
