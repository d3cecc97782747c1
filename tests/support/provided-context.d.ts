// Values tests/support/global-setup.ts provides to every test file through `inject`.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}
