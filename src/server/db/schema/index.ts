export * from './org-units.js';
export * from './users.js';
export * from './audit.js';
