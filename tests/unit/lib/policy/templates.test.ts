import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePolicy, parsePolicyText, serializePolicy } from '../../../../lib/policy/contact-policy';
import { POLICY_TEMPLATES, type PolicyTemplate } from '../../../../lib/policy/templates';

const therapist = { name: 'Dr. Maya Lee', emails: ['maya@calmpractice.example'] };

function combine(template: PolicyTemplate, timezone?: string, region?: string) {
  return {
    format: 'between-sessions.contact-policy',
    version: 1,
    therapist,
    ...template.parts(timezone, region),
  };
}

function byId(id: string): PolicyTemplate {
  const template = POLICY_TEMPLATES.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
}

const FOLDER = fileURLToPath(new URL('../../../../lib/policy/templates/', import.meta.url));
const files = readdirSync(FOLDER).filter((name) => name.endsWith('.json'));

describe('policy template files', () => {
  it.each(files)('%s is a policy file the parser reads with no problem and no warning, written canonically', (name) => {
    const text = readFileSync(`${FOLDER}${name}`, 'utf8');
    const result = parsePolicyText(text);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (result.ok) expect(serializePolicy(result.policy)).toBe(text);
  });

  it('are exactly the templates offered, one file per id', () => {
    expect(files.map((name) => name.replace(/\.json$/, '')).sort()).toEqual(POLICY_TEMPLATES.map((t) => t.id).sort());
  });

  it('give each template its file, with the therapist block left out', () => {
    for (const t of POLICY_TEMPLATES) {
      const {
        format: _f,
        version: _v,
        therapist: _t,
        ...parts
      } = JSON.parse(readFileSync(`${FOLDER}${t.id}.json`, 'utf8')) as Record<string, unknown>;
      expect(t.parts()).toEqual(parts);
    }
  });
});

describe('policy templates', () => {
  it('have unique ids and plain-words titles and descriptions', () => {
    expect(new Set(POLICY_TEMPLATES.map((t) => t.id)).size).toBe(POLICY_TEMPLATES.length);
    expect(POLICY_TEMPLATES).toHaveLength(9);
    for (const t of POLICY_TEMPLATES) {
      expect(t.title.length).toBeGreaterThan(5);
      expect(t.description.length).toBeGreaterThan(20);
    }
  });

  it.each(POLICY_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s, with a therapist block, is a valid policy with no warnings',
    (_id, template) => {
      const result = parsePolicy(combine(template));
      expect(result).toMatchObject({ ok: true, warnings: [] });
      if (!result.ok) return;
      // Nothing is lost or changed in reading.
      expect(result.policy).toEqual(combine(template));
      expect(JSON.parse(serializePolicy(result.policy))).toEqual(combine(template));
    },
  );

  it('default to New York and the US, and take a time zone and region', () => {
    for (const template of POLICY_TEMPLATES) {
      const parts = template.parts();
      expect(parts.availability?.timezone).toBe('America/New_York');
      expect(parts.emergency.region).toBe('US');
      const london = template.parts('Europe/London', 'GB');
      expect(london.availability?.timezone).toBe('Europe/London');
      expect(london.emergency.region).toBe('GB');
      expect(parsePolicy(combine(template, 'Europe/London', 'GB')).ok).toBe(true);
    }
  });

  it('keep weekday hours, 09:00-17:00, with a response time and an emergency note', () => {
    for (const template of POLICY_TEMPLATES) {
      const parts = template.parts();
      expect(parts.availability?.hours).toEqual({
        mon: ['09:00-17:00'],
        tue: ['09:00-17:00'],
        wed: ['09:00-17:00'],
        thu: ['09:00-17:00'],
        fri: ['09:00-17:00'],
      });
      expect(parts.availability?.responseTime).toBeTruthy();
      expect(parts.emergency.note).toMatch(/emergenc/);
    }
  });

  it('give fresh objects on every call', () => {
    const template = POLICY_TEMPLATES[0]!;
    const first = template.parts();
    first.email.purposes.push('casual');
    first.availability!.hours.mon!.push('18:00-19:00');
    const second = template.parts();
    expect(second.email.purposes).not.toContain('casual');
    expect(second.availability!.hours.mon).toEqual(['09:00-17:00']);
  });

  it('(a) scheduling and paperwork only', () => {
    const { email } = byId('logistics-only').parts();
    expect(email.purposes).toEqual(['scheduling', 'admin']);
    expect(email.maxWords).toBe(150);
    expect(email.encryption).toBe('preferred');
  });

  it('(b) brief check-ins welcome', () => {
    const { email } = byId('brief-check-ins').parts();
    expect(email.purposes).toEqual(['scheduling', 'admin', 'checkin']);
    expect(email.maxWords).toBe(200);
    expect(email.maxPerWeek).toBe(2);
  });

  it('(c) between-session support welcome', () => {
    const { email } = byId('between-session-support').parts();
    expect(email.purposes).toEqual(['scheduling', 'admin', 'checkin', 'support']);
    expect(email.maxPerWeek).toBe(3);
  });

  it('(d) logistics only, clinical matters in a named secure portal', () => {
    const parts = byId('logistics-secure-portal').parts();
    expect(parts.email.purposes).toEqual(['scheduling', 'admin']);
    expect(parts.email.encryption).toBe('required');
    expect(parts.email.secureChannel).toEqual({ name: 'Client portal', url: 'https://portal.example.com' });
    expect(parts.notes).toMatch(/portal/);
  });
});

describe('the templates drawn from published practice policies (2026-12 fields)', () => {
  const parts = (id: string) => byId(id).parts();

  it('solo practice: weekends not read, everything but logistics to the session, a record line', () => {
    expect(parts('solo-practice').availability?.notReadOn).toEqual(['sat', 'sun']);
    expect(parts('solo-practice').email.channels?.clinical).toEqual({ kind: 'session' });
    expect(parts('solo-practice').email.record).toMatch(/record/);
  });

  it('group practice: clinical to the portal, support to the practice line, which is the urgent line too', () => {
    const p = parts('group-practice-portal');
    expect(p.email.channels?.clinical).toMatchObject({ kind: 'portal', url: expect.stringMatching(/^https:/) });
    expect(p.email.channels?.support).toMatchObject({ kind: 'phone' });
    expect(p.emergency.practicePhone).toBeTruthy();
  });

  it('couples: a partner to copy; child and family: guardians for logistics only; billed: 10 free minutes', () => {
    expect(parts('couples').email.requiredCc).toHaveLength(1);
    expect(parts('child-family').email.guardians?.purposes).toEqual(['scheduling', 'admin']);
    expect(parts('billed-contact').email.fees).toMatchObject({ freeMinutes: 10, incrementMinutes: 10 });
  });
});
