// Errors of the account rules. They carry an HTTP status so the API's one error path
// (plugins/problem-details.ts) turns them into problem+json; the CLI prints their message.

export class AccountError extends Error {
  override readonly name: string = 'AccountError';
  constructor(
    message: string,
    readonly statusCode: 400 | 403 | 404 | 409,
  ) {
    super(message);
  }
}

export const invalid = (message: string) => new AccountError(message, 400);
export const conflict = (message: string) => new AccountError(message, 409);
export const forbidden = (message: string) => new AccountError(message, 403);
export const notFound = (message: string) => new AccountError(message, 404);
