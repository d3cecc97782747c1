export { main } from './main.ts';
export { type ProcessorOptions, processorPureStages, startProcessor } from './start-processor.ts';
