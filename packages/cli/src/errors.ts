/** A mistake in how adlint was called (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}
