// The evaluation pad (评价器) on the resident's side of one window: /pad?window=3. A device: it keeps
// its own token in localStorage, under its own key (a kiosk in the same browser keeps another).
import { mountWindow } from '../shared/mount';
import { PadApp } from './PadApp';
import './pad.css';
import './pad-rating.css';

mountWindow(PadApp, { persistToken: 'local', tokenKey: 'tongban.pad.token' });
