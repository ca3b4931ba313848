// The clerk's window PC. The session token stays in this tab only (sessionStorage).
import { mountWindow } from '../shared/mount';
import { ConsoleApp } from './ConsoleApp';
import './console.css';
import './panel.css';
import './dialogs.css';
import './console-day.css';

mountWindow(ConsoleApp, { persistToken: 'session' });
