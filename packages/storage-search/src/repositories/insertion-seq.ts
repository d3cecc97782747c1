// Insertion order for append-only logs (audit, feedback, deliveries), in place of SQLite's
// INTEGER PRIMARY KEY: microseconds since the epoch, strictly increasing within a process.
// Across processes it is ordered by clock (ties broken by document id), which is what a
// newest-first list over several writers can promise.
export function insertionSeq(): () => number {
  let last = 0;
  return () => {
    last = Math.max(last + 1, Date.now() * 1000);
    return last;
  };
}
