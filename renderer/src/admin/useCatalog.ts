// Names of services and items, to show a case's 业务 and 事项 in the page's language.
import { useLiveQuery } from '../shared/useLiveQuery';
import { useServices } from '../shared/useServices';

export function useCatalog() {
  const services = useServices(false) ?? [];
  const items = useLiveQuery('items.list', {}, null).value ?? [];
  return {
    service: (id: string) => services.find((s) => s.id === id),
    item: (code: string | null) => (code === null ? undefined : items.find((i) => i.code === code)),
  };
}
