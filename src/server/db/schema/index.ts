export * from './org-units.js';
export * from './users.js';
export * from './audit.js';
export * from './partners.js';
export * from './engagements.js';
export * from './notifications.js';
export * from './activities.js';
export * from './relations.js';
