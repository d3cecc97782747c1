export { main } from './main.ts';
export { startAll } from './start-all.ts';
