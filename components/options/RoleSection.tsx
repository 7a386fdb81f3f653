import { useId } from 'react';
import type { Role } from '../../lib/policy/settings';
import { roles } from '../../lib/policy/settings';
import { countryName } from './countries';
import { CountrySelect } from './CountrySelect';
import { useAction } from './use-action';
import { useChosen } from './use-chosen';

const ROLE_TEXT: Record<Role, { title: string; description: string }> = {
  client: { title: 'Client', description: 'I write to my therapist; my mail to them is checked against their policy.' },
  therapist: {
    title: 'Therapist',
    description: 'I write to my clients; my replies are checked against my own policy.',
  },
  both: { title: 'Both', description: 'I am a client of a therapist and have clients of my own.' },
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
      <h2 id={headingId}>About you</h2>
      {managedRole ? (
        <p data-testid="managed-role">
          Your role: <strong>{ROLE_TEXT[managedRole].title}</strong>.{' '}
          <span className="badge">Set by your organisation</span>
        </p>
      ) : (
        <fieldset className="roles">
          <legend>I use Between Sessions as</legend>
          {roles.map((r) => (
            <label key={r} className="choice">
              <input type="radio" name={name} value={r} checked={shownRole === r} onChange={() => void pickRole(r)} />
              <strong className="choice-title">{ROLE_TEXT[r].title}</strong>
              <span className="choice-description">{ROLE_TEXT[r].description}</span>
            </label>
          ))}
        </fieldset>
      )}
      {managedRegion ? (
        <p data-testid="managed-region">
          Your country for crisis lines: <strong>{countryName(managedRegion)}</strong>.{' '}
          <span className="badge">Set by your organisation</span>
        </p>
      ) : (
        <CountrySelect
          label="Your country, for crisis lines (optional)"
          hint="When a message sounds like someone may be at risk, the crisis lines of this country are shown first."
          value={shownRegion}
          emptyChoice="Not set: use each therapist’s country"
          onChange={(code) => void pickRegion(code)}
        />
      )}
      {action.error && (
        <p className="error" role="alert">
          Could not save: {action.error}
        </p>
      )}
    </section>
  );
}
