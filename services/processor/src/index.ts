export { main } from './main.ts';
export { startProcessor } from './start-processor.ts';
