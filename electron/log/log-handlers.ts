// Handlers of the log commands: the manager's page of lines and a file's download. A hall opened
// without a file log (tests) has no lines and no files.
import { HallFault } from '../contract';
import type { Handlers } from '../core/handler-types';
import { readLogFile } from './log-files';
import { readLogPage } from './log-reader';

type LogHandlers = Pick<Handlers, 'log.tail' | 'log.file'>;

export function createLogHandlers(dir: string | null): LogHandlers {
  return {
    'log.tail': (query) => (dir ? readLogPage(dir, query) : { lines: [], next: null, files: [] }),
    'log.file': ({ name }) => {
      if (!dir) throw new HallFault('not_found', 'this hall keeps no log file', 'name');
      return readLogFile(dir, name);
    },
  };
}
