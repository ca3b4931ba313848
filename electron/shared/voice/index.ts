// Voice clips and phrases (see manifest.ts and phrases.ts).
export * from './manifest';
export * from './numbers';
export * from './phrases';
