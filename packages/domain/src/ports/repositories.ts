// Repositories for configuration and pipeline state. The SQLite adapter implements them in the
// embedded mode.
import type { ApiToken, FetchedDocument, Role, Source, SourceState, SourceWithState } from '../model.ts';

/** A source's next poll moved to `nextPollAt` (ISO 8601). */
export interface PollHold {
  sourceId: string;
  nextPollAt: string;
}

export interface SourceRepository {
  /** Insert or update what an administrator configures; pipeline state is kept. */
  upsert(source: Source): Promise<void>;
  get(id: string): Promise<SourceWithState | null>;
  list(): Promise<SourceWithState[]>;
  /** Enabled sources whose nextPollAt is null or not after `now`, oldest first. */
  listDue(now: Date, limit: number): Promise<SourceWithState[]>;
  saveState(state: SourceState): Promise<void>;
  /**
   * Moves the next poll of many sources at once and changes nothing else of their state (a
   * crawler saving a whole state meanwhile loses nothing). Unknown ids are skipped.
   */
  postponePolls(polls: readonly PollHold[]): Promise<void>;
  /** Removes a source and its polling state (items already stored stay); false when there was none. */
  delete(id: string): Promise<boolean>;
}

/** Fetched documents wait here between the fetch and process stages (payloads carry ids). */
export interface DocumentStore {
  put(document: FetchedDocument): Promise<void>;
  get(id: string): Promise<FetchedDocument | null>;
  delete(id: string): Promise<void>;
  /** Deletes documents put before `cutoff` (left by jobs that failed for good); returns how many. */
  deleteStoredBefore(cutoff: Date): Promise<number>;
}

export interface TokenRepository {
  /** Stores a token by the hash of its secret; the secret itself is never stored. */
  create(token: { id: string; name: string; role: Role; secretHash: string }): Promise<ApiToken>;
  findBySecretHash(secretHash: string): Promise<ApiToken | null>;
  /** Every token, revoked ones included, newest first. */
  list(): Promise<ApiToken[]>;
  revoke(id: string): Promise<void>;
}
