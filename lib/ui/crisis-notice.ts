import type { Finding } from '../checks/finding';
import { crisisGuidance } from '../crisis/line-text';
import { t } from '../i18n';

/** The crisis lines of a finding as one line of plain text, for a notice after sending. */
export function crisisNoticeText(finding: Finding): string {
  const crisis = finding.crisis;
  const lines = (crisis?.lines ?? [])
    .filter((line) => !line.unconfirmed)
    .slice(0, 3)
    .map((line) => `${line.name}: ${line.contacts.map((c) => c.label).join(', ')}`);
  const national =
    lines.length > 0
      ? lines.join(' · ')
      : crisis?.fallback
        ? crisisGuidance(crisis.fallback)
        : t('notice_local_emergency');
  // The practice's own urgent line comes after the national lines, as in the dialog.
  const practice = crisis?.practiceLine;
  const help = practice ? `${national} · ${practice.label} ${practice.number}` : national;
  return t('notice_crisis_sent_lines', help);
}
