// The hall TV (综合屏): the latest call, recent calls, window states, waiting counts. Numbers only.
import { mountWindow } from '../shared/mount';
import { CallerApp } from './CallerApp';
import './caller.css';

mountWindow(CallerApp, { persistToken: 'session' });
