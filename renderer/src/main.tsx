// Entry point: global styles and the React root (zod's Chinese messages come with @shared's schemas).
import './lib/install-style-nonce';
import 'antd/dist/reset.css';
import './styles.css';
import { createRoot } from 'react-dom/client';
import { StrictMode } from 'react';
import { App } from './app';

const container = document.getElementById('root');
if (!container) throw new Error('找不到页面根节点 #root');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
