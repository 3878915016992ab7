// Public surface of core/announcement.
export {};
