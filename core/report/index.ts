// Public surface of core/report.
export {};
