// A fragment of SQL with its bound parameters. Values always travel as parameters; only
// fixed column names and operators are ever written into the SQL text.
export interface Sql {
  sql: string;
  params: unknown[];
}

export const sql = (text: string, ...params: unknown[]): Sql => ({ sql: text, params });

/** Joins fragments with AND / OR, each in parentheses. */
export function joinSql(parts: Sql[], operator: 'AND' | 'OR'): Sql {
  return {
    sql: parts.map((part) => `(${part.sql})`).join(` ${operator} `),
    params: parts.flatMap((part) => part.params),
  };
}
