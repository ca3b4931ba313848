// The resident touchscreen (取号机). Keeps its device token in localStorage: a kiosk is paired once.
import { mountWindow } from '../shared/mount';
import { KioskApp } from './KioskApp';
import './kiosk.css';
import './screens.css';

mountWindow(KioskApp, { persistToken: 'local' });
