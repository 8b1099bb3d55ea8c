// Live example of the 卷号 pattern: the first dossier number of this year for the first committee on the list (not the next real number).
import { caseSettings } from '@shared/schemas/setting';
import { committeeShortName, formatDossierNumber } from '@shared/rules/dossier-number';
import { Typography } from 'antd';
import { todayIso } from '../../lib/dates';
import { useCommitteeList } from '../committee/use-committee';

const patternSchema = caseSettings.shape.dossierNumberPattern;

export function DossierPreview({ pattern }: { pattern: unknown }) {
  const first = useCommitteeList({ page: 1, pageSize: 1 });
  const committee = first.data?.items[0];
  const shortName = committee ? committeeShortName(committee.name, committee.shortName) : '城关';
  const year = Number(todayIso().slice(0, 4));
  const checked = patternSchema.safeParse(pattern);
  const example = committee ? `以${committee.name}${year}年第1卷为例` : `尚未登记调委会，以简称“城关”、${year}年第1卷为例`;

  return (
    <div aria-live="polite" style={{ marginTop: 4 }}>
      {checked.success ? (
        <Typography.Text>
          示例：<Typography.Text strong data-testid="dossier-preview">{formatDossierNumber(checked.data, { year, shortName, seq: 1 })}</Typography.Text>
          <Typography.Text type="secondary">（{example}）</Typography.Text>
        </Typography.Text>
      ) : (
        <Typography.Text type="secondary">格式有误时不显示示例</Typography.Text>
      )}
    </div>
  );
}
