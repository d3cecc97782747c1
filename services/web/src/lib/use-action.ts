// Run a user action against the API: clears the last error, runs, then `after` (usually a reload);
// a failure is kept in `error` for an ErrorNote instead of being thrown.
import { useState } from 'preact/hooks';

export interface Action {
  error: unknown;
  run(action: () => Promise<unknown>): Promise<void>;
}

export function useAction(after: () => void): Action {
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
      after();
    } catch (e) {
      setError(e);
    }
  };
  return { error, run };
}
