import type { Finding } from '../lib/checks/finding';

type Line = NonNullable<NonNullable<Finding['crisis']>['practiceLine']>;

/** The therapist's own urgent line (`emergency.practicePhone`), after the national crisis lines. */
export function PracticeLine({ line }: { line: Line }) {
  return (
    <p className="practice-line" data-testid="practice-line">
      <strong>{line.label}</strong> <a href={line.href}>Call {line.number}</a>
    </p>
  );
}
