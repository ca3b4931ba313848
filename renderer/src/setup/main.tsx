// First-run setup (served only on 127.0.0.1 by server/setup-server.ts before the hall exists): plain
// HTTP, no hall connection, since there is no hall to connect to yet.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n';
import '../shared/base.css';
import { SetupApp } from './SetupApp';
import './setup.css';

initI18n();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SetupApp />
  </StrictMode>,
);
