import type { Counterpart } from '../policy/settings';
import type { Suppression } from '../policy/suppressions';
import { isSuppressible, suppressionFor } from '../policy/suppressions';
import { counterpartLabel } from './context';
import type { Finding } from './finding';

/**
 * A warning the user silenced for this person becomes information (it no longer stops the send,
 * and says why it is quiet); one they could silence says for whom. Never `crisis` (see
 * SUPPRESSIBLE).
 */
export function applySuppressions(
  findings: readonly Finding[],
  counterpart: Counterpart,
  suppressions: readonly Suppression[],
  now: Date,
): Finding[] {
  return findings.map((finding) => {
    if (finding.severity !== 'warning' || !isSuppressible(finding.id)) return finding;
    const active = suppressionFor(suppressions, counterpart.id, finding.id, now);
    if (!active) return { ...finding, suppressFor: { personId: counterpart.id, name: counterpartLabel(counterpart) } };
    const until = active.until ? `until ${active.until.slice(0, 10)}` : 'until you change your mind';
    // The catalogue's words for the finding would leave out why it is quiet: the dialog shows
    // this whole message instead (components/finding-titles.ts, findingMessage).
    const { messageKey: _key, messageArgs: _args, messageParts: _parts, ...rest } = finding;
    return {
      ...rest,
      severity: 'info',
      message: `${finding.message} You asked not to be warned about this ${until}; the options page can withdraw that.`,
    };
  });
}
