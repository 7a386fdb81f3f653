import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { OptionsPage, type OptionsPageProps } from '../../../components/options/OptionsPage';
import type { OptionsActions, OptionsData } from '../../../components/options/types';
import type { Settings } from '../../../lib/policy/settings';
import { defaultSettings } from '../../../lib/policy/settings';

/** Every action of the options page as a mock: those that store resolve, the others return a value. */
export type MockActions = { [K in keyof OptionsActions]: ReturnType<typeof vi.fn> & OptionsActions[K] };

export function optionsActions(): MockActions {
  const done = () => vi.fn(async () => undefined);
  return {
    saveTherapist: done(),
    removeTherapist: done(),
    saveClient: done(),
    removeClient: done(),
    setRole: done(),
    setRegion: done(),
    saveOwnPolicy: done(),
    withdrawAcceptance: done(),
    withdrawSuppression: done(),
    deleteNote: done(),
    clearNotesOlderThan: done(),
    deleteUnreadableNotes: done(),
    exportNotes: vi.fn(),
    printNotes: vi.fn(),
    acknowledgePolicyChange: done(),
    saveWorkAddresses: done(),
    clearSendHistory: done(),
    exportAllSettings: vi.fn(async () => '{"format":"between-sessions.settings"}\n'),
    importAllSettings: vi.fn(async () => ({ ok: true as const })),
    resetSettings: done(),
    download: vi.fn(),
    newId: vi.fn(() => 'new-id'),
  } as never;
}

/** What the page reads: the default settings with `settings` over them, nothing sent, no notes. */
export function optionsData(settings: Partial<Settings> = {}, extra: Partial<OptionsData> = {}): OptionsData {
  return {
    settings: { ...defaultSettings(), ...settings },
    managed: { problems: [] },
    sendCount: 0,
    notes: { notes: [], unreadable: 0 },
    ...extra,
  };
}

type Place = Partial<Pick<OptionsPageProps, 'timezone' | 'region' | 'safetyPlan'>>;

/** Renders the options page (in London unless said); `rerender` shows it again with new data. */
export function showOptions(data: OptionsData, a: MockActions = optionsActions(), place: Place = {}) {
  const props = { actions: a, timezone: 'Europe/London', region: 'GB', ...place };
  const view = render(<OptionsPage data={data} {...props} />);
  return { a, rerender: (next: OptionsData) => view.rerender(<OptionsPage data={next} {...props} />) };
}
