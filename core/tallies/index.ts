// Public surface of core/tallies.
export {};
