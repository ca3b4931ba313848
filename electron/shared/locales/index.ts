// The translation files as i18next resources, for every process that shows or prints a text: the
// windows (renderer/src/i18n), the ticket printer (electron/devices/printing). One place, so a
// translator finds every resident-facing text here, and the key-parity test covers them all.
import en from './en.json';
import zhCN from './zh-CN.json';
import zhTW from './zh-TW.json';

export const localeResources = {
  'zh-CN': { translation: zhCN },
  'zh-TW': { translation: zhTW },
  en: { translation: en },
};
