// 整卷 PDF: the whole dossier as one paginated PDF (document.dossier), its page count and each part's start page.
import { DownloadOutlined, EyeOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import type { DossierPdf } from '@shared/schemas/document';
import { Alert, Button, Card, Flex, Space, Spin, Table, Tag, Typography } from 'antd';
import { QueryError } from '../../components/query-error';
import { useDocumentActions } from './use-document-actions';
import { useDossierPdf } from './use-documents';

type Part = DossierPdf['parts'][number];

function PartsTable({ pdf }: { pdf: DossierPdf }) {
  return (
    <Table<Part>
      size="small"
      rowKey={(p) => `${p.part}-${p.startPage}`}
      pagination={false}
      dataSource={pdf.parts}
      aria-label="整卷各部分的起始页"
      columns={[
        { title: '材料', dataIndex: 'label' },
        { title: '来源', dataIndex: 'from', width: 96, render: (v: Part['from']) => (v === 'scan' ? <Tag color="blue">扫描件</Tag> : <Tag>系统生成</Tag>) },
        { title: '起始页', dataIndex: 'startPage', width: 80, align: 'right' },
        { title: '页数', dataIndex: 'pages', width: 64, align: 'right' },
      ]}
    />
  );
}

export function DossierPdfCard({ caseId, title, hasDossier }: { caseId: number; title: string; hasDossier: boolean }) {
  const dossier = useDossierPdf();
  const actions = useDocumentActions();
  const pdf = dossier.data;
  const name = `${title}（整卷）`;
  return (
    <Card
      size="small"
      title="整卷 PDF"
      extra={
        hasDossier && (
          <Button icon={<FilePdfOutlined />} type={pdf ? 'default' : 'primary'} loading={dossier.isPending} onClick={() => dossier.mutate(caseId)}>
            {pdf ? '重新生成' : '生成整卷 PDF'}
          </Button>
        )
      }
    >
      {!hasDossier && <Alert type="info" showIcon title="本案尚未建立卷宗，建卷后可生成整卷 PDF" />}
      {hasDossier && !pdf && !dossier.isPending && !dossier.isError && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          按装订顺序把各份文书和上传的扫描件合成一个 PDF，页码连续，卷内目录填入各部分的实际起始页，可双面打印。
        </Typography.Paragraph>
      )}
      {dossier.isPending && (
        <Flex justify="center" align="center" gap={12} style={{ padding: 24 }}>
          <Spin aria-label="正在生成整卷 PDF" />
          <span>正在生成整卷 PDF……</span>
        </Flex>
      )}
      {dossier.isError && <QueryError title="整卷 PDF 生成失败" error={dossier.error} onRetry={() => dossier.mutate(caseId)} />}
      {pdf && !dossier.isPending && (
        <>
          <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
            <Typography.Text data-testid="dossier-page-count">
              共 <Typography.Text strong>{pdf.pageCount}</Typography.Text> 页，{pdf.parts.length} 个部分
            </Typography.Text>
            <Space wrap>
              <Button icon={<EyeOutlined />} onClick={() => actions.runFile('dossier', 'preview', name, pdf)}>
                预览
              </Button>
              <Button icon={<DownloadOutlined />} onClick={() => actions.runFile('dossier', 'pdf', name, pdf)}>
                下载 PDF
              </Button>
              <Button icon={<PrinterOutlined />} loading={actions.busy === 'dossier:print'} onClick={() => actions.runFile('dossier', 'print', name, pdf)}>
                打印
              </Button>
            </Space>
          </Flex>
          <PartsTable pdf={pdf} />
        </>
      )}
      {actions.modal}
    </Card>
  );
}
