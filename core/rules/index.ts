// Public surface of core/rules.
export {};
