// The cases that keep a period from export (incomplete dossiers) or that it warns about (late entries), each linking to its case.
import type { PackagePreflight } from '@shared/schemas/package';
import { Flex, Typography } from 'antd';

type Issue = PackagePreflight['late'][number];

export function CaseIssues({ issues, label }: { issues: Issue[]; label: string }) {
  return (
    <Flex vertical role="list" aria-label={label}>
      {issues.map((i) => (
        <Flex key={`${i.caseId}-${i.message}`} role="listitem" gap={8} wrap align="baseline" style={{ padding: '8px 16px', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
          <a href={`#/case?id=${i.caseId}`}>{i.title}</a>
          <Typography.Text type="secondary">{i.number ?? '尚无卷号'}</Typography.Text>
          <Typography.Text>{i.message}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
