"""Statistics: the interviews combined per municipality, the tables behind the charts with their n, and
everything a chart of one filter needs."""
