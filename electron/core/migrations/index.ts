// The hall core's migrations (the queue's and the ratings'), one file each, numbered in the hall
// database's PRAGMA user_version. Never edit one that has shipped: add the next number (the next free
// one across every capability, see core/capabilities.ts) and its test in test/core/migrations.test.ts.
import type { Migration } from '../../shared/migrate';
import { migration001 } from './001-hall-core';
import { migration002 } from './002-ratings';
import { migration007 } from './007-login-throttle';
import { migration012 } from './012-queue-moves';
import { migration013 } from './013-rating-activity';

export type { Migration } from '../../shared/migrate';

export const coreMigrations: Migration[] = [migration001, migration002, migration007, migration012, migration013];
