import { launchWithExtension, setSettings, type ExtensionSession, type TherapistSeed } from './extension';
import { serveWebmailFixtures } from './fixture-server';

/**
 * A browser of its own with the built extension, the fake webmail served, and the given
 * therapists listed: for tests that must not share the suite's browser (they reload or stop
 * the extension, count memory, or watch every request from the start).
 */
export async function ownSession(therapists: TherapistSeed[] = []): Promise<ExtensionSession> {
  const session = await launchWithExtension();
  await serveWebmailFixtures(session.context);
  if (therapists.length) await setSettings(session.worker, therapists);
  return session;
}
