"""Cross-report dedupe: links event records of the same real-world event into canonical events."""
