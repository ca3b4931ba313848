// Names of services and items, to show a case's 业务 and 事项 in the page's language.
import { useEffect, useState } from 'react';
import type { ItemView } from '../../../electron/contract';
import { useHall } from '../shared/hall-context';
import { useConnection } from '../shared/useConnection';
import { useServices } from '../shared/useServices';

export function useCatalog() {
  const hall = useHall();
  const connection = useConnection();
  const services = useServices(false) ?? [];
  const [items, setItems] = useState<ItemView[]>([]);
  useEffect(() => {
    if (connection !== 'connected') return;
    void hall.send('items.list', {}).then((r) => {
      if (r.ok) setItems(r.value);
    });
  }, [hall, connection]);
  return {
    service: (id: string) => services.find((s) => s.id === id),
    item: (code: string | null) => (code === null ? undefined : items.find((i) => i.code === code)),
  };
}
