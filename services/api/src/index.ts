export { type ApiDeps, buildApp } from './app.ts';
export { main } from './main.ts';
export { startApi } from './server.ts';
