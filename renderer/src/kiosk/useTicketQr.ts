// The QR code printed on a ticket, drawn for the screen: the payload comes from the hall (the
// printer's configured format), the picture is made here. null while loading, or when the hall
// prints no QR code (no printer, or none configured).
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useHall } from '../shared/hall-context';

export function useTicketQr(ticketId: number): string | null {
  const hall = useHall();
  const [image, setImage] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const printout = await hall.send('tickets.printout', { ticketId });
      if (!printout.ok || printout.value.qr === null) return;
      const svg = await QRCode.toString(printout.value.qr, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
      if (live) setImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    })();
    return () => {
      live = false;
    };
  }, [hall, ticketId]);
  return image;
}
