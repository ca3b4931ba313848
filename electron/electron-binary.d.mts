/** The Electron executable's path, or null when it is not installed; never downloads it. */
export function findElectronBinary(root: string): string | null;
/** Switches Electron needs on this machine (--no-sandbox when running as root on Linux). */
export function electronSwitches(): string[];
