// A form's submit button while its request runs: disabled and aria-busy, not antd's `loading`. A refusal answered in a
// few ms (a locked account) toggles `loading` so fast that its icon motion can stick, leaving the button “loading” for good.
import { Button } from 'antd';
import type { ReactNode } from 'react';

export function SubmitButton({ busy, block, children }: { busy: boolean; block?: boolean; children: ReactNode }) {
  return (
    <Button type="primary" htmlType="submit" disabled={busy} aria-busy={busy} block={block}>
      {children}
    </Button>
  );
}
