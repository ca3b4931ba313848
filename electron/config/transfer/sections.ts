// The sections of the configuration file, in the order an import writes them (services before the
// items and windows that name them). A new section (devices) is one line here.
import { clerkSection } from './clerk-section';
import { itemSection } from './item-section';
import type { AnySection } from './section';
import { serviceSection } from './service-section';
import { windowSection } from './window-section';

export const entrySections: readonly AnySection[] = [serviceSection, itemSection, windowSection, clerkSection];
