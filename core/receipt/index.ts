// Public surface of core/receipt.
export {};
