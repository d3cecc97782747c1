// Child process of the upgrade test: sleeps until the shared start time, then opens the queue file
// (which upgrades it) and exits 0 — or throws, exiting 1 with the error on stderr.
import { openQueueDatabase } from '../../src/schema.ts';

const [path, startAt] = process.argv.slice(2);
const wait = Number(startAt) - Date.now();
if (wait > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
openQueueDatabase(path!).close();
