export { helpText, run } from './cli.ts';
