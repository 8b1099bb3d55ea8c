// Menu entries of the system pages (系统): the audit log viewer (审计日志).
import { AuditOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { AuditPage, auditPath } from './audit-page';

export const auditRoutes: readonly AppRoute[] = [{ path: auditPath, label: '审计日志', icon: <AuditOutlined />, page: AuditPage, group: 'system' }];
