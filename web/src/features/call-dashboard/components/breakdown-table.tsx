/** One dashboard breakdown: a label column and a value column, largest first as given. */
import { TableScroll } from '../../../components/table-scroll';

export function BreakdownTable({
  title,
  labelHeader,
  valueHeader,
  rows,
}: {
  title: string;
  labelHeader: string;
  valueHeader: string;
  rows: [string, string | number][];
}) {
  return (
    <>
      <h2>{title}</h2>
      <TableScroll label={title}>
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, value]) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
