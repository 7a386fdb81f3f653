import { t } from '../../lib/i18n';
import { AcceptanceList } from './AcceptanceList';
import { ClientList } from './ClientList';
import { browserRegion } from './countries';
import { activeSuppressions } from '../../lib/policy/suppressions';
import { ManagedProblems } from './ManagedProblems';
import { NotesSection } from './NotesSection';
import { OwnPolicySection } from './OwnPolicySection';
import { PolicyAcknowledgements } from './PolicyAcknowledgements';
import { browserTimeZone } from './policy-draft';
import { RoleSection } from './RoleSection';
import { SafetyPlanSection, type SafetyPlanSectionProps } from './SafetyPlanSection';
import { SendHistory } from './SendHistory';
import { settingsFileName, SettingsTransfer } from './SettingsTransfer';
import { coreText } from '../core-words';
import { StorageAlert } from './StorageAlert';
import { SuppressionList } from './SuppressionList';
import { TherapistSection } from './TherapistSection';
import type { OptionsActions, OptionsData } from './types';
import { WorkAddresses } from './WorkAddresses';

export interface OptionsPageProps {
  data: OptionsData;
  actions: OptionsActions;
  /** Where new policies start; the browser's time zone and country unless given. */
  timezone?: string;
  region?: string;
  /** The client's safety plan and how to change it (client role). */
  safetyPlan?: Omit<SafetyPlanSectionProps, 'download'>;
  /** The section the page was opened at (`options.html#notes`, from the popup). */
  section?: 'notes';
}

/** The whole options page; the sections shown follow the role. */
export function OptionsPage({ data, actions, timezone, region, safetyPlan, section }: OptionsPageProps) {
  const { settings, managed, problem, problemWords } = data;
  const zone = timezone ?? browserTimeZone();
  const country = region ?? settings.region ?? browserRegion() ?? 'US';
  const asClient = settings.role !== 'therapist';
  const asTherapist = settings.role !== 'client';

  const names: Record<string, string> = {};
  for (const th of settings.therapists) names[th.id] = th.policy.therapist.name;
  for (const c of settings.clients) names[c.id] = c.name || c.emails[0] || c.id;

  return (
    <main>
      <h1>{t('options_page_title')}</h1>
      <p className="intro">{t('options_page_intro')}</p>

      {problem && (
        <StorageAlert
          problem={coreText(problem, problemWords)}
          exportStored={async () => actions.download(settingsFileName(), await actions.exportAllSettings())}
          reset={actions.resetSettings}
        />
      )}
      <ManagedProblems problems={managed.problems.map((p, i) => coreText(p, managed.problemWords?.[i]))} />
      {!problem && (
        <>
          <RoleSection
            role={settings.role}
            region={settings.region}
            managedRole={managed.role}
            managedRegion={managed.region}
            setRole={actions.setRole}
            setRegion={actions.setRegion}
          />
          {asClient && (
            <TherapistSection
              therapists={settings.therapists}
              timezone={zone}
              region={country}
              newId={actions.newId}
              saveTherapist={actions.saveTherapist}
              removeTherapist={actions.removeTherapist}
              acknowledgePolicyChange={actions.acknowledgePolicyChange}
              download={actions.download}
            />
          )}
          {asClient && <WorkAddresses addresses={settings.workAddresses} save={actions.saveWorkAddresses} />}
          {asClient && <PolicyAcknowledgements acknowledgements={settings.policyAcknowledgements} />}
          {asClient && safetyPlan && <SafetyPlanSection {...safetyPlan} download={actions.download} />}
          {asTherapist && (
            <>
              <OwnPolicySection
                policy={settings.ownPolicy}
                timezone={zone}
                region={country}
                saveOwnPolicy={actions.saveOwnPolicy}
                download={actions.download}
              />
              <ClientList
                clients={settings.clients}
                newId={actions.newId}
                saveClient={actions.saveClient}
                removeClient={actions.removeClient}
              />
            </>
          )}
          <AcceptanceList acceptances={settings.acceptances} names={names} withdraw={actions.withdrawAcceptance} />
          <SuppressionList
            suppressions={activeSuppressions(settings.suppressions, new Date())}
            names={names}
            withdraw={actions.withdrawSuppression}
          />
          <SendHistory count={data.sendCount} clear={actions.clearSendHistory} />
        </>
      )}
      <NotesSection
        notes={data.notes.notes}
        unreadable={data.notes.unreadable}
        deleteNote={actions.deleteNote}
        clearNotesOlderThan={actions.clearNotesOlderThan}
        deleteUnreadableNotes={actions.deleteUnreadableNotes}
        exportNotes={actions.exportNotes}
        printNotes={actions.printNotes}
        arrived={section === 'notes'}
      />
      <SettingsTransfer
        exportAllSettings={actions.exportAllSettings}
        importAllSettings={actions.importAllSettings}
        download={actions.download}
      />
    </main>
  );
}
