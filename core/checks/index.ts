// Public surface of core/checks.
export {};
