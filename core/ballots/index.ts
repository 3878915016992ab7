// Public surface of core/ballots.
export {};
