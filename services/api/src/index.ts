export { AccountError } from './accounts/errors.ts';
export { createUser, generatePassword, resetPassword, updateUser } from './accounts/users.ts';
export { type ApiDeps, buildApp } from './app.ts';
export { main } from './main.ts';
export { startApi } from './server.ts';
