"""Output for people: the charts (matplotlib figures), the worded tables behind them, the PDF report, and the
choice between a data export and the report."""
