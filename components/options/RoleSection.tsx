import { useId } from 'react';
import { t } from '../../lib/i18n';
import type { Role } from '../../lib/policy/settings';
import { roles } from '../../lib/policy/settings';
import { countryName } from './countries';
import { CountrySelect } from './CountrySelect';
import { rich } from './rich';

import { useAction } from './use-action';
import { useChosen } from './use-chosen';

const ROLE_TEXT: Record<Role, () => { title: string; description: string }> = {
  client: () => ({ title: t('options_role_client'), description: t('options_role_client_description') }),
  therapist: () => ({ title: t('options_role_therapist'), description: t('options_role_therapist_description') }),
  both: () => ({ title: t('options_role_both'), description: t('options_role_both_description') }),
};

export interface RoleSectionProps {
  role: Role;
  region: string | undefined;
  /** Set when the organisation decides (read-only here). */
  managedRole?: Role | undefined;
  managedRegion?: string | undefined;
  setRole(role: Role): Promise<void>;
  setRegion(region: string | undefined): Promise<void>;
}

/** Who the user is here (client, therapist or both) and their own country for crisis lines. */
export function RoleSection({ role, region, managedRole, managedRegion, setRole, setRegion }: RoleSectionProps) {
  const headingId = useId();
  const name = useId();
  const action = useAction();
  const [shownRole, chooseRole, forgetRole] = useChosen(role);
  const [shownRegion, chooseRegion, forgetRegion] = useChosen(region ?? '');
  const pickRole = async (next: Role) => {
    chooseRole(next);
    if (!(await action.run(() => setRole(next)))) forgetRole();
  };
  const pickRegion = async (code: string) => {
    chooseRegion(code);
    if (!(await action.run(() => setRegion(code === '' ? undefined : code)))) forgetRegion();
  };
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('options_role_heading')}</h2>
      {managedRole ? (
        <p data-testid="managed-role">
          {rich('options_role_managed', <strong>{ROLE_TEXT[managedRole]().title}</strong>)}{' '}
          <span className="badge">{t('options_managed_badge')}</span>
        </p>
      ) : (
        <fieldset className="roles">
          <legend>{t('options_role_legend')}</legend>
          {roles.map((r) => (
            <label key={r} className="choice">
              <input type="radio" name={name} value={r} checked={shownRole === r} onChange={() => void pickRole(r)} />
              <strong className="choice-title">{ROLE_TEXT[r]().title}</strong>
              <span className="choice-description">{ROLE_TEXT[r]().description}</span>
            </label>
          ))}
        </fieldset>
      )}
      {managedRegion ? (
        <p data-testid="managed-region">
          {rich('options_region_managed', <strong>{countryName(managedRegion)}</strong>)}{' '}
          <span className="badge">{t('options_managed_badge')}</span>
        </p>
      ) : (
        <CountrySelect
          label={t('options_region_label')}
          hint={t('options_region_hint')}
          value={shownRegion}
          emptyChoice={t('options_region_none')}
          onChange={(code) => void pickRegion(code)}
        />
      )}
      {action.error && (
        <p className="error" role="alert">
          {t('options_could_not_save', action.error)}
        </p>
      )}
    </section>
  );
}
