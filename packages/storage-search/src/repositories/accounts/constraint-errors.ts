// The errors the engine repositories throw where SQLite would refuse a write on a constraint.
// Their messages start like SQLite's ("UNIQUE constraint failed: users.username"), so callers and
// tests that recognise the SQLite error by its message treat both adapters alike.

/** A second row with the same unique key (the key doc was created first by someone else). */
export class UniqueConstraintError extends Error {
  constructor(readonly constraint: string) {
    super(`UNIQUE constraint failed: ${constraint}`);
    this.name = 'UniqueConstraintError';
  }
}

/** A row referring to one that does not exist (SQLite runs with foreign_keys = ON). */
export class ForeignKeyError extends Error {
  constructor(readonly reference: string) {
    super(`FOREIGN KEY constraint failed: ${reference}`);
    this.name = 'ForeignKeyError';
  }
}
