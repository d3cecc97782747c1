// Unique keys as documents: a key doc's id is the unique value (a username, a token id) and it
// names its owner. A claim creates it with op_type create, so of two processes claiming one key
// at once exactly one gets it. After writing its own document the claimer seals the key (a write
// conditional on the version it claimed), which is how a claimer learns whether someone took the
// key over meanwhile. A key whose owner does not hold it (the owner's own write never happened:
// a crash between the two writes, or the owner moved on to another key) is stale and taken over,
// so a crash never reserves a username for ever.
import type { DocVersion } from '../../client/engine-client.ts';
import { type Collection, isConflict } from '../../collection/index.ts';
import { UniqueConstraintError } from './constraint-errors.ts';

export interface KeyDoc {
  owner: string;
  /** When the claim was made (ms); a sealed key keeps it. */
  claimed_ms?: number;
}

/**
 * A claim by the same owner as ours that is younger than this is a concurrent create of the same
 * record (e.g. two processes seeding one token): it is left to finish. Older ones are crashed.
 */
const SAME_OWNER_PENDING_MS = 30_000;

/** Key docs are only read by id (real-time GET): no refresh needed. */
export const KEY_PROPERTIES = { owner: { type: 'keyword' } };

export interface UniqueKeys {
  /**
   * Claims `key` for `owner`, runs `write` (the owner's document), then seals the key. When a live
   * owner holds the key: UniqueConstraintError before `write`; when the key was taken over
   * between claim and seal: `undo` runs, then UniqueConstraintError. When `write` throws, the
   * key is released and the error passes through.
   */
  reserve(key: string, owner: string, write: () => Promise<void>, undo: () => Promise<void>): Promise<void>;
  /** The key's owner, or null. */
  ownerOf(key: string): Promise<string | null>;
  /** Deletes the key when `owner` holds it (a key someone else holds is left alone). */
  release(key: string, owner: string): Promise<void>;
}

/**
 * `constraint` names the error ("users.username"); `holds(owner, key)` says whether `owner`'s
 * own document exists and still has `key` (else the key is stale).
 */
export function uniqueKeys(
  keys: Collection<KeyDoc>,
  constraint: string,
  holds: (owner: string, key: string) => Promise<boolean>,
): UniqueKeys {
  /** Whether the key's current holder keeps it: a live owner, or our own create still in flight. */
  const heldByOther = async (current: KeyDoc, owner: string, key: string): Promise<boolean> => {
    if (await holds(current.owner, key)) return true;
    return current.owner === owner && Date.now() - (current.claimed_ms ?? 0) < SAME_OWNER_PENDING_MS;
  };

  const claim = async (key: string, owner: string): Promise<{ version: DocVersion; doc: KeyDoc }> => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const doc = { owner, claimed_ms: Date.now() };
      try {
        return { version: await keys.put(key, doc, { create: true, refresh: false }), doc };
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
      const current = await keys.get(key);
      if (!current) continue; // released meanwhile: claim again
      if (await heldByOther(current.doc, owner, key)) throw new UniqueConstraintError(constraint);
      try {
        return { version: await keys.put(key, doc, { ifVersion: current.version, refresh: false }), doc };
      } catch (error) {
        if (!isConflict(error)) throw error;
      }
    }
    throw new UniqueConstraintError(constraint);
  };

  const release = async (key: string, owner: string) => {
    const current = await keys.get(key);
    if (current?.doc.owner !== owner) return;
    try {
      await keys.delete(key, { ifVersion: current.version, refresh: false });
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  };

  return {
    async reserve(key, owner, write, undo) {
      const claimed = await claim(key, owner);
      try {
        await write();
      } catch (error) {
        await release(key, owner);
        throw error;
      }
      try {
        await keys.put(key, claimed.doc, { ifVersion: claimed.version, refresh: false });
      } catch (error) {
        if (!isConflict(error)) throw error;
        await undo();
        throw new UniqueConstraintError(constraint);
      }
    },
    async ownerOf(key) {
      return (await keys.get(key))?.doc.owner ?? null;
    },
    release,
  };
}
