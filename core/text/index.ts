// Public surface of core/text.
export {};
