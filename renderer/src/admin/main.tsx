// The hall manager's follow-up page. The session lives in this tab only (sessionStorage).
import { mountWindow } from '../shared/mount';
import { AdminApp } from './AdminApp';
import './admin.css';
import './admin-case.css';
import './case-table.css';

mountWindow(AdminApp, { persistToken: 'session' });
