// The report's three charts: 受理/调解 by month with the success line, cases by category, and by source.
import type { Report, Share } from '@shared/schemas/statistics';
import { Card, Col, Empty, Row } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { useECharts, type ChartOption } from './use-echarts';

const chartStyle = { width: '100%', height: 300 };

function Chart({ option, label }: { option: ChartOption; label: string }) {
  const ref = useECharts(option);
  return <div ref={ref} role="img" aria-label={label} data-testid="report-chart" style={chartStyle} />;
}

function trendOption(trend: Report['trend']): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: trend.map((p) => `${Number(p.month.slice(5, 7))}月`) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '受理', type: 'bar', data: trend.map((p) => p.received) },
      { name: '调解', type: 'bar', data: trend.map((p) => p.mediated) },
      { name: '调解成功', type: 'line', smooth: true, data: trend.map((p) => p.succeeded) },
    ],
  };
}

function categoryOption(categories: Share[]): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 110, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: categories.map((c) => c.label), axisLabel: { width: 100, overflow: 'truncate' } },
    series: [{ name: '调解纠纷', type: 'bar', data: categories.map((c) => c.count) }],
  };
}

function sourceOption(sources: Share[]): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}件（{d}%）' },
    legend: { bottom: 0 },
    series: [{ name: '案件来源', type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], data: sources.map((s) => ({ name: s.label, value: s.count })) }],
  };
}

function ChartCard({ title, empty, option }: { title: string; empty: boolean; option: ChartOption }) {
  return (
    <Card title={title} size="small">
      {empty ? <Empty description="本期间没有数据" style={{ height: 268, paddingTop: 60 }} /> : <Chart option={option} label={title} />}
    </Card>
  );
}

/** The three charts in a grid; `extra` takes the fourth cell. */
export function ReportCharts({ report, extra }: { report: Report; extra?: ReactNode }) {
  const { trend } = report;
  const { categories, sources, cases } = report.figures;
  const options = useMemo(
    () => ({ trend: trendOption(trend), categories: categoryOption(categories.filter((c) => c.count > 0)), sources: sourceOption(sources) }),
    [trend, categories, sources],
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <ChartCard title="按月趋势" empty={trend.every((p) => p.received + p.mediated === 0)} option={options.trend} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title="纠纷类型" empty={cases.mediated === 0} option={options.categories} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title="案件来源" empty={cases.mediated === 0} option={options.sources} />
      </Col>
      {extra && (
        <Col xs={24} xl={12}>
          {extra}
        </Col>
      )}
    </Row>
  );
}
