// The process boundaries are enforced by the lint: these fixtures must be rejected (or accepted)
// exactly as the architecture says, so a loosened rule fails here.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('renderer code', () => {
  test.each([
    ["import { ipcRenderer } from 'electron';"],
    ["import { readFileSync } from 'node:fs';"],
    ["import path from 'path';"],
    ["import Database from 'better-sqlite3';"],
    ["import { SerialPort } from 'serialport';"],
    ["import { openHall } from '../../../electron/core/hall';"],
    ["import { x } from '../../../native/printer';"],
  ])('rejects %s', async (line) => {
    expect(await restrictedImports('renderer/src/kiosk/Fixture.tsx', `${line}\nexport const y = 1;\n`)).toBe(1);
  });

  test('may import the contract and React', async () => {
    const code = "import type { HallView } from '../../../electron/contract';\nimport { useState } from 'react';\nexport type V = HallView;\nexport const u = useState;\n";
    expect(await restrictedImports('renderer/src/kiosk/Fixture.tsx', code)).toBe(0);
  });
});

describe('hall core, LAN server and native code', () => {
  test.each(['electron/core/fixture.ts', 'electron/server/fixture.ts', 'electron/backup/fixture.ts', 'electron/log/fixture.ts', 'native/fixture.ts'])('%s may not import electron', async (file) => {
    expect(await restrictedImports(file, "import { app } from 'electron';\nexport const a = app;\n")).toBe(1);
  });

  test('the core may use Node', async () => {
    expect(await restrictedImports('electron/core/fixture.ts', "import { join } from 'node:path';\nexport const j = join;\n")).toBe(0);
  });
});

test('the contract may not import Node or the core', async () => {
  expect(await restrictedImports('electron/contract/fixture.ts', "import { join } from 'node:path';\nexport const j = join;\n")).toBe(1);
  expect(await restrictedImports('electron/contract/fixture.ts', "import { openHall } from '../core/hall';\nexport const o = openHall;\n")).toBe(1);
});

test('main may import electron', async () => {
  expect(await restrictedImports('electron/main/fixture.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(0);
});
