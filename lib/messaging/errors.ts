/** The background did not answer in time (asleep, busy, or gone). */
export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
}
