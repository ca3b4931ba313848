// The handlers of config.export, config.import and config.importItems (contract/transfer-commands.ts).
import type { ConfigFile, transferCommands } from '../../contract';
import { actorOf, type Handlers } from '../../core/handler-types';
import { catalogueItems } from './catalogue';
import type { ConfigTransfer, TransferParts } from './config-transfer';
import { csvRows, xlsxRows } from './sheet-rows';

export function createTransferHandlers(parts: TransferParts, transfer: ConfigTransfer): Pick<Handlers, keyof typeof transferCommands> {
  return {
    'config.export': () => transfer.export(),
    'config.import': ({ file, dryRun }, c) => transfer.import(file, dryRun, actorOf(c).user),
    'config.importItems': ({ format, data, dryRun }, c) => {
      const bytes = Buffer.from(data, 'base64');
      const items = catalogueItems(parts.db, format === 'csv' ? csvRows(bytes) : xlsxRows(bytes));
      const file: ConfigFile = {
        format: 'tongban-config',
        version: 1,
        exportedAt: new Date(parts.clock.now()).toISOString(),
        hall: {},
        services: [],
        items,
        windows: [],
        clerks: [],
        devices: [],
      };
      return transfer.apply(file, dryRun, actorOf(c).user, ['items']);
    },
  };
}
