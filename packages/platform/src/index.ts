export * from './adapters.ts';
export * from './config.ts';
export * from './config-schema.ts';
export * from './logger.ts';
export * from './runtime.ts';
export * from './seed.ts';
export * from './shutdown.ts';
export * from './tokens.ts';
