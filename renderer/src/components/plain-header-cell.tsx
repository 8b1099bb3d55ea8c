// Table header cell without antd's aria-label copy of the title, so getByLabel('姓名') finds only form fields.
import type { ThHTMLAttributes } from 'react';

export function PlainHeaderCell(props: ThHTMLAttributes<HTMLTableCellElement>) {
  // The title text inside the cell already names the column header.
  const { 'aria-label': _ariaLabel, ...rest } = props;
  return <th {...rest} />;
}
