"""Several laptops' data brought together: field packages (``package``), the merge (``merge``, on ``unite``
and the ``checks`` a package must pass), and the conflicts it leaves to settle (``conflicts``)."""
