export * from './commands';
export * from './errors';
export * from './events';
export * from './ipc';
export * from './views';
export * from './wire';
