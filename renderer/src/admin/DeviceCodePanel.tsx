// The one-time pairing code, shown once: large digits to type on the device's keypad, and a QR code of
// the pairing address (this hall's address as the manager's browser sees it + the path the hall gave),
// which pairs at once when opened on the device. Valid until the time shown, single use.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PairingCodeView } from '../../../electron/contract';
import { formatTime } from './format';

export function DeviceCodePanel({ code, onClose }: { code: PairingCodeView & { name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const url = `${location.origin}${code.path}`;
  const [qr, setQr] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((svg) => {
      if (live) setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <section className="device-code" aria-live="polite" data-testid="device-code-panel">
      <div className="device-code-text">
        <h3>{t('pairing.codeTitle', { name: code.name })}</h3>
        <p className="device-code-digits" data-testid="device-code-digits" data-code={code.code}>
          {code.code.slice(0, 4)} {code.code.slice(4)}
        </p>
        <p>{t('pairing.codeValid', { time: formatTime(code.expiresAt) })}</p>
        <p>{t('pairing.codeHow')}</p>
        <p className="device-code-url" data-testid="device-code-url">
          {url}
        </p>
        <button type="button" onClick={onClose} data-testid="device-code-close">
          {t('pairing.close')}
        </button>
      </div>
      {qr && <img className="device-code-qr" src={qr} alt={t('pairing.qrAlt')} data-testid="device-code-qr" />}
    </section>
  );
}
