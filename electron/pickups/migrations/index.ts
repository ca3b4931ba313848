import { migration010Reserved } from './010-reserved';
import { migration011 } from './011-pickups';

export const pickupMigrations = [migration010Reserved, migration011];
