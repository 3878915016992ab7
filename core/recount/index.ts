// Public surface of core/recount.
export {};
