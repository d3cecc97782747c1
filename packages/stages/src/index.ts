export * from './crawl-stage.ts';
export * from './deps.ts';
export * from './fetch-stage.ts';
export * from './poll-interval.ts';
export * from './process-stage.ts';
export * from './scheduler.ts';
export * from './workers.ts';
