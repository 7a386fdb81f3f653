/** The background did not answer in time (asleep, busy, or gone). */
export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
}

/** The settings an organisation deploys (managed storage) were not read in time. */
export class ManagedSettingsPending extends Error {
  override name = 'ManagedSettingsPending';
}
