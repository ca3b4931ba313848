import { migration011 } from './011-pickups';

export const pickupMigrations = [migration011];
