"""The main window's views, one per navigation entry; none imports another (the window connects them)."""
