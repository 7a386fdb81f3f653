import type { ContactPolicy } from '../../lib/policy/contact-policy';

/**
 * What changed in a therapist's policy, in plain words, before the client acknowledges it
 * (docs/interfaces.md, "Contact policy file": `updated`).
 */
export function PolicyChanges({ policy, changes }: { policy: ContactPolicy; changes: readonly string[] }) {
  const who = policy.therapist.name;
  if (changes.length === 0) {
    return <p data-testid="policy-changes">This file says the same as the policy you have for {who}.</p>;
  }
  return (
    <div className="policy-changes" data-testid="policy-changes">
      <p>
        <strong>
          What changed in {who}’s policy{policy.updated ? ` (updated ${policy.updated})` : ''}:
        </strong>{' '}
        please read it; replacing the policy records that you acknowledged these changes, with today’s date.
      </p>
      <ul>
        {changes.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}

/** The therapist's line about what happens to emails, shown once when their policy is imported. */
export function RecordLine({ policy }: { policy: ContactPolicy }) {
  if (!policy.email.record) return null;
  return (
    <p className="record-line" data-testid="import-record">
      What happens to your emails, in {policy.therapist.name}’s words: “{policy.email.record}”
    </p>
  );
}
