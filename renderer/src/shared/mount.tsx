// Boots one window: i18n, a HallClient over IPC (inside Electron) or WebSocket (browser), and React.
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import { connectHall } from '../client';
import { initI18n } from '../i18n';
import { HallProvider } from './hall-context';
import { followHallClock } from './hall-clock';
import './base.css';

export function mountWindow(App: ComponentType, options: { persistToken: 'session' | 'local'; tokenKey?: string }): void {
  initI18n();
  const client = connectHall(options.persistToken, options.tokenKey);
  followHallClock(client);
  const root = document.getElementById('root');
  if (!root) throw new Error('the page has no #root element');
  createRoot(root).render(
    <StrictMode>
      <HallProvider client={client}>
        <App />
      </HallProvider>
    </StrictMode>,
  );
}
