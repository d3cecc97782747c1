// A plain table of rows (beside every chart, so numbers are readable without the chart).
import type { ComponentChildren } from 'preact';
import { TableHead } from './table-head.tsx';

export interface Column<Row> {
  header: string;
  cell(row: Row): ComponentChildren;
}

export function DataTable<Row>(props: { caption: string; columns: Column<Row>[]; rows: Row[] }) {
  return (
    <table>
      <caption>{props.caption}</caption>
      <TableHead headers={props.columns.map((c) => c.header)} />
      <tbody>
        {props.rows.map((row, i) => (
          <tr key={i}>
            {props.columns.map((c) => (
              <td key={c.header}>{c.cell(row)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
