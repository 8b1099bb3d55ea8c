// Menu entry of 备份与恢复 under 系统 (administrators: the list, 立即备份, 恢复 and the backup settings).
import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { AppRoute } from '../../shell/route-types';
import { BackupPage } from './backup-page';

export const backupRoutes: AppRoute[] = [{ path: 'backup', label: '备份与恢复', icon: <SafetyCertificateOutlined />, page: BackupPage, group: 'system' }];
