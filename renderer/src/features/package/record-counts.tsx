// Record counts of a package (entity stem → count) as a small table with the entities' Chinese names, in the package's order.
import { packageEntities } from '@shared/package/records';
import { Descriptions } from 'antd';

const labels = new Map<string, { label: string; order: number }>();
Object.entries(packageEntities).forEach(([key, entity], order) => {
  labels.set(entity.stem, { label: entity.label, order });
  labels.set(key, { label: entity.label, order });
});

export function RecordCounts({ counts, dossierPdfs, column = 3 }: { counts: Record<string, number>; dossierPdfs?: number; column?: number }) {
  const rows = Object.entries(counts)
    .map(([stem, count]) => ({ stem, count, ...(labels.get(stem) ?? { label: stem, order: 999 }) }))
    .sort((a, b) => a.order - b.order || a.stem.localeCompare(b.stem));
  const items = rows.map((r) => ({ key: r.stem, label: r.label, children: r.count }));
  if (dossierPdfs !== undefined) items.push({ key: 'dossier-pdfs', label: '卷宗 PDF', children: dossierPdfs });
  return <Descriptions size="small" bordered column={column} items={items} data-testid="record-counts" />;
}
