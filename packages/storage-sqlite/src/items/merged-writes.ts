// Item writes asked for in one turn of the event loop go into the group-commit transaction as one
// task, not one task each. Every task of a group commit runs in a savepoint, and FTS5 flushes its
// pending terms into a new index segment whenever a savepoint opens after it was written to: one
// task per item meant one FTS5 segment per item (and the merging of all those segments); merged,
// a shared transaction writes one.
//
// If the merged write throws, it is rolled back and each caller's items are written again on their
// own, so only the caller whose items fail is rejected, as with one task each.
import type { Item } from '@presswatch/domain';
import type { GroupCommit } from './group-commit.ts';

interface Caller {
  items: Item[];
  failed?: { error: unknown };
}

/**
 * `write` runs inside the group transaction (a better-sqlite3 transaction function: nested, it
 * is a savepoint of its own). Resolves once the shared transaction committed.
 */
export function mergedWrites(
  group: GroupCommit,
  write: (items: Item[]) => void,
): (items: Item[]) => Promise<void> {
  let open: Caller[] | null = null;
  let committed: Promise<void> = Promise.resolve();

  const writeAll = (callers: Caller[]) => {
    try {
      write(callers.flatMap((caller) => caller.items));
    } catch {
      for (const caller of callers) {
        try {
          write(caller.items);
        } catch (error) {
          caller.failed = { error };
        }
      }
    }
  };

  return async (items) => {
    if (!open) {
      const callers: Caller[] = [];
      open = callers;
      committed = group.run(() => {
        open = null; // writes asked for from now on go into the next task
        writeAll(callers);
      });
    }
    const caller: Caller = { items };
    open.push(caller);
    await committed;
    if (caller.failed) throw caller.failed.error;
  };
}
