// The sections of the configuration file, in the order an import writes them (services before the
// items and windows that name them, windows before the pads that stand at them). A new section is one
// line here.
import { clerkSection } from './clerk-section';
import { deviceSection } from './device-section';
import { itemSection } from './item-section';
import type { AnySection } from './section';
import { serviceSection } from './service-section';
import { windowSection } from './window-section';

export const entrySections: readonly AnySection[] = [serviceSection, itemSection, windowSection, clerkSection, deviceSection];
