export * from './extract-page.ts';
export * from './item-classifier.ts';
export * from './pure-stages.ts';
export { createWorkPool, defaultPoolSize, type WorkPool, type WorkPoolOptions } from './work-pool.ts';
