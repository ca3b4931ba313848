// Whether this hall still offers the device-PIN login on its device pages (the demo hall: its PINs are
// public); a real hall's devices pair only by code. Asked once the link to the hall is up.
import { useEffect, useState } from 'react';
import { useConnection } from './useConnection';
import { useHall } from './hall-context';

export function useDevicePinOffered(): boolean {
  const hall = useHall();
  const connection = useConnection();
  const [offered, setOffered] = useState(false);
  useEffect(() => {
    if (connection !== 'connected') return;
    let live = true;
    void hall.send('devices.pairingMode', {}).then((r) => live && r.ok && setOffered(r.value.devicePin));
    return () => {
      live = false;
    };
  }, [hall, connection]);
  return offered;
}
