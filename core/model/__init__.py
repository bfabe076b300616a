"""The pure model: stamps of the hybrid logical clock, an interview's change log, the interview guide's format.
No database, no files."""
