export { createBackpressureGate, queueDepth } from './backpressure.ts';
export { main } from './main.ts';
export { SCHEDULER_LEASE, startScheduler } from './start-scheduler.ts';
export { createStoreGate } from './store-gate.ts';
export { createCheckedGate, gatedBackend, type WorkGate } from './work-gate.ts';
