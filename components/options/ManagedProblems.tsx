import { t } from '../../lib/i18n';

/** Settings the organisation deployed that could not be used. */
export function ManagedProblems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice" data-testid="managed-problems">
      <p>
        <strong>{t('options_managed_problems')}</strong> {t('options_managed_problems_tell')}
      </p>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
