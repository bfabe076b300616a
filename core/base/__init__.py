"""The lowest layer: errors, the clock, dates, Norwegian collation, folders, bundled resources, logging, file
locks and the one way to write a file. Imports nothing else of Feltkart."""
